"""it/they round 5 (issue 12, session 21; invented sentences): *the government of X* stands for X,
an object thing the antecedent owns does not compete with it, object *them* resolved only to
a subject of another clause, and a possessive in an opening phrase is the subject after it.

A wrong link is worse than none: each test pairs a pronoun that must resolve
with one that must stay unresolved.
"""

from __future__ import annotations

import pytest

from .conftest import pronoun_actor as _actor_of
from .conftest import pronoun_actor_before as _actor_before


@pytest.mark.parametrize("text, actor", [
    ('Ghana said, "We believe the government of Uganda must rectify its error and pull out."', "Uganda"),
    ("The government of China has decided to stop its currency peg to the dollar.", "China"),
])
def test_the_government_of_a_country_is_the_country(text, actor):
    assert _actor_of(text, "its") == actor


def test_another_state_noun_with_a_country_still_blocks():
    text = ("The United States said that the African nation of Zimbabwe has a long way to go "
            "before the former lifts the sanctions it has imposed.")
    assert _actor_of(text, "it") is None


def test_an_object_the_antecedent_owns_does_not_block_they():
    text = ("Vodafone said it is looking to consolidate their broadband plans as they increase "
            "their 3G output.")
    assert _actor_before(text, "they", "increase") == "Vodafone"


def test_people_the_antecedent_owns_still_block_they():
    text = ("Hamas released a statement on Monday. The group said it had moved their hostages to Gaza, "
            "where they were beaten.")
    assert _actor_of(text, "their") == "Hamas"
    assert _actor_before(text, "they", "were") is None


@pytest.mark.parametrize("text, actor", [
    ("Vodafone bought the Internet provider ihug on Monday. Vodafone say that this purchase will give "
     "them a much better access to broadband technology.", "Vodafone"),
    ("The Liberal Party split on Monday. The Conservatives won the vote, but the Liberals said the "
     "result would not stop them.", "Liberals"),
])
def test_object_them_goes_to_a_subject_of_another_clause(text, actor):
    assert _actor_of(text, "them") == actor


@pytest.mark.parametrize("text", [
    "The EU found these royalty fees unreasonable and Microsoft was ordered to lower them.",
    "The court disagreed, and they ruled that Palestine is not a state, and ordered them to pay.",
    "During a raid in northern Kenya, as many as 55 Kenyans were killed, twenty of them children.",
    'Hamas said on Monday: "We will defeat them."',
])
def test_object_them_without_a_safe_subject_stays_unresolved(text):
    assert _actor_of(text, "them") is None


@pytest.mark.parametrize("text, word, actor", [
    ("Russia may cut the supply. During their two-day summit, the European Union also discussed growth.",
     "their", "European Union"),
    ("The system will be open source. On their blog, Google said that speed mattered.", "their", "Google"),
    ("Rates rose again. In its statement, the Federal Reserve said inflation was a risk.", "its",
     "Federal Reserve"),
])
def test_a_possessive_in_an_opening_phrase_is_the_subject_after_it(text, word, actor):
    assert _actor_of(text, word) == actor


@pytest.mark.parametrize("text, word", [
    ("Shareholders were sent the offer. If they accept, Cadbury will cease to be an independent company.",
     "they"),
    ("A conference was held in Damascus. During its three days, Syria was praised.", "its"),
])
def test_no_cataphora_from_a_fronted_clause_or_a_time(text, word):
    assert _actor_of(text, word) is None


def test_the_object_controls_a_possessive_in_a_phrase_of_the_infinitive():
    text = ("The European Commission issued a warning on Monday. The EU has warned Microsoft to comply with "
            "these regulations for their upcoming operating system.")
    assert _actor_of(text, "their") == "Microsoft"


def test_a_common_noun_object_controls_a_possessive_in_a_phrase_of_the_infinitive():
    text = ("The European Union will even increase the objectives, and it invites other countries to come "
            "forward with their plans for the environment.")
    assert _actor_of(text, "their") is None


def test_an_agent_phrase_of_the_infinitive_is_not_controlled():
    text = ("In a separate story, BT announced it has chosen the Chinese vendor ZTE to develop a handset "
            "for launch by its BT Movio subsidiary next year.")
    assert _actor_of(text, "its") != "ZTE"


def test_the_possessor_of_a_noun_controls_its_infinitive():
    text = ('The Commission welcomed the news, but said it was "concerned by the UVF\'s intention to deal with '
            'their arms without the involvement of the IICD".')
    assert _actor_of(text, "their") in {"Ulster Volunteer Force", "UVF"}
