"""The sentences behind a number: keyword-in-context rows and an HTML view of an article.

Both are built from the tables' character offsets into ``result.texts``;
nothing is re-parsed. Actor names are the corpus names of
:mod:`analysis.linking` (as in :func:`analysis.comparison.compare`), so the
rows behind a comparison cell are one call away::

    kwic(result, "NATO", where={"date": "2008"})
"""

from __future__ import annotations

import bisect
import html
import re

import pandas as pd

from .linking import actor_map, link_result

__all__ = ["kwic", "show", "EvidenceHTML", "KWIC_COLUMNS", "ACTOR_PALETTE"]

#: Columns of :func:`kwic`.
KWIC_COLUMNS = ["doc_id", "sent_id", "start", "end", "left", "mention", "right", "target_score", "label"]

#: Neutral qualitative colours for actors (no red or blue: those mean negative and positive).
ACTOR_PALETTE = ["#1b9e77", "#7570b3", "#e6ab02", "#66a61e", "#a6761d", "#666666", "#bcbd22", "#e7298a",
                 "#8c564b", "#17a589"]

_SPACE = re.compile(r"\s+")


def _linked(result, link: bool):
    if not link:
        return result
    return link_result(result, mapping=actor_map(result.mentions))


def _documents_matching(result, where, documents) -> set | None:
    if not where:
        return None
    meta = documents if documents is not None else getattr(result, "documents", None)
    if meta is None:
        raise ValueError("where= needs document metadata: a result with 'documents' or documents=")
    keep = pd.Series(True, index=meta.index)
    for column, value in where.items():
        values = meta[column]
        if column == "date" or isinstance(value, str):
            keep &= values.astype(str).str.startswith(str(value)[:10] if not isinstance(value, str) else value)
        else:
            keep &= values == value
    return set(meta.loc[keep, "doc_id"])


def kwic(result, actor: str, *, width: int = 60, where: dict | None = None, documents=None,
         link: bool = True) -> pd.DataFrame:
    """Keyword in context: every mention of an actor with the text around it.

    Parameters
    ----------
    result : analysis.Analysis
        An analysis with ``texts``, ``mentions`` and ``mention_sentiment``.
    actor : str
        The actor (corpus name when ``link``).
    width : int, default 60
        Characters of context on each side (white space collapsed).
    where : dict, optional
        Only documents whose metadata match, e.g. ``{"outlet": "A"}`` or
        ``{"date": "2008-04"}`` (a date matches by prefix, so a period start
        such as ``"2008"`` selects its year).
    documents : pandas.DataFrame, optional
        Metadata when ``result`` has no ``documents`` table.
    link : bool, default True
        Use corpus-level actor names (:mod:`analysis.linking`).

    Returns
    -------
    pandas.DataFrame
        One row per mention in corpus order: ``doc_id``, ``sent_id``,
        ``start``, ``end`` (offsets into the document's text), ``left``,
        ``mention`` (``text[start:end]``), ``right``, ``target_score``,
        ``label``.
    """
    result = _linked(result, link)
    ms = result.mention_sentiment
    rows = ms[ms["actor"] == actor]
    keep = _documents_matching(result, where, documents)
    if keep is not None:
        rows = rows[rows["doc_id"].isin(keep)]
    out = []
    for r in rows.itertuples(index=False):
        text = result.texts[r.doc_id]
        left = _SPACE.sub(" ", text[max(0, r.start - width):r.start])
        right = _SPACE.sub(" ", text[r.end:r.end + width])
        out.append((r.doc_id, r.sent_id, r.start, r.end, left[-width:], text[r.start:r.end], right[:width],
                    r.target_score, r.label))
    return pd.DataFrame(out, columns=KWIC_COLUMNS)


