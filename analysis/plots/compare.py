"""Charts that compare groups of articles (outlets, periods): drawn from :func:`analysis.comparison.compare`.

Red and blue mean negative and positive and nothing else; actors get colours
from a neutral qualitative palette (:data:`analysis.evidence.ACTOR_PALETTE`).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm

from ..comparison import COMPARE_COLUMNS
from ..evidence import ACTOR_PALETTE

__all__ = ["plot_compare_heatmap", "plot_compare_timeline", "plot_framing_map", "plot_compare_difference",
           "TONE_CMAP", "NEGATIVE", "POSITIVE", "NO_DIFFERENCE"]

#: Diverging colour map of targeted sentiment: red negative, blue positive.
TONE_CMAP = "RdBu"
NEGATIVE, POSITIVE, NO_DIFFERENCE = "#b2182b", "#2166ac", "#8c8c8c"


def _group_column(table: pd.DataFrame, group) -> str:
    if group is not None:
        return group
    candidates = [c for c in table.columns if c not in COMPARE_COLUMNS]
    if len(candidates) != 1:
        raise ValueError(f"say which column holds the groups (group=); candidates: {candidates}")
    return candidates[0]


def _label(value) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if (value.month, value.day) != (1, 1) else str(value.year)
    return str(value)


def _actor_colours(actors) -> dict:
    return {a: ACTOR_PALETTE[i % len(ACTOR_PALETTE)] for i, a in enumerate(actors)}


def plot_compare_heatmap(table: pd.DataFrame, *, group: str | None = None, actors=None, ax=None,
                         limit: float | None = None, **kwargs):
    """Actor × group heat map of targeted sentiment, with n in each cell.

    Parameters
    ----------
    table : pandas.DataFrame
        A table of :func:`analysis.comparison.compare` with one group column
        (or name it with ``group``).
    group : str, optional
        The group column.
    actors : list of str, optional
        Rows, top to bottom; by default the actors by total mentions.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    limit : float, optional
        Colour scale from ``-limit`` (red) to ``+limit`` (blue); the largest
        absolute mean by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.imshow`.

    Returns
    -------
    matplotlib.axes.Axes
        One image whose array is masked (blank) where an actor has no scored
        mention in a group — no evidence, not 0; one text per non-blank cell,
        ``n=<articles>``.
    """
    if ax is None:
        ax = plt.gca()
    col = _group_column(table, group)
    if actors is None:
        actors = list(table.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="mergesort").index)
    groups = sorted(table[col].unique())
    scores = table.pivot_table(index="actor", columns=col, values="mean_target_score", aggfunc="first")
    scores = scores.reindex(index=actors, columns=groups)
    counts = table.pivot_table(index="actor", columns=col, values="articles", aggfunc="first").reindex(
        index=actors, columns=groups)
    values = np.ma.masked_invalid(scores.to_numpy(dtype=float))
    if limit is None:
        limit = float(np.nanmax(np.abs(values.filled(np.nan)))) if values.count() else 1.0
        limit = limit or 1.0
    cmap = plt.get_cmap(TONE_CMAP).with_extremes(bad=(0, 0, 0, 0))  # blank: the hatched background shows
    ax.patch.set_facecolor("white")
    ax.patch.set_hatch("///")
    ax.patch.set_edgecolor("#d9d9d9")
    image = ax.imshow(values, cmap=cmap, norm=TwoSlopeNorm(0.0, -limit, limit), aspect="auto", **kwargs)
    blank = np.ma.getmaskarray(values)
    for i in range(len(actors)):
        for j in range(len(groups)):
            if not blank[i, j]:
                n = counts.iat[i, j]
                ax.text(j, i, f"n={int(n)}", ha="center", va="center", fontsize=8,
                        color="white" if abs(values[i, j]) > 0.6 * limit else "black")
    ax.set_xticks(range(len(groups)), [_label(g) for g in groups], rotation=45 if len(groups) > 4 else 0,
                  ha="right" if len(groups) > 4 else "center")
    ax.set_yticks(range(len(actors)), actors)
    ax.set_xlabel(col)
    ax.set_title("Tone toward each actor (mean targeted score; n = articles; hatched = no evidence)")
    ax.figure.colorbar(image, ax=ax, label="mean targeted score (red negative, blue positive)", shrink=0.8)
    return ax


def plot_compare_timeline(table: pd.DataFrame, *, value: str = "mean_target_score", actors=None, x: str = "date",
                          ax=None, **kwargs):
    """Presence or tone of actors over time: one line per actor, intervals as bands.

    Parameters
    ----------
    table : pandas.DataFrame
        A table of :func:`analysis.comparison.compare` grouped by ``date``
        (with ``freq``).
    value : {"mean_target_score", "share_of_mentions", "share_of_voice", "mentions", "articles"}
        What to draw; ``mean_target_score`` gets its 95 % interval as a band
        (where there is one).
    actors : list of str, optional
        The actors; the five most mentioned by default.
    x : str, default "date"
        The time column.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.plot`.

    Returns
    -------
    matplotlib.axes.Axes
        One line per actor (label = actor; points only at periods with
        evidence; with the ``freq`` of :func:`analysis.comparison.compare` in
        ``table.attrs`` every period of the range is on the axis, so a period
        without evidence is a gap) and, for the tone, one band
        (``PolyCollection``) per actor.
    """
    if ax is None:
        ax = plt.gca()
    if actors is None:
        actors = list(table.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="mergesort")
                      .index[:5])
    colours = _actor_colours(actors)
    periods = sorted(table[x].unique())
    freq = table.attrs.get("freq")
    if freq and len(periods) and pd.api.types.is_datetime64_any_dtype(table[x]):
        # every period of the range, so a period without articles is a gap in the line
        periods = list(pd.period_range(periods[0], periods[-1], freq=freq).start_time)
    for actor in actors:
        rows = table[table["actor"] == actor].set_index(x).reindex(periods)
        ax.plot(rows.index, rows[value], marker="o", color=colours[actor], label=actor, **kwargs)
        if value == "mean_target_score":
            ax.fill_between(rows.index, rows["ci_low"], rows["ci_high"], color=colours[actor], alpha=0.15,
                            linewidth=0)
    if value == "mean_target_score":
        ax.axhline(0, color="#999999", linewidth=0.8)
        ax.set_ylabel("mean targeted score (95% interval)")
        ax.set_title("Tone toward each actor over time")
    else:
        ax.set_ylabel(value.replace("_", " "))
        ax.set_title(f"Presence of each actor over time: {value.replace('_', ' ')}")
    ax.set_xlabel(x)
    if actors:
        ax.legend(frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _place_labels(ax, points, labels, colours) -> list:
    """Annotate points, trying offsets until a label overlaps no label placed before."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    offsets = [(6, 6), (6, -12), (-6, 6), (-6, -12), (6, 18), (6, -24), (-6, 18), (-6, -24), (14, 30),
               (14, -36), (-14, 30), (-14, -36), (20, 42), (20, -48), (-20, 42), (-20, -48)]
    placed, boxes = [], []
    for (px, py), label, colour in zip(points, labels, colours):
        chosen = None
        for dx, dy in offsets:
            text = ax.annotate(label, (px, py), xytext=(dx, dy), textcoords="offset points", fontsize=8,
                               ha="left" if dx >= 0 else "right", va="bottom" if dy >= 0 else "top",
                               color="#333333",
                               arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.6}
                               if abs(dy) > 12 else None)
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(box.overlaps(b) for b in boxes):
                chosen = text
                break
            text.remove()
        if chosen is None:  # every offset collides: push below everything placed so far
            low = min(b.y0 for b in boxes)
            _, py_disp = ax.transData.transform((px, py))
            chosen = ax.annotate(label, (px, py), xytext=(6, (low - py_disp) * 72 / fig.dpi - 4),
                                 textcoords="offset points", fontsize=8, va="top", color="#333333",
                                 arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.6})
            box = chosen.get_window_extent(renderer)
        boxes.append(box)
        placed.append(chosen)
    return placed


