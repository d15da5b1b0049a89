"""Export every figure of an analysis to files: PNG and SVG, written atomically.

One article: every figure in the folder (``actor_timeline.png``, ...). A
corpus: figures that summarise the corpus in the folder, and each article's
figures only on request, in a subfolder per article. Figure files of earlier
runs that this run did not write are removed, so the folder shows one run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .plots.actors import plot_actor_timeline, plot_entity_frequency
from .plots.corpus import plot_actor_coverage, plot_actor_sentiment_spread
from .plots.profiles import plot_actor_card, plot_framing_map
from .plots.sentiment import plot_actor_sentiment, plot_sentiment_arc
from .plots.stance import plot_stance_matrix, plot_stance_network
from .plots.voice import plot_voice
from .stance import stance_edges, stance_matrix
from .tables import Analysis, actor_coverage, mention_positions

__all__ = ["STYLE", "save_figure", "make_figures", "draw_figure", "source_line", "figure_folder_name"]

#: Actor cards drawn per document (its most mentioned actors).
CARD_ACTORS = 6

#: Longest actor name (characters) written in a figure; longer ones end in ``…``.
MAX_LABEL = 60

#: Matplotlib settings used (scoped) for exported figures.
STYLE = {"figure.dpi": 100, "savefig.dpi": 150, "font.size": 10, "axes.titlesize": 12,
         "axes.titleweight": "bold", "svg.fonttype": "none", "svg.hashsalt": "analysis"}


@contextlib.contextmanager
def _quiet_glyphs():
    """Silence matplotlib's "Glyph ... missing from font" warnings (emoji, rare scripts in names).

    The character is drawn as a box; a warning per glyph on stderr would only
    bury the run's own messages.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        warnings.filterwarnings("ignore", message=r".*missing from font", category=UserWarning)
        yield


