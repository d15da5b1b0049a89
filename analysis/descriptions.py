"""Definite descriptions that refer back to an actor: *the alliance*, *the Hungarian leader*.

:func:`add_descriptions` adds a ``description`` mention for each definite noun
phrase that corefers with an actor already mentioned. The rule, one pass over
the tokens:

1. **Candidates.** A singular common noun listed in
   ``data/description_nouns.csv`` (``alliance``, ``organization``,
   ``country``, ``government``, ``leader``, ``president`` ...) with the
   determiner *the*, not inside a mention, not an apposition or the head of
   one (those are found by :mod:`analysis.actors`), not a predicate
   (``Hungary is the country ...``), without a possessor (*its leader*), an
   ``of`` phrase (*the leader of Hungary*), a relative clause or a name inside
   it (*the NATO alliance*). The phrase runs from *the* to the noun
   (*the 32-nation alliance*).
2. **Type.** Each noun has an actor type (ORG, GPE, PERSON); a GPE noun
   (*the country*, *the government*) refers only to a country of the
   gazetteer, not to a city or region. A country
   adjective on an ORG or GPE noun (*the Russian government*) is already an
   ``adjective`` mention, so the phrase is skipped.
3. **Persons need a fitting title.** ``match = title``: the noun must be one of
   the person's title words (*President Klaus Iohannis*) or words of their
   description mentions; ``match = office``: the person must carry some
   title other than an honorific (*leader*, *diplomat*). A country adjective
   (*the Hungarian leader*) requires the person to have been named in a
   sentence that mentions that country.
4. **Antecedent.** Among the actors of that type mentioned in the same sentence
   before the phrase or in the :data:`WINDOW` previous sentences, the most
   salient: the most mentions so far in the document, then the most recent.
   No candidate, no mention.

Offsets are exact: ``text[start:end]`` is the phrase.
"""

from __future__ import annotations

import bisect
import csv
import functools
import importlib.resources
from collections import Counter, deque

import numpy as np
import pandas as pd
from spacy.tokens import Doc

from .column_lists import ColumnLists, column_list
from .doc_text import doc_text
from .gazetteer import country_lookup
from .lexicon import HONORIFICS, TITLES
from .names import hashed_strings
from .quotes import inside, quotation_spans
from .typed_frames import fits, typed_frame, typed_kind

__all__ = ["WINDOW", "description_nouns", "country_adjectives", "definite_description", "add_descriptions"]


@functools.lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Country adjective -> country of the gazetteer (*Hungarian* -> Hungary), read once."""
    return country_lookup("adjective")

#: Previous sentences searched for an antecedent.
WINDOW = 3

_NP_DEPS = {"amod", "compound", "nummod", "npadvmod", "advmod", "punct", "quantmod", "nmod"}
_MENTION_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote",
                    "joint_actors"]


@functools.lru_cache(maxsize=1)
def description_nouns() -> dict[str, tuple[str, str]]:
    """The nouns that can refer back to an actor.

    Returns
    -------
    dict
        ``noun -> (actor_type, match)`` from ``data/description_nouns.csv``;
        ``match`` is ``any``, ``title`` or ``office`` (see the module doc).
    """
    resource = importlib.resources.files("analysis").joinpath("data", "description_nouns.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        return {row["noun"]: (row["actor_type"], row["match"]) for row in csv.DictReader(fh)}


def _token_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token (from the token array: no Token objects)."""
    from spacy.attrs import IDX, LENGTH

    if len(doc) == 0:
        return [], []
    columns = doc.to_array([IDX, LENGTH]).reshape(len(doc), 2).astype("int64")
    return columns[:, 0].tolist(), (columns[:, 0] + columns[:, 1]).tolist()


def _person_titles(doc: Doc, mentions: pd.DataFrame, starts: list[int],
                   words_of: tuple[list[str], list[bool]] | None = None) -> dict[str, set[str]]:
    """Title words written before a person's names, and the words of their descriptions.

    ``words_of``: the lower-case form and white-space flag of every token
    (:func:`_token_words`), when the caller has them.
    """
    lower, space = words_of if words_of is not None else _token_words(doc)
    titles: dict[str, set[str]] = {}
    for actor, kind, text, start, actor_type in zip(*(column_list(mentions, c) for c in
                                                      ("actor", "kind", "text", "start", "actor_type"))):
        if actor_type != "PERSON":
            continue
        words = titles.setdefault(actor, set())
        if kind == "description":
            words.update(w.lower() for w in text.split())
        elif kind == "name":
            i = bisect.bisect_left(starts, start) - 1
            while i >= 0 and space[i]:
                i -= 1
            while i >= 0 and (lower[i].rstrip(".") in TITLES or space[i]):
                words.add(lower[i].rstrip("."))
                i -= 1
            words.update(w.lower().rstrip(".") for w in text.split()[:-1] if w.lower().rstrip(".") in TITLES)
    return titles


