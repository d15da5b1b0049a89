"""The faster helpers of find_mentions give what their plain token-by-token versions give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.names import TokenTable, _has_letter, caps_stretches, is_caps_key
from analysis.nlp import parse

SAMPLE = Path(__file__).parent / "data" / "wikinews_sample.jsonl"


def _caps_stretches_by_token(table: TokenTable, min_words: int) -> list[bool]:
    """The reference: one pass over every token, a run closed by any other word or a paragraph break."""
    flags, run = [False] * len(table.keys), []

    def close():
        if len(run) >= min_words:
            for i in range(run[0], run[-1] + 1):
                flags[i] = True
        run.clear()

    for i, (text, key) in enumerate(zip(table.text, table.keys)):
        if is_caps_key(key):
            run.append(i)
        elif _has_letter(key) or text.count("\n") >= 2:
            close()
    close()
    return flags


def _texts() -> list[str]:
    texts = ["BREAKING NEWS : TALKS FAIL, 3 - 2 ... AGAIN.\n\nNATO and the EU met. US UN",
             "A B C D. NEW YORK (Reuters) - THE UN SAID\n\nNOTHING MORE. End",
             "NATO EU\n\nUN", "no capitals at all", ""]
    with open(SAMPLE, encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()][:8]
    return texts


@pytest.mark.parametrize("min_words", [2, 3, 5])
def test_caps_stretches_equal_the_token_by_token_pass(min_words):
    for text in _texts():
        doc = parse(text)
        table = TokenTable(doc)
        assert caps_stretches(doc, min_words=min_words, table=TokenTable(doc)) == \
            _caps_stretches_by_token(table, min_words), text[:60]


def test_last_before_by_bisection_equals_the_full_list():
    from analysis.group_pronouns import _last_before, _LastBefore

    for found, n in [([2, 2, 5], 8), ([], 3), ([0], 2), ([1], 2), ([0, 0, 3, 4, 4, 9], 12)]:
        lazy = _LastBefore(found)
        assert [lazy[i] for i in range(n)] == _last_before(found, n)


@pytest.mark.parametrize("max_words", [200_000, 5])
def test_token_table_words_equal_the_tokens(monkeypatch, max_words):
    from analysis import names

    monkeypatch.setattr(names, "_MAX_WORDS", max_words)   # 5: the word cache is emptied on every table
    for text in _texts()[:6] + ["Orba\u0301n and Ru\u00adtte met NATO \u2019s chief.\n\n  NEW TEXT HERE"]:
        doc = parse(text)
        table = TokenTable(doc)
        assert table.text == [t.text for t in doc]
        assert table.keys == ["" if t.is_space else names.match_key(t.text) for t in doc]
        assert table.caps_at == [t.i for t in doc if not t.is_space and is_caps_key(names.match_key(t.text))]
        assert table.caps_words == len(table.caps_at)


def test_description_token_words_equal_the_tokens():
    from analysis.descriptions import _token_words

    for text in _texts()[:6] + ["\u00c9MILE Zola \u00e9crit. Orba\u0301n\u2019s ISTANBUL"]:
        doc = parse(text)
        assert _token_words(doc) == ([t.lower_ for t in doc], [t.is_space for t in doc])


def test_apposition_descriptions_only_skip_names_without_an_apposition():
    from analysis.actors import _descriptions
    from analysis.names import Mention

    for text in _texts()[:6] + ["Pascal Lamy, Director-General of the WTO, spoke. The leader of the party, "
                                "Tariana Turia, said no. Porn actress Stormy Daniels sued."]:
        doc = parse(text)
        names = [Mention(e.start_char, e.end_char, e.start, e.end, e.label_, "name", e.text) for e in doc.ents]
        every = _descriptions(doc, names, ["appos"] * len(doc))    # every name read, as without the filter
        assert _descriptions(doc, names, TokenTable(doc).dep) == every
        assert _descriptions(doc, names) == every


def test_token_table_after_the_word_caches_are_emptied(monkeypatch):
    from analysis import names

    monkeypatch.setattr(names, "_MAX_WORDS", 5)    # emptied on every table: words of the doc seen before are kept
    parse("The cat sat on the mat.")
    for text in ["The cat sat on the mat.", "The dog sat on a log.", "THE DOG SAT ON A LOG."]:
        doc = parse(text)
        table = TokenTable(doc)
        assert table.text == [t.text for t in doc]
        assert table.keys == [names.match_key(t.text) for t in doc]
        assert table.caps_at == [t.i for t in doc if is_caps_key(names.match_key(t.text))]



def test_rule_i_look_backs_skip_only_words_that_are_no_it_or_they():
    from analysis.group_pronouns import GROUP_PRONOUNS, _continues_thing, _continues_unresolved
    from analysis.pronouns import sentence_index

    extra = "It isn't the end, but it is the hope that it can end. Hamas said it would act and they left. ITS THEM"
    for text in _texts()[:6] + [extra]:
        doc = parse(text)
        words, sent_of = TokenTable(doc).text, sentence_index(doc)
        assert words == [t.text for t in doc] and all(t.lower_ == w.lower() for t, w in zip(doc, words))
        for tok in (t for t in doc if t.lower_ in GROUP_PRONOUNS):
            for actor_at in ({}, {0: "X"}):
                assert _continues_thing(tok, actor_at, sent_of, words) == _continues_thing(tok, actor_at, sent_of)
                number = GROUP_PRONOUNS[tok.lower_]
                assert _continues_unresolved(tok, number, actor_at, sent_of, words) \
                    == _continues_unresolved(tok, number, actor_at, sent_of)


def test_fixed_genders_from_titles_read_from_the_token_table():
    from analysis.names import Mention
    from analysis.pronouns import _fixed_genders

    doc = parse("Mr. John Smith met Queen Elizabeth, Mrs Clinton and Ms. Ardern. Sir Rudd spoke.")
    at = {t.text: t.i for t in doc}
    spans = [(at["John"], at["Smith"] + 1, "John Smith"), (at["Elizabeth"], at["Elizabeth"] + 1, "Queen Elizabeth"),
             (at["Clinton"], at["Clinton"] + 1, "Hillary Clinton"), (at["Ardern"], at["Ardern"] + 1, "Jacinda Ardern"),
             (at["Sir"], at["Rudd"] + 1, "Kevin Rudd")]
    persons = [Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, "PERSON", "name", a) for s, e, a in spans]
    want = {"John Smith": "m", "Queen Elizabeth": "f", "Hillary Clinton": "f", "Jacinda Ardern": "f", "Kevin Rudd": "m"}
    assert _fixed_genders(doc, persons, TokenTable(doc).text) == _fixed_genders(doc, persons) == want


def test_doc_from_tokens_equals_the_doc_parse_builds():
    from spacy.attrs import NORM, ORTH, SENT_START, SPACY

    from analysis.nlp import _doc_from_spans, doc_from_tokens
    from analysis.tokenize import sentence_spans, tokenize

    attrs = [ORTH, SPACY, SENT_START, NORM]
    for text in _texts()[:4] + ["", "  Orba\u0301n\u200b met  Rutte.\n\nNew para!  \n", "A b.\n\n\nC d. E"]:
        _, tokens = tokenize(text, doc_id="d")
        doc = doc_from_tokens(text, tokens)
        built = _doc_from_spans(text, sentence_spans(text))      # as parse builds it
        assert doc.text == built.text and (doc.to_array(attrs) == built.to_array(attrs)).all(), text[:40]
