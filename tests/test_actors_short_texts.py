"""One-word actors in a text of one sentence (how sentence-level benchmarks feed the package).

A surname alone is kept as a person when its grammatical role shows one:
subject or object of a verb of stance or agency (*Obama thanked Merkel*), or,
in a text of at most three sentences, the subject of any verb; places,
organisations, teams and common words stay out.
"""

import pytest

from analysis import analyze_text
from analysis.actors import _is_short
from analysis.nlp import parse

KEPT = [
    ("Obama thanked Merkel for her help.", "Merkel"),
    ("Pelosi criticized Barr over the report.", "Barr"),
    ("Biden praised Sanders for his campaign.", "Sanders"),
    ("Trump accused Comey of lying.", "Comey"),
    ("The senator endorsed Buttigieg on Monday.", "Buttigieg"),
    ("Cruz took aim at Google.", "Cruz"),
    ("McConnell blamed Schumer for the shutdown.", "Schumer"),
    ("McConnell blamed Schumer for the shutdown.", "McConnell"),
    ("Macron met Merkel in Berlin.", "Merkel"),
    ("Johnson sided with Farage on the vote.", "Farage"),
    ("Erdogan congratulated Putin on his victory.", "Putin"),
    ("Haley urged Pompeo to resign.", "Pompeo"),
    ("Sanders voted against the bill.", "Sanders"),
    ("The party nominated Kerry for the post.", "Kerry"),
    ("Corbyn believes the deal is a mistake.", "Corbyn"),
    ("Klobuchar dropped out of the race.", "Klobuchar"),
    ("Merkel was praised by Macron.", "Macron"),
    ("Schiff and Nadler attacked the decision.", "Nadler"),
]

DROPPED = [
    ("Protesters marched through Annapolis on Saturday.", "Annapolis"),
    ("The Crossrail line opened in May.", "Crossrail"),
    ("Fans of Swansea criticized the referee.", "Swansea"),
    ("Turnout was low in the city.", "Turnout"),
    ("Chelsea beat Arsenal on Sunday.", "Arsenal"),
    ("He visited Lisbon and Madrid last week.", "Lisbon"),
    ("This Bill could fail in the Senate.", "Bill"),
]


@pytest.mark.parametrize(("text", "actor"), KEPT)
def test_surname_with_a_person_role_is_an_actor(text, actor):
    mentions = analyze_text(text).mentions
    assert actor in set(mentions["actor"])


@pytest.mark.parametrize(("text", "actor"), DROPPED)
def test_places_teams_and_common_words_stay_out(text, actor):
    mentions = analyze_text(text).mentions
    assert actor not in set(mentions["actor"])


def test_kept_surname_is_typed_person_and_spans_its_word():
    mentions = analyze_text("Obama thanked Merkel for her help.").mentions
    row = mentions[(mentions["actor"] == "Merkel") & (mentions["kind"] == "name")].iloc[0]
    assert (row["start"], row["end"], row["actor_type"]) == (14, 20, "PERSON")


def test_subject_of_any_verb_counts_only_in_a_short_text():
    # alone, 'Cruz took aim' is a person; after five sentences without him, a surname never introduced
    # by full name is no person by that role alone
    filler = " ".join(f"The council met on day {i} of the session." for i in range(5))
    assert "Cruz" in set(analyze_text("Cruz took aim at Google.").mentions["actor"])
    assert "Cruz" not in set(analyze_text(filler + " Cruz took aim at Google.").mentions["actor"])


def test_is_short_counts_sentences():
    assert _is_short(parse("One. Two. Three."))
    assert not _is_short(parse("One. Two. Three. Four."))


def test_passive_subject_of_a_stance_verb_is_a_person():
    assert "Kemp" in set(analyze_text("Kemp was praised by the president.").mentions["actor"])


def test_name_given_by_call_is_no_person():
    text = "The soldiers were killed in an area north of Baghdad called Taji during a battle."
    mentions = analyze_text(text).mentions
    assert "Taji" not in set(mentions["actor"])


@pytest.mark.parametrize(("text", "actor"), [
    ("Al Jazeera reported that Widodo was planning to visit Jakarta.", "Widodo"),
    ("It is characteristic that Putin and Karamanlis met two times since September 2005.", "Putin"),
])
def test_complementizer_that_is_no_determiner(text, actor):
    assert actor in set(analyze_text(text).mentions["actor"])


def test_possessor_of_a_persons_noun_is_a_person():
    assert "Rakhimov" in set(analyze_text("The minister denied Rakhimov's claims.").mentions["actor"])
