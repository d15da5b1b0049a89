"""Charts of sentiment: the article's arc and how each actor is portrayed."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from ._style import (NAIVE, NEGATIVE, NEUTRAL, POSITIVE, QUALITATIVE, integer_axis, note_top, short_label,
                     sign_color)

__all__ = ["plot_sentiment_arc", "plot_actor_sentiment"]

#: Marker shapes of the actors marked on the arc (with the neutral palette, so no
#: actor is drawn in the colours that mean positive or negative).
_ACTOR_MARKERS = ["o", "s", "^", "D", "v", "P"]


def plot_sentiment_arc(sentences: pd.DataFrame, *, mentions: pd.DataFrame | None = None, actors: int = 4,
                       ax=None, **kwargs):
    """Sentence sentiment in reading order, with where the main actors appear.

    Parameters
    ----------
    sentences : pandas.DataFrame
        The ``sentences`` table of one document (with ``compound``).
    mentions : pandas.DataFrame, optional
        The ``mentions`` table; when given, the sentences that mention each
        of the ``actors`` most mentioned actors are marked.
    actors : int, default 4
        How many actors to mark.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.plot` for the arc.

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.lines[0]`` is the arc (x = ``sent_id``, y = ``compound``); one
        scatter collection per marked actor, at its sentences' compounds, in
        the neutral palette of :mod:`analysis.plots._style` with its own marker
        shape; integer sentence ticks.
    """
    if ax is None:
        ax = plt.gca()
    ax.plot(sentences["sent_id"], sentences["compound"], color="0.3", marker="o", markersize=3,
            linewidth=1.2, label="sentence (VADER compound)", **kwargs)
    ax.axhline(0, color="0.7", linewidth=0.8)
    if mentions is not None and len(mentions):
        top = mentions["actor"].value_counts().head(actors).index
        compound = sentences.set_index("sent_id")["compound"]
        for k, actor in enumerate(top):
            ids = sorted(mentions.loc[mentions["actor"] == actor, "sent_id"].unique())
            offset = (k - (len(top) - 1) / 2) * 0.12
            ax.scatter(np.asarray(ids) + offset, compound.loc[ids], s=30, zorder=3,
                       color=QUALITATIVE[k % len(QUALITATIVE)], marker=_ACTOR_MARKERS[k % len(_ACTOR_MARKERS)],
                       edgecolors="white", linewidths=0.5, label=f"sentence mentioning {short_label(actor)}")
    ax.set_ylim(-1.05, 1.05)
    integer_axis(ax.xaxis)
    ax.text(1.0, 1.0, "above 0: positive wording\nbelow 0: negative wording", transform=ax.transAxes,
            ha="right", va="top", fontsize=7, color="0.4")
    ax.set_xlabel("sentence (in reading order, from 0)")
    ax.set_ylabel("VADER compound")
    ax.set_title("Sentiment arc of the article")
    ax.legend(loc="lower left", fontsize=8, frameon=False, ncol=2)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_actor_sentiment(actor_sentiment: pd.DataFrame, *, top: int = 10, ax=None, **kwargs):
    """Diverging bars per actor: naive sentence mean beside the targeted score.

    Parameters
    ----------
    actor_sentiment : pandas.DataFrame
        The ``actor_sentiment`` table of one document.
    top : int, default 10
        How many actors, the most mentioned at the top.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        Two bar containers: ``ax.containers[0]`` the naive
        ``mean_sentence_compound``, ``ax.containers[1]`` the
        ``mean_target_score`` (blue when positive, red when negative, grey
        within the neutral band ±0.05), actors from bottom to top; the number
        of mentions is written beside each actor's name; a legend with the
        naive bar and the three colours of the targeted bar; a note
        (``gid="top-note"``) when only the top actors are shown.
    """
    if ax is None:
        ax = plt.gca()
    table = actor_sentiment.sort_values("mentions", ascending=False, kind="mergesort").head(top).iloc[::-1]
    y = np.arange(len(table))
    h = 0.38
    ax.barh(y + h / 2, table["mean_sentence_compound"], height=h, color=NAIVE,
            label="naive: mean sentence compound", **kwargs)
    colors = [sign_color(v, band=0.05) for v in table["mean_target_score"]]
    ax.barh(y - h / 2, table["mean_target_score"], height=h, color=colors,
            label="targeted: mean score toward the actor", **kwargs)
    ax.set_yticks(y, [f"{short_label(a)}  (n={n})" for a, n in zip(table["actor"], table["mentions"])])
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("sentiment  (negative ← 0 → positive)")
    ax.set_title("How each actor is portrayed: naive vs targeted sentiment")
    handles = [Patch(color=NAIVE, label="naive: mean VADER compound of the actor's sentences"),
               Patch(color=POSITIVE, label="targeted score toward the actor: positive"),
               Patch(color=NEUTRAL, label="targeted: neutral (within ±0.05)"),
               Patch(color=NEGATIVE, label="targeted: negative")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    note_top(ax, len(table), actor_sentiment["actor"].nunique(), "actors")
    return ax
