"""it/they pronouns for organisations, countries and groups; he/she unchanged (invented sentences)."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.nlp import parse


def _pronouns(text: str) -> dict[tuple[str, int], str]:
    m = find_mentions(parse(text))
    p = m[m["kind"] == "pronoun"]
    return {(row.text, row.start): row.actor for row in p.itertuples()}


def _actor_of(text: str, word: str, nth: int = 0) -> str | None:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return _pronouns(text).get((word, at))


def test_its_refers_to_an_organisation():
    text = "Microsoft said on Monday that its lawyers would appeal the ruling."
    assert _actor_of(text, "its") == "Microsoft"


def test_they_refers_to_a_national_group():
    text = "The Democrats met in Chicago on Tuesday. They said the vote would be close."
    assert _actor_of(text, "They") in {"Democrats"}


def test_it_refers_to_a_country_as_reported_subject():
    text = "Iran signalled it would be willing to talk to the inspectors."
    assert _actor_of(text, "it") == "Iran"


@pytest.mark.parametrize("text", [
    "The European Union met in Brussels. It is important to remember the cost of the war.",
    "The European Union met in Brussels. It seems that the talks will fail.",
    "The European Union met in Brussels. It is likely that the summit ends early.",
])
def test_pleonastic_it_is_left_alone(text):
    assert _actor_of(text, "It") is None


def test_object_it_and_them_are_left_alone():
    text = "Microsoft lowered its prices and said customers could buy them online; the court ordered it."
    p = _pronouns(text)
    assert p.get(("its", text.index("its"))) == "Microsoft"
    assert ("them", text.index("them")) not in p
    assert ("it", text.index("it;") if "it;" in text else text.rindex("it")) not in p


def test_plural_common_noun_blocks_they():
    text = "Germany sent aid to the region. The protesters said they would stay in the square."
    assert _actor_of(text, "they") is None


def test_no_organisation_near_leaves_it_alone():
    text = ("NATO met in 2019.\nThe weather was cold. The roads were closed. Shops stayed shut. "
            "Trains were late. It said nothing about the delays.")
    assert _actor_of(text, "It") is None


def test_he_she_still_resolve_to_persons_not_organisations():
    text = "Angela Merkel visited Google in Berlin. She said it was a good visit and its staff were kind."
    p = _pronouns(text)
    assert p[("She", text.index("She"))] == "Angela Merkel"
    assert p[("its", text.index("its"))] == "Google"


def test_it_does_not_resolve_to_a_person():
    text = "Joe Biden spoke for an hour. It was raining."
    assert _actor_of(text, "It") is None


def test_reflexive_takes_the_clause_subject():
    text = "The United Nations described itself as neutral in the conflict."
    assert _actor_of(text, "itself") == "United Nations"
