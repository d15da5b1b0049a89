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

import functools
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


@functools.lru_cache(maxsize=4)
def _punctuation_set(punc_list: tuple) -> frozenset:
    return frozenset(punc_list)


def _is_word(word: str, words_only: set | None) -> bool:
    """Whether ``word`` (a word of the text stripped of a run of punctuation) is among NLTK's words.

    NLTK's words are those of the text with its punctuation removed, longer
    than one character (``words_only``, or ``None`` for NLTK's own
    punctuation class). Removing the punctuation of a word whose stripped
    run was all its punctuation leaves that word itself: it is one of them
    if it holds no other punctuation and has two characters or more.
    """
    if words_only is not None:
        return word in words_only
    return len(word) > 1 and word.translate(_DELETE_PUNCTUATION) == word


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
        words_only = None  # built at the first word that starts or ends with punctuation (other regex only)
        standard = getattr(self.REGEX_REMOVE_PUNCTUATION, "pattern", None) == _PUNCTUATION_PATTERN
        puncs = _punctuation_set(tuple(self.PUNC_LIST))
        for i, we in enumerate(wes):
            if we[0] not in _PUNCTUATION and we[-1] not in _PUNCTUATION:
                continue  # neither strip below would change the word
            if words_only is None and not standard:
                words_only = {w for w in _remove_punctuation(self.text, self.REGEX_REMOVE_PUNCTUATION).split()
                              if len(w) > 1}
            word = we.rstrip(_PUNCTUATION)
            if word != we and we[len(word):] in puncs and _is_word(word, words_only):
                wes[i] = word  # NLTK's "word + punctuation" entries win over the others
                continue
            word = we.lstrip(_PUNCTUATION)
            if word != we and we[: len(we) - len(word)] in puncs and _is_word(word, words_only):
                wes[i] = word
        return wes


    def allcap_differential(self, words):
        """Whether some but not all words are ALL CAPS (NLTK's method, counting in C)."""
        allcap_words = sum(map(str.isupper, words))
        return 0 < len(words) - allcap_words < len(words)


class Vader(SentimentIntensityAnalyzer):
    """NLTK's VADER analyser splitting texts with :class:`FastSentiText`."""

    def polarity_scores(self, text):
        """VADER ``neg``, ``neu``, ``pos`` and ``compound`` of a text (as NLTK's method).

        Each word is lower-cased once; NLTK's ``words.index(item)`` (the
        first occurrence of the word, a quirk kept) is read from one
        word -> first position map, built only when the text has a word of
        the lexicon (``.index`` per word is quadratic in a very long
        sentence), and its ``but`` rule reads the same lower-cased words.
        """
        sentitext = FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments = []
        words_and_emoticons = sentitext.words_and_emoticons
        lowers = [w.lower() for w in words_and_emoticons]
        lexicon, boosters, last = self.lexicon, self.constants.BOOSTER_DICT, len(words_and_emoticons) - 1
        first_index = None  # word -> its first position, built at the first lexicon word (linear, not .index per word)
        for item, lower in zip(words_and_emoticons, lowers):
            if lower not in lexicon or lower in boosters:  # NLTK's sentiment_valence appends 0 for these
                sentiments.append(0)
                continue
            if first_index is None:
                first_index = {}
                for idx, token in enumerate(words_and_emoticons):
                    first_index.setdefault(token, idx)
            i = first_index[item]
            if i < last and lower == "kind" and lowers[i + 1] == "of":
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        if "but" in lowers:  # NLTK's _but_check
            bi = lowers.index("but")
            for sidx, sentiment in enumerate(sentiments):
                if sidx < bi:
                    sentiments[sidx] = sentiment * 0.5
                elif sidx > bi:
                    sentiments[sidx] = sentiment * 1.5
        return self.score_valence(sentiments, text)

    def sentiment_valence(self, valence, sentitext, item, i, sentiments):
        """NLTK's method with each preceding word lower-cased once (same arithmetic, same order)."""
        lexicon = self.lexicon
        item_lowercase = item.lower()
        if item_lowercase in lexicon:
            constants = self.constants
            is_cap_diff = sentitext.is_cap_diff
            words_and_emoticons = sentitext.words_and_emoticons
            valence = lexicon[item_lowercase]
            if item.isupper() and is_cap_diff:
                if valence > 0:
                    valence += constants.C_INCR
                else:
                    valence -= constants.C_INCR
            for start_i in range(0, 3):
                if i > start_i and words_and_emoticons[i - (start_i + 1)].lower() not in lexicon:
                    s = constants.scalar_inc_dec(words_and_emoticons[i - (start_i + 1)], valence, is_cap_diff)
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = self._never_check(valence, words_and_emoticons, start_i, i)
                    if start_i == 2:
                        valence = self._idioms_check(valence, words_and_emoticons, i)
            valence = self._least_check(valence, words_and_emoticons, i)
        sentiments.append(valence)
        return sentiments

    def _never_check(self, valence, words_and_emoticons, start_i, i):
        """NLTK's method with ``constants.negated`` of one word as two membership tests.

        ``negated([w])`` is true when ``w.lower()`` is a negation word or
        holds ``n't`` (its ``least`` rule needs two words).
        """
        if start_i == 0:
            if _negated_word(words_and_emoticons[i - 1], self.constants.NEGATE):
                valence = valence * self.constants.N_SCALAR
        if start_i == 1:
            if words_and_emoticons[i - 2] == "never" and (
                    words_and_emoticons[i - 1] == "so" or words_and_emoticons[i - 1] == "this"):
                valence = valence * 1.5
            elif _negated_word(words_and_emoticons[i - (start_i + 1)], self.constants.NEGATE):
                valence = valence * self.constants.N_SCALAR
        if start_i == 2:
            if (words_and_emoticons[i - 3] == "never"
                    and (words_and_emoticons[i - 2] == "so" or words_and_emoticons[i - 2] == "this")
                    or (words_and_emoticons[i - 1] == "so" or words_and_emoticons[i - 1] == "this")):
                valence = valence * 1.25
            elif _negated_word(words_and_emoticons[i - (start_i + 1)], self.constants.NEGATE):
                valence = valence * self.constants.N_SCALAR
        return valence


def _negated_word(word: str, negate) -> bool:
    """``VaderConstants.negated([word])``: a negation word, or a word holding ``n't``."""
    lower = word.lower()
    return lower in negate or "n't" in lower
