"""he/she rules of analysis.pronouns on invented sentences (issue 12, item 5)."""

from __future__ import annotations

from analysis.actors import find_mentions
from analysis.group_pronouns import GroupPronouns, is_pleonastic
from analysis.nlp import parse
from analysis.pronouns import GENDER_TITLES, UNNAMED_PERSON_NOUNS

from .conftest import pronoun_actor as _actor_of


def test_cataphora_before_a_named_subject():
    text = ("Peter Brown met reporters on Sunday. "
            "In his speech on Monday, John Smith said the plan would fail.")
    assert _actor_of(text, "his") == "John Smith"


def test_cataphora_needs_a_person_subject():
    text = "Peter Brown met reporters on Sunday. In his speech on Monday, the report was cited."
    assert _actor_of(text, "his") in {None, "Peter Brown"}


def test_possessive_in_participial_adjunct_is_the_subject():
    text = ("President John Kufuor met Prime Minister Gordon Brown in London on Tuesday, "
            "reassuring his host that the election would be fair.")
    assert _actor_of(text, "his") == "John Kufuor"


def test_possessive_on_direct_object_is_the_conjoined_subject():
    text = "Michael Dell criticised Robert Mugabe on Monday and defended his own record."
    assert _actor_of(text, "his") == "Michael Dell"


def test_title_gives_gender():
    assert GENDER_TITLES["ms"] == "f" and GENDER_TITLES["mr"] == "m"
    text = "Ms. Royal and Mr. Hollande spoke in Paris on Monday. She said the talks had gone well."
    assert _actor_of(text, "She") != "Hollande"


def test_bracketed_name_after_pronoun():
    text = ('Raila Odinga met Robert Mugabe in Nairobi. '
            'Odinga said: "The union should suspend him [Mugabe] at once."')
    assert _actor_of(text, "him") == "Robert Mugabe"


def test_unnamed_reporter_of_a_clause_is_not_the_last_named_person():
    assert "witness" in UNNAMED_PERSON_NOUNS
    text = "Saddam Hussein was tried in Baghdad. A witness said he saw the soldiers fire."
    assert _actor_of(text, "he") is None


def test_reported_subject_of_other_gender_is_not_taken():
    text = "John Smith praised Angela Merkel. Angela Merkel said he had been a good partner."
    assert _actor_of(text, "he") == "John Smith"


def test_group_pronouns_public_interface():
    text = "Microsoft said on Monday that its lawyers would appeal. It is important to wait."
    doc = parse(text)
    assert is_pleonastic(doc[[t.text for t in doc].index("It")])
    m = find_mentions(doc)
    assert m[(m["kind"] == "pronoun") & (m["text"] == "its")]["actor"].tolist() == ["Microsoft"]
    assert callable(GroupPronouns.resolve) and callable(GroupPronouns.add_state_noun)


def test_they_after_a_people_subject_is_not_a_place():
    text = ("About 10,000 supporters of Alexander Milinkevich gathered in the capital of Belarus. "
            "According to the BBC, they shouted slogans.")
    assert _actor_of(text, "they") is None


def test_they_is_not_the_source_of_according_to():
    text = "The protesters marched through London. According to the BBC, they carried banners."
    assert _actor_of(text, "they") != "BBC"


def test_holdout_batch2_offsets():
    import json
    from pathlib import Path
    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout_batch2.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 6
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]
