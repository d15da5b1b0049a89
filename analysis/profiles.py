"""Actor profiles: one row per (document, actor) gathering how the article frames it.

:func:`profile_tables` builds the three tables of this stage from a document's
parse and its other tables: ``descriptors`` (:mod:`analysis.descriptors`),
``actions`` (:mod:`analysis.actions`) and ``profiles``
(:func:`build_profiles`, with the roles of :mod:`analysis.roles`).
:func:`aggregate_profiles` sums the profiles of a corpus per actor.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from spacy.tokens import Doc

from .actions import agency_rows, extract_actions
from .column_lists import ColumnLists
from .descriptors import extract_descriptors
from .roles import role_rows
from .typed_frames import _STR, typed_frame

__all__ = ["PROFILE_COLUMNS", "AGGREGATE_COLUMNS", "build_profiles", "profile_tables", "aggregate_profiles",
           "top_descriptors"]

#: Columns of the ``profiles`` table.
PROFILE_COLUMNS = ["doc_id", "actor", "actor_type", "mentions", "share_of_mentions", "first_sentence",
                   "mean_target_score", "quotes", "quoted_words", "share_of_voice", "stance_given_favor",
                   "stance_given_against", "stance_received_favor", "stance_received_against", "agency", "power",
                   "top_descriptors", "role", "role_reason", "role_confidence"]

#: Columns of :func:`aggregate_profiles`.
AGGREGATE_COLUMNS = ["actor", "actor_type", "documents", "mentions", "mean_target_score", "quotes", "quoted_words",
                     "stance_given_favor", "stance_given_against", "stance_received_favor",
                     "stance_received_against", "agency", "power", "protagonist", "antagonist", "innocent",
                     "unclear", "role"]

_DESCRIPTOR_ORDER = {"title": 0, "apposition": 1, "epithet": 2, "predicate": 3, "modifier": 4}


def top_descriptors(descriptors: pd.DataFrame, *, n: int = 3) -> pd.DataFrame:
    """The most frequent descriptors of each actor.

    Parameters
    ----------
    descriptors : pandas.DataFrame
        The ``descriptors`` table.
    n : int
        How many per actor.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``actor``, ``top_descriptors`` (up to ``n`` distinct
        texts, lower-cased, most frequent first, then in text order, joined
        by ``"; "``), sorted by ``doc_id`` and ``actor``.
    """
    if descriptors.empty:
        return pd.DataFrame(columns=["doc_id", "actor", "top_descriptors"])
    return pd.DataFrame(_top_rows(descriptors, n), columns=["doc_id", "actor", "top_descriptors"])


def _top_rows(descriptors, n: int) -> list[tuple]:
    """The rows of :func:`top_descriptors` of a non-empty table (pandas or ColumnLists) as tuples."""
    frame = descriptors.table if isinstance(descriptors, ColumnLists) else descriptors
    # plain dictionaries: a document has a few dozen descriptors, too few for pandas' group-by to pay
    seen: dict[tuple, dict[str, list[int]]] = {}   # (doc_id, actor) -> key -> [count, first start]
    for doc_id, actor, key, start in zip(_list(descriptors["doc_id"]), _list(descriptors["actor"]),
                                         frame["text"].str.lower().tolist(), _list(descriptors["start"])):
        counts = seen.setdefault((doc_id, actor), {})
        if key in counts:
            counts[key][0] += 1
            counts[key][1] = min(counts[key][1], start)
        else:
            counts[key] = [1, start]
    rows = []
    for doc_id, actor in sorted(seen):
        counts = seen[(doc_id, actor)]
        ranked = sorted(counts, key=lambda k: (-counts[k][0], counts[k][1]))  # stable: ties in order of appearance
        rows.append((doc_id, actor, "; ".join(ranked[:n])))
    return rows


def _lookup(table, column: str, keys: list[tuple] | None = None) -> dict[tuple, object]:
    """``(doc_id, actor) -> value`` of one column of a per-actor table (``keys``: its keys, if known)."""
    return dict(zip(_keys(table) if keys is None else keys, _list(table[column])))


def _keys(table) -> list[tuple]:
    """The ``(doc_id, actor)`` pairs of a table's rows (pandas or ColumnLists), in order."""
    return list(zip(_list(table["doc_id"]), _list(table["actor"])))


def _list(values) -> list:
    """A column as a list (a pandas Series read, a list as it is)."""
    return values if isinstance(values, list) else values.tolist()


