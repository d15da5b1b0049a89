"""Word tests of a whole document on the string hashes of ``Doc.to_array``, each word tested once per process.

A rule stage that first asks "is this token's lemma (or lower-case form) in
one of my word lists?" pays a Python Token and a string look-up per token.
:func:`word_flags` answers it for every token at once: the distinct hashes of
a ``LEMMA`` or ``LOWER`` column are classified by a function of the string,
kept in a cache by hash (a hash names the same string in every vocabulary),
and read back for every token in one pass.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = ["among", "word_flags"]

_LIMIT = 50_000                      # entries a cache keeps before it starts again (~4 MB: a bound on memory)


def word_flags(hashes: np.ndarray, strings, cache: dict[int, int], classify: Callable[[str], int]) -> np.ndarray:
    """``classify(strings[h])`` for each hash ``h`` of ``hashes``, as an array of small integers (bit flags).

    Parameters
    ----------
    hashes : numpy.ndarray
        One column of ``Doc.to_array`` (``LEMMA``, ``LOWER``, ``ORTH`` ...).
    strings : spacy.strings.StringStore
        The document's ``doc.vocab.strings``.
    cache : dict
        ``hash -> flags`` of earlier documents, filled here; one per ``classify``.
    classify : callable
        ``str -> int`` (0 to 255): the flags of one word.

    Returns
    -------
    numpy.ndarray
        ``uint8``, one value per row of ``hashes``.
    """
    values = hashes.tolist()
    try:                                 # a C loop over dict look-ups when every word is known (most documents)
        return np.fromiter(map(cache.__getitem__, values), dtype=np.uint8, count=len(values))
    except KeyError:
        pass
    new = [h for h in set(values) if h not in cache]
    if len(cache) + len(new) > _LIMIT:
        cache.clear()
        new = list(set(values))
    for h in new:
        cache[h] = classify(strings[h])
    return np.fromiter(map(cache.__getitem__, values), dtype=np.uint8, count=len(values))


def among(values: np.ndarray, items) -> np.ndarray:
    """``np.isin(values, items)`` for a few items (attribute ids or hashes): one comparison per item.

    ``np.isin`` sorts both arrays; for a handful of items the comparisons cost a fraction of it.
    """
    found = np.zeros(len(values), dtype=bool)
    for item in items:
        found |= values == item
    return found
