"""Tests of analysis.sentiment: VADER sentence scores and target-dependent sentiment."""

from __future__ import annotations

import json
import math

import pytest

from analysis import sentiment
from analysis.nlp import parse
from analysis.sentiment import LABELS, MODEL_DIR, TargetSentiment, score_mentions, sentence_scores, target_sentiment

# Compound scores computed once with NLTK's VADER (lexicon of vaderSentiment 3.3.2) and checked by hand:
# negated "support" (-), boosted positives with "!" (+), "terrible tragedy" (-), no lexicon word (0),
# negated negative "not bad" (+).
GOLDEN = [
    ("Orban suggested he would not support Rutte’s candidacy.", -0.3089),
    ("NATO allies strongly welcomed the excellent candidate!", 0.8172),
    ("The war is a terrible tragedy.", -0.9081),
    ("Rutte is the prime minister of the Netherlands.", 0.0),
    ("The plan is not bad at all.", 0.431),
]

RUSSIA_SENT = ("Rutte has increasingly echoed NATO’s core message that supporting Ukraine in its defense against "
               "Russia is crucial to preserving democracy and national sovereignty across the alliance.")
ORBAN_SENT = ("Hungary is a member of both NATO and the European Union, and its leader, Prime Minister Viktor Orban, "
              "has frustrated officials from both organizations for imposing some authoritarian policies and "
              "maintaining relations with Russian President Vladimir V Putin.")
HUNGARY_SENT = "Rutte’s criticism of Hungary in 2021 was seen as almost costing him the top job at NATO."


def _span(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


# --- VADER -----------------------------------------------------------------

def test_sentence_scores_columns_and_golden_compound():
    table = sentence_scores([s for s, _ in GOLDEN])
    assert list(table.columns) == ["neg", "neu", "pos", "compound"]
    assert len(table) == len(GOLDEN)
    for (_, expected), got in zip(GOLDEN, table["compound"]):
        assert got == pytest.approx(expected, abs=1e-4)
    assert ((table[["neg", "neu", "pos"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_nltk_vader_matches_vadersentiment_compound():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    table = sentence_scores([s for s, _ in GOLDEN])
    for (text, _), got in zip(GOLDEN, table["compound"]):
        assert got == reference.polarity_scores(text)["compound"]


def test_vader_analyzer_is_cached_and_offline():
    assert sentiment.vader_analyzer() is sentiment.vader_analyzer()
    assert sentiment.vader_analyzer().lexicon["good"] == pytest.approx(1.9)


def test_vader_label_thresholds():
    assert sentiment.vader_label(0.05) == "positive"
    assert sentiment.vader_label(-0.05) == "negative"
    assert sentiment.vader_label(0.0499) == "neutral"


# --- target sentiment ------------------------------------------------------

def test_target_sentiment_range_and_label():
    text = "Orban suggested he would not support Rutte’s candidacy."
    res = target_sentiment(text, *_span(text, "Rutte"))
    assert isinstance(res, TargetSentiment)
    assert res.label in LABELS
    assert -1.0 <= res.score <= 1.0
    assert math.isclose(sum(res.probabilities), 1.0, abs_tol=1e-6)
    assert res.score == pytest.approx(res.probabilities[2] - res.probabilities[0])
    assert res.label == LABELS[max(range(3), key=lambda i: res.probabilities[i])]


def test_russia_below_ukraine_in_support_sentence():
    start = RUSSIA_SENT.index("Russia")
    russia = target_sentiment(RUSSIA_SENT, start, start + len("Russia"))
    ukraine = target_sentiment(RUSSIA_SENT, *_span(RUSSIA_SENT, "Ukraine"))
    assert russia.score <= 0
    assert russia.score < ukraine.score


def test_orban_negative():
    res = target_sentiment(ORBAN_SENT, *_span(ORBAN_SENT, "Viktor Orban"))
    assert res.score < 0


def test_criticism_of_hungary_negative():
    res = target_sentiment(HUNGARY_SENT, *_span(HUNGARY_SENT, "Hungary"))
    assert res.score < 0


def test_score_mentions_matches_target_sentiment_and_uses_own_sentence():
    article = "Mark Rutte welcomed the decision.\n\n" + HUNGARY_SENT + " " + ORBAN_SENT
    doc = parse(article)
    spans = [_span(article, "Hungary"), _span(article, "Viktor Orban"), _span(article, "Mark Rutte")]
    results = score_mentions(doc, spans)
    assert len(results) == 3
    alone_h = target_sentiment(HUNGARY_SENT, *_span(HUNGARY_SENT, "Hungary"))
    alone_o = target_sentiment(ORBAN_SENT, *_span(ORBAN_SENT, "Viktor Orban"))
    assert results[0].score == pytest.approx(alone_h.score, abs=1e-6)
    assert results[1].score == pytest.approx(alone_o.score, abs=1e-6)
    assert score_mentions(doc, []) == []


def test_score_mentions_is_fast():
    import time

    sentence = ORBAN_SENT + " "
    article = sentence * 20
    doc = parse(article)
    spans = []
    for k in range(20):
        base = k * len(sentence)
        for mention in ("Hungary", "Viktor Orban", "Vladimir V Putin", "NATO", "European Union"):
            a, b = _span(ORBAN_SENT, mention)
            spans.append((base + a, base + b))
    sentiment.load_model()
    t0 = time.perf_counter()
    results = score_mentions(doc, spans)
    assert len(results) == 100
    assert time.perf_counter() - t0 < 1.0


def test_model_meta_records_dev_gain():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    model_f1 = meta["dev_scores"]["target_model"]["macro_f1"]
    baseline_f1 = meta["dev_scores"]["vader_sentence_baseline"]["macro_f1"]
    assert 0.3 < baseline_f1 < 0.7
    assert model_f1 >= baseline_f1 + 0.10
    assert meta["training_data"]["licence"] == "MIT"
    assert meta["feature_version"] == sentiment.FEATURE_VERSION
    assert meta["split"]["dev_sentences"] > 0 and meta["split"]["train_sentences"] > 0


def test_model_files_small():
    total = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert total < 5_000_000
