"""Charts of who is for or against whom: a stance network and a stance matrix.

Both draw tables built by :mod:`analysis.stance` (:func:`~analysis.stance.stance_edges`,
:func:`~analysis.stance.stance_matrix`); they compute nothing from text.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm
from matplotlib.lines import Line2D

from ._style import NEGATIVE, NEUTRAL, POSITIVE, short_label

__all__ = ["STANCE_COLORS", "plot_stance_network", "plot_stance_matrix"]

#: Edge colour by the sign of the net stance (the colours of positive/negative everywhere).
STANCE_COLORS = {"favor": POSITIVE, "against": NEGATIVE, "mixed": NEUTRAL}

_STYLE = {"font.size": 9, "axes.titlesize": 11}


def _edge_color(net: int) -> str:
    if net > 0:
        return STANCE_COLORS["favor"]
    if net < 0:
        return STANCE_COLORS["against"]
    return STANCE_COLORS["mixed"]


def _edge_width(n: int) -> float:
    return 1 + 1.5 * math.log2(max(n, 1))


def _layout(graph: nx.DiGraph, seed: int) -> dict:
    """Spring layout (seeded) refined by Kamada-Kawai when SciPy is there: deterministic, evenly spread."""
    start = nx.spring_layout(graph, seed=seed)
    try:
        return nx.kamada_kawai_layout(graph.to_undirected(), pos=start)
    except ImportError:
        return start


def _keep_nodes(edges: pd.DataFrame, sizes: dict, max_nodes: int) -> list[str]:
    """The ``max_nodes`` actors taking part in the most stance rows (ties: more mentions, then name)."""
    degree: dict[str, int] = {}
    for row in edges.itertuples(index=False):
        degree[row.holder] = degree.get(row.holder, 0) + int(row.n)
        degree[row.target] = degree.get(row.target, 0) + int(row.n)
    ranked = sorted(degree, key=lambda a: (-degree[a], -float(sizes.get(a, 0)), str(a)))
    return ranked[:max_nodes]


def plot_stance_network(edges: pd.DataFrame, *, sizes=None, max_nodes: int = 15, ax=None, seed: int = 7,
                        **kwargs):
    """Directed network of stances: an arrow from holder to target.

    Parameters
    ----------
    edges : pandas.DataFrame
        The table of :func:`analysis.stance.stance_edges` (columns
        ``holder``, ``target``, ``net``, ``n``).
    sizes : pandas.Series or dict, optional
        Mentions per actor (e.g. ``entity_frequency.set_index("actor")["mentions"]``);
        node areas are proportional to it. Equal sizes when omitted.
    max_nodes : int, default 15
        At most this many actors are drawn: those taking part in the most
        stance rows. The edges of the others are left out and a note under the
        network says how many actors and rows are not shown.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    seed : int, default 7
        Seed of the spring layout (refined by Kamada-Kawai), so the same
        table gives the same picture.
    **kwargs
        Passed to :func:`networkx.draw_networkx_edges` (e.g. ``arrowsize``).

    Returns
    -------
    matplotlib.axes.Axes
        One node collection (nodes in order of first appearance in the edges
        kept, holders before targets), one arrow patch per edge kept in the
        order of ``edges``, coloured by the sign of ``net`` (favor blue,
        against red, balanced grey: :data:`STANCE_COLORS`) and as wide as
        ``1 + 1.5 * log2(n)``, one text label per node (below the node, so no
        arrowhead hides it), a legend keying colours, widths and node size,
        and a note (``gid="top-note"``) when actors were left out.
    """
    if ax is None:
        ax = plt.gca()
    sizes = {} if sizes is None else dict(sizes)
    keep = set(_keep_nodes(edges, sizes, max_nodes))
    shown = edges[edges["holder"].isin(keep) & edges["target"].isin(keep)]
    graph = nx.DiGraph()
    for row in shown.itertuples(index=False):
        graph.add_node(row.holder)
        graph.add_node(row.target)
    for row in shown.itertuples(index=False):
        if row.holder != row.target:
            graph.add_edge(row.holder, row.target, net=int(row.net), n=int(row.n))
    nodes = list(graph.nodes)
    top = max([float(sizes.get(v, 0)) for v in nodes] + [1.0])
    node_size = [200 + 1800 * float(sizes.get(v, top if not sizes else 0)) / top for v in nodes]
    with plt.rc_context(_STYLE):
        pos = _layout(graph, seed) if nodes else {}
        nx.draw_networkx_nodes(graph, pos, nodelist=nodes, node_size=node_size, node_color="0.88",
                               edgecolors="0.4", ax=ax)
        edge_list = list(graph.edges)
        if edge_list:
            options = {"arrows": True, "arrowstyle": "-|>", "arrowsize": 14,
                       "connectionstyle": "arc3,rad=0.12", "node_size": node_size, "nodelist": nodes}
            options.update(kwargs)
            nx.draw_networkx_edges(graph, pos, edgelist=edge_list, ax=ax,
                                   edge_color=[_edge_color(graph.edges[e]["net"]) for e in edge_list],
                                   width=[_edge_width(graph.edges[e]["n"]) for e in edge_list], **options)
        for node, area in zip(nodes, node_size):
            # below the node's circle (radius in points = sqrt(area) / 2), on a white ground
            ax.annotate(short_label(node), pos[node], xytext=(0, -(area ** 0.5) / 2 - 2), textcoords="offset points",
                        ha="center", va="top", fontsize=plt.rcParams["font.size"], zorder=5,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                              "alpha": 0.85})
        handles = [Line2D([], [], color=STANCE_COLORS["favor"], lw=2, label="favor (net)"),
                   Line2D([], [], color=STANCE_COLORS["against"], lw=2, label="against (net)"),
                   Line2D([], [], color=STANCE_COLORS["mixed"], lw=2, label="balanced: as many favor as against")]
        widths = sorted({1, 2, 4, int(shown["n"].max()) if len(shown) else 1})
        handles += [Line2D([], [], color="0.3", lw=_edge_width(n), label=f"{n} stance row{'s' * (n > 1)}")
                    for n in widths if n <= max(int(shown["n"].max()) if len(shown) else 1, 1)]
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=10, markerfacecolor="0.88",
                              markeredgecolor="0.4",
                              label="node area: mentions of the actor" if sizes else "actor"))
        ax.legend(handles=handles, title="arrow: holder → target", loc="upper left", bbox_to_anchor=(1.0, 1.0),
                  frameon=False, fontsize=8)
        ax.set_title("Who is for or against whom")
        ax.set_axis_off()
        ax.margins(0.12)
        actors = set(edges["holder"]) | set(edges["target"])
        if len(actors) > len(nodes):
            hidden = len(edges) - len(shown)
            ax.text(1.0, -0.02, f"showing the {len(nodes)} actors in the most stance rows; "
                    f"{len(actors) - len(nodes)} more actors ({int(edges['n'].sum() - shown['n'].sum())} rows, "
                    f"{hidden} pairs) not shown", transform=ax.transAxes, ha="right", va="top", fontsize=8,
                    color="0.35", gid="top-note")
    return ax


def plot_stance_matrix(matrix: pd.DataFrame, *, counts: pd.DataFrame | None = None, max_actors: int = 20,
                       ax=None, **kwargs):
    """Heat map of a holder x target stance matrix, centred at 0.

    Parameters
    ----------
    matrix : pandas.DataFrame
        The table of :func:`analysis.stance.stance_matrix` (holders as
        rows, targets as columns).
    counts : pandas.DataFrame, optional
        ``stance_matrix(stance, value="count")``: how many stance rows back
        each cell. Cells with no row are left blank (no colour, no number), so
        "no evidence" is not confused with a balanced 0. Without it every
        cell is drawn.
    max_actors : int, default 20
        At most this many holders (rows) and targets (columns), those in the
        most stance rows (the matrix's own order); a note says what is left
        out.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.imshow` (e.g. ``cmap``).

    Returns
    -------
    matplotlib.axes.Axes
        One image whose array equals ``matrix.values`` (masked where
        ``counts`` is 0; diverging colour map ``RdBu``: against red, favor
        blue, 0 white), one text per cell with evidence (its value, signed),
        holders on the y axis and targets on the x axis, and a colour bar.
    """
    if ax is None:
        ax = plt.gca()
    shown = matrix.iloc[:max_actors, :max_actors]
    values = shown.to_numpy(dtype=float)
    empty = np.zeros(values.shape, dtype=bool)
    if counts is not None:
        n = counts.reindex(index=shown.index, columns=shown.columns).fillna(0).to_numpy(dtype=float)
        empty = n == 0
    data = np.ma.masked_array(values, mask=empty) if counts is not None else values
    bound = max(float(np.abs(values).max()) if values.size else 0.0, 1.0)
    options = {"cmap": "RdBu", "norm": TwoSlopeNorm(vcenter=0.0, vmin=-bound, vmax=bound), "aspect": "auto"}
    options.update(kwargs)
    with plt.rc_context(_STYLE):
        image = ax.imshow(data, **options)
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                if empty[i, j]:
                    continue
                v = values[i, j]
                ax.text(j, i, f"{v:+g}" if v else "0", ha="center", va="center", fontsize=8,
                        color="white" if abs(v) > 0.6 * bound else "black")
        ax.set_facecolor("#ececec")  # cells without evidence: light grey, not the white of a balanced 0
        ax.set_xticks(range(values.shape[1]), [short_label(c) for c in shown.columns], rotation=45, ha="right")
        ax.set_yticks(range(values.shape[0]), [short_label(r) for r in shown.index])
        ax.set_xlabel(matrix.columns.name or "target")
        ax.set_ylabel(matrix.index.name or "holder")
        ax.set_title("Stance: holder (rows) towards target (columns)", pad=22)
        ax.figure.colorbar(image, ax=ax, label="net stance rows: favor − against")
        if counts is not None:
            ax.text(0.0, 1.01, "number = favor − against rows; 0 = balanced; empty grey cell = no stance found",
                    transform=ax.transAxes, ha="left", va="bottom", fontsize=7, color="0.35", gid="key-note")
        if shown.shape != matrix.shape:
            ax.text(0.0, 1.045, f"showing the top {shown.shape[0]} of {matrix.shape[0]} holders and "
                    f"{shown.shape[1]} of {matrix.shape[1]} targets (by stance rows)", transform=ax.transAxes,
                    ha="left", va="bottom", fontsize=7, color="0.35", gid="top-note")
    return ax
