"""NLTK's VADER with a faster, equivalent split of the text into words.

NLTK's :class:`~nltk.sentiment.vader.SentiText` strips one run of leading
or trailing punctuation from each word through a dictionary of every
``punctuation + word`` and ``word + punctuation`` pair of the text (about 40
entries per word, rebuilt for every text). :class:`FastSentiText` gives the
same words by stripping the run directly; :class:`Vader` is NLTK's analyser
using it, which also skips NLTK's ``sentiment_valence`` call for words
absent from the lexicon (that call only appends 0 for them). Scores are identical (``tests/test_vader.py`` compares them with
NLTK's on thousands of sentences).
"""

from __future__ import annotations

import re
import string

from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

__all__ = ["FastSentiText", "Vader"]

_PUNCTUATION = string.punctuation  # the characters of NLTK's REGEX_REMOVE_PUNCTUATION
_DELETE_PUNCTUATION = str.maketrans("", "", _PUNCTUATION)
_PUNCTUATION_PATTERN = f"[{re.escape(_PUNCTUATION)}]"


def _remove_punctuation(text: str, regex) -> str:
    """``regex.sub("", text)`` for NLTK's punctuation class, as one ``str.translate``."""
    if getattr(regex, "pattern", None) == _PUNCTUATION_PATTERN:
        return text.translate(_DELETE_PUNCTUATION)
    return regex.sub("", text)


class FastSentiText(SentiText):
    """:class:`~nltk.sentiment.vader.SentiText` without the per-text dictionary of punctuated words.

    Notes
    -----
    NLTK maps ``p + w`` and ``w + p`` to ``w`` for every ``p`` of
    ``PUNC_LIST`` and every word ``w`` (longer than one character) of the
    text with its ASCII punctuation removed. Such a ``w`` holds no ASCII
    punctuation, so ``we == w + p`` only if ``p`` is the whole run of
    punctuation at the end of ``we`` (and likewise at the start): one
    ``rstrip`` and one ``lstrip`` find the only candidate. The punctuation
    is removed with ``str.translate`` rather than NLTK's regular expression
    run under a timeout (same characters removed).
    """

    def _words_and_emoticons(self):
        wes = [we for we in self.text.split() if len(we) > 1]
        words_only = {w for w in _remove_punctuation(self.text, self.REGEX_REMOVE_PUNCTUATION).split() if len(w) > 1}
        puncs = set(self.PUNC_LIST)
        for i, we in enumerate(wes):
            word = we.rstrip(_PUNCTUATION)
            if word != we and we[len(word):] in puncs and word in words_only:
                wes[i] = word  # NLTK's "word + punctuation" entries win over the others
                continue
            word = we.lstrip(_PUNCTUATION)
            if word != we and we[: len(we) - len(word)] in puncs and word in words_only:
                wes[i] = word
        return wes


    def allcap_differential(self, words):
        """Whether some but not all words are ALL CAPS (NLTK's method, counting in C)."""
        allcap_words = sum(map(str.isupper, words))
        return 0 < len(words) - allcap_words < len(words)


class Vader(SentimentIntensityAnalyzer):
    """NLTK's VADER analyser splitting texts with :class:`FastSentiText`."""

    def polarity_scores(self, text):
        """VADER ``neg``, ``neu``, ``pos`` and ``compound`` of a text (as NLTK's method)."""
        sentitext = FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index = {}
        for idx, token in enumerate(words_and_emoticons):
            if token not in first_index:
                first_index[token] = idx
        lexicon, boosters, last = self.lexicon, self.constants.BOOSTER_DICT, len(words_and_emoticons) - 1
        for item in words_and_emoticons:
            valence = 0
            i = first_index[item]
            lower = item.lower()
            if (i < last and lower == "kind" and words_and_emoticons[i + 1].lower() == "of") or lower in boosters \
                    or lower not in lexicon:  # NLTK's sentiment_valence appends 0 for a word not in the lexicon
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)