def build_profiles(*, entity_frequency: pd.DataFrame, actor_sentiment: pd.DataFrame, voice: pd.DataFrame,
                   stance: pd.DataFrame, actions: pd.DataFrame, descriptors: pd.DataFrame) -> pd.DataFrame:
    """The ``profiles`` table: one row per (document, actor).

    Parameters
    ----------
    entity_frequency, actor_sentiment, voice, stance, actions, descriptors : pandas.DataFrame
        The tables of the same name, for the same documents (one row per
        actor in ``entity_frequency``, ``actor_sentiment`` and ``voice``).

    Returns
    -------
    pandas.DataFrame
        Sorted like ``entity_frequency`` (most mentioned first): ``doc_id``,
        ``actor``, ``actor_type``, ``mentions``, ``share_of_mentions``,
        ``first_sentence``, ``mean_target_score``, ``quotes``,
        ``quoted_words``, ``share_of_voice`` (of the attributed quoted words),
        ``stance_given_favor``, ``stance_given_against``,
        ``stance_received_favor``, ``stance_received_against`` (rows of
        ``stance``), ``agency`` (share of its verb relations where it is the
        agent; NaN without any), ``power`` (-1..1; NaN without a power verb),
        ``top_descriptors``, ``role``, ``role_reason``, ``role_confidence``
        (see :mod:`analysis.roles`).
    """
    if entity_frequency.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in PROFILE_COLUMNS})
    # Left joins on (doc_id, actor) done with dictionaries: the tables of one document are small, and
    # a pandas merge costs more than the whole join (the result is the same table as with merges).
    # Each input table's columns are read once (ColumnLists) and shared with the roles and agency helpers.
    # Every column is built as a list of its final dtype and the table in one step (typed_frame): the
    # same table as pandas' Series and DataFrame constructors give, without their per-column inference.
    actors = ColumnLists(entity_frequency)
    index = _keys(actors)
    columns: dict[str, tuple[list, str]] = {}
    for column in ("doc_id", "actor", "actor_type", "mentions", "share_of_mentions", "first_sentence"):
        columns[column] = (actors[column], _dtype_code(actors.dtype(column)))
    sentiment = ColumnLists(actor_sentiment)
    tone = _lookup(sentiment, "mean_target_score")
    tone_dtype = sentiment.dtype("mean_target_score")
    columns["mean_target_score"] = ([tone.get(k, np.nan) for k in index],
                                    "float64" if tone_dtype.kind in "iuf" else "object")
    voice = ColumnLists(voice)
    speakers = _keys(voice)
    for column in ("quotes", "quoted_words"):
        found = _lookup(voice, column, speakers)
        columns[column] = ([found.get(k, 0) for k in index], "int64")
    share = _lookup(voice, "share_of_quoted_words", speakers)
    columns["share_of_voice"] = ([share.get(k, 0.0) for k in index], "float64")
    stance = ColumnLists(stance)
    stance_ids, stance_labels = (stance["doc_id"], stance["stance"]) if not stance.empty else ([], [])
    for side, who in (("given", "holder"), ("received", "target")):
        counts: dict[tuple, list[int]] = {}
        if not stance.empty:
            for doc_id, actor, label in zip(stance_ids, stance[who], stance_labels):
                if label in ("favor", "against"):
                    counts.setdefault((doc_id, actor), [0, 0])[label == "against"] += 1
        for j, label in enumerate(("favor", "against")):
            columns[f"stance_{side}_{label}"] = ([counts.get(k, (0, 0))[j] for k in index], "int64")
    actions = ColumnLists(actions)
    agency_of: dict[object, dict[str, float]] = {}   # doc_id -> actor -> agency, for the roles
    power_of: dict[tuple, float] = {}
    for doc_id, actor, *_, agency, _, power in (agency_rows(actions) if not actions.empty else []):
        agency_of.setdefault(doc_id, {})[actor] = agency
        power_of[(doc_id, actor)] = power
    columns["agency"] = ([agency_of.get(k[0], {}).get(k[1], np.nan) for k in index], "float64")
    columns["power"] = ([power_of.get(k, np.nan) for k in index], "float64")
    descriptors = ColumnLists(descriptors)
    # the dtypes pandas infers for top_descriptors(descriptors) and assign_roles(...) (text, text, text, float)
    found = {} if descriptors.empty else {(d, a): top for d, a, top in _top_rows(descriptors, 3)}
    columns["top_descriptors"] = ([found.get(k, "") for k in index], "object" if descriptors.empty else "str")
    judged = {(row[0], row[1]): row for row in role_rows(actors=actors, actor_sentiment=sentiment, stance=stance,
                                                         actions=actions, descriptors=descriptors,
                                                         agency=agency_of)}
    for j, (column, dtype) in enumerate((("role", "str"), ("role_reason", "str"), ("role_confidence", "float64")),
                                        start=2):
        columns[column] = ([judged[k][j] for k in index], dtype)
    table = typed_frame({c: columns[c] if columns[c][1] else (columns[c][0], "object") for c in PROFILE_COLUMNS})
    for column, (_, dtype) in columns.items():
        if dtype is None:  # a column of entity_frequency of another dtype (int32, category, ...): kept as it is
            table[column] = entity_frequency[column].array
    return table