def _token_words(doc: Doc) -> tuple[list[str], list[bool]]:
    """The lower-case form and the white-space flag of every token (from the token array: no Token objects)."""
    from spacy.attrs import IS_SPACE, LOWER

    if len(doc) == 0:
        return [], []
    columns = doc.to_array([LOWER, IS_SPACE]).reshape(len(doc), 2)
    lower = columns[:, 0].tolist()                       # one list per column, not one per token
    strings = hashed_strings(doc.vocab.strings, lower)   # each word's string looked up once per process
    return [strings[h] for h in lower], columns[:, 1].astype(bool).tolist()


def _person_countries(mentions: pd.DataFrame) -> dict[str, set[str]]:
    """Countries mentioned in a sentence where the person is named."""
    columns = list(zip(*(column_list(mentions, c) for c in ("actor_type", "sent_id", "actor", "kind"))))
    countries: dict = {}  # sent_id -> countries named in it (a groupby().agg(set), without pandas' overhead)
    for actor_type, sent, actor, _ in columns:
        if actor_type == "GPE":
            countries.setdefault(sent, set()).add(actor)
    out: dict[str, set[str]] = {}
    for actor_type, sent, actor, kind in columns:
        if actor_type == "PERSON" and kind in ("name", "description"):
            out.setdefault(actor, set()).update(countries.get(sent, set()))
    return out


def definite_description(tok, nouns, covered) -> tuple[int, str, str] | None:
    """The definite description headed by ``tok`` (rule 1), or None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A candidate head noun.
    nouns : dict
        ``noun -> (actor_type, match)``, e.g. :func:`description_nouns` or a subset of it.
    covered : set of int
        Token indices inside mentions (a name inside the phrase rules it out).

    Returns
    -------
    tuple or None
        ``(first token index, actor_type, match)``: the phrase runs from
        ``tok.doc[first]`` (*the*) to ``tok``.
    """
    entry = nouns.get(tok.lower_)
    if entry is None or tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"}:
        return None
    if tok.i in covered or tok.dep_ in {"appos", "attr"} or tok.ent_type_:
        return None
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > tok.i:
        return None
    for child in tok.children:
        if child.dep_ in {"poss", "appos", "relcl"}:
            return None
        if child.dep_ == "prep" and child.lower_ == "of":
            return None
    first = dets[0].i
    for t in tok.doc[first + 1:tok.i]:
        adjective = t.text in country_adjectives()
        if not adjective and (t.i in covered or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}):
            return None
        if t.head.i != tok.i and t.head.i not in range(first, tok.i):
            return None
        if t.head.i == tok.i and t.dep_ not in _NP_DEPS:
            return None
    return first, entry[0], entry[1]


