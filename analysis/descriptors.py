"""Descriptors: the labels an article attaches to each actor.

:func:`extract_descriptors` reads, for every mention in the ``mentions``
table:

* ``title`` -- the office words written before a name and kept out of it
  (*Romanian President* Klaus Iohannis, *Prime Minister* Viktor Orban);
  honorifics (*Mr*, *Dr*) are not descriptors;
* ``apposition`` -- a ``description`` mention that is an apposition
  (*Camille Grand, former deputy secretary general of NATO*);
* ``epithet`` -- a ``description`` mention that is not an apposition: a
  definite description referring back to the actor (*the alliance*, *the
  Hungarian leader*; see :mod:`analysis.descriptions`);
* ``modifier`` -- an adjective on the mention (*hard-line Orban*);
* ``predicate`` -- what a copula says about the actor (*Orban is Putin's
  closest ally*, *Mr. Rutte is unmarried*, *He was always pretty
  mainstream*), cut before a relative clause.

``valence`` is VADER's compound score of the descriptor's text, times
-0.74 (VADER's own negation factor) for a negated predicate (*is not
reluctant*). ``lemma`` is the lemma of the descriptor's head word.
"""

from __future__ import annotations

import bisect
import functools

import pandas as pd
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .column_lists import ColumnLists
from .doc_text import doc_text
from .gazetteer import country_lookup
from .lexicon import HONORIFICS, TITLES
from .quotes import inside, quotation_spans
from .sentiment import vader_analyzer
from .typed_frames import rows_frame

@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return country_lookup("adjective")


__all__ = ["DESCRIPTOR_COLUMNS", "COPULAS", "extract_descriptors"]

#: Columns of the ``descriptors`` table.
DESCRIPTOR_COLUMNS = ["doc_id", "sent_id", "actor", "start", "end", "text", "kind", "lemma", "valence", "in_quote"]

#: Verbs whose subject is described by their complement.
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay"})

_NEGATION_SCALAR = -0.74
_CUT_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"}


def _token_at(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def _phrase(head: Token, *, max_tokens: int = 12) -> list[Token]:
    """The head's subtree without clauses, appositions and what follows them."""
    cut = [c.left_edge.i for c in head.children if c.dep_ in _CUT_DEPS and c.i > head.i]
    stop = min(cut) if cut else head.right_edge.i + 1
    toks = [t for t in head.subtree if t.i < stop and not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    return toks[:max_tokens]


def _title(doc: Doc, first: int) -> tuple[int, int] | None:
    """Token range of the title words right before token ``first``."""
    adjectives = _adjectives()
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    end = i + 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in TITLES and doc[i].lower_.rstrip(".") not in HONORIFICS
                      and not doc[i].is_sent_start or (doc[i].text in adjectives and i + 1 < end)):
        i -= 1
    if i >= 0 and doc[i].is_sent_start and doc[i].lower_.rstrip(".") in TITLES - HONORIFICS:
        i -= 1
    start = i + 1
    if start >= end or not any(doc[j].lower_.rstrip(".") in TITLES for j in range(start, end)):
        return None
    return start, end


def _predicate(root: Token) -> tuple[list[Token], bool] | None:
    """The complement of a copula whose subject is ``root``, and whether it is negated."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in COPULAS:
        return None
    verb = root.head
    for c in verb.children:
        if c.dep_ in {"attr", "acomp", "oprd"} and c.i > root.i:
            negated = any(x.dep_ == "neg" for x in verb.children)
            return _phrase(c), negated
    return None


def extract_descriptors(doc: Doc, mentions: pd.DataFrame, *, doc_id: str = "text",
                        sentence_starts: list[int] | None = None) -> pd.DataFrame:
    """Titles, appositions, epithets, modifiers and predicates of each actor.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    mentions : pandas.DataFrame
        The ``mentions`` table (with the ``description`` mentions of
        :func:`analysis.descriptions.add_descriptions`).
    doc_id : str
        Written into the ``doc_id`` column.
    sentence_starts : list of int, optional
        Character offsets where sentences start; spaCy's when omitted.

    Returns
    -------
    pandas.DataFrame
        The ``descriptors`` table, in text order: ``doc_id``, ``sent_id``,
        ``actor``, ``start``, ``end`` (``text[start:end] == text``),
        ``text``, ``kind`` (``title``, ``apposition``, ``epithet``,
        ``modifier``, ``predicate``), ``lemma`` (of the head word),
        ``valence`` (VADER compound, flipped for a negated predicate),
        ``in_quote``.
    """
    if mentions.empty or len(doc) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DESCRIPTOR_COLUMNS})
    starts = sentence_starts if sentence_starts is not None else [s.start_char for s in doc.sents]
    tok_starts = doc.to_array(IDX).tolist()   # token offsets without Token objects
    text = doc_text(doc)  # doc.text rebuilds the string on every access: once per Doc
    quotes = quotation_spans(text)
    vader = vader_analyzer()
    found: dict[tuple[str, int, int, str], tuple[str, float]] = {}

    def add(actor: str, toks: list[Token], kind: str, head: Token, negated: bool = False) -> None:
        if not toks:
            return
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        valence = vader.polarity_scores(text[s:e])["compound"] * (_NEGATION_SCALAR if negated else 1.0)
        found.setdefault((actor, s, e, kind), (head.lemma_.lower(), round(valence, 4)))

    columns = ColumnLists(mentions)  # columns read from their arrays, without building Series
    for row_start, row_end, row_kind, row_actor in zip(*(columns[c] for c in ("start", "end", "kind", "actor"))):
        a = _token_at(tok_starts, row_start)
        b = bisect.bisect_left(tok_starts, row_end)
        if a < 0 or b <= a:
            continue
        span = doc[a:b]
        root = span.root
        if row_kind == "name":
            title = _title(doc, a)
            if title is not None:
                toks = [t for t in doc[title[0]:title[1]] if not t.is_space]
                add(row_actor, toks, "title", toks[-1])
        if row_kind == "description":
            apposition = root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)
            add(row_actor, [t for t in span if not t.is_space], "apposition" if apposition else "epithet", root)
            continue
        if row_kind in {"name", "pronoun"}:
            for c in root.children:
                if c.dep_ == "amod" and c.pos_ == "ADJ" and not (a <= c.i < b) and c.text not in _adjectives():
                    add(row_actor, _phrase(c, max_tokens=4), "modifier", c)
            predicate = _predicate(root)
            if predicate is not None:
                toks, negated = predicate
                heads = [t for t in toks if t.head not in toks or t.head == t]
                add(row_actor, toks, "predicate", heads[0] if heads else root, negated)
    rows = []
    for (actor, s, e, kind), (lemma, valence) in found.items():
        sent_id = max(bisect.bisect_right(starts, s) - 1, 0)
        rows.append((doc_id, sent_id, actor, s, e, text[s:e], kind, lemma, valence, inside(quotes, s, e)))
    if all(isinstance(r[2], str) for r in rows):  # sorted here, stably: cheaper than a DataFrame sort
        rows.sort(key=lambda r: (r[3], r[4], r[2]))
        return rows_frame(rows, dict(zip(DESCRIPTOR_COLUMNS, ("str", "int64", "str", "int64", "int64", "str", "str",
                                                              "str", "float64", "bool"))))
    table = pd.DataFrame(rows, columns=DESCRIPTOR_COLUMNS)
    return table.sort_values(["start", "end", "actor"], kind="mergesort").reset_index(drop=True)
