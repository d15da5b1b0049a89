"""Tokenization: exact spans on hand-checked sentences, and offsets as a property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tokenize import paragraph_spans, sentence_spans, tokenize, word_spans


def words(text):
    return [text[a:b] for a, b in word_spans(text)]


def test_curly_quotes_possessives_and_abbreviations():
    text = "“This war,” Rutte’s aide said of Mr. Rutte and Mr Grand in the U.S. on Thursday."
    assert words(text) == ["“", "This", "war", ",", "”", "Rutte", "’s", "aide", "said", "of", "Mr.", "Rutte",
                           "and", "Mr", "Grand", "in", "the", "U.S.", "on", "Thursday", "."]


def test_initials_hyphens_currency():
    text = "Vladimir V Putin, a state-run firm and pro-NATO voices, paid $3 billion and €2.5m."
    assert words(text) == ["Vladimir", "V", "Putin", ",", "a", "state-run", "firm", "and", "pro", "-", "NATO",
                           "voices", ",", "paid", "$", "3", "billion", "and", "€2.5m", "."]


def test_sentences_do_not_split_after_titles_or_inside_quotes():
    text = ("Mr. Rutte met Dr. Smith in the U.S. on Monday. “We agree,” he said.\n\n"
            "A new paragraph starts here. It has two sentences.")
    sents = [(p, text[a:b]) for p, a, b in sentence_spans(text)]
    assert sents == [(0, "Mr. Rutte met Dr. Smith in the U.S. on Monday."),
                     (0, "“We agree,” he said."),
                     (1, "A new paragraph starts here."),
                     (1, "It has two sentences.")]


def test_paragraphs_are_non_empty_lines():
    text = "  first line  \n\n \nsecond\n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["first line", "second"]


def test_seed_tables(seed_text):
    sentences, tokens = tokenize(seed_text, doc_id="seed")
    assert len(sentences) == 34
    assert sentences["paragraph"].max() == 20  # 21 non-empty lines
    for row in sentences.itertuples():
        assert seed_text[row.start:row.end] == row.text
    for row in tokens.itertuples():
        assert seed_text[row.start:row.end] == row.text
    assert tokens["token_id"].tolist() == list(range(len(tokens)))
    assert (tokens["start"].diff().dropna() > 0).all()
    assert tokens.loc[tokens["text"] == "the", "is_stop"].all()
    assert not tokens.loc[tokens["text"] == "Rutte", "is_stop"].any()
    assert set(tokens.loc[tokens["text"].isin(["“", "”"]), "is_alpha"]) == {False}


_alphabet = st.sampled_from(list("abcXYZ .,;:!?'\"“”‘’-$€0123\n") + ["Mr.", " U.S. ", "Rutte’s", "  ", "\n\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_alphabet, min_size=0, max_size=80).map("".join))
def test_offsets_property_on_generated_text(text):
    sentences, tokens = tokenize(text)
    for row in sentences.itertuples():
        assert text[row.start:row.end] == row.text and row.text.strip() == row.text
    previous_end = 0
    for row in tokens.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.text.strip() == row.text and row.text
        assert row.start >= previous_end
        previous_end = row.end
    # every non-space character is inside a token
    covered = set()
    for row in tokens.itertuples():
        covered.update(range(row.start, row.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_guarded_word_tokenizer_equals_nltk_on_rule_triggers():
    """Every NLTK rule skipped when its strings are absent still fires when they are present."""
    from nltk.tokenize import NLTKWordTokenizer

    from analysis.tokenize import _guarded_steps, _word_tokenizer

    fast = _word_tokenizer()
    before, after, (contractions, combined) = _guarded_steps(type(fast))
    unguarded = [p.pattern for p, _, needles in before + after if needles is None]
    assert unguarded == [r"\s+"] and combined is not None
    plain = NLTKWordTokenizer()
    pieces = ['"Hi," he said.', "a `` b '' c", "It's 'quoted' and they'll go.", "x (y) [z] {w} <v>",
              "a--b ... c; d@e #f $5 %g &h *i", "Why?! No!", "3:30, 1,000 and: this,that",
              "a \u2013 b \u2014 c", "I cannot, gonna, gotta, wanna go, lemme see, gimme it, d'ye",
              "more'n 'tis 'twas", "GONNA Cannot", "g\u0131mme 'T\u0131s", "end.'", "U.S. end.", "Don't.",
              "\u00abx\u00bb \u201cy\u201d \u2018z\u2019 \u201ew", "", "   ", "x",
              "tabs\tand  runs\x0b\x1c of\r\nspace", "tab\t'tis  them'  ''", "x\u00a0y\u2003z  \u3000w",
              "a \"quote\" and ``more'' \"", "WANNA\tgo", "Gimme"]
    for piece in pieces:
        assert list(fast.span_tokenize(piece)) == list(plain.span_tokenize(piece)), piece
        assert fast.tokenize(piece) == plain.tokenize(piece), piece


def test_normalize_quotes_maps_every_mark_like_translate():
    from analysis.tokenize import _QUOTE_MAP, normalize_quotes

    marks = "".join(chr(k) for k in _QUOTE_MAP)
    for text in ["", "plain ASCII 'x' \"y\"", marks, f"Caf\u00e9 {marks} \u201cOrba\u0301n\u2019s\u201d \u00ab\u00bb",
                 "\u2032\u2032 \u201b\u201f \u201a\u201e"]:
        assert normalize_quotes(text) == text.translate(_QUOTE_MAP)
        assert len(normalize_quotes(text)) == len(text)


def test_sentence_splitter_equals_plain_punkt():
    """Punkt run on its bare patterns (no per-call timeout) splits like NLTK's own Punkt."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from analysis.tokenize import ABBREVIATIONS, _sentence_splitter

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    plain = PunktSentenceTokenizer(params)
    pieces = ["Mr. Smith went to Washington. He arrived at 3 p.m. on Jan. 5. Then he left!",
              "(He left.) She stayed... Did she? Yes!! \"I did.\" The U.S. agreed.",
              "He said \u201cno.\u201d Then: \u2018yes.\u2019 The vote was 52.3 to 47.7 per cent. J. R. R. Tolkien wrote.",
              "Items: a. b. c. -- 1. 2. 3. ... The end", "It cost $4.5m. Next,she left.The end.", "", "x"]
    for piece in pieces:
        assert list(_sentence_splitter().span_tokenize(piece)) == list(plain.span_tokenize(piece)), piece