class EvidenceHTML(str):
    """An HTML string that notebooks display as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


_CSS = """<style>
.af-doc{font-family:Georgia,serif;line-height:1.7;max-width:48em}
.af-doc .af-m{border-radius:3px;padding:0 2px;cursor:help}
.af-doc .af-q{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.af-doc .af-spk{font-size:75%;color:#555;vertical-align:super}
.af-doc .af-cue{font-weight:bold;border-bottom:2px dotted #333}
.af-doc .af-legend span{margin-right:1em}
</style>"""


def _score_text(score, label) -> str:
    if score is None or pd.isna(score):
        return "no target score"
    return f"target score {score:+.2f} ({label})"


def _cue_spans(result, doc_id: str, text: str, actor: str | None) -> list[tuple[int, int, str]]:
    """Offsets of stance cues: the cue word searched between holder and target in its sentence."""
    st = result.stance[result.stance["doc_id"] == doc_id]
    if actor is not None:
        st = st[(st["holder"] == actor) | (st["target"] == actor)]
    sents = result.sentences[result.sentences["doc_id"] == doc_id]
    bounds = dict(zip(sents["sent_id"], zip(sents["start"], sents["end"])))
    spans: dict[tuple[int, int], list[str]] = {}
    for r in st.itertuples(index=False):
        start, end = bounds.get(r.sent_id, (0, len(text)))
        words = str(r.cue).split()
        if not words:
            continue
        match = re.search(r"\b" + re.escape(words[0]), text[start:end], flags=re.IGNORECASE)
        if match:
            title = f"stance: {r.holder} {r.stance} {r.target} (cue '{r.cue}', confidence {r.confidence:.2f})"
            spans.setdefault((start + match.start(), start + match.end()), []).append(title)
    return [(s, e, "; ".join(titles)) for (s, e), titles in spans.items()]


def show(result, doc_id: str, *, actor: str | None = None, link: bool = True) -> EvidenceHTML:
    """The article as HTML with its evidence marked.

    Mentions are coloured by actor (hover: actor and target score), quotes
    underlined with their speaker after them, stance cues in bold with a
    dotted line (hover: holder, stance, target). Built from the tables'
    offsets; all text is escaped; plain HTML and CSS.

    Parameters
    ----------
    result : analysis.Analysis
        An analysis that contains ``doc_id``.
    doc_id : str
        The document.
    actor : str, optional
        Mark only this actor: its mentions, its quotes, the stance it takes
        or receives.
    link : bool, default True
        Use corpus-level actor names (:mod:`analysis.linking`).

    Returns
    -------
    EvidenceHTML
        A ``str`` subclass that Jupyter renders as HTML.
    """
    if doc_id not in result.texts:
        raise KeyError(f"no document {doc_id!r} in this analysis")
    result = _linked(result, link)
    text = result.texts[doc_id]
    ms = result.mention_sentiment[result.mention_sentiment["doc_id"] == doc_id]
    quotes = result.quotes[(result.quotes["doc_id"] == doc_id) & (result.quotes["start"] >= 0)]
    if actor is not None:
        ms = ms[ms["actor"] == actor]
        quotes = quotes[quotes["speaker"] == actor]
    actors = list(dict.fromkeys(ms["actor"]))
    colour = {a: ACTOR_PALETTE[i % len(ACTOR_PALETTE)] for i, a in enumerate(actors)}
    marks = []  # (start, end, layer, open_tag, close_tag)
    for q in quotes.itertuples(index=False):
        speaker = q.speaker if isinstance(q.speaker, str) and q.speaker else "unnamed source"
        title = html.escape(f"{q.kind} quote, speaker: {speaker}", quote=True)
        marks.append((int(q.start), int(q.end), 0, f'<span class="af-q" title="{title}">', "</span>"))
        marks.append((int(q.end), int(q.end), 3, f'<span class="af-spk">[{html.escape(speaker)}]</span>', ""))
    for start, end, title in _cue_spans(result, doc_id, text, actor):
        marks.append((start, end, 1, f'<span class="af-cue" title="{html.escape(title, quote=True)}">', "</span>"))
    for m in ms.itertuples(index=False):
        title = html.escape(f"{m.actor}: {_score_text(m.target_score, m.label)}", quote=True)
        marks.append((int(m.start), int(m.end), 2,
                      f'<span class="af-m" style="background:{colour[m.actor]}40;'
                      f'border-bottom:2px solid {colour[m.actor]}" title="{title}">', "</span>"))
    body = _render(text, marks)
    legend = "".join(f'<span style="border-bottom:3px solid {colour[a]}">{html.escape(a)}</span>' for a in actors)
    return EvidenceHTML(f'{_CSS}<div class="af-doc"><div class="af-legend">{legend}</div>'
                        f'<p>{body}</p></div>')


def _render(text: str, marks) -> str:
    """Escape ``text`` and wrap the marked ranges; ranges are cut where they would cross."""
    points = sorted({0, len(text), *[m[0] for m in marks], *[m[1] for m in marks]})
    opening = {}
    for mark in marks:
        opening.setdefault(mark[0], []).append(mark)
    active: list = []
    out = []
    for i, at in enumerate(points):
        # zero-width marks (speaker labels) at this point
        for mark in opening.get(at, []):
            if mark[0] == mark[1]:
                out.append(mark[3])
        active = [m for m in active if m[1] > at] + [m for m in opening.get(at, []) if m[1] > m[0]]
        if i + 1 == len(points):
            break
        segment = text[at:points[i + 1]]
        piece = html.escape(segment).replace("\n\n", "<br><br>").replace("\n", "<br>")
        for mark in sorted(active, key=lambda m: -m[2]):
            piece = f"{mark[3]}{piece}{mark[4]}"
        out.append(piece)
    return "".join(out)
