"""Charts of actor profiles: an actor card and a framing map.

Both draw the ``profiles`` table of :mod:`analysis.profiles` (and, for the
card's presence strip, :func:`analysis.tables.mention_positions`); they
compute nothing from text.
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

__all__ = ["ROLE_COLORS", "NO_AGENCY_X", "plot_actor_card", "plot_framing_map"]

#: Colour of each role.
ROLE_COLORS = {"protagonist": "tab:blue", "antagonist": "tab:red", "innocent": "tab:orange", "unclear": "tab:gray"}

#: Where the framing map puts actors without any verb relation (agency undefined).
NO_AGENCY_X = -0.15

_STYLE = {"font.size": 9, "axes.titlesize": 11}


def _bar(ax, y: float, label: str, value: float, *, lo: float, hi: float, color: str) -> None:
    """A labelled horizontal gauge from ``lo`` to ``hi`` in axes coordinates (x 0.32..0.92)."""
    x0, width = 0.32, 0.60
    ax.text(0.02, y, label, va="center", ha="left", transform=ax.transAxes)
    ax.add_patch(plt.Rectangle((x0, y - 0.025), width, 0.05, transform=ax.transAxes, facecolor="0.92",
                               edgecolor="none", gid="track"))
    zero = x0 + width * (0 - lo) / (hi - lo)
    if value is None or (isinstance(value, float) and np.isnan(value)):
        ax.text(x0 + width / 2, y, "n/a", va="center", ha="center", color="0.4", transform=ax.transAxes)
        return
    end = x0 + width * (min(max(value, lo), hi) - lo) / (hi - lo)
    ax.add_patch(plt.Rectangle((min(zero, end), y - 0.025), abs(end - zero), 0.05, transform=ax.transAxes,
                               facecolor=color, edgecolor="none", gid=label))
    ax.text(0.94, y, f"{value:+.2f}" if lo < 0 else f"{value:.2f}", va="center", ha="left",
            transform=ax.transAxes)


def plot_actor_card(profiles: pd.DataFrame, *, actor: str, positions: pd.DataFrame | None = None,
                    sentences: int | None = None, ax=None):
    """One actor's profile on a card: presence, tone, voice, stance, descriptors and role.

    Parameters
    ----------
    profiles : pandas.DataFrame
        The ``profiles`` table (one document, or filter it first).
    actor : str
        The actor to show.
    positions : pandas.DataFrame, optional
        :func:`analysis.tables.mention_positions` of the same document: a
        presence strip shows the sentences where the actor is mentioned.
    sentences : int, optional
        Number of sentences of the document (the strip's length); the last
        position + 1 when omitted.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.

    Returns
    -------
    matplotlib.axes.Axes
        The card. Gauges are :class:`~matplotlib.patches.Rectangle` patches
        whose ``gid`` is the gauge's label (``targeted tone``,
        ``share of voice``, ``agency``, ``power``).
    """
    if ax is None:
        ax = plt.gca()
    row = profiles[profiles["actor"] == actor]
    if row.empty:
        raise ValueError(f"no profile for {actor!r}")
    p = row.iloc[0]
    color = ROLE_COLORS.get(p["role"], "tab:gray")
    with plt.rc_context(_STYLE):
        ax.set_axis_off()
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_title(f"{actor}: {p['role']} (confidence {p['role_confidence']:.2f})", color=color, loc="left")
        ax.text(0.02, 0.95, f"{p['actor_type']} · {p['mentions']} mentions "
                            f"({p['share_of_mentions']:.0%} of all) · first in sentence {p['first_sentence']}",
                transform=ax.transAxes, va="center")
        if positions is not None:
            mine = positions[positions["actor"] == actor]
            length = sentences or int(positions["position"].max()) + 1
            ax.text(0.02, 0.86, "presence", va="center", transform=ax.transAxes)
            ax.add_patch(plt.Rectangle((0.32, 0.84), 0.60, 0.04, transform=ax.transAxes, facecolor="0.92",
                                       edgecolor="none", gid="track"))
            xs = 0.32 + 0.60 * (mine["position"].to_numpy() + 0.5) / length
            ax.vlines(xs, 0.84, 0.88, colors=color, linewidth=2, transform=ax.transAxes, gid="presence")
        _bar(ax, 0.76, "targeted tone", float(p["mean_target_score"]), lo=-1, hi=1,
             color="tab:green" if p["mean_target_score"] >= 0 else "tab:red")
        _bar(ax, 0.68, "share of voice", float(p["share_of_voice"]), lo=0, hi=1, color="tab:purple")
        _bar(ax, 0.60, "agency", float(p["agency"]), lo=0, hi=1, color="tab:cyan")
        _bar(ax, 0.52, "power", float(p["power"]), lo=-1, hi=1, color="tab:brown")
        ax.text(0.02, 0.43, f"quotes: {p['quotes']} ({p['quoted_words']} words)", transform=ax.transAxes,
                va="center")
        ax.text(0.02, 0.36, f"stance given: {p['stance_given_favor']} favor, {p['stance_given_against']} against"
                            f"   ·   received: {p['stance_received_favor']} favor, "
                            f"{p['stance_received_against']} against", transform=ax.transAxes, va="center")
        descriptors = p["top_descriptors"] or "(none)"
        ax.text(0.02, 0.29, "described as: " + textwrap.shorten(descriptors, 110), transform=ax.transAxes,
                va="center", style="italic")
        reason = textwrap.fill(textwrap.shorten(str(p["role_reason"]), 420), 105)
        ax.text(0.02, 0.22, "why: " + reason, transform=ax.transAxes, va="top", fontsize=8, color="0.25",
                gid="reason")
    return ax


def _spread(values: np.ndarray, min_gap: float) -> np.ndarray:
    """Move sorted label positions apart so that neighbours are at least ``min_gap`` apart."""
    order = np.argsort(values, kind="mergesort")
    placed = values[order].astype(float).copy()
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + min_gap)
    shift = (placed - values[order]).mean()
    placed -= shift / 2
    out = np.empty_like(placed)
    out[order] = placed
    return out


def plot_framing_map(profiles: pd.DataFrame, *, top: int = 12, ax=None, **kwargs):
    """The main actors placed by agency (x) and targeted tone (y).

    Parameters
    ----------
    profiles : pandas.DataFrame
        The ``profiles`` table (one document, or an aggregate with the same
        columns).
    top : int, default 12
        How many actors, most mentioned first.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.scatter`.

    Returns
    -------
    matplotlib.axes.Axes
        One point per actor (a single scatter collection, in the order of
        ``profiles`` sorted by mentions); point area grows with the share of
        voice; colour is the role (:data:`ROLE_COLORS`). Actors with no verb
        relation (agency undefined) stand at :data:`NO_AGENCY_X`, left of a
        dashed line. Labels are pushed apart vertically so they do not
        overlap; the legend lists every role and three voice sizes.
    """
    if ax is None:
        ax = plt.gca()
    data = profiles.sort_values("mentions", ascending=False, kind="mergesort").head(top).reset_index(drop=True)
    x = data["agency"].astype(float).fillna(NO_AGENCY_X).to_numpy()
    y = data["mean_target_score"].astype(float).fillna(0.0).to_numpy()
    sizes = 40 + 1200 * data["share_of_voice"].astype(float).fillna(0).to_numpy()
    colors = [ROLE_COLORS.get(r, "tab:gray") for r in data["role"]]
    with plt.rc_context(_STYLE):
        ax.scatter(x, y, s=sizes, c=colors, alpha=0.75, edgecolors="black", linewidths=0.5, zorder=3, **kwargs)
        ax.axhline(0, color="0.6", linewidth=0.8, zorder=1)
        ax.axvline((NO_AGENCY_X + 0) / 2, color="0.6", linestyle="--", linewidth=0.8, zorder=1)
        low = min(-0.25, float(y.min()) - 0.15) if len(y) else -1
        high = max(0.25, float(y.max()) + 0.15) if len(y) else 1
        ax.set_ylim(low, high)
        ax.set_xlim(NO_AGENCY_X - 0.12, 1.3)
        gap = (high - low) * 0.055
        # labels: one column per side of each point, spread vertically within groups of close x
        label_y = y.copy()
        for side in (x <= 0.5, x > 0.5):
            idx = np.flatnonzero(side)
            if len(idx):
                label_y[idx] = _spread(y[idx], gap)
        for i, name in enumerate(data["actor"]):
            ax.annotate(name, (x[i], y[i]), xytext=(x[i] + 0.06, label_y[i]), textcoords="data", va="center",
                        fontsize=8, arrowprops={"arrowstyle": "-", "color": "0.6", "linewidth": 0.5})
        ax.set_xticks([NO_AGENCY_X, 0, 0.25, 0.5, 0.75, 1.0], ["no verbs", "0", "0.25", "0.5", "0.75", "1"])
        ax.set_xlabel("agency (share of its verb relations where the actor is the agent)")
        ax.set_ylabel("targeted sentiment toward the actor (mean, −1…1)")
        ax.set_title("Framing map: who acts, and how they are portrayed")
        handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor=c, markeredgecolor="black",
                          markersize=8, label=r) for r, c in ROLE_COLORS.items()]
        handles += [Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="black",
                           markersize=np.sqrt(40 + 1200 * v), label=f"{v:.0%} of quoted words")
                    for v in (0.0, 0.25, 0.5)]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="role / voice",
                  labelspacing=1.2, borderpad=1)
    return ax