def plot_framing_map(table: pd.DataFrame, *, group=None, column: str | None = None, actors=None, top: int = 12,
                     ax=None, **kwargs):
    """Framing map of one group: presence (x) against tone (y), size = share of voice.

    Parameters
    ----------
    table : pandas.DataFrame
        A table of :func:`analysis.comparison.compare`.
    group : optional
        The group value to draw (e.g. ``"Outlet A"``); needed when the
        table has several groups.
    column : str, optional
        The group column; inferred when the table has one.
    actors : list of str, optional
        The actors; by default the ``top`` most mentioned with a score.
    top : int, default 12
        How many actors by default.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        One scatter (offsets = ``share_of_mentions``,
        ``mean_target_score``; sizes grow with ``share_of_voice``) and one
        annotation per actor, placed so that no two labels overlap.
    """
    if ax is None:
        ax = plt.gca()
    rows, value = table, group
    if group is not None:
        col = column or _group_column(table, None)
        value = pd.Timestamp(group) if pd.api.types.is_datetime64_any_dtype(table[col]) else group
        rows = table[table[col] == value]
    elif column is None and len([c for c in table.columns if c not in COMPARE_COLUMNS]) == 1:
        col = _group_column(table, None)
        if table[col].nunique() > 1:
            raise ValueError("the table has several groups: choose one with group=")
    rows = rows.dropna(subset=["mean_target_score"])
    if actors is not None:
        rows = rows[rows["actor"].isin(list(actors))]
    else:
        rows = rows.sort_values("mentions", ascending=False, kind="mergesort").head(top)
    colours = _actor_colours(list(rows["actor"]))
    sizes = 30 + 900 * rows["share_of_voice"].to_numpy(dtype=float)
    ax.scatter(rows["share_of_mentions"], rows["mean_target_score"], s=sizes,
               c=[colours[a] for a in rows["actor"]], alpha=0.75, edgecolors="white", **kwargs)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel("share of mentions in the group")
    ax.set_ylabel("mean targeted score (red < 0 < blue)")
    ax.axhspan(0, 1, color=POSITIVE, alpha=0.04, zorder=0)
    ax.axhspan(-1, 0, color=NEGATIVE, alpha=0.04, zorder=0)
    if len(rows):
        span = max(0.1, float(rows["mean_target_score"].abs().max()) * 1.3)
        ax.set_ylim(-span, span)
        ax.set_xlim(0, float(rows["share_of_mentions"].max()) * 1.25)
    title = "Framing map: presence, tone and voice (size = share of voice)"
    ax.set_title(title if group is None else f"{title}\n{_label(value)}")
    ax.spines[["top", "right"]].set_visible(False)
    _place_labels(ax, list(zip(rows["share_of_mentions"], rows["mean_target_score"])), list(rows["actor"]),
                  [colours[a] for a in rows["actor"]])
    return ax


