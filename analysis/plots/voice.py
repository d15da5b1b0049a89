"""Chart of who is given a voice: quoted words per speaker, by kind of quote."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ._style import QUALITATIVE, integer_axis, note_top, short_label

__all__ = ["VOICE_KIND_COLORS", "plot_voice"]

#: Colour of each kind of quote (a neutral palette: colours here say nothing about tone).
VOICE_KIND_COLORS = {"direct": QUALITATIVE[4], "partial": QUALITATIVE[0], "indirect": QUALITATIVE[1]}


def plot_voice(voice: pd.DataFrame, *, ax=None, top: int = 10, **kwargs):
    """Horizontal bars of quoted words per speaker, stacked by kind of quote.

    Parameters
    ----------
    voice : pandas.DataFrame
        The ``voice`` table of :func:`analysis.quotes.voice_table` (one or
        several documents; words are summed over documents).
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    top : int, default 10
        How many speakers, the most quoted (in words) at the top. Speakers
        with no quoted words are left out.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        One bar container per kind (``direct``, ``partial``, ``indirect``, in
        that order, labelled with the kind), bars ordered as the speakers from
        bottom to top; bar widths are the ``direct_words``,
        ``partial_words`` and ``indirect_words`` of the table; integer ticks,
        room to the right of the longest bar, and a note (``gid="top-note"``)
        when only the top speakers are shown.
    """
    if ax is None:
        ax = plt.gca()
    columns = [f"{kind}_words" for kind in VOICE_KIND_COLORS]
    words = voice.groupby("actor", sort=False)[columns + ["quoted_words"]].sum()
    words = words[words["quoted_words"] > 0]
    speakers = len(words)
    words = (words.sort_values("quoted_words", ascending=False, kind="mergesort")
             .head(top).iloc[::-1])
    left = pd.Series(0, index=words.index, dtype="int64")
    for kind, color in VOICE_KIND_COLORS.items():
        values = words[f"{kind}_words"]
        ax.barh(range(len(words)), values.to_numpy(), left=left.to_numpy(), color=color, label=kind, **kwargs)
        left = left + values
    ax.set_yticks(range(len(words)), [short_label(a) for a in words.index])
    if len(words):
        ax.set_xlim(0, words["quoted_words"].max() * 1.08 + 0.5)
    integer_axis(ax.xaxis)
    ax.set_xlabel("quoted words")
    ax.set_ylabel("speaker")
    ax.set_title("Who is given a voice: quoted words per speaker")
    ax.legend(title="kind of quote", loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    note_top(ax, len(words), speakers, "speakers")
    return ax
