"""``analyze()``: the one place where the stages are strung together.

The work for one document is a pure function of its text and options
(:func:`analyze_text`), so a corpus can be mapped over worker processes; the
spaCy model loads once per process.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from .actors import find_mentions
from .descriptions import add_descriptions
from .io import Article, ArticleError, iter_articles, load_article
from .nlp import parse
from .profiles import profile_tables
from .quotes import extract_quotes, voice_table
from .stance import extract_stance
from .sentiment import score_mentions, sentence_scores
from .tables import Analysis, actor_sentiment, entity_frequency, mention_sentiment
from .tokenize import tokenize

__all__ = ["analyze", "analyze_text", "analyze_corpus"]


def analyze_text(text: str, *, doc_id: str = "text", actor_table=None) -> Analysis:
    """Run every stage on one article's text.

    Parameters
    ----------
    text : str
        The article, already validated (see :mod:`analysis.io`).
    doc_id : str
        Identifier of the document in every table.
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops; see
        :func:`analysis.actors.read_actor_table`.

    Returns
    -------
    Analysis
        The tables of this document.
    """
    sentences, tokens = tokenize(text, doc_id=doc_id)
    sentences = pd.concat([sentences, sentence_scores(sentences["text"]).set_index(sentences.index)], axis=1)
    doc = parse(text)
    mentions = find_mentions(doc, doc_id=doc_id, sentence_starts=sentences["start"].tolist(),
                             actor_table=actor_table)
    mentions = add_descriptions(doc, mentions, sentence_starts=sentences["start"].tolist())
    per_mention = mention_sentiment(mentions, sentences, score_mentions(doc, list(zip(mentions["start"],
                                                                                      mentions["end"]))))
    quotes = extract_quotes(doc, mentions, doc_id=doc_id)
    result = Analysis(texts={doc_id: text}, tokens=tokens, sentences=sentences, mentions=mentions,
                      entity_frequency=entity_frequency(mentions),
                      mention_sentiment=per_mention, actor_sentiment=actor_sentiment(per_mention),
                      quotes=quotes, voice=voice_table(quotes, mentions),
                      stance=extract_stance(doc, mentions, quotes=quotes, doc_id=doc_id))
    # actor profiles: descriptors, actions, roles (analysis.profiles)
    result.descriptors, result.actions, result.profiles = profile_tables(
        doc, result, doc_id=doc_id, sentence_starts=sentences["start"].tolist())
    return result


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
    article = load_article(source, doc_id=doc_id)
    return analyze_text(article.text, doc_id=article.doc_id, actor_table=actor_table)


def _analyze_article(article: Article, actor_table) -> Analysis:
    return analyze_text(article.text, doc_id=article.doc_id, actor_table=actor_table)


def analyze_corpus(sources, *, actor_table=None, workers: int = 1) -> Analysis:
    """Analyse many articles; bad files are reported, not fatal.

    Parameters
    ----------
    sources : str, path-like or list of them
        Files, folders (their ``*.txt``) or glob patterns.
    actor_table : pandas.DataFrame or path, optional
        Actor merges, renames and drops.
    workers : int, default 1
        Worker processes; each loads the NLP model once.

    Returns
    -------
    Analysis
        The stacked tables of every article that could be read, and a
        ``failures`` table (``source``, ``doc_id``, ``error``) naming each
        file that could not.

    Raises
    ------
    analysis.io.ArticleError
        If a source names nothing at all (a missing path, an empty folder).
    """
    articles, failures = [], []
    for item in iter_articles(sources):
        if isinstance(item, ArticleError):
            failures.append((str(item.path), os.path.splitext(os.path.basename(str(item.path)))[0], str(item)))
        else:
            articles.append(item)
    parts = []
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(articles) > 1 else None
    try:
        if pool is None:
            pending = [functools.partial(_analyze_article, a, actor_table) for a in articles]
        else:
            pending = [pool.submit(_analyze_article, a, actor_table).result for a in articles]
        for article, result in zip(articles, pending):
            try:
                parts.append(result())
            except Exception as exc:  # one bad document must not stop the corpus
                failures.append((article.path or article.doc_id, article.doc_id, f"{type(exc).__name__}: {exc}"))
    finally:
        if pool is not None:
            pool.shutdown()
    failed = pd.DataFrame(failures, columns=["source", "doc_id", "error"])
    return Analysis.concat(parts, failures=failed)
