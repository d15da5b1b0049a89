"""``analyze()``: the one place where the stages are strung together.

The work for one document is a pure function of its text and options
(:func:`analyze_text`), so a corpus can be mapped over worker processes; the
spaCy model loads once per process.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Mapping

import pandas as pd

from .actors import find_mentions
from .column_lists import ColumnLists
from .gc_threshold import raised_gc_threshold
from .descriptions import add_descriptions
from .io import MAX_BYTES, STRING_SOURCE, article_from_text, load_article
from .nlp import doc_from_tokens, parse_many
from .profiles import profile_tables
from .quotes import extract_quotes, voice_table
from .stance import extract_stance
from .sentiment import score_mentions, sentence_scores
from .tables import DOCUMENT_FIELDS, Analysis, actor_sentiment, entity_frequency, mention_sentiment
from .tokenize import _ALNUM, tokenize
from .typed_frames import rows_frame, with_columns
from .watchdog import article_time_limit, time_limit as watchdog

__all__ = ["analyze", "analyze_text", "analyze_batch", "analyze_corpus", "document_row"]


def document_row(text: str, *, doc_id: str, sentences: pd.DataFrame, tokens: pd.DataFrame,
                 metadata: Mapping | None = None, source: str = STRING_SOURCE) -> pd.DataFrame:
    """The one-row ``documents`` table of an article.

    Parameters
    ----------
    text : str
        The article.
    doc_id : str
        Its identifier.
    sentences, tokens : pandas.DataFrame
        Its ``sentences`` and ``tokens`` tables.
    metadata : mapping, optional
        ``title``, ``outlet``, ``date`` (already ISO ``YYYY-MM-DD``) and any
        user columns; missing fields are empty strings.
    source : str
        Where the text came from (file, or ``file:row``).

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``source``, ``title``, ``outlet``, ``date``, ``words``
        (tokens with a letter or digit), ``sentences``, ``sha256`` (of the
        UTF-8 text), then the user's metadata columns in their order.
    """
    metadata = dict(metadata or {})
    words = sum(map(bool, map(_ALNUM.search, ColumnLists(tokens)["text"]))) if len(tokens) else 0
    row = {"doc_id": doc_id, "source": source,
           "title": _cell(metadata.pop("title", "")), "outlet": _cell(metadata.pop("outlet", "")),
           "date": _cell(metadata.pop("date", "")), "words": words, "sentences": len(sentences),
           "sha256": text_sha256(text)}
    for key, value in metadata.items():
        if key not in row and key != "text":
            row[str(key)] = value
    if len(row) == len(_DOCUMENT_DTYPES):  # no user columns: typed, without pandas' inference (same table)
        return rows_frame([tuple(row.values())], _DOCUMENT_DTYPES)
    return pd.DataFrame([row], columns=list(row))


#: The dtypes pandas infers for the ``documents`` row without user metadata.
_DOCUMENT_DTYPES = {"doc_id": "str", "source": "str", "title": "str", "outlet": "str", "date": "str",
                    "words": "int64", "sentences": "int64", "sha256": "str"}


def text_sha256(text: str) -> str:
    """SHA-256 (hex) of the UTF-8 encoding of ``text``."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


#: Whether :func:`analysis.sentiment.score_mentions` takes precomputed sentence VADER scores
#: (``sentence_vader=``, a table with ``start``, ``neg``, ``neu``, ``pos``, ``compound``).
_SCORE_TAKES_VADER = "sentence_vader" in inspect.signature(score_mentions).parameters


def _prepare(text: str, doc_id: str):
    sentences, tokens = tokenize(text, doc_id=doc_id)
    # VADER runs once per sentence here; the scores are reused below
    scores = sentence_scores(sentences["text"].tolist())
    sentences = with_columns(sentences, {name: scores[name].to_numpy() for name in scores.columns})
    return sentences, tokens


