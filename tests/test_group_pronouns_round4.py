"""it/they round 4 (issue 12, session 20; invented sentences): coordinated actors, nouns with an
actor in them that do not act for it, a thing *it* continued, and a participle's agent.

A wrong link is worse than none: each test pairs a pronoun that must stay
unresolved with, where it matters, one that must still resolve.
"""

from __future__ import annotations

import pytest

from .conftest import pronoun_actor as _actor_of
from .conftest import pronoun_actor_before as _actor_before
from .conftest import pronoun_joint_actors as _joint_of


@pytest.mark.parametrize("text, word, joint", [
    ("The European Union and the United States have expressed their concerns over the vote in Belarus.", "their",
     "European Union;United States"),
    ("Russia and China are not as skeptical of Iran. They say that tough action could backfire.", "They",
     "Russia;China"),
    ("Bulgaria and Romania have announced that they intend to recoup the debt owed by Iraq.", "they",
     "Bulgaria;Romania"),
])
def test_they_of_coordinated_actors_is_a_joint_referent(text, word, joint):
    # until session 25 these stayed unresolved (one actor per mention row); now the row's actor is the
    # first-named member and joint_actors lists every member (issue 12, session 25)
    assert _actor_of(text, word) == joint.split(";")[0]
    assert _joint_of(text, word) == joint


def test_a_pronoun_of_one_actor_has_no_joint_actors():
    text = "Romania has announced that it intends to recoup the debt owed by Iraq."
    assert _actor_of(text, "it") == "Romania"
    assert _joint_of(text, "it") == ""


def test_they_of_one_actor_still_resolves():
    text = "Romania has announced that it intends to recoup the debt. Bulgaria says they will do the same."
    assert _actor_of(text, "they") == "Bulgaria"


def test_customers_of_a_company_are_not_the_company():
    text = ("Walgreens filed a lawsuit on Thursday. The cost is borne by all Walgreens customers, "
            "whether they pay for their groceries with cash or by card.")
    assert _actor_of(text, "they") is None
    assert _actor_of(text, "their") is None


def test_leaders_of_an_organisation_are_the_organisation():
    text = "NATO leaders met in Bucharest on Wednesday, and they agreed to expand the alliance."
    assert _actor_of(text, "they") == "NATO"


def test_a_plural_thing_with_an_actor_in_it_blocks_they():
    text = ("Iran rejected the demands on Monday. The Security Council proposals cite the conviction that "
            "enrichment would intensify concern. They reiterate that proliferation is a threat.")
    assert _actor_of(text, "They") is None


def test_an_object_thing_with_an_actor_in_it_does_not_block():
    text = ("Tangent is a manufacturer that has purchased Microsoft operating systems since 1995. "
            "In addition to its hardware business, it also provides spam filters.")
    assert _actor_before(text, "it", "also") == "Tangent"


def test_it_continuing_a_thing_it_stays_unresolved():
    text = ("The US, Germany and Italy rejected a plan by Britain to double aid. "
            "\"It isn't the end of poverty, but it is the hope that it can be ended,\" the prime minister said.")
    assert _actor_before(text, "it", "is the hope") is None
    assert _actor_before(text, "it", "can") is None


def test_the_agent_in_a_fronted_participle_is_not_the_subject_pronoun():
    text = ("Setanta started out by broadcasting games to Irish people abroad. "
            "Today, backed by an investment by AIG, it is pursuing an ambitious plan to grow its business.")
    assert _actor_before(text, "it", "is") == "Setanta"
    assert _actor_of(text, "its") == "Setanta"


def test_it_reported_by_the_government_of_a_country_is_the_country():
    text = "The government of Chad has said it will not allow the rebels to take the capital."
    assert _actor_of(text, "it") == "Chad"


def test_it_after_a_quoted_thing_subject_stays_unresolved():
    text = ("Sri Lanka ended the truce on Wednesday. \"A political settlement is not necessarily going to be "
            "with the Tamil Tigers,\" added Kohona. It will take into account the concerns of the Tamil people.")
    assert _actor_before(text, "It", "will") is None


@pytest.mark.parametrize("text, word, following", [
    ("\"They did not contact us, which makes it all the more impressive for the city,\" the mayor of Buffalo said.",
     "it", "all"),
    ("The World Health Organization reported that doctors and nurses have found it hard to get to work.",
     "it", "hard"),
])
def test_it_of_make_or_find_with_an_adjective_stays_unresolved(text, word, following):
    assert _actor_before(text, word, following) is None


