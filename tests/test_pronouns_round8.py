"""Pronouns round 8 (issue 12, session 23; invented sentences): it/they of organisations and countries.

A wrong link is worse than none: each rule is paired with a case that must stay unresolved
or go elsewhere.
"""

from __future__ import annotations

from .conftest import pronoun_actor_before as _actor_before


def test_it_in_a_statement_released_by_a_country_is_that_country():
    text = ("Syria was warned by the United Nations on Sunday. Syria released a statement on Monday saying "
            "that it would soon withdraw its troops.")
    assert _actor_before(text, "it", "would") == "Syria"


def test_it_of_a_plan_criticised_with_a_saying_participle_stays_the_plan():
    text = ("Syria was warned by the United Nations on Sunday. Syria criticised the plan on Monday, saying "
            "that it would fail.")
    assert _actor_before(text, "it", "would") is None


def test_batch8_offsets_point_at_the_pronouns():
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parent / "data" / "pronouns_holdout_batch8.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 6 and sum(len(a["pronouns"]) for a in data["articles"]) == 100
    for art in data["articles"]:
        for p in art["pronouns"]:
            assert art["text"][p["start"]:p["end"]] == p["pronoun"]