def _tables_from_rows(text, doc_id):
    """The tables as pandas infers them from row tuples (the reference for :func:`tokenize`)."""
    import pandas as pd

    from analysis.tokenize import sentence_spans, word_spans

    sent_rows, tok_rows = [], []
    for sent_id, (para, a, b) in enumerate(sentence_spans(text)):
        sent_rows.append((doc_id, sent_id, para, a, b, text[a:b]))
        for s, e in word_spans(text, a, b):
            row = tokenize(text, doc_id=doc_id)[1].iloc[len(tok_rows)]
            tok_rows.append((doc_id, sent_id, len(tok_rows), s, e, text[s:e], row["lower"], text[s:e].isalpha(),
                             bool(row["is_stop"])))
    return (pd.DataFrame(sent_rows, columns=["doc_id", "sent_id", "paragraph", "start", "end", "text"]),
            pd.DataFrame(tok_rows, columns=["doc_id", "sent_id", "token_id", "start", "end", "text", "lower",
                                            "is_alpha", "is_stop"]))


@pytest.mark.parametrize("text", ["He said \u201cno\u201d. She left.\n\nA 2nd line, with 3,000 words!", "", "  \n ",
                                  "x"])
def test_tokenize_tables_equal_pandas_inference(text):
    import pandas as pd

    got = tokenize(text, doc_id="d")
    for want, have in zip(_tables_from_rows(text, "d"), got):
        pd.testing.assert_frame_equal(have, want, check_exact=True)
        assert list(have.dtypes) == list(want.dtypes)


def test_tokenize_tables_with_a_non_string_doc_id_equal_pandas_inference():
    import pandas as pd

    text = "One sentence here. Another one."
    for want, have in zip(_tables_from_rows(text, 7), tokenize(text, doc_id=7)):
        pd.testing.assert_frame_equal(have, want, check_exact=True)
        assert have["doc_id"].tolist() == [7] * len(have)
