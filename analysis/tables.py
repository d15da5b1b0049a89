"""The result object and the tables built from the stages' output.

Every table is long-form: one row per (document, sentence, actor, ...), with
fixed columns documented in :data:`TABLE_COLUMNS` and in the README.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

__all__ = ["Analysis", "TABLE_COLUMNS", "entity_frequency", "mention_positions", "write_csv_atomic", "empty_table"]

#: The columns of every table, in order.
TABLE_COLUMNS: dict[str, list[str]] = {
    "tokens": ["doc_id", "sent_id", "token_id", "start", "end", "text", "lower", "is_alpha", "is_stop"],
    "sentences": ["doc_id", "sent_id", "paragraph", "start", "end", "text"],
    "mentions": ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote"],
    "entity_frequency": ["doc_id", "actor", "actor_type", "mentions", "name_mentions", "pronoun_mentions",
                         "adjective_mentions", "description_mentions", "sentences", "first_sentence",
                         "share_of_mentions"],
    "failures": ["source", "doc_id", "error"],
}


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the columns of ``name``."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in TABLE_COLUMNS[name]})


def entity_frequency(mentions: pd.DataFrame) -> pd.DataFrame:
    """How often each actor is mentioned, by kind of mention.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The ``mentions`` table.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``), sorted by document then by
        ``mentions`` (descending): ``doc_id``, ``actor``, ``actor_type``,
        ``mentions`` (all kinds), ``name_mentions``, ``pronoun_mentions``,
        ``adjective_mentions``, ``description_mentions``, ``sentences``
        (distinct sentences with a mention), ``first_sentence`` (``sent_id``
        of the first mention), ``share_of_mentions`` (``mentions`` over all
        actor mentions of the document).
    """
    if mentions.empty:
        return empty_table("entity_frequency")
    kinds = (pd.crosstab([mentions["doc_id"], mentions["actor"]], mentions["kind"])
             .reindex(columns=["name", "pronoun", "adjective", "description"], fill_value=0)
             .add_suffix("_mentions"))
    grouped = mentions.groupby(["doc_id", "actor"])
    table = (grouped.agg(actor_type=("actor_type", "first"), mentions=("start", "size"),
                         sentences=("sent_id", "nunique"), first_sentence=("sent_id", "min"))
             .join(kinds)
             .reset_index())
    totals = table.groupby("doc_id")["mentions"].transform("sum")
    table = table.assign(share_of_mentions=table["mentions"] / totals)
    table = table.sort_values(["doc_id", "mentions", "name_mentions", "actor"],
                              ascending=[True, False, False, True], kind="mergesort")
    return table[TABLE_COLUMNS["entity_frequency"]].reset_index(drop=True)


def write_csv_atomic(table: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a CSV so that the file is either complete or absent.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.
    path : str or path-like
        Target file; written to a temporary file in the same folder first,
        then renamed over it.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            table.to_csv(fh, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@dataclass
class Analysis:
    """All tables of one article or a corpus.

    Each attribute is a long-form :class:`pandas.DataFrame` whose columns are
    listed in :data:`TABLE_COLUMNS` (and the README). Tables of several
    documents are stacked; ``doc_id`` tells them apart.

    Attributes
    ----------
    texts : dict
        ``doc_id`` -> original text (all offsets point into it).
    tokens, sentences, mentions, entity_frequency : pandas.DataFrame
        See :data:`TABLE_COLUMNS`.
    failures : pandas.DataFrame
        One row per input that could not be analysed: ``source``, ``doc_id``,
        ``error``.
    """

    texts: dict[str, str] = field(default_factory=dict)
    tokens: pd.DataFrame = field(default_factory=lambda: empty_table("tokens"))
    sentences: pd.DataFrame = field(default_factory=lambda: empty_table("sentences"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    entity_frequency: pd.DataFrame = field(default_factory=lambda: empty_table("entity_frequency"))
    failures: pd.DataFrame = field(default_factory=lambda: empty_table("failures"))

    @classmethod
    def table_names(cls) -> list[str]:
        """Names of the table attributes, in pipeline order."""
        return [f.name for f in fields(cls) if f.name != "texts"]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name."""
        return {name: getattr(self, name) for name in self.table_names()}

    @classmethod
    def concat(cls, parts: list[Analysis], failures: pd.DataFrame | None = None) -> Analysis:
        """Stack the tables of several analyses (one per document)."""
        result = cls()
        for name in cls.table_names():
            frames = [getattr(p, name) for p in parts if len(getattr(p, name))]
            if frames:
                setattr(result, name, pd.concat(frames, ignore_index=True))
        for p in parts:
            result.texts.update(p.texts)
        if failures is not None and len(failures):
            result.failures = pd.concat([result.failures, failures], ignore_index=True) \
                if len(result.failures) else failures.reset_index(drop=True)
        return result

    def to_csv(self, out_dir: str | os.PathLike) -> list[Path]:
        """Write every table as ``<out_dir>/<name>.csv`` (atomically).

        Returns
        -------
        list of pathlib.Path
            The files written.
        """
        return [write_csv_atomic(table, Path(out_dir) / f"{name}.csv") for name, table in self.tables().items()]


def mention_positions(mentions: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                      by: str = "sentence") -> pd.DataFrame:
    """Where in the article each actor is mentioned.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The ``mentions`` table.
    sentences : pandas.DataFrame, optional
        The ``sentences`` table; needed for ``by="paragraph"``.
    by : {"sentence", "paragraph"}
        The unit of position.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``, ``position``) with at least one
        mention: ``doc_id``, ``actor``, ``position`` (``sent_id`` or
        ``paragraph``), ``mentions`` (count, all kinds).
    """
    if by not in {"sentence", "paragraph"}:
        raise ValueError("by must be 'sentence' or 'paragraph'")
    if by == "paragraph":
        if sentences is None:
            raise ValueError("by='paragraph' needs the sentences table")
        mentions = mentions.merge(sentences[["doc_id", "sent_id", "paragraph"]], on=["doc_id", "sent_id"])
        column = "paragraph"
    else:
        column = "sent_id"
    table = (mentions.groupby(["doc_id", "actor", column]).size().rename("mentions").reset_index()
             .rename(columns={column: "position"}))
    table = table[["doc_id", "actor", "position", "mentions"]]
    table.attrs["by"] = by
    return table
