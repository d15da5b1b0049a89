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

__all__ = ["STANCE_COLORS", "plot_stance_network", "plot_stance_matrix"]

#: Edge colour by the sign of the net stance.
STANCE_COLORS = {"favor": "tab:blue", "against": "tab:red", "mixed": "tab:gray"}

_STYLE = {"font.size": 9, "axes.titlesize": 11}


def _edge_color(net: int) -> str:
    if net > 0:
        return STANCE_COLORS["favor"]
    if net < 0:
        return STANCE_COLORS["against"]
    return STANCE_COLORS["mixed"]


def _layout(graph: nx.DiGraph, seed: int) -> dict:
    """Spring layout (seeded) refined by Kamada-Kawai when SciPy is there: deterministic, evenly spread."""
    start = nx.spring_layout(graph, seed=seed)
    try:
        return nx.kamada_kawai_layout(graph.to_undirected(), pos=start)
    except ImportError:
        return start


def plot_stance_network(edges: pd.DataFrame, *, sizes=None, ax=None, seed: int = 7, **kwargs):
    """Directed network of stances: an arrow from holder to target.

    Parameters
    ----------
    edges : pandas.DataFrame
        The table of :func:`analysis.stance.stance_edges` (columns
        ``holder``, ``target``, ``net``, ``n``).
    sizes : pandas.Series or dict, optional
        Mentions per actor (e.g. ``entity_frequency.set_index("actor")["mentions"]``);
        node areas are proportional to it. Equal sizes when omitted.
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
        One node collection (nodes in order of first appearance in
        ``edges``, holders before targets), one arrow patch per edge in the
        order of ``edges``, coloured by the sign of ``net`` (favor
        ``tab:blue``, against ``tab:red``, balanced ``tab:gray``) and as wide
        as ``1 + 1.5 * log2(n)``, and one text label per node.
    """
    if ax is None:
        ax = plt.gca()
    graph = nx.DiGraph()
    for row in edges.itertuples(index=False):
        graph.add_node(row.holder)
        graph.add_node(row.target)
    for row in edges.itertuples(index=False):
        if row.holder != row.target:
            graph.add_edge(row.holder, row.target, net=int(row.net), n=int(row.n))
    sizes = {} if sizes is None else dict(sizes)
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
                                   width=[1 + 1.5 * math.log2(max(graph.edges[e]["n"], 1)) for e in edge_list],
                                   **options)
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=plt.rcParams["font.size"])
        handles = [plt.Line2D([], [], color=STANCE_COLORS[k], lw=2, label=k) for k in ("favor", "against")]
        ax.legend(handles=handles, title="net stance", loc="lower right", frameon=False)
        ax.set_title("Who is for or against whom")
        ax.set_axis_off()
        ax.margins(0.12)
    return ax


def plot_stance_matrix(matrix: pd.DataFrame, *, ax=None, **kwargs):
    """Heat map of a holder x target stance matrix, centred at 0.

    Parameters
    ----------
    matrix : pandas.DataFrame
        The table of :func:`analysis.stance.stance_matrix` (holders as
        rows, targets as columns).
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.imshow` (e.g. ``cmap``).

    Returns
    -------
    matplotlib.axes.Axes
        One image whose array equals ``matrix.values`` (diverging colour map
        ``RdBu``: against red, favor blue, 0 white), one text per cell with
        its value, holders on the y axis and targets on the x axis, and a
        colour bar.
    """
    if ax is None:
        ax = plt.gca()
    values = matrix.to_numpy(dtype=float)
    bound = max(float(np.abs(values).max()) if values.size else 0.0, 1.0)
    options = {"cmap": "RdBu", "norm": TwoSlopeNorm(vcenter=0.0, vmin=-bound, vmax=bound), "aspect": "auto"}
    options.update(kwargs)
    with plt.rc_context(_STYLE):
        image = ax.imshow(values, **options)
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                v = values[i, j]
                ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=8,
                        color="white" if abs(v) > 0.6 * bound else "black")
        ax.set_xticks(range(values.shape[1]), [str(c) for c in matrix.columns], rotation=45, ha="right")
        ax.set_yticks(range(values.shape[0]), [str(r) for r in matrix.index])
        ax.set_xlabel(matrix.columns.name or "target")
        ax.set_ylabel(matrix.index.name or "holder")
        ax.set_title("Stance: holder (rows) towards target (columns)")
        ax.figure.colorbar(image, ax=ax, label="favor − against")
    return ax
