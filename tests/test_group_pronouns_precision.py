"""it/they left unresolved when the referent is no actor (issue 12, session 19; invented sentences).

A wrong link is worse than none: each test pairs a pronoun that must stay
unresolved with, where it matters, one that must still resolve.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import pronoun_actor as _actor_of


def test_a_place_named_with_in_is_no_antecedent_of_they():
    text = "US commanders launched airstrikes in Baghdad on Friday night, which they say killed ten militants."
    assert _actor_of(text, "they") != "Baghdad"


def test_a_place_named_with_in_is_no_antecedent_of_its():
    text = "In the past year the Shanghai Index, which is the most valued in China, has lost half of its value."
    assert _actor_of(text, "its") is None


def test_a_relative_clause_is_not_about_its_noun():
    text = ("The bill was approved by the House of Assembly and was then taken to the Senate, "
            "where it was passed without a single dissenting vote.")
    assert _actor_of(text, "it") != "Senate"


def test_they_reported_by_a_plural_common_noun_is_those_people():
    text = "Savers queuing at Northern Rock today said they were horrified by the Bank of England."
    assert _actor_of(text, "they") is None


def test_they_reported_by_an_actor_plural_noun_is_the_actor():
    text = "NATO leaders met in Lisbon on Friday. NATO officials said they would send more troops."
    assert _actor_of(text, "they") == "NATO"


def test_coordinated_persons_block_they():
    text = ("Iraq welcomed the verdict, saying that Saddam Hussein and the other accused must face justice, "
            "and that they have been held to account.")
    assert _actor_of(text, "they") is None


@pytest.mark.parametrize("text, word", [
    ("Zimbabwe's ruling party said the opposition will not rule this country. It will never happen.", "It"),
    ("Israel launched an offensive on Gaza in December. It lasted 23 days.", "It"),
    ("The party demanded that Labor release a policy so that people can know what it is.", "it"),
    ("Romania called for the withdrawal of troops from Iraq before it is too late.", "it"),
])
def test_an_event_or_a_thing_it_is_left_alone(text, word):
    assert _actor_of(text, word) is None


def test_they_are_people_is_no_organisation():
    text = "The United States praised the soldiers. They are great Americans, the lawyer said."
    assert _actor_of(text, "They") is None


def test_they_are_friends_keeps_the_country():
    text = "I do not always agree with the United States. Sometimes they can be difficult friends to have."
    assert _actor_of(text, "they") == "United States"


def test_a_plural_demonym_is_the_people_not_the_state():
    text = "He spoke about the needs of hard working Canadians and their families."
    assert _actor_of(text, "their") is None


def test_a_people_noun_in_the_sentence_blocks_their():
    text = ("France held elections on Sunday. In his speech, Sarkozy claimed the heritage of the founders "
            "of socialism and their values.")
    assert _actor_of(text, "their") is None


def test_their_of_a_conjunct_plural_noun_is_that_noun():
    text = "The Australian Tax Office will review taxation laws and their operation."
    assert _actor_of(text, "their") is None


def test_a_thing_subject_before_it_blocks_an_object_antecedent():
    text = ("A bill to allow same-sex couples to marry has passed the Spanish Congress of Deputies. "
            "It has yet to pass in the Senate.")
    assert _actor_of(text, "It") is None


def test_the_company_said_it_still_resolves():
    text = "Toyota recalled two million cars on Monday. The company said it would pay for the repairs."
    assert _actor_of(text, "it") == "Toyota"


def test_holdout_batch3_offsets_point_at_the_pronouns():
    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout_batch3.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 6
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]


def test_the_demonym_with_only_the_article_keeps_the_country():
    text = "The United States met Iran in Baghdad. We told the Iranians today that their support must end."
    assert _actor_of(text, "their") == "Iran"


def test_its_in_a_relative_clause_whose_subject_is_the_noun():
    text = "They support a stable, democratic Iraq that is able to control its borders."
    assert _actor_of(text, "its") == "Iraq"


def test_a_share_of_people_reporting_they_is_no_actor():
    text = ("A poll asked Americans whether troops should remain in Iraq: "
            "35 percent said they believed the troops should stay.")
    assert _actor_of(text, "they") is None


def test_a_persons_country_is_no_antecedent_of_they():
    text = "Britain will release Jamal al-Harith, of Jordan, and Abdennour Sameur, of Algeria. They will return soon."
    assert _actor_of(text, "They") not in {"Algeria", "Jordan"}


def test_holdout_batches_2_and_3_it_they_do_not_fall():
    """it/they precision on batch 2 (0.33 before session 19, 0.42 after) and batch 3 (0.69 before, 0.71 after)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "pronouns_holdout.py"
    spec = importlib.util.spec_from_file_location("pronouns_holdout", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    data = Path(__file__).parent / "data"
    two, _ = bench.score(data / "pronouns_holdout_batch2.json")
    assert two["it/they"]["precision"] >= 0.4 and two["it/they"]["right"] >= 5
    three, _ = bench.score(data / "pronouns_holdout_batch3.json")
    assert three["it/they"]["precision"] >= 0.7 and three["it/they"]["right"] >= 25
    assert three["he/she"]["right"] >= 8
