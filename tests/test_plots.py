"""Figures tested by their artists: bar sizes and dot positions equal table values."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from analysis.figures import make_figures
from analysis.plots.actors import KIND_COLORS, plot_actor_timeline, plot_entity_frequency
from analysis.tables import mention_positions


def test_entity_frequency_bars_equal_table(seed_result):
    fig, ax = plt.subplots()
    out = plot_entity_frequency(seed_result.entity_frequency, top=5, ax=ax)
    assert out is ax
    freq = seed_result.entity_frequency.head(5).iloc[::-1]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == freq["actor"].tolist()
    assert len(ax.containers) == len(KIND_COLORS)
    for container, kind in zip(ax.containers, KIND_COLORS):
        widths = [bar.get_width() for bar in container]
        assert widths == freq[f"{kind}_mentions"].tolist(), kind
    # stacked: the last segment ends at the total
    ends = [bar.get_x() + bar.get_width() for bar in ax.containers[-1]]
    assert ends == freq["mentions"].tolist()
    assert ax.get_xlabel() == "mentions" and ax.get_title()


def test_actor_timeline_dots_equal_positions(seed_result):
    positions = mention_positions(seed_result.mentions)
    ax = plot_actor_timeline(positions, top=3)
    assert ax is plt.gca()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Mark Rutte"
    offsets = ax.collections[0].get_offsets()
    expected = positions[positions["actor"].isin(labels)]
    assert len(offsets) == len(expected)
    rutte = expected[expected["actor"] == "Mark Rutte"]
    got = sorted(x for x, y in offsets if y == labels.index("Mark Rutte"))
    assert got == sorted(rutte["position"].tolist())
    sizes = ax.collections[0].get_sizes()
    assert np.allclose(sorted(sizes), sorted(30 * expected["mentions"]))


def test_positions_by_paragraph(seed_result):
    by_para = mention_positions(seed_result.mentions, seed_result.sentences, by="paragraph")
    assert by_para["mentions"].sum() == len(seed_result.mentions)
    assert by_para["position"].max() <= seed_result.sentences["paragraph"].max()


def test_make_figures_writes_named_png_and_svg(seed_result, tmp_path):
    written = make_figures(seed_result, tmp_path)
    names = {p.name for p in written}
    shown = ["actor_mentions", "actor_timeline", "sentiment_arc", "actor_sentiment", "voice_quoted_words",
             "stance_network", "stance_matrix", "framing_map"]
    shown += [f"actor_card__{a.replace(' ', '_')}" for a in seed_result.profiles.head(6)["actor"]]
    assert names == {f"{n}.{ext}" for n in shown for ext in ("png", "svg")}
    for p in written:
        assert p.stat().st_size > 1000
    assert not plt.get_fignums()  # every figure closed


def test_word_frequency_bars(seed_result):
    from analysis.plots.words import plot_word_frequencies
    from analysis.words import collocations, word_frequencies

    freq = word_frequencies(seed_result.tokens)
    assert "the" not in set(freq["word"]) and "," not in set(freq["word"])
    assert freq.iloc[0]["word"] == "rutte"
    ax = plot_word_frequencies(freq, top=5)
    assert [b.get_width() for b in ax.patches] == freq.head(5)["count"].tolist()[::-1]
    pairs = collocations(seed_result.tokens, top=5)
    assert len(pairs) == 5 and (pairs["count"] >= 2).all()
    assert ("secretary", "general") in set(zip(pairs["first"], pairs["second"]))
