"""The result object and the tables built from the stages' output.

Every table is long-form: one row per (document, sentence, actor, ...), with
fixed columns documented in :data:`TABLE_COLUMNS` and in the README.
"""

from __future__ import annotations

import functools
import math
import os
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from .actions import ACTION_COLUMNS
from .antecedents import JOINT_SEP
from .descriptors import DESCRIPTOR_COLUMNS
from .profiles import PROFILE_COLUMNS
from .quotes import QUOTE_COLUMNS, VOICE_COLUMNS
from .stance import STANCE_COLUMNS
from .column_lists import ColumnLists
from .typed_frames import fits, rows_frame, typed_frame, typed_kind

__all__ = ["Analysis", "TABLE_COLUMNS", "DOCUMENT_FIELDS", "entity_frequency", "mention_positions", "mention_sentiment",
           "actor_sentiment", "actor_coverage", "sentiment_disagreements", "write_csv_atomic", "empty_table", "csv_safe"]

#: Mean target scores within this distance of 0 are labelled neutral.
NEUTRAL_BAND = 0.05

#: The fixed columns of the ``documents`` table; user metadata columns follow them.
DOCUMENT_FIELDS = ["doc_id", "source", "title", "outlet", "date", "words", "sentences", "sha256"]

#: The columns of every table, in order (``documents`` may have more: the user's metadata).
TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": DOCUMENT_FIELDS,
    "tokens": ["doc_id", "sent_id", "token_id", "start", "end", "text", "lower", "is_alpha", "is_stop"],
    "sentences": ["doc_id", "sent_id", "paragraph", "start", "end", "text", "neg", "neu", "pos", "compound"],
    "mentions": ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote",
                 "joint_actors"],
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
    "failures": ["doc_id", "source", "error", "message"],
}

