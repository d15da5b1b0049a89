"""Word frequencies and collocations from the ``tokens`` table (NLTK)."""

from __future__ import annotations

import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

__all__ = ["word_frequencies", "collocations"]


def _content_words(tokens: pd.DataFrame, *, drop_stop: bool) -> pd.DataFrame:
    words = tokens[tokens["lower"].str.contains(r"[a-z0-9]", regex=True)]
    if drop_stop:
        words = words[~words["is_stop"]]
    return words


def word_frequencies(tokens: pd.DataFrame, *, drop_stop: bool = True) -> pd.DataFrame:
    """How often each word occurs, ignoring case.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The ``tokens`` table.
    drop_stop : bool, default True
        Leave out stop words (spaCy's English list) and punctuation.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``word``), most frequent first: ``doc_id``,
        ``word`` (lower case), ``count``, ``share`` (of the counted words of
        the document).
    """
    words = _content_words(tokens, drop_stop=drop_stop)
    table = words.groupby(["doc_id", "lower"]).size().rename("count").reset_index().rename(columns={"lower": "word"})
    table["share"] = table["count"] / table.groupby("doc_id")["count"].transform("sum")
    return table.sort_values(["doc_id", "count", "word"], ascending=[True, False, True],
                             kind="mergesort").reset_index(drop=True)


def collocations(tokens: pd.DataFrame, *, top: int = 15, min_count: int = 2,
                 measure: str = "likelihood_ratio") -> pd.DataFrame:
    """Word pairs that occur together more often than chance (NLTK).

    Pairs are formed within sentences, over content words (stop words and
    punctuation removed, case ignored), with
    :class:`nltk.collocations.BigramCollocationFinder`.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The ``tokens`` table.
    top : int, default 15
        How many pairs per document.
    min_count : int, default 2
        Pairs seen fewer times are ignored.
    measure : {"likelihood_ratio", "pmi", "chi_sq", "raw_freq"}
        The association measure of :class:`nltk.collocations.BigramAssocMeasures`.

    Returns
    -------
    pandas.DataFrame
        One row per pair, best first: ``doc_id``, ``first``, ``second``,
        ``count``, ``score``.
    """
    scorer = getattr(BigramAssocMeasures, measure)
    rows = []
    words = _content_words(tokens, drop_stop=True)
    for doc_id, doc_words in words.groupby("doc_id", sort=True):
        sentences = doc_words.groupby("sent_id")["lower"].apply(list).tolist()
        finder = BigramCollocationFinder.from_documents(sentences)
        finder.apply_freq_filter(min_count)
        for (first, second), score in finder.score_ngrams(scorer)[:top]:
            rows.append((doc_id, first, second, finder.ngram_fd[(first, second)], score))
    return pd.DataFrame(rows, columns=["doc_id", "first", "second", "count", "score"])
