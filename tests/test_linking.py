"""Actors across articles: surnames join the one full name of the corpus; the user's table wins."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Analysis, analyze_text
from analysis.linking import actor_map, link_actors, link_result


def _mentions(rows):
    return pd.DataFrame(rows, columns=["doc_id", "actor", "actor_type", "kind"])


def test_a_surname_joins_the_only_full_name_of_the_corpus():
    m = _mentions([("d1", "Mark Rutte", "PERSON", "name"), ("d2", "Rutte", "PERSON", "name"),
                   ("d2", "Rutte", "PERSON", "pronoun")])
    links = link_actors(m)
    assert list(links.columns) == ["doc_id", "actor", "corpus_actor"]
    assert dict(zip(links["doc_id"], links["corpus_actor"])) == {"d1": "Mark Rutte", "d2": "Mark Rutte"}


def test_a_surname_shared_by_two_people_stays_apart():
    m = _mentions([("d1", "George Bush", "PERSON", "name"), ("d2", "Jeb Bush", "PERSON", "name"),
                   ("d3", "Bush", "PERSON", "name")])
    links = link_actors(m)
    assert links.set_index("doc_id").loc["d3", "corpus_actor"] == "Bush"
    assert set(links["corpus_actor"]) == {"George Bush", "Jeb Bush", "Bush"}


def test_a_one_word_org_from_the_tagger_also_joins_but_countries_do_not():
    m = _mentions([("d1", "Viktor Orban", "PERSON", "name"), ("d2", "Orban", "ORG", "name"),
                   ("d3", "Georgia", "GPE", "name"), ("d4", "Lisa Georgia", "PERSON", "name")])
    mapping = actor_map(m)
    assert mapping == {"Orban": "Viktor Orban"}


def test_an_acronym_and_its_expansion_are_one_actor_named_by_the_more_used_form():
    m = _mentions([("d1", "NATO", "ORG", "name"), ("d2", "NATO", "ORG", "name"),
                   ("d3", "North Atlantic Treaty Organization", "ORG", "name")])
    assert set(link_actors(m)["corpus_actor"]) == {"NATO"}


def test_the_users_actor_table_wins():
    m = _mentions([("d1", "Mark Rutte", "PERSON", "name"), ("d2", "Rutte", "PERSON", "name")])
    table = pd.DataFrame({"actor": ["Dutch PM"], "alias": ["Rutte"]})
    links = link_actors(m, actor_table=table)
    assert dict(zip(links["actor"], links["corpus_actor"])) == {"Mark Rutte": "Mark Rutte", "Rutte": "Dutch PM"}


@pytest.fixture(scope="module")
def two_articles():
    return Analysis.concat([
        analyze_text("Prime Minister Mark Rutte met the press in The Hague. Rutte said the talks went well.",
                     doc_id="full"),
        analyze_text("Mr Rutte arrived in Brussels on Monday. Critics said Rutte was too cautious.", doc_id="surname"),
    ])


def test_full_name_in_one_article_and_surname_in_another_are_one_actor(two_articles):
    before = set(two_articles.mentions.query("doc_id == 'surname'")["actor"])
    assert "Rutte" in before  # the per-article resolver cannot know
    linked = link_result(two_articles)
    assert set(linked.mentions.query("doc_id == 'surname' and kind == 'name'")["actor"]) == {"Mark Rutte"}
    assert "Rutte" not in set(linked.entity_frequency["actor"])
    assert "Rutte" not in set(linked.actor_sentiment["actor"])
    # offsets untouched; the input is not changed
    for row in linked.mentions.itertuples():
        assert linked.texts[row.doc_id][row.start:row.end] == row.text
    assert "Rutte" in set(two_articles.mentions["actor"])
    # one row per (doc_id, actor) in the re-aggregated tables
    assert not linked.entity_frequency.duplicated(["doc_id", "actor"]).any()
