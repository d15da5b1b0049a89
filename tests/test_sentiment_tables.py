"""Sentiment tables of the seed article, against the gold framing signs."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest

from analysis.plots.sentiment import plot_actor_sentiment, plot_sentiment_arc


@pytest.fixture(scope="module")
def actor_scores(seed_result):
    return seed_result.actor_sentiment.set_index("actor")


def test_sentence_vader_columns(seed_result):
    s = seed_result.sentences
    assert {"neg", "neu", "pos", "compound"} <= set(s.columns)
    assert s["compound"].between(-1, 1).all()
    assert np.allclose(s[["neg", "neu", "pos"]].sum(axis=1), 1, atol=0.01)


@pytest.mark.parametrize("actor, sign", [("Mark Rutte", 1), ("Viktor Orban", -1), ("Hungary", -1)])
def test_gold_signs(actor_scores, actor, sign):
    assert np.sign(actor_scores.loc[actor, "mean_target_score"]) == sign


def test_russia_is_not_positive_although_its_sentences_are(actor_scores):
    assert actor_scores.loc["Russia", "mean_sentence_compound"] > 0  # the naive reading
    assert actor_scores.loc["Russia", "mean_target_score"] <= 0      # the targeted one


def test_gold_orders(actor_scores, gold):
    for left, _, right in gold["framing"]["order"]:
        assert actor_scores.loc[left, "mean_target_score"] > actor_scores.loc[right, "mean_target_score"]


def test_mention_sentiment_rows(seed_result):
    ms = seed_result.mention_sentiment
    assert len(ms) == len(seed_result.mentions)
    assert ms["target_score"].between(-1, 1).all()
    assert set(ms["label"]) <= {"negative", "neutral", "positive"}
    a = seed_result.actor_sentiment
    assert (a[["positive", "neutral", "negative"]].sum(axis=1) == a["mentions"]).all()


def test_actor_sentiment_bars_equal_table(seed_result):
    fig, ax = plt.subplots()
    plot_actor_sentiment(seed_result.actor_sentiment, top=4, ax=ax)
    table = seed_result.actor_sentiment.head(4).iloc[::-1]
    naive, targeted = ax.containers
    assert np.allclose([b.get_width() for b in naive], table["mean_sentence_compound"])
    assert np.allclose([b.get_width() for b in targeted], table["mean_target_score"])
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == f"Mark Rutte  (n={table['mentions'].iloc[-1]})"


def test_sentiment_arc_line_equals_compounds(seed_result):
    ax = plot_sentiment_arc(seed_result.sentences, mentions=seed_result.mentions, actors=2)
    x, y = ax.lines[0].get_data()
    assert list(x) == seed_result.sentences["sent_id"].tolist()
    assert np.allclose(y, seed_result.sentences["compound"])
    assert len(ax.collections) == 2
    rutte_sents = seed_result.mentions.query("actor == 'Mark Rutte'")["sent_id"].nunique()
    assert len(ax.collections[0].get_offsets()) == rutte_sents


def test_mention_sentiment_typed_path_equals_the_constructor_path(seed_result, monkeypatch):
    """The table built by typed_frame (usual dtypes) equals pandas' constructor's; other dtypes take that path."""
    import pandas as pd

    import analysis.tables as tables
    from analysis.sentiment import TargetSentiment

    mentions, sentences = seed_result.mentions, seed_result.sentences
    scores = [TargetSentiment(0.25 * (k % 5 - 2), ("negative", "neutral", "positive")[k % 3])
              for k in range(len(mentions))]
    fast = tables.mention_sentiment(mentions, sentences, scores)
    monkeypatch.setattr(tables, "typed_kind", lambda dtype: None)
    slow = tables.mention_sentiment(mentions, sentences, scores)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert list(fast.dtypes) == list(slow.dtypes) and fast.to_csv() == slow.to_csv()
    monkeypatch.undo()
    as_objects = mentions.astype({"actor": object})         # an object column: pandas' constructor builds it
    monkeypatch.setattr(tables, "typed_frame", lambda spec: pytest.fail("typed_frame for an object column"))
    pd.testing.assert_frame_equal(tables.mention_sentiment(as_objects, sentences, scores), fast, check_exact=True)