def _finish(doc, text: str, doc_id: str, sentences, tokens, *, actor_table, metadata, source) -> Analysis:
    sentence_starts = ColumnLists(sentences)["start"]
    mentions = find_mentions(doc, doc_id=doc_id, sentence_starts=sentence_starts, actor_table=actor_table)
    mentions = add_descriptions(doc, mentions, sentence_starts=sentence_starts)
    columns = ColumnLists(mentions)
    spans = list(zip(columns["start"], columns["end"]))
    if _SCORE_TAKES_VADER:  # VADER once per sentence: reuse the sentences table's scores
        scores = score_mentions(doc, spans, sentence_vader=sentences)
    else:
        scores = score_mentions(doc, spans)
    per_mention = mention_sentiment(mentions, sentences, scores)
    quotes = extract_quotes(doc, mentions, doc_id=doc_id)
    result = Analysis(texts={doc_id: text},
                      documents=document_row(text, doc_id=doc_id, sentences=sentences, tokens=tokens,
                                             metadata=metadata, source=source),
                      tokens=tokens, sentences=sentences, mentions=mentions,
                      entity_frequency=entity_frequency(mentions),
                      mention_sentiment=per_mention, actor_sentiment=actor_sentiment(per_mention),
                      quotes=quotes, voice=voice_table(quotes, mentions),
                      stance=extract_stance(doc, mentions, quotes=quotes, doc_id=doc_id),
                      descriptors=None, actions=None, profiles=None)  # set below: no empty tables built for them
    # actor profiles: descriptors, actions, roles (analysis.profiles)
    result.descriptors, result.actions, result.profiles = profile_tables(
        doc, result, doc_id=doc_id, sentence_starts=sentence_starts)
    return result


def analyze_text(text: str, *, doc_id: str = "text", actor_table=None, metadata: Mapping | None = None,
                 source: str = STRING_SOURCE, max_bytes: int = MAX_BYTES) -> Analysis:
    """Run every stage on one article's text.

    Parameters
    ----------
    text : str
        The article. It is validated as files are
        (:func:`analysis.io.article_from_text`): a leading BOM is removed and
        line endings become ``'\\n'``; offsets point into that text.
    doc_id : str
        Identifier of the document in every table.
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops; see
        :func:`analysis.actors.read_actor_table`.
    metadata : mapping, optional
        ``title``, ``outlet``, ``date`` and other columns for the
        ``documents`` table.
    source : str
        Where the text came from, for the ``documents`` table.
    max_bytes : int
        Largest accepted text in UTF-8 bytes (:data:`analysis.io.MAX_BYTES`).

    Returns
    -------
    Analysis
        The tables of this document.

    Raises
    ------
    analysis.io.ArticleError
        If the text is empty, binary, HTML, not English, too large or holds
        a lone surrogate; the message names ``source``.
    """
    article = article_from_text(text, doc_id=doc_id, source=source, max_bytes=max_bytes)
    return analyze_batch([(doc_id, article.text, metadata, source)], actor_table=actor_table,
                         errors="raise")[0]


def analyze_batch(items, *, actor_table=None, batch_size: int = 32, errors: str = "return",
                  time_limit: str | float | None = "auto") -> list:
    """Analyse several articles, parsing them together with ``nlp.pipe``.

    Parameters
    ----------
    items : sequence of (doc_id, text, metadata, source)
        Validated articles; ``metadata`` (a mapping or None) and ``source``
        (str) go to the ``documents`` table.
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops.
    batch_size : int
        Documents per spaCy batch.
    errors : {"return", "raise"}
        With ``"return"``, an article whose analysis fails gives its
        exception in place of its result, and the others go on.
    time_limit : "auto", float or None
        Seconds allowed for the stages after the parse of one article
        (``"auto"``: :func:`analysis.watchdog.article_time_limit`, minutes;
        ``None``: no limit). An article over it fails with
        :class:`analysis.watchdog.AnalysisTimeout` instead of stalling the run.

    Returns
    -------
    list of Analysis or Exception
        One per item, in order; each equals :func:`analyze_text` of that
        article alone.
    """
    with raised_gc_threshold():         # millions of short-lived objects per batch: fewer young collections
        return _analyze_batch(list(items), actor_table=actor_table, batch_size=batch_size, errors=errors,
                              time_limit=time_limit)


