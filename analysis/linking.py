"""Actors across articles: one name per person or organisation in a corpus.

The per-article resolver (:mod:`analysis.actors`) already joins *Rutte* to
*Mark Rutte* inside one article. Across articles it cannot: an article that
only says *Rutte* gets an actor ``Rutte``. :func:`link_actors` joins such
names at the corpus level, and :func:`link_result` rewrites every table.

The rule
--------
1. **A user's actor table wins.** An ``alias`` of the table becomes its
   ``actor``; names the table mentions (as actor or alias) are never relinked.
2. **Surname → full name.** A one-word name (not all capitals) of a PERSON or
   ORG actor joins the multi-word PERSON actor of the corpus whose last word
   it is, **when there is exactly one** such full name (``Rutte`` →
   ``Mark Rutte``). When two people share the surname (``Bush`` with
   ``George Bush`` and ``Jeb Bush``) it stays apart: the corpus gives no
   safe way to tell them apart.
3. **Acronym ↔ name.** An all-capitals one-word ORG actor (``NATO``) and the
   multi-word ORG actor whose capitalised words' initials spell it (*North
   Atlantic Treaty Organization*; words split at white space only, so a
   hyphenated surname such as *Salat-Baroux* is one word) are one actor when
   that expansion is unique; the form
   used in more articles names it (ties: the shorter).
4. **Countries** and country groups are already canonical (the gazetteer
   maps *Britain*, *UK*, *British* to ``United Kingdom``), so they are kept.

Everything is a dictionary look-up per distinct actor name: linear in the
number of mentions.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

import pandas as pd

__all__ = ["link_actors", "link_result", "actor_map"]

#: Columns of :func:`link_actors`.
LINK_COLUMNS = ["doc_id", "actor", "corpus_actor"]

#: Table columns that hold actor names, by table.
ACTOR_COLUMNS = {
    "mentions": ["actor"], "entity_frequency": ["actor"], "mention_sentiment": ["actor"],
    "actor_sentiment": ["actor"], "voice": ["actor"], "quotes": ["speaker"], "stance": ["holder", "target"],
}

_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def _initials(name: str) -> str:
    """Initials of the capitalised words, split at white space only (``Salat-Baroux`` is one word)."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _user_map(actor_table) -> dict[str, str]:
    if actor_table is None:
        return {}
    from .actors import read_actor_table

    table = read_actor_table(actor_table)
    return dict(zip(table["alias"], table["actor"]))


def actor_map(mentions: pd.DataFrame, *, actor_table=None) -> dict[str, str]:
    """The corpus-level name of every actor name that changes.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The ``mentions`` table of a corpus (``actor``, ``actor_type``,
        ``doc_id``).
    actor_table : pandas.DataFrame or path, optional
        A user's actor table (columns ``actor``, ``alias``); it wins over the
        rule.

    Returns
    -------
    dict
        ``actor`` -> ``corpus_actor`` for the names that change (names not in
        the dictionary stay as they are). A user's drop (empty ``actor``)
        maps to ``""``.
    """
    user = _user_map(actor_table)
    fixed = set(user) | set(user.values())
    if mentions.empty:
        return dict(user)
    names = mentions[mentions["kind"] == "name"] if "kind" in mentions else mentions
    votes = names.groupby(["actor", "actor_type"]).size().reset_index(name="n")
    votes = votes.sort_values(["actor", "n", "actor_type"], ascending=[True, False, True], kind="mergesort")
    kinds = votes.drop_duplicates("actor").set_index("actor")["actor_type"]  # the most frequent type
    articles = mentions.groupby("actor")["doc_id"].nunique()
    persons_by_surname: dict[str, set[str]] = {}
    orgs_by_initials: dict[str, set[str]] = {}
    for actor, kind in kinds.items():
        words = actor.split()
        if len(words) < 2:
            continue
        if kind == "PERSON":
            persons_by_surname.setdefault(words[-1], set()).add(actor)
        elif kind == "ORG":
            orgs_by_initials.setdefault(_initials(actor), set()).add(actor)
    out = {alias: actor for alias, actor in user.items()}
    for actor, kind in kinds.items():
        if actor in fixed or " " in actor or not _WORD.match(actor):
            continue
        if actor.isupper() and kind == "ORG":
            full = orgs_by_initials.get(actor, set()) - fixed
            if len(full) == 1:
                (name,) = full
                a, b = articles.get(actor, 0), articles.get(name, 0)
                winner = actor if (a, -len(actor)) >= (b, -len(name)) else name
                out[actor] = out[name] = winner
        elif not actor.isupper() and kind in {"PERSON", "ORG"}:
            full = persons_by_surname.get(actor, set()) - fixed
            if len(full) == 1:
                out[actor] = next(iter(full))
    return {k: v for k, v in out.items() if k != v}