#: The numeric columns of every table (the others hold text). Read-back of CSV uses it to keep
#: a column numeric when all its cells are empty (an output folder written before manifests
#: listed their ``dtypes``); a test checks it against the tables of an analysis.
NUMERIC_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("words", "sentences"),
    "tokens": ("sent_id", "token_id", "start", "end"),
    "sentences": ("sent_id", "paragraph", "start", "end", "neg", "neu", "pos", "compound"),
    "mentions": ("sent_id", "start", "end"),
    "entity_frequency": ("mentions", "name_mentions", "pronoun_mentions", "adjective_mentions",
                         "description_mentions", "sentences", "first_sentence", "share_of_mentions"),
    "mention_sentiment": ("sent_id", "start", "end", "sentence_compound", "target_score"),
    "actor_sentiment": ("mentions", "mean_sentence_compound", "mean_target_score", "positive", "neutral",
                        "negative"),
    "quotes": ("quote_id", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "words"),
    "voice": ("quotes", "direct", "partial", "indirect", "quoted_words", "direct_words", "partial_words",
              "indirect_words", "share_of_quoted_words"),
    "stance": ("sent_id", "holder_start", "holder_end", "target_start", "target_end", "confidence"),
    "descriptors": ("sent_id", "start", "end", "valence"),
    "actions": ("sent_id", "start", "end", "power"),
    "profiles": ("mentions", "share_of_mentions", "first_sentence", "mean_target_score", "quotes", "quoted_words",
                 "share_of_voice", "stance_given_favor", "stance_given_against", "stance_received_favor",
                 "stance_received_against", "agency", "power", "role_confidence"),
    "failures": (),
}


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the columns of ``name`` (a new frame on each call)."""
    columns = tuple(TABLE_COLUMNS[name])
    return _empty_frame(columns).copy()


@functools.lru_cache(maxsize=None)
def _empty_frame(columns: tuple) -> pd.DataFrame:
    """Cached empty frame with object columns; callers get copies (building one costs ~1.5 ms)."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


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
        actor mentions of the document). A pronoun with ``joint_actors``
        (*Russia and China ... they*) counts as a mention of each member.

    Notes
    -----
    Counted in one pass over the rows (pandas group-bys cost more than the
    counting for the few dozen mentions of an article).
    """
    if mentions.empty:
        return empty_table("entity_frequency")
    kinds = ("name", "pronoun", "adjective", "description")
    groups: dict[tuple, list] = {}
    totals: dict = {}
    doc_ids, actors, actor_types = mentions["doc_id"].tolist(), mentions["actor"].tolist(), \
        mentions["actor_type"].tolist()
    joints = mentions["joint_actors"].tolist() if "joint_actors" in mentions.columns else [""] * len(doc_ids)
    type_of = dict(zip(zip(doc_ids, actors), actor_types))
    for doc_id, actor, actor_type, kind, sent_id, joint in zip(
            doc_ids, actors, actor_types, mentions["kind"].tolist(), mentions["sent_id"].tolist(), joints):
        # a joint pronoun ('Russia and China ... they') counts once for each member
        members = joint.split(JOINT_SEP) if isinstance(joint, str) and JOINT_SEP in joint else (actor,)
        for member in members:
            group = groups.get((doc_id, member))
            if group is None:
                group = groups[(doc_id, member)] = [type_of.get((doc_id, member), actor_type), 0,
                                                    dict.fromkeys(kinds, 0), set(), sent_id]
            group[1] += 1
            if kind in group[2]:
                group[2][kind] += 1
            group[3].add(sent_id)
            group[4] = min(group[4], sent_id)
            totals[doc_id] = totals.get(doc_id, 0) + 1
    rows = [(doc_id, actor, g[0], g[1], *(g[2][k] for k in kinds), len(g[3]), g[4], g[1] / totals[doc_id])
            for (doc_id, actor), g in groups.items()]
    rows.sort(key=lambda r: (r[0], -r[3], -r[4], r[1]))
    return rows_frame(rows, dict(zip(TABLE_COLUMNS["entity_frequency"], ("str",) * 3 + ("int64",) * 7 + ("float64",))))


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
    compound = dict(zip(zip(sentences["doc_id"].tolist(), sentences["sent_id"].tolist()),
                        sentences["compound"].tolist()))
    lists = ColumnLists(mentions)
    shown = ["doc_id", "sent_id", "start", "end", "actor", "kind"]
    kinds = {name: typed_kind(lists.dtype(name)) for name in shown}
    keys = zip(lists["doc_id"], lists["sent_id"])
    sentence_compound = [compound.get(k, float("nan")) for k in keys]
    target_score, label = [s.score for s in scores], [s.label for s in scores]
    if None not in kinds.values():    # the usual dtypes: the arrays built by typed_frame, not by the constructor
        spec = {name: (lists[name], kinds[name]) for name in shown}
        spec.update(sentence_compound=(sentence_compound, "float64"), target_score=(target_score, "float64"),
                    label=(label, "str"))
        if fits(spec) and list(spec) == TABLE_COLUMNS["mention_sentiment"]:
            return typed_frame(spec)
    columns = {name: mentions[name].array for name in shown}
    columns["sentence_compound"] = pd.array(sentence_compound, dtype=float)
    columns["target_score"] = target_score
    columns["label"] = label
    # one DataFrame built from all its columns (not three column insertions and a selected copy)
    return pd.DataFrame({name: columns[name] for name in TABLE_COLUMNS["mention_sentiment"]})


def _mean(values: list) -> float:
    """Mean skipping NaN, with Kahan summation (as pandas' group-by mean, to the last bit)."""
    total = compensation = 0.0
    n = 0
    for value in values:
        if value != value:
            continue
        y = value - compensation
        t = total + y
        compensation = (t - total) - y
        total = t
        n += 1
    return total / n if n else math.nan


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
    labels = ("positive", "neutral", "negative")
    groups: dict[tuple, list] = {}
    for doc_id, actor, compound, score, label in zip(
            ms["doc_id"].tolist(), ms["actor"].tolist(), ms["sentence_compound"].tolist(),
            ms["target_score"].tolist(), ms["label"].tolist()):
        group = groups.get((doc_id, actor))
        if group is None:
            group = groups[(doc_id, actor)] = [[], [], dict.fromkeys(labels, 0)]
        group[0].append(compound)
        group[1].append(score)
        if label in group[2]:
            group[2][label] += 1
    rows = []
    for (doc_id, actor), (compounds, scores, counts) in groups.items():
        score = _mean(scores)
        label = "positive" if score > NEUTRAL_BAND else "negative" if score < -NEUTRAL_BAND else "neutral"
        rows.append((doc_id, actor, len(scores), _mean(compounds), score, *(counts[k] for k in labels), label))
    rows.sort(key=lambda r: (r[0], -r[2], r[1]))
    return rows_frame(rows, dict(zip(TABLE_COLUMNS["actor_sentiment"],
                                     ("str", "str", "int64", "float64", "float64", "int64", "int64", "int64", "str"))))


def actor_coverage(entity_frequency: pd.DataFrame) -> pd.DataFrame:
    """How widely each actor is covered in a corpus.

    Parameters
    ----------
    entity_frequency : pandas.DataFrame
        The ``entity_frequency`` table of one or several documents.

    Returns
    -------
    pandas.DataFrame
        One row per actor, most articles first (then most mentions):
        ``actor``, ``actor_type`` (the most frequent), ``articles``
        (documents that mention it), ``mentions`` (all kinds, summed).
    """
    if entity_frequency.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ["actor", "actor_type", "articles", "mentions"]})
    grouped = entity_frequency.groupby("actor")
    table = pd.DataFrame({"actor_type": grouped["actor_type"].agg(lambda s: s.value_counts().index[0]),
                          "articles": grouped["doc_id"].nunique(),
                          "mentions": grouped["mentions"].sum()}).reset_index()
    table = table.sort_values(["articles", "mentions", "actor"], ascending=[False, False, True], kind="mergesort")
    return table[["actor", "actor_type", "articles", "mentions"]].reset_index(drop=True)


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
        ``doc_id``, ``sent_id``, ``start``, ``end`` (the mention's offsets),
        ``mention`` (its text), ``actor``, ``sentence_compound``,
        ``target_score``, ``text`` (the sentence), sorted by the size of the
        disagreement.
    """
    ms = mention_sentiment

    def sign(x):
        return (x > band).astype(int) - (x < -band).astype(int)

    differ = ms[sign(ms["sentence_compound"]) * sign(ms["target_score"]) < 0]
    out = differ.merge(sentences[["doc_id", "sent_id", "start", "text"]].rename(columns={"start": "sent_start"}),
                       on=["doc_id", "sent_id"])
    # the mention's own words, cut from the sentence by the offsets
    out = out.assign(mention=[t[a - s0:b - s0] for t, a, b, s0 in
                              zip(out["text"], out["start"], out["end"], out["sent_start"])],
                     gap=(out["sentence_compound"] - out["target_score"]).abs())
    out = out.sort_values("gap", ascending=False, kind="mergesort")
    return out[["doc_id", "sent_id", "start", "end", "mention", "actor", "sentence_compound", "target_score",
                "text"]].reset_index(drop=True)


#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: Decimals kept for floats in CSV files (Parquet keeps full precision).
CSV_DECIMALS = 4


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """The table as written to CSV: formula-like cells neutralised, floats rounded.

    Text cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return get a leading ``'`` so that spreadsheets show them as text (as
    OWASP recommends against CSV injection); floats are rounded to
    :data:`CSV_DECIMALS` decimals. The DataFrames and Parquet files keep the
    true values.

    Parameters
    ----------
    table : pandas.DataFrame
        Any table.

    Returns
    -------
    pandas.DataFrame
        A new table (the input is not changed).
    """
    out = {}
    for name in table.columns:
        column = table[name]
        if pd.api.types.is_float_dtype(column):
            column = column.round(CSV_DECIMALS)
        elif column.dtype == object or pd.api.types.is_string_dtype(column):
            column = column.map(_neutralise)
        out[name] = column
    return pd.DataFrame(out, index=table.index, columns=table.columns)


def _neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_csv_atomic(table: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a CSV so that the file is either complete or absent.

    Cells are made safe for spreadsheets and floats rounded (see
    :func:`csv_safe`); the file's mode follows the umask.

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
        os.chmod(tmp, _umask_mode())  # mkstemp makes 0600; results are for others to read too
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            csv_safe(table).to_csv(fh, index=False)
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
    documents : pandas.DataFrame
        One row per article: ``doc_id``, ``source``, ``title``, ``outlet``,
        ``date``, ``words``, ``sentences``, ``sha256``, then user metadata.
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
        One row per input that could not be analysed: ``doc_id``,
        ``source``, ``error`` (the kind of error), ``message``.
    """

    texts: dict[str, str] = field(default_factory=dict)
    documents: pd.DataFrame = field(default_factory=lambda: empty_table("documents"))
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

    def _summary(self) -> tuple[list[tuple[str, int]], pd.DataFrame]:
        counts = [(name, len(table)) for name, table in self.tables().items()]
        freq = self.entity_frequency
        top = (freq.groupby(["actor", "actor_type"], as_index=False)["mentions"].sum()
               .sort_values(["mentions", "actor"], ascending=[False, True], kind="mergesort").head(8)
               if len(freq) else freq)
        return counts, top

    def __repr__(self) -> str:
        counts, top = self._summary()
        docs = len(self.texts) or (self.sentences["doc_id"].nunique() if len(self.sentences) else 0)
        actors = self.entity_frequency["actor"].nunique() if len(self.entity_frequency) else 0
        lines = [f"<Analysis: {docs} document(s), {actors} actor(s), {len(self.quotes)} quote(s), "
                 f"{len(self.stance)} stance row(s), {len(self.failures)} failure(s)>"]
        if len(top):
            lines.append("  top actors: " + ", ".join(f"{a} ({m})" for a, m in zip(top["actor"], top["mentions"])))
        lines.append("  tables: " + ", ".join(f"{n} ({k})" for n, k in counts))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from html import escape

        counts, top = self._summary()
        docs = len(self.texts) or (self.sentences["doc_id"].nunique() if len(self.sentences) else 0)
        rows = "".join(f"<tr><td><code>{escape(n)}</code></td><td style='text-align:right'>{k:,}</td></tr>"
                       for n, k in counts)
        actors = "".join(f"<tr><td>{escape(str(a))}</td><td>{escape(str(t))}</td>"
                         f"<td style='text-align:right'>{m}</td></tr>"
                         for a, t, m in zip(top.get("actor", []), top.get("actor_type", []), top.get("mentions", [])))
        return (f"<div><b>Analysis</b> of {docs} document(s)"
                f"<div style='display:flex;gap:2em;align-items:flex-start'>"
                f"<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"
                f"<table><thead><tr><th>top actor</th><th>type</th><th>mentions</th></tr></thead>"
                f"<tbody>{actors}</tbody></table></div>"
                f"<small>Each table is an attribute: <code>result.mentions</code>, "
                f"<code>result.stance</code>, ...</small></div>")

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