def _analyze_batch(items: list, *, actor_table, batch_size: int, errors: str, time_limit) -> list:
    """:func:`analyze_batch` (same parameters), under its garbage-collection threshold."""
    prepared: list = []
    for doc_id, text, _, _ in items:
        try:
            prepared.append(_prepare(text, doc_id))
        except Exception as exc:
            if errors == "raise":
                raise
            prepared.append(exc)
    ok = [i for i, p in enumerate(prepared) if not isinstance(p, BaseException)]
    docs = parse_many((doc_from_tokens(items[i][1], prepared[i][1]) for i in ok), batch_size=batch_size)
    results: list = list(prepared)
    for i, doc in zip(ok, docs):
        doc_id, text, metadata, source = items[i]
        sentences, tokens = prepared[i]
        limit = article_time_limit(text) if time_limit == "auto" else time_limit
        try:
            with watchdog(limit, what=f"article {doc_id!r}"):
                results[i] = _finish(doc, text, doc_id, sentences, tokens, actor_table=actor_table,
                                     metadata=metadata, source=source)
        except Exception as exc:
            if errors == "raise":
                raise
            results[i] = exc
    return results


def analyze(source, *, doc_id: str | None = None, actor_table=None) -> Analysis:
    """Analyse one article given as text or as the path of a ``.txt`` file.

    Parameters
    ----------
    source : str or path-like
        The article text, or the path of a UTF-8 text file.
    doc_id : str, optional
        Identifier in the tables; defaults to the file name without suffix
        (or ``"text"`` for a string).
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops (columns ``actor``, ``alias``).

    Returns
    -------
    Analysis
        An object whose attributes are the tables (``tokens``, ``sentences``,
        ``mentions``, ``entity_frequency``, ...).

    Raises
    ------
    analysis.io.ArticleError
        If the input is missing, empty, binary, not UTF-8, HTML, not English
        or too large; the message names the file.

    Examples
    --------
    >>> from analysis import analyze
    >>> result = analyze("seeds/rutte_nato_2024.txt")          # doctest: +SKIP
    >>> result.entity_frequency.head()                         # doctest: +SKIP
    """
    article = load_article(source, doc_id=doc_id)            # validated here, not again in analyze_text
    return analyze_batch([(article.doc_id, article.text, None, article.path or STRING_SOURCE)],
                         actor_table=actor_table, errors="raise")[0]


def analyze_corpus(sources, *, actor_table=None, jobs: int = 1, engine: str = "local", scheduler=None,
                   meta=None, workers: int | None = None, chunk_size: int = 16) -> Analysis:
    """Analyse many articles in memory; bad inputs are reported, not fatal.

    For corpora too large for memory, use :func:`analysis.corpus.run_corpus`,
    which streams the tables to disk.

    Parameters
    ----------
    sources : path, glob, list of them, pandas.DataFrame, or list of str or dict
        Files (``.txt``, ``.jsonl``, ``.csv``, ``.parquet``), folders
        (searched recursively), glob patterns, a DataFrame with a ``text``
        column, or a list of article texts or of dicts with a ``text`` key;
        see :func:`analysis.corpus.sources.iter_documents`.
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops.
    jobs : int, default 1
        Worker processes; each loads the NLP model once.
    engine : {"local", "dask"}
        ``"dask"`` maps the chunks on a ``dask.distributed`` cluster.
    scheduler : str, optional
        Address of a Dask scheduler; a ``LocalCluster`` of ``jobs`` workers
        by default.
    meta : path or pandas.DataFrame, optional
        Metadata keyed by ``doc_id`` added to file inputs.
    workers : int, optional
        Old name of ``jobs``.
    chunk_size : int
        Articles per chunk (the unit of work given to a process).

    Returns
    -------
    Analysis
        The stacked tables of every article that could be analysed, and a
        ``failures`` table (``doc_id``, ``source``, ``error``, ``message``)
        naming each input that could not.

    Raises
    ------
    analysis.io.ArticleError
        If the actor table or the metadata file cannot be used.
    """
    from .corpus.run import collect_corpus

    return collect_corpus(sources, actor_table=actor_table, jobs=workers if workers is not None else jobs,
                          engine=engine, scheduler=scheduler, meta=meta, chunk_size=chunk_size)