def _dtype_code(dtype) -> str | None:
    """:func:`~analysis.typed_frames.typed_frame`'s name of a column's dtype (None for any other dtype)."""
    if dtype == object:
        return "object"
    if isinstance(dtype, np.dtype):
        return _NUMPY_CODES.get(dtype)
    return "str" if dtype == _STR else None


_NUMPY_CODES = {np.dtype("int64"): "int64", np.dtype("float64"): "float64", np.dtype("bool"): "bool"}


def profile_tables(doc: Doc, result, *, doc_id: str = "text",
                   sentence_starts: list[int] | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Descriptors, actions and profiles of one parsed document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    result : analysis.tables.Analysis
        Its other tables (``mentions``, ``entity_frequency``,
        ``actor_sentiment``, ``voice``, ``stance``).
    doc_id : str
        Written into the ``doc_id`` column.
    sentence_starts : list of int, optional
        Character offsets where sentences start.

    Returns
    -------
    tuple of pandas.DataFrame
        ``(descriptors, actions, profiles)``.
    """
    descriptors = extract_descriptors(doc, result.mentions, doc_id=doc_id, sentence_starts=sentence_starts)
    actions = extract_actions(doc, result.mentions, doc_id=doc_id, sentence_starts=sentence_starts)
    profiles = build_profiles(entity_frequency=result.entity_frequency, actor_sentiment=result.actor_sentiment,
                              voice=result.voice, stance=result.stance, actions=actions, descriptors=descriptors)
    return descriptors, actions, profiles


def aggregate_profiles(profiles: pd.DataFrame) -> pd.DataFrame:
    """One row per actor over a corpus of per-document profiles.

    Parameters
    ----------
    profiles : pandas.DataFrame
        The ``profiles`` table of several documents.

    Returns
    -------
    pandas.DataFrame
        ``actor``, ``actor_type`` (most frequent), ``documents``,
        ``mentions``, ``mean_target_score`` (mean over documents weighted by
        mentions), ``quotes``, ``quoted_words``, the four stance counts
        (sums), ``agency`` and ``power`` (means over the documents where they
        are defined), ``protagonist``, ``antagonist``, ``innocent``,
        ``unclear`` (documents giving it that role) and ``role`` (the most
        frequent role other than unclear, ``unclear`` when none), sorted by
        ``mentions``.
    """
    if profiles.empty:
        return pd.DataFrame(columns=AGGREGATE_COLUMNS)
    p = profiles.assign(weighted=profiles["mean_target_score"].fillna(0) * profiles["mentions"])
    sums = ["mentions", "quotes", "quoted_words", "stance_given_favor", "stance_given_against",
            "stance_received_favor", "stance_received_against", "weighted"]
    g = p.groupby("actor")
    table = g[sums].sum()
    table["documents"] = g["doc_id"].nunique()
    table["actor_type"] = g["actor_type"].agg(lambda s: s.value_counts().index[0])
    table["mean_target_score"] = table["weighted"] / table["mentions"]
    table[["agency", "power"]] = g[["agency", "power"]].mean()
    roles = pd.crosstab(p["actor"], p["role"]).reindex(columns=["protagonist", "antagonist", "innocent", "unclear"],
                                                       fill_value=0)
    table = table.join(roles)
    decided = roles[["protagonist", "antagonist", "innocent"]]
    table["role"] = np.where(decided.sum(axis=1) > 0, decided.idxmax(axis=1), "unclear")
    table = table.reset_index().sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort")
    return table[AGGREGATE_COLUMNS].reset_index(drop=True)
