"""Charts that summarise a corpus: which actors it covers and how they are portrayed across articles."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["plot_actor_coverage", "plot_actor_sentiment_spread"]


def plot_actor_coverage(coverage: pd.DataFrame, *, top: int = 15, ax=None, **kwargs):
    """Horizontal bars: in how many articles each actor appears, labelled with its mentions.

    Parameters
    ----------
    coverage : pandas.DataFrame
        The table of :func:`analysis.tables.actor_coverage` (``actor``,
        ``articles``, ``mentions``), most covered first.
    top : int, default 15
        How many actors.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per actor (the most covered at the top); each bar's label
        gives the mentions.
    """
    if ax is None:
        ax = plt.gca()
    rows = coverage.head(top).iloc[::-1]
    bars = ax.barh(rows["actor"], rows["articles"], color=kwargs.pop("color", "#4c72b0"), **kwargs)
    ax.bar_label(bars, labels=[f"{m:,} mentions" for m in rows["mentions"]], padding=3, fontsize=8)
    ax.set_xlabel("articles that mention the actor")
    ax.set_title("Actors in the corpus: articles and mentions")
    ax.margins(x=0.25)
    return ax


def plot_actor_sentiment_spread(actor_sentiment: pd.DataFrame, *, actors=None, top: int = 12, ax=None,
                                **kwargs):
    """Targeted sentiment per actor: its spread over articles (box) and the mean (dot).

    Parameters
    ----------
    actor_sentiment : pandas.DataFrame
        The ``actor_sentiment`` table of several documents (one row per
        document and actor, ``mean_target_score``).
    actors : list of str, optional
        Which actors, top to bottom; by default the ``top`` actors in the
        most articles.
    top : int, default 12
        How many actors when ``actors`` is not given.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.boxplot`.

    Returns
    -------
    matplotlib.axes.Axes
        One box per actor over its per-article ``mean_target_score``, and
        one dot per actor at the mean over its articles.
    """
    if ax is None:
        ax = plt.gca()
    if actors is None:
        counts = actor_sentiment.groupby("actor")["doc_id"].nunique()
        actors = counts.sort_values(ascending=False, kind="mergesort").head(top).index.tolist()
    actors = list(actors)[::-1]
    values = [actor_sentiment.loc[actor_sentiment["actor"] == a, "mean_target_score"].astype(float).to_numpy()
              for a in actors]
    if actors:
        try:  # matplotlib >= 3.10
            ax.boxplot(values, orientation="horizontal", tick_labels=actors, widths=0.6, showfliers=False,
                       **kwargs)
        except TypeError:
            ax.boxplot(values, vert=False, labels=actors, widths=0.6, showfliers=False, **kwargs)
        ax.scatter([v.mean() for v in values], range(1, len(actors) + 1), color="#c44e52", zorder=3,
                   label="mean over articles")
        ax.legend(loc="lower right", fontsize=8)
    ax.axvline(0, color="0.7", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("targeted sentiment per article (−1 negative … +1 positive)")
    ax.set_title("How each actor is portrayed across articles")
    return ax
