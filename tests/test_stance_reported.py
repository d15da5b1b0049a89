"""Stance rules of issue 12 on invented sentences: reported judgements, titles, pairs, dealings, insiders."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import stance_of
from .conftest import stance_pairs as _pairs


def _stance(text: str, **kwargs) -> pd.DataFrame:
    return stance_of(text, with_quotes=True, **kwargs)


@pytest.mark.parametrize("text, expected", [
    # a verb that judges its own subject, reported by a speaker
    ("“Japan should stop lying about history,” Li Jiangchuan said.", ("Li Jiangchuan", "Japan", "against")),
    ("Barack Obama spoke on Monday. Kevin Rudd said that Obama's response failed to address the issue.",
     ("Kevin Rudd", "Barack Obama", "against")),
    # an agentless passive wished for in reported speech
    ("Raila Odinga said that Robert Mugabe should be suspended from the African Union.",
     ("Raila Odinga", "Robert Mugabe", "against")),
    # at odds: both ways
    ("Iran and Israel have long been at odds.", ("Iran", "Israel", "against")),
    ("Iran and Israel have long been at odds.", ("Israel", "Iran", "against")),
    # ending or resuming a dealing with a partner
    ("Royal Dutch Shell has suspended its sales of gasoline to Iran.", ("Royal Dutch Shell", "Iran", "against")),
    ("The United Kingdom has frozen all business deals with Iran.", ("United Kingdom", "Iran", "against")),
    ("China denied entry to Japanese ships.", ("China", "Japan", "against")),
    # the actor named on the aid gives it
    ("The statement promised 3 million euros of EU aid to the people of Gaza.", ("European Union", "Gaza", "favor")),
    # a relation noun with a possessor
    ("Ecuador and its ally Venezuela sent troops to the border.", ("Venezuela", "Ecuador", "favor")),
    # a title with an apposed name stands for the name
    ("The Iraq Special Tribunal sentenced the deposed Iraqi President Saddam Hussein to death.",
     ("Iraq Special Tribunal", "Saddam Hussein", "against")),
    # a capital that acts stands for its country, when that country is an actor
    ("Iran rejected the offer. Tehran criticised the United States on Monday.", ("Iran", "United States", "against")),
    # a person of a party, who ...: the person
    ("The debate was started by Tomislav Nikolić of the Serbian Radical Party, who criticized Nataša Kandić.",
     ("Tomislav Nikolić", "Nataša Kandić", "against")),
])
def test_reported_and_context_patterns(text, expected):
    assert expected in _pairs(_stance(text))


@pytest.mark.parametrize("text, expected", [
    ("“The corrupt regime of Robert Mugabe must go,” Morgan Tsvangirai said.",
     ("Morgan Tsvangirai", "Robert Mugabe", "against")),
    ("“Hamas, a terrorist organisation, fired rockets again,” Benjamin Netanyahu said.",
     ("Benjamin Netanyahu", "Hamas", "against")),
])
def test_evaluative_words_in_a_quotation_are_the_speakers(text, expected):
    table = _stance(text)
    assert expected in _pairs(table)
    assert table["confidence"].max() <= 0.5


def test_evaluative_modifier_outside_quotation_marks_is_no_stance():
    assert _stance("The corrupt regime of Robert Mugabe fell, Morgan Tsvangirai said.").empty


def test_the_president_is_the_person_named_with_that_title():
    text = ("President Abdullahi Yusuf Ahmed dismissed the cabinet. "
            "Nur Hassan Hussein accused the president of trying to sabotage the talks.")
    table = _stance(text)
    assert ("Nur Hassan Hussein", "Abdullahi Yusuf Ahmed", "against") in _pairs(table)
    row = table[(table["holder"] == "Nur Hassan Hussein") & (table["target"] == "Abdullahi Yusuf Ahmed")]
    assert row["confidence"].max() < 0.9                 # resolved through a title: weaker than a name


def test_the_two_sides_are_the_pair_named_together():
    text = ("The United States and Iran held talks in Baghdad on Monday. "
            "The two sides agreed to support the Iraqi government.")
    pairs = _pairs(_stance(text))
    assert {("United States", "Iraq", "favor"), ("Iran", "Iraq", "favor")} <= pairs


def test_reported_judgement_is_weaker_than_an_explicit_verb():
    judged = _stance("“Japan should stop lying about history,” Li Jiangchuan said.")
    explicit = _stance("Li Jiangchuan criticised Japan.")
    assert judged["confidence"].max() < explicit["confidence"].max()
    assert _stance("“Japan should stop lying about history,” Li Jiangchuan said.", min_confidence=0.5).empty


@pytest.mark.parametrize("text", [
    "Li Jiangchuan said that Japan did not lie about history.",       # negated: no judgement
    "Al Jazeera says that 507 Palestinians have been killed.",         # a reported fact, not a wish
    "“The Chinese people shall not allow anyone to undermine China's sovereignty,” said Chinese President Hu Jintao.",
    "Germany denied the allegations.",                                 # denying is no dealing
    "Iran and Israel met in Geneva.",
])
def test_no_stance(text):
    table = _stance(text)
    assert not any(s == "against" and t == "China" for _, t, s in _pairs(table)), table
    if "Hu Jintao" not in text:
        assert table.empty, table


def test_holdout_file_is_well_formed():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "stance_holdout.json").read_text(encoding="utf-8"))
    assert "CC BY 2.5" in data["licence"]
    ids = [a["doc_id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)) == 28
    dev = {p.name.split(".")[0] for p in (Path(__file__).parent / "data" / "dev").glob("*.gold.json")}
    assert not dev & set(ids)
    for art in data["articles"]:
        assert art["batch"] in {1, 2, 3, 4, 5, 6} and art["text"] and art["url"].startswith("https://en.wikinews.org/")
        actors = {a["actor"] for a in art["actors"]}
        for item in art["stance"]:
            assert item["holder"] in actors and item["target"] in actors, item
            assert item["stance"] in {"favor", "against"} and item["holder"] != item["target"]


def test_a_joint_pronoun_holder_or_target_gives_a_row_per_member():
    # rule 32 (issue 12, session 25): 'they' of 'Russia and China' is a joint referent; before it was
    # left unresolved and the stance had no holder
    held = _pairs(_stance("Russia and China met in Beijing on Monday. They condemned Israel for the raid."))
    assert {("Russia", "Israel", "against"), ("China", "Israel", "against")} <= held
    said = _pairs(_stance("Russia and China said they support Iran."))
    assert {("Russia", "Iran", "favor"), ("China", "Iran", "favor")} <= said