def short_label(text, limit: int = MAX_LABEL) -> str:
    """``text`` cut to ``limit`` characters (ending in ``…``) for a figure label."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _short_names(result: Analysis) -> Analysis:
    """The tables with every actor name longer than :data:`MAX_LABEL` shortened, for drawing.

    A figure of a 200,000-character name would be a huge image (and a slow
    one); the tables themselves keep the full names. Names that would become
    equal after cutting get a short hash.
    """
    names: set = set()
    for table in (result.entity_frequency, result.profiles, result.mentions, result.actor_sentiment,
                  result.voice):
        if "actor" in table.columns:
            names.update(v for v in table["actor"].dropna().unique() if isinstance(v, str) and len(v) > MAX_LABEL)
    if not names:
        return result
    short = {name: short_label(name) for name in sorted(names)}
    counts: dict = {}
    for value in short.values():
        counts[value] = counts.get(value, 0) + 1
    for name, value in short.items():
        if counts[value] > 1:
            digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]
            short[name] = f"{short_label(name, MAX_LABEL - 7)} {digest}"
    copy = Analysis(texts=result.texts)
    for table_name, table in result.tables().items():
        columns = [c for c in table.columns
                   if pd.api.types.is_object_dtype(table[c]) or pd.api.types.is_string_dtype(table[c])]
        if columns and len(table):
            table = table.copy()
            for column in columns:
                table[column] = table[column].map(lambda v: short.get(v, v) if isinstance(v, str) else v)
        setattr(copy, table_name, table)
    return copy


def source_line(doc_ids) -> str:
    """The credit printed under each figure: which article(s) it shows."""
    doc_ids = list(doc_ids)
    if len(doc_ids) == 1:
        return f"Source: article '{short_label(doc_ids[0])}'. Made with the analysis package (NLTK, spaCy)."
    return f"Source: {len(doc_ids)} articles. Made with the analysis package (NLTK, spaCy)."


def save_figure(fig, name: str, out_dir, *, formats=("png", "svg"), dpi: float | None = None,
                width: float | None = None) -> list[Path]:
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
        File formats (any matplotlib writes: ``png``, ``svg``, ``pdf``, ``eps``, ...).
    dpi : float, optional
        Resolution of raster formats (PNG); 150 by default (``STYLE``). Use 300
        for print.
    width : float, optional
        Width of the figure in inches (e.g. 3.5 for one journal column, 7.2
        for two); the height follows the figure's aspect ratio and fonts keep
        their point size, so a narrow figure has relatively larger text.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    if width is not None:
        w, h = fig.get_size_inches()
        fig.set_size_inches(width, h * width / w)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        target = out_dir / f"{name}.{fmt}"
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=f".{fmt}")
        os.close(fd)
        try:
            os.chmod(tmp, _umask_mode())
            # no date in the file: the same tables give byte-identical figures
            meta = {"Date": None} if fmt in {"svg", "pdf"} else {}
            with plt.rc_context(STYLE), _quiet_glyphs():
                fig.savefig(tmp, format=fmt, bbox_inches="tight", metadata=meta,
                            **({"dpi": dpi} if dpi is not None else {}))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def figure_folder_name(doc_id: str) -> str:
    """A readable, unique file name for a document's figures.

    Letters of any script, digits, ``_``, ``.`` and ``-`` are kept; anything
    else becomes ``_``. When that changes the name, a short hash of the
    ``doc_id`` is appended so that ``my article`` and ``my_article`` differ.
    """
    slug = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:80] or "doc"
    if slug != doc_id:
        slug = f"{slug}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
    return slug


def _actor_slugs(actors) -> list[str]:
    """File-name parts for actors: spaces and unsafe characters become ``_`` (``Mark_Rutte``).

    Letters of any script are kept; a short hash is added only where two
    actors of the list would get the same name.
    """
    slugs = [re.sub(r"[^\w.-]+", "_", str(a)).strip("._")[:60] or "actor" for a in actors]
    seen: dict[str, int] = {}
    for s in slugs:
        seen[s] = seen.get(s, 0) + 1
    return [s if seen[s] == 1 else f"{s}-{hashlib.sha1(str(a).encode('utf-8', 'surrogatepass')).hexdigest()[:6]}"
            for s, a in zip(slugs, actors)]


def _figure(draw, *, size, source):
    # The figure is created outside the style context: a backend first set up inside
    # ``rc_context`` (JupyterLab's inline backend) would be undone when it ends, and the
    # notebook would stop showing figures. Fonts and sizes apply when artists are drawn.
    fig, ax = plt.subplots(figsize=size, dpi=STYLE["figure.dpi"])
    with plt.rc_context(STYLE), _quiet_glyphs():
        draw(ax)
        fig.text(0.01, -0.02, source, fontsize=8, color="0.35", ha="left", va="top")
        fig.tight_layout()
    return fig


def _rows(table, doc_id):
    return table[table["doc_id"] == doc_id]


def _doc_ids(result: Analysis) -> list[str]:
    if len(result.documents):
        return result.documents["doc_id"].astype(str).tolist()
    return list(result.texts) or sorted(result.sentences["doc_id"].unique())


def _article_specs(result: Analysis, doc_id: str):
    mentions = _rows(result.mentions, doc_id)
    specs = [("actor_timeline", (10, 4.5),
             lambda ax, p=mention_positions(mentions): plot_actor_timeline(p, ax=ax), [doc_id]),
            ("sentiment_arc", (10, 4.5),
             lambda ax, s=_rows(result.sentences, doc_id), m=mentions: plot_sentiment_arc(s, mentions=m, ax=ax),
             [doc_id]),
            ("actor_sentiment", (9, 5.5),
             lambda ax, a=_rows(result.actor_sentiment, doc_id): plot_actor_sentiment(a, ax=ax), [doc_id])]
    # actor profiles: the framing map and one card per main actor (analysis.plots.profiles)
    profiles = _rows(result.profiles, doc_id)
    specs.append(("framing_map", (10, 6.5), lambda ax, p=profiles: plot_framing_map(p, ax=ax), [doc_id]))
    for actor, slug in zip(profiles.head(CARD_ACTORS)["actor"], _actor_slugs(profiles.head(CARD_ACTORS)["actor"])):
        specs.append((f"actor_card__{slug}", (9, 6),
                      lambda ax, p=profiles, a=actor, m=mention_positions(mentions),
                      n=len(_rows(result.sentences, doc_id)):
                      plot_actor_card(p, actor=a, positions=m, sentences=n, ax=ax), [doc_id]))
    return specs


def figure_specs(result: Analysis, *, per_article: bool | None = None
                 ) -> list[tuple[str, tuple[float, float], callable, list[str]]]:
    """The figures an analysis can draw: ``(name, size, draw(ax), doc_ids)``.

    ``name`` may contain one ``/``: per-article figures go to a subfolder
    named by :func:`figure_folder_name`. A single article gets its figures
    in the folder itself (in its subfolder with ``per_article=True``); a
    corpus gets figures that summarise it (``actor_coverage``,
    ``actor_sentiment_spread``, ...), and per-article figures only with
    ``per_article=True``.
    """
    doc_ids = _doc_ids(result)
    single = len(doc_ids) == 1
    specs = [("actor_mentions", (8, 5.5),
              lambda ax: plot_entity_frequency(result.entity_frequency, ax=ax), doc_ids),
             ("voice_quoted_words", (8, 5),
              lambda ax: plot_voice(result.voice, ax=ax), doc_ids),
             ("stance_network", (9, 7),
              lambda ax: plot_stance_network(
                  stance_edges(result.stance),
                  sizes=result.entity_frequency.groupby("actor")["mentions"].sum(), ax=ax), doc_ids),
             ("stance_matrix", (8, 6),
              lambda ax: plot_stance_matrix(stance_matrix(result.stance),
                                            counts=stance_matrix(result.stance, value="count"), ax=ax), doc_ids)]
    if single and not per_article:
        return specs + _article_specs(result, doc_ids[0])
    if single:  # asked for per-article figures: the article's own folder, named after it
        folder = figure_folder_name(doc_ids[0])
        return specs + [(f"{folder}/{name}", size, draw, ids)
                        for name, size, draw, ids in _article_specs(result, doc_ids[0])]
    specs += [("actor_coverage", (8, 6),
               lambda ax: plot_actor_coverage(actor_coverage(result.entity_frequency), ax=ax), doc_ids),
              ("actor_sentiment_spread", (9, 6),
               lambda ax: plot_actor_sentiment_spread(result.actor_sentiment, ax=ax), doc_ids)]
    if per_article:
        for doc_id in doc_ids:
            folder = figure_folder_name(doc_id)
            specs += [(f"{folder}/{name}", size, draw, ids) for name, size, draw, ids in _article_specs(result, doc_id)]
    return specs


def draw_figure(result: Analysis, name: str):
    """Draw one exported figure, with its source line, for display in a notebook.

    Parameters
    ----------
    result : Analysis
        Tables of one or several documents.
    name : str
        A figure name as exported (``"actor_sentiment"``, ``"stance_network"``,
        ...; an article's figure in a corpus is ``"<folder>/actor_timeline"``,
        the folder given by :func:`figure_folder_name`).

    Returns
    -------
    matplotlib.figure.Figure
        The same figure :func:`make_figures` writes to a file.
    """
    short = _short_names(result)
    specs = {spec[0]: spec for spec in figure_specs(short) + figure_specs(short, per_article=True)}
    if name not in specs:
        raise KeyError(f"no figure named {name!r}; choose one of {sorted(specs)[:20]}")
    _, size, draw, doc_ids = specs[name]
    return _figure(draw, size=size, source=source_line(doc_ids))


def _remove_stale(out_dir: Path, written: list[Path], formats) -> None:
    """Delete figure files (and temp files) in ``out_dir`` that this run did not write."""
    keep = {p.resolve() for p in written}
    suffixes = {f".{fmt}" for fmt in formats} | {".png", ".svg"}
    for path in list(out_dir.iterdir()):
        if path.is_dir() and not path.is_symlink():
            _remove_stale(path, written, formats)
            if not any(path.iterdir()):
                path.rmdir()
        elif path.suffix in suffixes and path.resolve() not in keep:
            path.unlink(missing_ok=True)


def make_figures(result: Analysis, out_dir, *, formats=("png", "svg"), per_article: bool = False,
                 dpi: float | None = None, width: float | None = None) -> list[Path]:
    """Draw and save every figure of an analysis.

    Parameters
    ----------
    result : Analysis
        Tables of one or several documents.
    out_dir : str or path-like
        Folder for the figures (``figures/`` in the repository).
    formats : tuple of str
        File formats.
    per_article : bool
        For a corpus, also each article's figures, in a subfolder per
        article (one article always gets them).
    dpi, width : float, optional
        Resolution and width in inches; see :func:`save_figure`.

    Returns
    -------
    list of pathlib.Path
        The files written, named after what they show
        (``actor_mentions.png``, ``actor_timeline.png``, ...). Figure files
        of earlier runs that were not written again are removed (other files
        in the folder are left alone).
    """
    written = []
    out_dir = Path(out_dir)
    with warnings.catch_warnings():
        # drawing notes (a glyph the font lacks, a one-cell matrix's limits) are not the user's
        # problem and must not fill stderr; the figures are still written
        warnings.simplefilter("ignore", UserWarning)
        for name, size, draw, doc_ids in figure_specs(_short_names(result), per_article=per_article):
            fig = _figure(draw, size=size, source=source_line(doc_ids))
            folder, _, base = name.rpartition("/")
            try:
                written += save_figure(fig, base, out_dir / folder if folder else out_dir, formats=formats,
                                       dpi=dpi, width=width)
            finally:
                plt.close(fig)
    _remove_stale(out_dir, written, formats)
    return written
