"""Export every figure of an analysis to files: PNG and SVG, written atomically."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

from .plots.actors import plot_actor_timeline, plot_entity_frequency
from .plots.profiles import plot_actor_card, plot_framing_map
from .plots.sentiment import plot_actor_sentiment, plot_sentiment_arc
from .plots.stance import plot_stance_matrix, plot_stance_network
from .plots.voice import plot_voice
from .stance import stance_edges, stance_matrix
from .tables import Analysis, mention_positions

__all__ = ["STYLE", "save_figure", "make_figures", "source_line"]

#: Actor cards drawn per document (its most mentioned actors).
CARD_ACTORS = 6

#: Matplotlib settings used (scoped) for exported figures.
STYLE = {"figure.dpi": 100, "savefig.dpi": 150, "font.size": 10, "axes.titlesize": 12,
         "axes.titleweight": "bold", "svg.fonttype": "none", "svg.hashsalt": "analysis"}


def source_line(doc_ids) -> str:
    """The credit printed under each figure: which article(s) it shows."""
    doc_ids = list(doc_ids)
    if len(doc_ids) == 1:
        return f"Source: article '{doc_ids[0]}'. Made with the analysis package (NLTK, spaCy)."
    return f"Source: {len(doc_ids)} articles. Made with the analysis package (NLTK, spaCy)."


def save_figure(fig, name: str, out_dir, *, formats=("png", "svg")) -> list[Path]:
    """Save a figure as ``<out_dir>/<name>.<format>`` with a tight bounding box.

    Each file is written to a temporary name in the same folder and renamed,
    so no half-written figure is ever left behind.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    name : str
        File name without extension; says what the figure shows.
    out_dir : str or path-like
        Folder, created if needed.
    formats : tuple of str
        File formats.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        target = out_dir / f"{name}.{fmt}"
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=f".{fmt}")
        os.close(fd)
        try:
            # no date in the file: the same tables give byte-identical figures
            meta = {"Date": None} if fmt in {"svg", "pdf"} else {}
            fig.savefig(tmp, format=fmt, bbox_inches="tight", metadata=meta)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def _figure(draw, *, size, source):
    fig, ax = plt.subplots(figsize=size)
    draw(ax)
    fig.text(0.01, -0.02, source, fontsize=8, color="0.35", ha="left", va="top")
    fig.tight_layout()
    return fig


def _rows(table, doc_id):
    return table[table["doc_id"] == doc_id]


def figure_specs(result: Analysis) -> list[tuple[str, tuple[float, float], callable, list[str]]]:
    """The figures an analysis can draw: ``(name, size, draw(ax), doc_ids)``.

    Corpus-wide figures come first; per-document figures carry the
    ``doc_id`` in their name when the analysis holds several documents.
    """
    doc_ids = list(result.texts) or sorted(result.sentences["doc_id"].unique())
    specs = [("actor_mentions", (8, 5.5),
              lambda ax: plot_entity_frequency(result.entity_frequency, ax=ax), doc_ids),
             ("voice_quoted_words", (8, 5),
              lambda ax: plot_voice(result.voice, ax=ax), doc_ids),
             ("stance_network", (9, 7),
              lambda ax: plot_stance_network(
                  stance_edges(result.stance),
                  sizes=result.entity_frequency.groupby("actor")["mentions"].sum(), ax=ax), doc_ids),
             ("stance_matrix", (8, 6),
              lambda ax: plot_stance_matrix(stance_matrix(result.stance), ax=ax), doc_ids)]
    for doc_id in doc_ids:
        suffix = "" if len(doc_ids) == 1 else f"__{_safe(doc_id)}"
        mentions = _rows(result.mentions, doc_id)
        specs.append((f"actor_timeline{suffix}", (10, 4.5),
                      lambda ax, p=mention_positions(mentions): plot_actor_timeline(p, ax=ax), [doc_id]))
        specs.append((f"sentiment_arc{suffix}", (10, 4.5),
                      lambda ax, s=_rows(result.sentences, doc_id), m=mentions:
                      plot_sentiment_arc(s, mentions=m, ax=ax), [doc_id]))
        specs.append((f"actor_sentiment{suffix}", (9, 5.5),
                      lambda ax, a=_rows(result.actor_sentiment, doc_id): plot_actor_sentiment(a, ax=ax),
                      [doc_id]))
        # actor profiles: the framing map and one card per main actor (analysis.plots.profiles)
        profiles = _rows(result.profiles, doc_id)
        specs.append((f"framing_map{suffix}", (10, 6.5),
                      lambda ax, p=profiles: plot_framing_map(p, ax=ax), [doc_id]))
        for actor in profiles.head(CARD_ACTORS)["actor"]:
            specs.append((f"actor_card__{_safe(actor)}{suffix}", (9, 6),
                          lambda ax, p=profiles, a=actor, m=mention_positions(mentions),
                          n=len(_rows(result.sentences, doc_id)):
                          plot_actor_card(p, actor=a, positions=m, sentences=n, ax=ax), [doc_id]))
    return specs


def make_figures(result: Analysis, out_dir, *, formats=("png", "svg")) -> list[Path]:
    """Draw and save every figure of an analysis.

    Parameters
    ----------
    result : Analysis
        Tables of one or several documents.
    out_dir : str or path-like
        Folder for the figures (``figures/`` in the repository).
    formats : tuple of str
        File formats.

    Returns
    -------
    list of pathlib.Path
        The files written, named after what they show
        (``actor_mentions.png``, ``actor_timeline.png``, ...).
    """
    written = []
    with plt.rc_context(STYLE):
        for name, size, draw, doc_ids in figure_specs(result):
            fig = _figure(draw, size=size, source=source_line(doc_ids))
            try:
                written += save_figure(fig, name, out_dir, formats=formats)
            finally:
                plt.close(fig)
    return written
