"""Charts of who appears in the article: mention counts and positions."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from ._style import QUALITATIVE, integer_axis, note_top, short_label

__all__ = ["KIND_COLORS", "plot_entity_frequency", "plot_actor_timeline"]

#: Colour of each kind of mention (a neutral palette: colours here say nothing about tone).
KIND_COLORS = {"name": QUALITATIVE[4], "description": QUALITATIVE[0], "pronoun": QUALITATIVE[1],
               "adjective": QUALITATIVE[5]}


def plot_entity_frequency(freq: pd.DataFrame, *, top: int = 15, ax=None, **kwargs):
    """Horizontal bars of mentions per actor, stacked by kind of mention.

    Parameters
    ----------
    freq : pandas.DataFrame
        The ``entity_frequency`` table (one or several documents; counts are
        summed over documents).
    top : int, default 15
        How many actors, the most mentioned first.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        One bar container per kind (``name``, ``description``, ``pronoun``,
        ``adjective``), bars ordered as the actors from top to bottom; integer
        ticks, room to the right of the longest bar, and a note
        (``gid="top-note"``) when only the top actors are shown.
    """
    if ax is None:
        ax = plt.gca()
    totals = freq.groupby("actor")[[f"{k}_mentions" for k in KIND_COLORS] + ["mentions"]].sum()
    counts = totals.sort_values(["mentions"], ascending=False, kind="mergesort").head(top).iloc[::-1]
    left = pd.Series(0, index=counts.index)
    rows = range(len(counts))
    for kind, color in KIND_COLORS.items():
        values = counts[f"{kind}_mentions"]
        ax.barh(rows, values.to_numpy(), left=left.to_numpy(), color=color, label=kind, **kwargs)
        left = left + values
    ax.set_yticks(rows, [short_label(a) for a in counts.index])
    if len(counts):
        ax.set_xlim(0, counts["mentions"].max() * 1.08 + 0.5)
    integer_axis(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_ylabel("actor")
    ax.set_title("Who appears: mentions per actor")
    ax.legend(title="kind of mention", loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    note_top(ax, len(counts), len(totals), "actors")
    return ax


def plot_actor_timeline(positions: pd.DataFrame, *, top: int = 10, ax=None, **kwargs):
    """Where each actor appears: a dot per (actor, position), sized by count.

    Parameters
    ----------
    positions : pandas.DataFrame
        The table of :func:`analysis.tables.mention_positions` for one
        document.
    top : int, default 10
        How many actors, the most mentioned at the top.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        One scatter collection whose offsets are ``(position, row)`` for each
        row of the table kept, rows numbered from the bottom; a size key
        (legend) for the dots; integer ticks on the position axis; a note
        (``gid="top-note"``) when only the top actors are shown.
    """
    if ax is None:
        ax = plt.gca()
    order = positions.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="mergesort")
    actors = list(order.head(top).index[::-1])
    kept = positions[positions["actor"].isin(actors)]
    rows = kept["actor"].map({a: i for i, a in enumerate(actors)})
    color = QUALITATIVE[0]
    ax.scatter(kept["position"], rows, s=30 * kept["mentions"], color=color, alpha=0.8, **kwargs)
    ax.set_yticks(range(len(actors)), [short_label(a) for a in actors])
    ax.set_ylim(-0.7, len(actors) - 0.3)
    if len(positions):
        ax.set_xlim(-0.7, positions["position"].max() + 0.7)
    integer_axis(ax.xaxis)
    unit = "sentence" if positions.attrs.get("by", "sentence") == "sentence" else "paragraph"
    ax.set_xlabel(f"{unit} (in reading order, from 0)")
    ax.set_title("Where each actor appears in the article")
    ax.grid(axis="y", color="0.9")
    ax.spines[["top", "right"]].set_visible(False)
    if len(kept):
        biggest = int(kept["mentions"].max())
        steps = sorted({1, max(1, (biggest + 1) // 2), biggest})
        handles = [Line2D([], [], marker="o", linestyle="", markersize=(30 * k) ** 0.5, color=color, alpha=0.8,
                          label=str(k)) for k in steps]
        ax.legend(handles=handles, title=f"mentions in the {unit}", loc="upper left",
                  bbox_to_anchor=(1.01, 1.0), frameon=False, labelspacing=1.2)
    note_top(ax, len(actors), positions["actor"].nunique(), "actors")
    return ax
