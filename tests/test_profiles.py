"""Tests of analysis.descriptors, analysis.actions and analysis.profiles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import analyze_text
from analysis.actions import ACTION_COLUMNS, agency_power, event_words, power_verbs
from analysis.descriptors import DESCRIPTOR_COLUMNS
from analysis.profiles import AGGREGATE_COLUMNS, PROFILE_COLUMNS, aggregate_profiles, top_descriptors
from analysis.tables import TABLE_COLUMNS, Analysis


def _rows(table: pd.DataFrame, *cols: str) -> set[tuple]:
    return set(zip(*(table[c] for c in cols)))


# ---------------------------------------------------------------- word lists

def test_power_word_lists_have_both_polarities():
    powers = power_verbs()
    assert powers["order"][0] == 1 and powers["veto"][0] == 1 and powers["appoint"][0] == 1
    assert powers["ask"][0] == -1 and powers["plead"][0] == -1 and powers["obey"][0] == -1
    assert "on" in powers["depend"][1]
    frames = event_words()
    assert frames[("kill", "VERB")][0] == "harm" and frames[("invasion", "NOUN")][0] == "harm"
    assert frames[("send", "VERB")] == ("help", frozenset({"to"}))


# ---------------------------------------------------------------- actions

def test_power_over_and_deference_from_each_side():
    r = analyze_text("France vetoed the German plan. Germany asked France for help. Poland depends on Germany.",
                     doc_id="p")
    a = r.actions
    assert ("France", "agent", "vetoed", 1) in _rows(a, "actor", "role", "verb", "power")
    assert ("Germany", "agent", "asked", -1) in _rows(a, "actor", "role", "verb", "power")
    assert ("France", "patient", "asked", 1) in _rows(a, "actor", "role", "verb", "power")
    assert ("Poland", "agent", "depends", -1) in _rows(a, "actor", "role", "verb", "power")
    assert ("Germany", "patient", "depends", 1) in _rows(a, "actor", "role", "verb", "power")
    ap = agency_power(a).set_index("actor")
    assert ap.loc["France", "power"] == 1.0
    assert ap.loc["Poland", "power"] == -1.0
    assert ap.loc["Germany", "power"] == 0.0  # asked once (-1), depended on once (+1)


def test_passive_by_phrase_and_negation():
    r = analyze_text("Ukraine was attacked by Russia on Monday. Hungary did not sanction Russia.", doc_id="p")
    a = r.actions
    assert ("Ukraine", "patient", "attacked", "Russia", "harm") in _rows(a, "actor", "role", "verb", "other_actor",
                                                                         "frame")
    assert ("Russia", "agent", "attacked", "Ukraine", "harm") in _rows(a, "actor", "role", "verb", "other_actor",
                                                                       "frame")
    neg = a[a["verb"] == "sanction"]
    assert neg["negated"].all() and (neg["power"] == 0).all()


def test_conjunctions_control_raising_and_relative_clauses():
    text = ("Germany and France backed the deal and signed it. Payne is alleged to have killed Baha Mousa. "
            "Poland, which invaded nobody, decided to arm Ukraine.")
    a = analyze_text(text, doc_id="p").actions
    rows = _rows(a, "actor", "role", "verb")
    assert {("Germany", "agent", "backed"), ("France", "agent", "backed"), ("Germany", "agent", "signed")} <= rows
    assert ("Payne", "agent", "killed") in rows and ("Baha Mousa", "patient", "killed") in rows
    assert ("Payne", "patient", "killed") not in rows
    assert ("Poland", "agent", "invaded") in rows and ("Poland", "agent", "arm") in rows


def test_proxies_event_nouns_and_experiencers():
    text = ("Russian forces shelled the city of Kharkiv. Russia's invasion of Ukraine continues. "
            "The decision frustrated Hungary. Civilians in Gaza died.")
    a = analyze_text(text, doc_id="p").actions
    rows = _rows(a, "actor", "role", "verb")
    assert ("Russia", "agent", "shelled") in rows and ("Kharkiv", "patient", "shelled") in rows
    assert ("Russia", "agent", "invasion") in rows and ("Ukraine", "patient", "invasion") in rows
    assert ("Hungary", "experiencer", "frustrated") in rows


def test_actions_table_columns_and_offsets(seed_result, seed_text):
    a = seed_result.actions
    assert list(a.columns) == ACTION_COLUMNS == TABLE_COLUMNS["actions"]
    assert all(seed_text[s:e] == v for s, e, v in zip(a["start"], a["end"], a["verb"]))
    assert set(a["role"]) <= {"agent", "patient", "experiencer"}
    # Iohannis backed Rutte; Romania would send air defence to Ukraine
    assert ("Klaus Iohannis", "agent", "backed", "Mark Rutte") in _rows(a, "actor", "role", "verb", "other_actor")
    assert ("Ukraine", "patient", "send", "help") in _rows(a, "actor", "role", "verb", "frame")


# ---------------------------------------------------------------- descriptors

def test_descriptor_kinds():
    text = ("Romanian President Klaus Iohannis met hard-line Viktor Orban. Orban is Putin's closest ally. "
            "Camille Grand, a former NATO official, said Iohannis was not reluctant.")
    d = analyze_text(text, doc_id="d").descriptors
    rows = _rows(d, "actor", "text", "kind")
    assert ("Klaus Iohannis", "Romanian President", "title") in rows
    assert ("Viktor Orban", "hard-line", "modifier") in rows
    assert ("Viktor Orban", "Putin's closest ally", "predicate") in rows
    assert ("Camille Grand", "a former NATO official", "apposition") in rows
    reluctant = d[d["text"] == "reluctant"]
    assert len(reluctant) == 1 and reluctant["valence"].iloc[0] > 0  # negated: flipped VADER valence


def test_seed_descriptors(seed_result, seed_text):
    d = seed_result.descriptors
    assert list(d.columns) == DESCRIPTOR_COLUMNS
    assert all(seed_text[s:e] == t for s, e, t in zip(d["start"], d["end"], d["text"]))
    rows = _rows(d, "actor", "text", "kind")
    assert ("Klaus Iohannis", "Romanian President", "title") in rows
    assert ("Camille Grand", "former deputy secretary general of NATO", "apposition") in rows
    assert ("NATO", "the alliance", "epithet") in rows
    assert ("Mark Rutte", "unmarried", "predicate") in rows
    assert d.loc[d["text"] == "pretty mainstream", "in_quote"].all()


# ---------------------------------------------------------------- profiles

def test_seed_profiles_table(seed_result):
    p = seed_result.profiles
    assert list(p.columns) == PROFILE_COLUMNS == TABLE_COLUMNS["profiles"]
    assert not p.duplicated(["doc_id", "actor"]).any()
    assert set(p["actor"]) == set(seed_result.entity_frequency["actor"])
    rutte = p.set_index("actor").loc["Mark Rutte"]
    assert rutte["mentions"] == p["mentions"].max() and rutte["quotes"] > 0 and rutte["share_of_voice"] > 0.3
    assert rutte["stance_received_favor"] >= 3 and rutte["stance_received_against"] >= 1
    assert 0 < rutte["agency"] <= 1
    assert "romanian president" in p.set_index("actor").loc["Klaus Iohannis", "top_descriptors"]
    assert p["role"].isin(["protagonist", "antagonist", "innocent", "unclear"]).all()
    assert p["role_confidence"].between(0, 1).all()
    assert (p.loc[p["role"] == "unclear", "role_confidence"] == 0).all()


def test_analysis_fields_are_in_order():
    names = Analysis.table_names()
    assert names[-4:] == ["descriptors", "actions", "profiles", "failures"]
    assert names.index("stance") == names.index("descriptors") - 1


def test_top_descriptors_most_frequent_first():
    d = pd.DataFrame({"doc_id": "a", "actor": "X", "text": ["the leader", "The Leader", "hard-line", "old"],
                      "start": [5, 1, 9, 12]})
    top = top_descriptors(d, n=2)
    assert top["top_descriptors"].tolist() == ["the leader; hard-line"]


def test_aggregate_profiles_over_a_corpus():
    base = {c: 0 for c in PROFILE_COLUMNS}
    rows = [dict(base, doc_id="a", actor="X", actor_type="GPE", mentions=3, mean_target_score=-0.5, agency=1.0,
                 power=np.nan, role="antagonist"),
            dict(base, doc_id="b", actor="X", actor_type="GPE", mentions=1, mean_target_score=0.5, agency=0.0,
                 power=1.0, role="unclear"),
            dict(base, doc_id="b", actor="Y", actor_type="PERSON", mentions=2, mean_target_score=0.2, agency=0.5,
                 power=np.nan, role="innocent")]
    agg = aggregate_profiles(pd.DataFrame(rows)).set_index("actor")
    assert list(agg.reset_index().columns) == AGGREGATE_COLUMNS
    assert agg.loc["X", "documents"] == 2 and agg.loc["X", "mentions"] == 4
    assert agg.loc["X", "mean_target_score"] == pytest.approx((-1.5 + 0.5) / 4)
    assert agg.loc["X", "agency"] == 0.5 and agg.loc["X", "power"] == 1.0
    assert agg.loc["X", "role"] == "antagonist" and agg.loc["X", "unclear"] == 1
    assert agg.loc["Y", "role"] == "innocent"


def test_profiles_of_a_corpus_stack(tmp_path):
    (tmp_path / "a.txt").write_text("Russia attacked Ukraine. Germany sent aid to Ukraine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Germany criticised Russia. Russia ignored Germany.", encoding="utf-8")
    from analysis import analyze_corpus

    corpus = analyze_corpus(tmp_path)
    assert set(corpus.profiles["doc_id"]) == {"a", "b"}
    agg = aggregate_profiles(corpus.profiles).set_index("actor")
    assert agg.loc["Russia", "documents"] == 2 and agg.loc["Germany", "documents"] == 2
    paths = corpus.to_csv(tmp_path / "out")
    assert {"descriptors.csv", "actions.csv", "profiles.csv"} <= {p.name for p in paths}
