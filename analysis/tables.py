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

from .actions import ACTION_COLUMNS
from .descriptors import DESCRIPTOR_COLUMNS
from .profiles import PROFILE_COLUMNS
from .quotes import QUOTE_COLUMNS, VOICE_COLUMNS
from .stance import STANCE_COLUMNS

__all__ = ["Analysis", "TABLE_COLUMNS", "entity_frequency", "mention_positions", "mention_sentiment",
           "actor_sentiment", "sentiment_disagreements", "write_csv_atomic", "empty_table"]

#: Mean target scores within this distance of 0 are labelled neutral.
NEUTRAL_BAND = 0.05

#: The columns of every table, in order.
TABLE_COLUMNS: dict[str, list[str]] = {
    "tokens": ["doc_id", "sent_id", "token_id", "start", "end", "text", "lower", "is_alpha", "is_stop"],
    "sentences": ["doc_id", "sent_id", "paragraph", "start", "end", "text", "neg", "neu", "pos", "compound"],
    "mentions": ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote"],
    "entity_frequency": ["doc_id", "actor", "actor_type", "mentions", "name_mentions", "pronoun_mentions",
                         "adjective_mentions", "description_mentions", "sentences", "first_sentence",
                         "share_of_mentions"],
    "mention_sentiment": ["doc_id", "sent_id", "start", "end", "actor", "kind", "sentence_compound",
                          "target_score", "label"],
    "actor_sentiment": ["doc_id", "actor", "mentions", "mean_sentence_compound", "mean_target_score",
                        "positive", "neutral", "negative", "label"],
    "quotes": QUOTE_COLUMNS,
    "voice": VOICE_COLUMNS,
    "stance": STANCE_COLUMNS,
    "descriptors": DESCRIPTOR_COLUMNS,
    "actions": ACTION_COLUMNS,
    "profiles": PROFILE_COLUMNS,
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


def mention_sentiment(mentions: pd.DataFrame, sentences: pd.DataFrame, scores) -> pd.DataFrame:
    """Join target scores to the mentions and their sentence's VADER compound.

    Parameters
    ----------
    mentions : pandas.DataFrame
        The ``mentions`` table.
    sentences : pandas.DataFrame
        The ``sentences`` table with VADER columns (``compound``).
    scores : sequence of analysis.sentiment.TargetSentiment
        One per mention row, in order.

    Returns
    -------
    pandas.DataFrame
        One row per mention: ``doc_id``, ``sent_id``, ``start``, ``end``,
        ``actor``, ``kind``, ``sentence_compound`` (VADER compound of the
        whole sentence, the naive score), ``target_score`` (toward this
        mention, in [-1, 1]), ``label`` (negative, neutral, positive).
    """
    if mentions.empty:
        return empty_table("mention_sentiment")
    table = mentions[["doc_id", "sent_id", "start", "end", "actor", "kind"]].merge(
        sentences[["doc_id", "sent_id", "compound"]].rename(columns={"compound": "sentence_compound"}),
        on=["doc_id", "sent_id"], how="left")
    table = table.assign(target_score=[s.score for s in scores], label=[s.label for s in scores])
    return table[TABLE_COLUMNS["mention_sentiment"]]


def actor_sentiment(mention_sentiment: pd.DataFrame) -> pd.DataFrame:
    """How each actor is portrayed: naive and targeted sentiment per actor.

    Parameters
    ----------
    mention_sentiment : pandas.DataFrame
        The ``mention_sentiment`` table.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``), most mentioned first:
        ``mentions``, ``mean_sentence_compound`` (the naive score: mean VADER
        compound of the sentences the mentions are in), ``mean_target_score``
        (mean sentiment toward the actor), ``positive``, ``neutral``,
        ``negative`` (mentions by label), ``label`` (the sign of
        ``mean_target_score``; neutral within :data:`NEUTRAL_BAND` of 0).
    """
    if mention_sentiment.empty:
        return empty_table("actor_sentiment")
    ms = mention_sentiment
    counts = pd.crosstab([ms["doc_id"], ms["actor"]], ms["label"]).reindex(
        columns=["positive", "neutral", "negative"], fill_value=0)
    table = (ms.groupby(["doc_id", "actor"])
             .agg(mentions=("start", "size"), mean_sentence_compound=("sentence_compound", "mean"),
                  mean_target_score=("target_score", "mean"))
             .join(counts).reset_index())
    score = table["mean_target_score"]
    table["label"] = ["positive" if x > NEUTRAL_BAND else "negative" if x < -NEUTRAL_BAND else "neutral"
                      for x in score]
    table = table.sort_values(["doc_id", "mentions", "actor"], ascending=[True, False, True], kind="mergesort")
    return table[TABLE_COLUMNS["actor_sentiment"]].reset_index(drop=True)


def sentiment_disagreements(mention_sentiment: pd.DataFrame, sentences: pd.DataFrame, *,
                            band: float = NEUTRAL_BAND) -> pd.DataFrame:
    """Mentions where the sentence's tone and the tone toward the actor differ in sign.

    Parameters
    ----------
    mention_sentiment : pandas.DataFrame
        The ``mention_sentiment`` table.
    sentences : pandas.DataFrame
        The ``sentences`` table (for the text).
    band : float
        Scores within ``band`` of 0 count as neutral.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``sent_id``, ``actor``, ``sentence_compound``,
        ``target_score``, ``text`` (the sentence), sorted by the size of the
        disagreement.
    """
    ms = mention_sentiment

    def sign(x):
        return (x > band).astype(int) - (x < -band).astype(int)

    differ = ms[sign(ms["sentence_compound"]) * sign(ms["target_score"]) < 0]
    out = differ.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"])
    out = out.assign(gap=(out["sentence_compound"] - out["target_score"]).abs())
    out = out.sort_values("gap", ascending=False, kind="mergesort")
    return out[["doc_id", "sent_id", "actor", "sentence_compound", "target_score", "text"]].reset_index(drop=True)


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
    mention_sentiment, actor_sentiment : pandas.DataFrame
        Sentiment toward each actor mention and per actor.
    quotes, voice : pandas.DataFrame
        Quotations with their speakers, and quoted words per actor.
    stance : pandas.DataFrame
        Holder -> target pairs, favor or against, with their evidence.
    descriptors, actions, profiles : pandas.DataFrame
        Labels attached to actors, who does what to whom, and one profile
        (with its role) per actor; see :mod:`analysis.profiles`.
    failures : pandas.DataFrame
        One row per input that could not be analysed: ``source``, ``doc_id``,
        ``error``.
    """

    texts: dict[str, str] = field(default_factory=dict)
    tokens: pd.DataFrame = field(default_factory=lambda: empty_table("tokens"))
    sentences: pd.DataFrame = field(default_factory=lambda: empty_table("sentences"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    entity_frequency: pd.DataFrame = field(default_factory=lambda: empty_table("entity_frequency"))
    mention_sentiment: pd.DataFrame = field(default_factory=lambda: empty_table("mention_sentiment"))
    actor_sentiment: pd.DataFrame = field(default_factory=lambda: empty_table("actor_sentiment"))
    quotes: pd.DataFrame = field(default_factory=lambda: empty_table("quotes"))
    voice: pd.DataFrame = field(default_factory=lambda: empty_table("voice"))
    stance: pd.DataFrame = field(default_factory=lambda: empty_table("stance"))
    descriptors: pd.DataFrame = field(default_factory=lambda: empty_table("descriptors"))
    actions: pd.DataFrame = field(default_factory=lambda: empty_table("actions"))
    profiles: pd.DataFrame = field(default_factory=lambda: empty_table("profiles"))
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