def test_a_sentence_without_a_verb_blocks_it():
    text = ("The United States and Saudi Arabia met at the Crawford ranch in Texas. "
            "A barrel of oil cost $25 three years ago. Today it costs $54.")
    assert _actor_before(text, "it", "costs") is None


def test_they_after_an_unresolved_them_stays_unresolved():
    text = ("\"Hamas has decided to punish the attackers and it will not be reluctant to punish them. "
            "They crossed all the red lines,\" said a spokesman.")
    assert _actor_of(text, "They") is None


def test_they_reported_by_coordinated_people_is_those_people():
    text = ("Police chief Sharif Virk and other senior officials have told the BBC that they believe "
            "the attack was carried out by a suicide bomber.")
    assert _actor_of(text, "they") is None


def test_a_collective_noun_subject_blocks_their():
    text = ("The study was paid for by Imperial College London. "
            "A research team at the college posted their findings online before publication.")
    assert _actor_of(text, "their") is None


def test_it_in_the_relative_clause_of_a_thing_is_not_an_object_inside_it():
    text = ("The bill, which passed the House in November and the Senate in February despite warnings "
            "that it would be vetoed, sets guidelines for interrogations.")
    assert _actor_before(text, "it", "would") is None


def test_their_that_possesses_a_conjunct_is_the_other_conjunct():
    text = "As a result, Ecuador and their ally Venezuela had sent troops to the border."
    assert _actor_before(text, "their", "ally") == "Ecuador"


def test_a_singular_people_noun_blocks_singular_they():
    text = ("The National Retail Federation said the fees are a surcharge borne by the consumer "
            "regardless of whether they pay by cash or plastic.")
    assert _actor_of(text, "they") is None


def test_a_collective_noun_with_an_actor_in_it_does_not_block():
    text = ("One group of election monitors from the National Democratic Institute expressed their "
            "satisfaction with the election process.")
    assert _actor_of(text, "their") == "National Democratic Institute"


def test_it_said_of_a_thing_object_stays_unresolved():
    text = ("White House spokesman Scott McClellan criticized Newsweek's initial response to the incident, "
            "saying it was not enough.")
    assert _actor_before(text, "it", "was") is None


def test_it_said_by_an_organisation_with_no_thing_object_still_resolves():
    text = "OPEC cut their oil demand estimates for 2005, saying that it will raise output."
    assert _actor_before(text, "it", "will") == "OPEC"


def test_a_count_of_people_blocks_they():
    text = ("Norway is to withdraw the remainder of its troops from Iraq. Norway still has approximately 20 "
            "stationed in Iraq. They participate in the training of Iraqi troops.")
    assert _actor_of(text, "They") is None


def test_holdout_batch_4_it_they_precision_does_not_fall():
    """it/they on batch 4 (annotated before round 4): 14 / 31, precision 0.48 before; 18 / 31, 0.78 after."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "pronouns_holdout.py"
    spec = importlib.util.spec_from_file_location("pronouns_holdout", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    four, _ = bench.score(Path(__file__).parent / "data" / "pronouns_holdout_batch4.json")
    assert four["it/they"]["precision"] >= 0.75 and four["it/they"]["right"] >= 18
    assert four["he/she"]["right"] >= 2


def test_they_reported_by_named_persons_joined_by_and_is_all_of_them():
    # round 10 (issue 12, session 25): before, persons coordinated in any role blocked 'they'
    text = ("George W. Bush and South Korean President Roh Moo-hyun said that they would not tolerate "
            "a nuclear North Korea.")
    assert _actor_of(text, "they") == "George Bush"
    assert _joint_of(text, "they") == "George Bush;Roh Moo-hyun"


@pytest.mark.parametrize("text, word", [
    ("Whether of Russia or the United States, any president would like to have a weapon that they could use.",
     "they"),
    ("The inquiry is funded by the Rowntree Trust and the Ford Foundation, and the inquiry will meet to discuss "
     "their findings.", "their"),
])
def test_no_joint_referent_for_or_nor_outside_a_subject(text, word):
    assert _actor_of(text, word) is None