def link_actors(mentions: pd.DataFrame, *, actor_table=None) -> pd.DataFrame:
    """One actor per person or organisation across the articles of a corpus.

    See the module documentation for the rule.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The ``mentions`` table of a corpus.
    actor_table : pandas.DataFrame or path, optional
        A user's actor table (``actor``, ``alias``); it wins.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``) of the mentions: ``doc_id``,
        ``actor`` (the article's name), ``corpus_actor`` (the name across the
        corpus; ``""`` when the user's table drops the actor).
    """
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in LINK_COLUMNS})
    mapping = actor_map(mentions, actor_table=actor_table)
    pairs = mentions[["doc_id", "actor"]].drop_duplicates().reset_index(drop=True)
    return pairs.assign(corpus_actor=pairs["actor"].map(lambda a: mapping.get(a, a)))[LINK_COLUMNS]


def _reaggregate(name: str, table: pd.DataFrame, tables: dict) -> pd.DataFrame:
    from .tables import actor_sentiment, entity_frequency

    if name == "entity_frequency":
        return entity_frequency(tables["mentions"])
    if name == "actor_sentiment":
        return actor_sentiment(tables["mention_sentiment"])
    if name == "voice":  # sum the rows that now share an actor; shares recomputed per document
        counts = [c for c in table.columns if c not in {"doc_id", "actor", "share_of_quoted_words"}]
        summed = table.groupby(["doc_id", "actor"], sort=False)[counts].sum().reset_index()
        totals = summed.groupby("doc_id")["quoted_words"].transform("sum")
        summed["share_of_quoted_words"] = (summed["quoted_words"] / totals.where(totals > 0)).fillna(0.0)
        summed = summed.sort_values(["doc_id", "quoted_words", "actor"], ascending=[True, False, True],
                                    kind="mergesort")
        return summed[list(table.columns)].reset_index(drop=True)
    return table


def link_result(result, *, actor_table=None, mapping: dict[str, str] | None = None):
    """A copy of an analysis with corpus-level actor names in every table.

    Parameters
    ----------
    result : analysis.Analysis
        The analysis of a corpus.
    actor_table : pandas.DataFrame or path, optional
        A user's actor table (``actor``, ``alias``); it wins.
    mapping : dict, optional
        A ready ``actor -> corpus_actor`` mapping (from :func:`actor_map`).

    Returns
    -------
    analysis.Analysis
        The same tables with ``actor`` (and ``speaker``, ``holder``,
        ``target``) rewritten; rows of dropped actors removed; the per-actor
        tables (``entity_frequency``, ``actor_sentiment``, ``voice``)
        re-aggregated so that an actor has one row per document. Extra
        attributes (such as ``documents``) are carried over. The input is
        not changed.
    """
    if mapping is None:
        mapping = actor_map(result.mentions, actor_table=actor_table)
    names = [f.name for f in fields(result) if f.name != "texts"] if is_dataclass(result) else list(ACTOR_COLUMNS)
    tables = {}
    for name in names:
        table = getattr(result, name)
        if mapping and name in ACTOR_COLUMNS and len(table):
            table = table.copy()
            for col in ACTOR_COLUMNS[name]:
                table[col] = table[col].map(lambda a: mapping.get(a, a) if isinstance(a, str) else a)
            keep = pd.Series(True, index=table.index)
            if name in {"mentions", "mention_sentiment", "entity_frequency", "actor_sentiment", "voice"}:
                keep = table["actor"] != ""
            if name == "stance":
                keep = (table["holder"] != "") & (table["target"] != "")
            table = table[keep].reset_index(drop=True)
        tables[name] = table
    if mapping:
        for name in ("entity_frequency", "actor_sentiment", "voice"):
            if name in tables and len(tables[name]):
                tables[name] = _reaggregate(name, tables[name], tables)
    out = type(result)(texts=dict(result.texts), **tables)
    for key, value in vars(result).items():
        if key not in tables and key != "texts":
            setattr(out, key, value)
    return out
