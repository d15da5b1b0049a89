"""Pronouns round 9 (issue 12, session 24; invented sentences): it/they of organisations and countries.

A wrong link is worse than none: each rule is paired with a case that must stay unresolved
or go elsewhere.
"""

from __future__ import annotations

from .conftest import pronoun_actor_before as _actor_before


def test_it_after_a_sentence_run_in_with_a_comma_is_that_subject():
    text = ("Canada is the second largest producer of uranium in the world, it is party to the Non-Proliferation "
            "Treaty.")
    assert _actor_before(text, "it", "is") == "Canada"


def test_it_with_an_extraposed_clause_after_its_verb_stays_pleonastic():
    text = "Canada signed the Non-Proliferation Treaty, and it is likely that others will follow."
    assert _actor_before(text, "it", "is") is None


def test_its_on_the_object_of_its_own_subject_beats_a_chain():
    text = ("Japan has offered to join the talks, but said that it will do so only if Peru ends its "
            "mining programme.")
    assert _actor_before(text, "its", "mining") == "Peru"
    assert _actor_before(text, "it", "will") == "Japan"


def test_its_on_the_object_of_an_infinitive_keeps_the_chain():
    text = ("India has been asked to separate its military programmes, and allow the International Atomic "
            "Energy Agency (IAEA) to inspect its civilian reactors.")
    assert _actor_before(text, "its", "civilian") == "India"


def test_batch9_offsets_point_at_the_pronouns():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout_batch9.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 6 and sum(len(a["pronouns"]) for a in data["articles"]) == 89
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]
