"""The actor card and the framing map, tested by their artists."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.text import Text

from analysis.plots.profiles import NO_AGENCY_X, ROLE_COLORS, plot_actor_card, plot_framing_map
from analysis.tables import mention_positions


def _gauge(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


def test_actor_card_shows_the_profile_row(seed_result):
    p = seed_result.profiles
    positions = mention_positions(seed_result.mentions)
    fig, ax = plt.subplots()
    out = plot_actor_card(p, actor="Viktor Orban", positions=positions, sentences=len(seed_result.sentences), ax=ax)
    assert out is ax
    row = p.set_index("actor").loc["Viktor Orban"]
    assert ax.get_title(loc="left").startswith(f"Viktor Orban: {row['role']}")
    # gauges are 0.60 wide for their full range: tone spans -1..1, voice 0..1
    (tone,) = _gauge(ax, "targeted tone")
    assert tone.get_width() == pytest.approx(0.60 * abs(row["mean_target_score"]) / 2)
    assert tone.get_x() + tone.get_width() == pytest.approx(0.32 + 0.30)  # negative tone ends at zero
    (voice,) = _gauge(ax, "share of voice")
    assert voice.get_width() == pytest.approx(0.60 * row["share_of_voice"])
    (agency,) = _gauge(ax, "agency")
    assert agency.get_width() == pytest.approx(0.60 * row["agency"])
    presence = [c for c in ax.collections if c.get_gid() == "presence"][0]
    assert len(presence.get_segments()) == (positions["actor"] == "Viktor Orban").sum()
    texts = " ".join(t.get_text() for t in ax.texts)
    assert f"{row['stance_given_against']} against" in texts and "prime minister" in texts
    assert any(t.get_gid() == "reason" and "s21 Mark Rutte" in t.get_text() for t in ax.texts)


def test_actor_card_without_agency_says_so(seed_result):
    ax = plot_actor_card(seed_result.profiles, actor="Vladimir Putin")
    assert ax is plt.gca()
    assert not _gauge(ax, "agency") and any(t.get_text() == "n/a" for t in ax.texts)
    with pytest.raises(ValueError):
        plot_actor_card(seed_result.profiles, actor="Nobody")


def test_framing_map_points_colours_sizes_and_legend(seed_result):
    p = seed_result.profiles
    fig, ax = plt.subplots()
    plot_framing_map(p, top=17, ax=ax)
    data = p.sort_values("mentions", ascending=False, kind="mergesort").head(17)
    points = ax.collections[0]
    offsets = points.get_offsets()
    assert len(offsets) == len(data)
    assert np.allclose(offsets[:, 0], data["agency"].fillna(NO_AGENCY_X))
    assert np.allclose(offsets[:, 1], data["mean_target_score"])
    colors = [tuple(c[:3]) for c in points.get_facecolors()]
    assert colors == [to_rgba(ROLE_COLORS[r])[:3] for r in data["role"]]
    sizes = points.get_sizes()
    rutte = list(data["actor"]).index("Mark Rutte")
    assert sizes[rutte] == sizes.max()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert set(ROLE_COLORS) <= set(legend) and any("quoted words" in t for t in legend)
    labels = [t for t in ax.texts if t.get_text() in set(data["actor"])]
    assert len(labels) == len(data)


def test_framing_map_labels_do_not_overlap(seed_result):
    fig, ax = plt.subplots(figsize=(10, 6.5))
    plot_framing_map(seed_result.profiles, top=17, ax=ax)
    fig.canvas.draw()
    boxes = [Text.get_window_extent(t) for t in ax.texts]  # the words, not the leader lines
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not boxes[i].overlaps(boxes[j]), (ax.texts[i].get_text(), ax.texts[j].get_text())