def plot_compare_difference(difference: pd.DataFrame, *, value: str = "score", ax=None, **kwargs):
    """Difference between two groups per actor: dots with 95 % intervals, sorted.

    Parameters
    ----------
    difference : pandas.DataFrame
        A table of :func:`analysis.comparison.compare_difference`.
    value : {"score", "voice"}
        Difference in mean targeted score or in share of voice.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.errorbar`.

    Returns
    -------
    matplotlib.axes.Axes
        One error bar container per actor, bottom to top by increasing
        difference; red when the interval lies below 0, blue above, grey when
        it includes 0 (or there is none).
    """
    if ax is None:
        ax = plt.gca()
    rows = difference.dropna(subset=[f"{value}_diff"]).sort_values(f"{value}_diff", kind="mergesort")
    for y, row in enumerate(rows.itertuples(index=False)):
        diff, low, high = (getattr(row, f"{value}_diff"), getattr(row, f"{value}_diff_low"),
                           getattr(row, f"{value}_diff_high"))
        colour = NEGATIVE if high < 0 else POSITIVE if low > 0 else NO_DIFFERENCE
        xerr = None if pd.isna(low) else [[diff - low], [high - diff]]
        ax.errorbar([diff], [y], xerr=xerr, fmt="o", color=colour, capsize=3, label=row.actor, **kwargs)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_yticks(range(len(rows)), list(rows["actor"]))
    if len(rows):
        a, b = _label(rows["group_a"].iat[0]), _label(rows["group_b"].iat[0])
        what = "mean targeted score" if value == "score" else "share of voice"
        ax.set_xlabel(f"difference in {what}: {a} − {b} (95% interval)")
        ax.set_title(f"Where {a} and {b} differ")
    ax.spines[["top", "right"]].set_visible(False)
    return ax
