"""Tests of the helpers that make the quotation, stance and action stages faster: each gives what
the slower code gave (``list(doc)``, ``np.isin``, ``Series.tolist``, ``doc.sents``, the rules' word tests)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import spacy
from spacy.attrs import LEMMA, LOWER

from analysis.actions import _tree_roots
from analysis.doc_tokens import doc_tokens
from analysis.column_lists import column_list
from analysis.nlp import parse
from analysis.stance import _VERB_LEMMAS, _sentence_bounds
from analysis.word_flags import among, word_flags

TEXT = ("NATO chief Mark Rutte said on Tuesday that the alliance backs Ukraine. "
        "It rained in Brussels. \"We will stay,\" he told reporters, and Hungary's Viktor Orban criticised him.")


def test_doc_tokens_is_list_of_doc_made_once_and_again_after_retokenizing():
    nlp = spacy.blank("en")
    doc = nlp("Mark Rutte visited Kyiv.")
    tokens = doc_tokens(doc)
    assert [t.i for t in tokens] == [t.i for t in doc] and [t.text for t in tokens] == [t.text for t in doc]
    assert doc_tokens(doc) is tokens                       # the same list for the next stage
    other = nlp("Mark Rutte visited Kyiv.")
    assert doc_tokens(other) is not tokens and doc_tokens(other)[0].doc is other
    with other.retokenize() as retokenizer:
        retokenizer.merge(other[0:2])
    assert [t.text for t in doc_tokens(other)] == ["Mark Rutte", "visited", "Kyiv", "."]


def test_word_flags_classify_each_token_as_the_string_test_does():
    doc = parse(TEXT)
    strings = doc.vocab.strings
    cache: dict[int, int] = {}
    lemmas = doc.to_array(LEMMA)
    flags = word_flags(lemmas, strings, cache, lambda w: int(w.lower() in _VERB_LEMMAS))
    assert flags.dtype == np.uint8 and len(flags) == len(doc)
    assert flags.tolist() == [int(t.lemma_.lower() in _VERB_LEMMAS) for t in doc]
    assert any(flags) and len(cache) == len(set(lemmas.tolist()))
    again = word_flags(lemmas, strings, cache, lambda w: 1 / 0)   # all known: no word classified again
    assert again.tolist() == flags.tolist()
    assert word_flags(np.zeros(0, dtype=np.uint64), strings, {}, len).tolist() == []


def test_among_is_isin_for_a_few_values():
    values = parse(TEXT).to_array(LOWER)
    strings = parse("x").vocab.strings
    for items in ([], [strings["the"]], [strings["the"], strings["he"], 12345]):
        assert among(values, items).tolist() == np.isin(values, np.array(items, dtype=np.uint64)).tolist()


def test_column_list_is_series_tolist():
    table = pd.DataFrame({"start": [0, 5], "actor": ["NATO", None], "x": [1.5, np.nan], "ok": [True, False]})
    for name in table.columns:
        assert repr(column_list(table, name)) == repr(table[name].tolist())
    part = table[table["start"] > 0]
    assert column_list(part, "actor") == part["actor"].tolist()
    doubled = pd.DataFrame([[1, 2]], columns=["a", "a"])        # a repeated name: pandas' own answer
    assert column_list(doubled.iloc[:, :1], "a") == [1]


def test_sentence_bounds_are_those_of_doc_sents():
    doc = parse(TEXT)
    assert _sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert [doc.text[a:b] for a, b in _sentence_bounds(doc)] == [s.text for s in doc.sents]


def test_tree_roots_are_the_roots_of_each_tokens_sentence():
    doc = parse(TEXT)
    roots = _tree_roots(doc).tolist()
    assert roots == [t.sent.root.i for t in doc]
    assert roots == [next(a for a in [t, *t.ancestors] if a.head.i == a.i).i for t in doc]
