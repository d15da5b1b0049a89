"""The quote-attribution hold-out: well-formed, independent of the dev set, and scored one-to-one."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_holdout as qh  # noqa: E402


def _articles():
    return json.loads((DATA / "quotes_holdout.json").read_text(encoding="utf-8"))["articles"]


def test_holdout_offsets_point_at_the_content():
    arts = _articles()
    assert len(arts) == 46 and {a["batch"] for a in arts} == set(range(1, 12))
    for art in arts:
        for q in art["quotes"]:
            assert art["text"][q["start"]:q["end"]] == q["content"]
            assert q["kind"] in {"direct", "partial", "indirect"}
            assert q["speaker"] is None or q["speaker"] in {a["actor"] for a in art["actors"]}


def test_holdout_articles_are_not_dev_or_stance_articles():
    ids = {a["doc_id"] for a in _articles()}
    dev = {json.loads(line)["doc_id"] for line in (DATA / "dev" / "articles.jsonl").read_text().splitlines() if line}
    stance = {a["doc_id"] for a in json.loads((DATA / "stance_holdout.json").read_text())["articles"]}
    assert not ids & dev and not ids & stance


def test_match_is_one_to_one_and_needs_half_the_gold():
    gold = [(0, 100), (200, 220)]
    found = [(0, 60), (10, 90), (205, 209)]
    assert qh.match(found, gold) == {0: 1}      # the larger overlap wins; 4 of 20 chars is not enough


def test_score_article_counts_duplicates_and_speakers():
    art = {"actors": [{"actor": "Maria Lopez", "names": ["Maria Lopez", "Lopez"]}],
           "quotes": [{"start": 0, "end": 40, "kind": "indirect", "speaker": "Maria Lopez", "speaker_text": "Lopez",
                       "cue": "said", "content": "x" * 40}]}
    rows = pd.DataFrame([{"start": 0, "end": 40, "kind": "indirect", "speaker": "Lopez"},
                         {"start": 10, "end": 20, "kind": "partial", "speaker": "Lopez"},
                         {"start": 60, "end": 80, "kind": "direct", "speaker": ""}])
    sc = qh.score_article(rows, art)
    assert (sc["tp"], sc["found"], sc["duplicates"], sc["speaker_right"]) == (1, 2, 1, 1)


def test_strict_criterion_needs_half_of_both_spans():
    gold = [(0, 20)]
    assert qh.match([(0, 100)], gold) == {0: 0}                                  # covers the gold: loose match
    assert qh.match([(0, 100)], gold, matches=qh.strict_matches) == {}           # 20 of 100 found chars
    assert qh.match([(5, 25)], gold, matches=qh.strict_matches) == {0: 0}


def test_span_ratios_of_matched_pairs():
    r = qh.span_ratios([{"pairs": [((0, 20), (0, 40)), ((50, 60), (50, 60))]}])
    assert r == {"of_gold": [1.0, 1.0], "of_found": [0.5, 1.0], "length": [2.0, 1.0]}