def add_descriptions(doc: Doc, mentions: pd.DataFrame, *, sentence_starts: list[int] | None = None) -> pd.DataFrame:
    """Add the definite descriptions that corefer with an actor as ``description`` mentions.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article (:func:`analysis.nlp.parse`).
    mentions : pandas.DataFrame
        The ``mentions`` table of :func:`analysis.actors.find_mentions`.
    sentence_starts : list of int, optional
        Character offsets where sentences start (the ``sentences`` table);
        spaCy's sentences when omitted.

    Returns
    -------
    pandas.DataFrame
        The ``mentions`` table with the new rows (``kind == "description"``),
        sorted by ``start``, ``end``; the input is not modified.
    """
    if mentions.empty or len(doc) == 0:
        return mentions
    doc_id = mentions["doc_id"].iloc[0]
    table, mentions = mentions, ColumnLists(mentions)   # each column read once
    starts = sentence_starts if sentence_starts is not None else [s.start_char for s in doc.sents]
    tok_starts, tok_ends = _token_index(doc)
    covered: set[int] = set()
    for s, e in zip(mentions["start"], mentions["end"]):
        i = bisect.bisect_right(tok_starts, s) - 1
        while 0 <= i < len(doc) and tok_starts[i] < e:
            covered.add(i)
            i += 1
    nouns = description_nouns()
    adjectives = country_adjectives()
    countries = set(country_lookup("name").values())
    types = dict(zip(mentions["actor"], mentions["actor_type"]))
    lower, space = _token_words(doc)
    titles = _person_titles(doc, mentions, tok_starts, (lower, space))
    offices = {a: bool(w - HONORIFICS - {"former", "deputy", "acting", "outgoing", "incoming"}) for a, w in titles.items()}
    affinity = _person_countries(mentions)
    text = doc_text(doc)  # doc.text rebuilds the string on every access: once per Doc
    quotes = quotation_spans(text)

    events = list(zip(mentions["start"], mentions["sent_id"], mentions["actor"]))
    seen: Counter = Counter()
    recent: deque = deque()           # (sent_id, position, actor) of mentions before the current token
    pointer, rows = 0, []
    for i, word in enumerate(lower):   # Token objects only for the candidate nouns
        if word not in nouns:
            continue
        tok = doc[i]
        while pointer < len(events) and events[pointer][0] < tok.idx:
            start, sent, actor = events[pointer]
            seen[actor] += 1
            recent.append((sent, pointer, actor))
            pointer += 1
        found = definite_description(tok, nouns, covered)
        if found is None:
            continue
        first, actor_type, match = found
        sent_id = max(bisect.bisect_right(starts, tok.idx) - 1, 0)
        while recent and recent[0][0] < sent_id - WINDOW:
            recent.popleft()
        country_adj = {adjectives[t.text] for t in doc[first:tok.i] if t.text in adjectives}
        if country_adj and actor_type != "PERSON":
            continue
        best = None
        for sent, position, actor in recent:
            if types.get(actor) != actor_type or actor_type == "GPE" and actor not in countries:
                continue
            if actor_type == "PERSON":
                if match == "title" and tok.lower_ not in titles.get(actor, set()):
                    continue
                if match == "office" and not offices.get(actor, False):
                    continue
                if country_adj and not country_adj <= affinity.get(actor, set()):
                    continue
            key = (seen[actor], position)
            if best is None or key > best[0]:
                best = (key, actor)
        if best is None:
            continue
        s, e = tok_starts[first], tok_ends[tok.i]
        rows.append((doc_id, sent_id, s, e, text[s:e], best[1], actor_type, "description", inside(quotes, s, e), ""))
        covered.update(range(first, tok.i + 1))
    if not rows:
        return table
    if list(table.columns) == _MENTION_COLUMNS and all(mentions.dtype(c) != object for c in _MENTION_COLUMNS):
        return _merged(mentions, rows)
    columns = [c for c in _MENTION_COLUMNS if c in table.columns]   # a table written before joint_actors
    rows = [r[:len(columns)] for r in rows]
    added = pd.DataFrame(rows, columns=columns).astype({c: table[c].dtype for c in columns})
    out = pd.concat([table, added], ignore_index=True)
    return out.sort_values(["start", "end"], kind="mergesort").reset_index(drop=True)


def _merged(mentions, rows: list[tuple]) -> pd.DataFrame:
    """``mentions`` and the new rows in one table sorted stably by ``start``, ``end``, in the dtypes of ``mentions``.

    The table of ``concat`` then a stable ``sort_values`` and ``reset_index``,
    built from Python lists (a few hundred rows: pandas' steps cost more than
    the rows). Only for columns of a typed dtype (an object column would be
    given a text dtype by the constructor).
    """
    columns = {c: column_list(mentions, c) + [r[k] for r in rows] for k, c in enumerate(_MENTION_COLUMNS)}
    lists = mentions if isinstance(mentions, ColumnLists) else ColumnLists(mentions)
    dtypes = {c: lists.dtype(c) for c in _MENTION_COLUMNS}    # from the stored arrays: table.dtypes costs more
    starts, ends = columns["start"], columns["end"]
    order = sorted(range(len(starts)), key=lambda i: (starts[i], ends[i]))
    # the usual dtypes (text, int64, bool): the arrays built by typed_frame, not inferred by the constructor
    kinds = {c: typed_kind(dtypes[c]) for c in _MENTION_COLUMNS}
    if None not in kinds.values():
        spec = {c: ([columns[c][i] for i in order], kinds[c]) for c in _MENTION_COLUMNS}
        if fits(spec):
            return typed_frame(spec)
    data = {}
    for c in _MENTION_COLUMNS:
        dtype, values = dtypes[c], [columns[c][i] for i in order]
        data[c] = pd.array(values, dtype=dtype) if isinstance(dtype, pd.api.extensions.ExtensionDtype) \
            else np.array(values, dtype=dtype)
    return pd.DataFrame(data)

