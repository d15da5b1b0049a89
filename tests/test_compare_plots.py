"""Comparison figures, tested by their artists."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PolyCollection

from analysis.comparison import COMPARE_COLUMNS
from analysis.plots.compare import (NEGATIVE, NO_DIFFERENCE, POSITIVE, plot_compare_difference,
                                    plot_compare_heatmap, plot_compare_timeline, plot_framing_map)


def _table(group="outlet", groups=("A", "B")):
    rows = [  # (group, actor, articles, mentions, share_m, words, share_v, score, low, high)
        (groups[0], "Kowalczyk", 3, 11, 0.5, 30, 0.6, 0.8, 0.7, 0.9),
        (groups[0], "NATO", 2, 6, 0.3, 0, 0.0, -0.1, -0.3, 0.1),
        (groups[0], "EU", 1, 4, 0.2, 20, 0.4, 0.2, np.nan, np.nan),
        (groups[1], "Kowalczyk", 3, 10, 0.9, 10, 1.0, -0.8, -0.9, -0.7),
        (groups[1], "NATO", 1, 1, 0.1, 0, 0.0, 0.05, np.nan, np.nan),
    ]
    table = pd.DataFrame(rows, columns=[group, "actor", "articles", "mentions", "share_of_mentions",
                                        "quoted_words", "share_of_voice", "mean_target_score", "ci_low",
                                        "ci_high"])
    for col in COMPARE_COLUMNS:
        if col not in table:
            table[col] = 0
    return table[[group] + COMPARE_COLUMNS]


def test_heatmap_cells_without_evidence_are_blank_not_zero():
    fig, ax = plt.subplots()
    out = plot_compare_heatmap(_table(), ax=ax)
    assert out is ax
    values = ax.images[0].get_array()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Kowalczyk", "NATO", "EU"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B"]
    assert values.mask.tolist() == [[False, False], [False, False], [False, True]]  # EU never in B
    assert values[0, 0] == pytest.approx(0.8) and values[0, 1] == pytest.approx(-0.8)
    texts = sorted(t.get_text() for t in ax.texts)
    assert texts == sorted(["n=3", "n=3", "n=2", "n=1", "n=1"])  # one label per non-blank cell
    # red for negative, blue for positive
    image = ax.images[0]
    red, blue = image.cmap(image.norm(-0.8)), image.cmap(image.norm(0.8))
    assert red[0] > red[2] and blue[2] > blue[0]


def test_timeline_draws_one_line_and_one_band_per_actor_with_gaps_kept():
    table = _table(group="date", groups=(pd.Timestamp("2008-01-01"), pd.Timestamp("2009-01-01")))
    fig, ax = plt.subplots()
    plot_compare_timeline(table, actors=["Kowalczyk", "EU"], ax=ax)
    lines = [l for l in ax.get_lines() if l.get_label() in {"Kowalczyk", "EU"}]
    assert [l.get_label() for l in lines] == ["Kowalczyk", "EU"]
    assert list(lines[0].get_ydata()) == pytest.approx([0.8, -0.8])
    assert np.isnan(lines[1].get_ydata()[1])  # EU absent in 2009: a gap, not 0
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) == 2
    colours = {l.get_color() for l in lines}
    assert not colours & {NEGATIVE, POSITIVE}
    fig, ax = plt.subplots()
    plot_compare_timeline(table, value="share_of_mentions", ax=ax)
    assert not [c for c in ax.collections if isinstance(c, PolyCollection)]


def test_framing_map_positions_sizes_and_labels_that_do_not_overlap():
    fig, ax = plt.subplots(figsize=(4, 3))
    crowded = _table()
    crowded = pd.concat([crowded, crowded.assign(actor=crowded["actor"] + " II",
                                                 share_of_mentions=crowded["share_of_mentions"] + 0.01)])
    plot_framing_map(crowded, group="A", ax=ax)
    scatter = ax.collections[0]
    offsets = scatter.get_offsets()
    assert len(offsets) == 6
    assert list(offsets[:, 1]) == pytest.approx(list(crowded.query("outlet == 'A'")
                                                     .sort_values("mentions", ascending=False,
                                                                  kind="mergesort")["mean_target_score"]))
    sizes = scatter.get_sizes()
    assert sizes[0] > sizes[2]  # Kowalczyk quoted more than NATO: bigger
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) == 6
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    with pytest.raises(ValueError, match="group="):
        plot_framing_map(_table(), ax=ax)


def test_difference_plot_is_sorted_and_coloured_by_the_sign_of_the_interval():
    diff = pd.DataFrame({"actor": ["P", "Q", "R"], "group_a": "A", "group_b": "B",
                         "score_diff": [0.5, -0.4, 0.1], "score_diff_low": [0.2, -0.6, -0.2],
                         "score_diff_high": [0.8, -0.1, 0.3]})
    fig, ax = plt.subplots()
    plot_compare_difference(diff, ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Q", "R", "P"]
    containers = ax.containers
    assert [c.get_label() for c in containers] == ["Q", "R", "P"]
    xs = [c.lines[0].get_xdata()[0] for c in containers]
    assert xs == sorted(xs)
    assert [c.lines[0].get_color() for c in containers] == [NEGATIVE, NO_DIFFERENCE, POSITIVE]


def test_timeline_leaves_a_gap_for_a_period_without_articles():
    table = _table(group="date", groups=(pd.Timestamp("2008-01-01"), pd.Timestamp("2010-01-01")))
    table.attrs["freq"] = "Y"
    fig, ax = plt.subplots()
    plot_compare_timeline(table, actors=["Kowalczyk"], ax=ax)
    line = ax.get_lines()[0]
    assert len(line.get_xdata()) == 3  # 2008, 2009 (no articles), 2010
    assert np.isnan(line.get_ydata()[1])
