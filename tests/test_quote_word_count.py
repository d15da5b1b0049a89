"""Fast counts that must equal the slow ones they replace (speed work, issue 7).

* :meth:`analysis.quote_speakers.QuoteContext.word_count` (chunk by chunk)
  against ``len(QuoteContext.words(...))`` (NLTK over the whole slice);
* :func:`analysis.quotes._three_chunks_outside`, a sufficient test of three
  words outside quotation marks;
* :func:`analysis.stance_context._sentence_starts` against ``Doc.sents``.
"""

from __future__ import annotations

import pytest

from analysis.quote_cues import inside
from analysis.quote_speakers import QuoteContext
from analysis.quotes import _three_chunks_outside

TEXTS = [
    'He said the U.S. "cannot" accept it, and they\'re gonna vote.',
    "John's.",
    "Critics called it pro-NATO and anti-American; AT&T declined... 'Tis the season, she said.",
    "\u201cWe will stay,\u201d Mark Rutte said \u2014 and he\u2019d wanna go (he said) -- lemme see: 3,000 people.",
    "The minister's aide said: 'It's over.' Then\nhe left.",
    "  leading and trailing spaces  ",
    "\"Quoted\" start and end \"",
    "wanna",
    "tis twas 'twas 'Tis, wanna. (gonna) \"cannot\" _x_ caf\u00e9's na\u00efve.",
    "He said more'n d'ye gimme gotta whatcha Dr. Smith Jr. etc.",
    "e-mail,co-operation!?? $5.00 #tag @user 50% [a] {b} <c> *d*",
]


def _ctx(text: str) -> QuoteContext:
    ctx = QuoteContext.__new__(QuoteContext)       # only the text and the cache: no parse needed
    ctx.text, ctx._words = text, {}
    return ctx


def _slices(text: str):
    yield 0, len(text)
    for a in range(len(text) + 1):
        for b in range(a, min(len(text), a + 40) + 1, 3):
            yield a, b


@pytest.mark.parametrize("text", TEXTS)
def test_word_count_equals_len_words(text):
    for a, b in _slices(text):
        assert _ctx(text).word_count(a, b) == len(_ctx(text).words(a, b)), repr(text[a:b])


@pytest.mark.parametrize("text", TEXTS)
def test_three_chunks_outside_implies_three_words(text):
    near = [(3, 12)]
    for a, b in _slices(text):
        if _three_chunks_outside(text, a, b, near):
            words = _ctx(text).words(a, b)
            assert sum(1 for w in words if not inside(near, w[0], w[1])) >= 3, repr(text[a:b])


def test_word_count_uses_the_cache():
    ctx = _ctx("one two three")
    ctx._words[(0, 3)] = [(0, 1), (1, 2)]
    assert ctx.word_count(0, 3) == 2


def test_sentence_starts_equal_doc_sents():
    from analysis.nlp import parse
    from analysis.stance_context import _sentence_starts

    doc = parse("NATO met on Monday. Rutte said it would stay.\n\nThe talks ended. \"We agree,\" he said.")
    assert _sentence_starts(doc) == [s.start_char for s in doc.sents]
    assert len(_sentence_starts(doc)) >= 3
