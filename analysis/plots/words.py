"""Charts of the article's vocabulary."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["plot_word_frequencies"]


def plot_word_frequencies(freq: pd.DataFrame, *, top: int = 20, ax=None, **kwargs):
    """Horizontal bars of the most frequent words.

    Parameters
    ----------
    freq : pandas.DataFrame
        The table of :func:`analysis.words.word_frequencies` (counts are
        summed over documents).
    top : int, default 20
        How many words.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per word, the most frequent at the top.
    """
    if ax is None:
        ax = plt.gca()
    counts = freq.groupby("word")["count"].sum().sort_values(ascending=False, kind="mergesort").head(top)[::-1]
    ax.barh(counts.index, counts.values, color="#4c72b0", **kwargs)
    ax.set_xlabel("occurrences")
    ax.set_title("Most frequent words (stop words removed)")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
