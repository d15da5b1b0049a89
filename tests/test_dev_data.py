"""The dev set (tests/data/dev): every gold file is valid against its article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parent / "data" / "dev"
ARTICLES = {a["doc_id"]: a for a in map(json.loads, (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines())}
GOLD_FILES = sorted(DEV.glob("*.gold.json"))
TYPES = {"PERSON", "ORG", "GPE", "NORP"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself",
            "it", "its", "itself", "they", "them", "their", "theirs", "themselves"}


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@pytest.fixture(params=GOLD_FILES, ids=[p.name.removesuffix(".gold.json") for p in GOLD_FILES])
def case(request):
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    return gold, ARTICLES[gold["doc_id"]]


def test_dev_set_size_and_articles():
    assert len(GOLD_FILES) >= 6
    assert {json.loads(p.read_text(encoding="utf-8"))["doc_id"] for p in GOLD_FILES} == set(ARTICLES)
    for art in ARTICLES.values():
        assert set(art) == {"doc_id", "title", "date", "outlet", "url", "text"}
        assert art["url"].startswith("https://en.wikinews.org/wiki/")
        assert 250 <= len(art["text"].split()) <= 900


def test_articles_are_unchanged_copies_of_the_corpus():
    # the shared corpus sits next to the checkout (../shared), as in CI
    corpus = Path(__file__).resolve().parents[2] / "shared" / "data" / "news_corpus" / "articles.jsonl"
    assert corpus.exists(), "the shared news corpus (../shared) is needed to check the copies"
    wanted, seen = set(ARTICLES), 0
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if any(f'"{d}"' in line for d in wanted):
                art = json.loads(line)
                if art["doc_id"] in wanted:
                    assert art == ARTICLES[art["doc_id"]]
                    seen += 1
    assert seen == len(ARTICLES)


def test_licence_lists_every_article():
    licence = (DEV / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 2.5" in licence
    for art in ARTICLES.values():
        assert art["url"] in licence


def test_required_keys(case):
    gold, art = case
    for key in ("doc_id", "actors", "other_entities", "not_entities", "pronouns", "quotes", "not_quotes", "stance",
                "framing"):
        assert key in gold, key
    assert gold["title"] == art["title"]
    for a in gold["actors"]:
        assert {"actor", "type", "names", "name_mentions"} <= set(a)
        assert isinstance(a.get("aliases", []), list) and isinstance(a.get("adjectives", {}), dict)
        assert a["type"] in TYPES
        assert isinstance(a["name_mentions"], int) and a["name_mentions"] >= 0
    assert {"sentiment_sign", "roles"} <= set(gold["framing"])


def test_name_mentions_count_the_listed_names(case):
    """Whole words, case-sensitive, longest first over the names of all actors and other entities."""
    gold, art = case
    forms = [(name, a["actor"]) for a in gold["actors"] for name in a["names"]]
    forms += [(name, None) for names in gold["other_entities"].values() for name in names]
    taken, counts = [], {a["actor"]: 0 for a in gold["actors"]}
    for name, actor in sorted(forms, key=lambda f: len(f[0]), reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", art["text"]):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                counts[actor] = counts.get(actor, 0) + 1
    for a in gold["actors"]:
        assert counts[a["actor"]] == a["name_mentions"], a["actor"]


def test_evidence_is_in_its_paragraph(case):
    gold, art = case
    paras = _paragraphs(art["text"])
    for key in ("pronouns", "quotes", "not_quotes", "stance"):
        for item in gold[key]:
            assert 0 <= item["paragraph"] < len(paras), (key, item)
            assert item["evidence"] in paras[item["paragraph"]], (key, item["evidence"])


def test_pronouns_are_in_their_evidence(case):
    gold, _ = case
    for p in gold["pronouns"]:
        assert p["pronoun"].lower() in PRONOUNS, p
        assert re.search(rf"(?<!\w){re.escape(p['pronoun'])}(?!\w)", p["evidence"]), p


def test_references_are_listed_actors(case):
    gold, _ = case
    actors = {a["actor"] for a in gold["actors"]}
    for p in gold["pronouns"]:
        assert p["actor"] is None or p["actor"] in actors, p
        assert set(p.get("actor_also", [])) <= actors, p
    for q in gold["quotes"]:
        assert q["kind"] in QUOTE_KINDS, q
        assert q["speaker"] is None or q["speaker"] in actors, q
        if q["speaker"] is None:
            assert q.get("speaker_text"), q
        for alt in q.get("speaker_also", []):
            assert alt is None or alt in actors, q
    for s in gold["stance"]:
        assert s["stance"] in {"favor", "against"}, s
        for name in [s["holder"], s["target"], *s.get("holder_also", []), *s.get("target_also", [])]:
            assert name in actors, s
        assert s["holder"] != s["target"], s
    for name, value in gold["framing"]["sentiment_sign"].items():
        assert name in actors and value in {"positive", "neutral", "negative"}
    for name, value in gold["framing"]["roles"].items():
        assert name in actors and value in {"protagonist", "antagonist", "innocent"}
