"""Pronouns round 7 (issue 12, session 22; invented sentences): a pronoun alone in an editor's
square brackets inside a quotation is read in the narrator's voice.

A wrong link is worse than none: each rule is paired with a case that must stay unresolved
or go elsewhere.
"""

from __future__ import annotations

from .conftest import pronoun_actor_before as _actor_before
from .conftest import pronoun_actors


def test_an_editors_bracketed_her_in_a_quote_is_the_speaker():
    text = ("Jo Walsh came second behind Sam Pearson in the by-election. On her choice of seat, Walsh said in "
            "her press release that she had to \"follow [her] heart\" and run in Halifax.")
    assert pronoun_actors(text).get(("her", text.index("[her]") + 1)) == "Jo Walsh"


def test_a_quoted_her_without_brackets_is_still_not_the_speaker():
    text = ("Jo Walsh came second behind Sam Pearson in the by-election. Walsh said: \"Pearson ran a strong "
            "campaign and I congratulate her on her win.\"")
    assert _actor_before(text, "her", "on her win") != "Jo Walsh"


def test_an_intensive_itself_after_an_actor_is_that_actor():
    text = ("Israel has withdrawn from the Gaza Strip. The Palestinian Authority itself has deployed "
            "7,500 police to prevent attacks.")
    assert _actor_before(text, "itself", "has") == "Palestinian Authority"


def test_an_intensive_itself_after_a_thing_stays_unresolved():
    text = "Israel has withdrawn from the Gaza Strip. The plan itself was never put to a vote."
    assert _actor_before(text, "itself", "was") is None


def test_the_subject_of_a_saying_participle_is_not_the_he_of_its_quote():
    text = ("Peter Costello attacked Kevin Rudd on tax policy on Monday. Costello seized on the opposition "
            "leader's silence, claiming that \"he has never cared about economic policy.\"")
    assert pronoun_actors(text).get(("he", text.index("he has never"))) == "Kevin Rudd"


def test_a_participle_that_is_no_saying_verb_makes_no_speaker():
    text = ("Peter Costello attacked Kevin Rudd on tax policy on Monday. Costello left the chamber, "
            "shaking his head. He later told reporters that the plan was \"a fraud.\"")
    assert _actor_before(text, "He", "later") == "Peter Costello"


def test_batch7_offsets_point_at_the_pronouns():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout_batch7.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5 and sum(len(a["pronouns"]) for a in data["articles"]) == 46
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]
