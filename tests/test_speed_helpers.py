"""Tests of the helpers added to make the pipeline faster: each gives what the slower code gave."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.actions import AGENCY_COLUMNS, agency_power
from analysis.nlp import parse
from analysis.profiles import _lookup, top_descriptors
from analysis.sentiment_features import _distances, _tensor_names


def _distances_by_tokens(sent, root) -> dict[int, int]:
    """The former breadth-first search over Token objects (reference)."""
    dist = {root.i: 0}
    frontier = [root]
    while frontier:
        nxt = []
        for t in frontier:
            neighbours = list(t.children) + ([t.head] if t.head.i != t.i else [])
            for n in neighbours:
                if n.i not in dist and sent.start <= n.i < sent.end:
                    dist[n.i] = dist[t.i] + 1
                    nxt.append(n)
        frontier = nxt
    return dist


def test_distances_equal_a_search_over_tokens():
    doc = parse("NATO chose Mark Rutte, who led the Dutch government, as its next chief. "
                "Hungary's Viktor Orban said on Tuesday that he would not block the choice of the alliance.")
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        for root in sent:
            assert _distances(sent, root) == _distances_by_tokens(sent, root)
    second = sents[1]
    root = second.root
    assert _distances(second, root)[root.i] == 0
    assert max(_distances(second, root).values()) >= 3
    assert _distances(second, sents[0][0]) == {sents[0][0].i: 0}  # a root outside the sentence


def test_tensor_names_in_order():
    assert _tensor_names("x_t", 3) == ("x_t0", "x_t1", "x_t2")
    assert _tensor_names("x_s", 0) == ()


def test_lookup_keys_doc_and_actor():
    table = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["X", "Y", "X"], "value": [1.5, np.nan, 3.0]})
    found = _lookup(table, "value")
    assert found[("a", "X")] == 1.5 and found[("b", "X")] == 3.0 and np.isnan(found[("a", "Y")])
    assert ("b", "Y") not in found


def test_top_descriptors_ties_keep_text_order_and_sort_actors():
    d = pd.DataFrame({"doc_id": ["b", "a", "a", "a", "a"], "actor": ["Z", "Y", "X", "X", "X"],
                      "text": ["old", "new", "the chief", "a leader", "The Chief"], "start": [3, 9, 40, 20, 10]})
    top = top_descriptors(d, n=2)
    assert top.values.tolist() == [["a", "X", "the chief; a leader"], ["a", "Y", "new"], ["b", "Z", "old"]]
    assert top_descriptors(d.iloc[:0]).columns.tolist() == ["doc_id", "actor", "top_descriptors"]


def test_agency_power_counts_and_means():
    actions = pd.DataFrame({"doc_id": "d", "actor": ["B", "A", "A", "A", "B"],
                            "role": ["patient", "agent", "agent", "patient", "experiencer"],
                            "power": [-1, 1, 0, -1, 0]})
    table = agency_power(actions)
    assert table.columns.tolist() == AGENCY_COLUMNS
    assert table["actor"].tolist() == ["A", "B"]
    a, b = table.to_dict("records")
    assert (a["relations"], a["as_agent"], a["as_patient"], a["power_relations"]) == (3, 2, 1, 2)
    assert a["agency"] == pytest.approx(2 / 3) and a["power"] == 0.0
    assert (b["relations"], b["as_experiencer"], b["agency"], b["power"]) == (2, 1, 0.0, -1.0)
    assert table.dtypes[["relations", "as_agent", "power_relations"]].tolist() == [np.dtype("int64")] * 3
    assert table.dtypes[["agency", "power"]].tolist() == [np.dtype("float64")] * 2
    no_power = agency_power(actions.assign(power=0))
    assert no_power["power"].isna().all() and (no_power["power_relations"] == 0).all()


def test_own_word_counts_subtract_inner_quotations():
    from analysis.quotes import _own_word_counts

    kinds = ["indirect", "direct", "partial", "indirect", "direct"]
    docs = ["a", "a", "a", "b", "a"]
    starts, ends = [0, 5, 30, 0, 100], [50, 20, 40, 50, 120]
    words = [12, 4, 3, 6, 9]
    # row 0 contains rows 1 and 2 of its document (4 + 3 words); row 3 is in another document
    assert _own_word_counts(kinds, docs, starts, ends, words) == [5, 4, 3, 6, 9]
    assert _own_word_counts(["indirect", "direct"], ["a", "a"], [0, 0], [10, 10], [2, 5]) == [0, 5]
    assert _own_word_counts([], [], [], [], []) == []


def test_voice_table_unnamed_sources_and_order():
    from analysis.quotes import UNNAMED_SOURCE, VOICE_COLUMNS, voice_table

    quotes = pd.DataFrame({"doc_id": ["d", "d", "d", "d"], "kind": ["direct", "indirect", "direct", "unattributed"],
                           "speaker": ["A", "", "B", ""], "start": [0, 40, 80, 120], "end": [10, 60, 90, 130],
                           "words": [3, 5, 3, 7]})
    mentions = pd.DataFrame({"doc_id": ["d", "d", "d"], "actor": ["C", "A", "C"]})
    table = voice_table(quotes, mentions)
    assert table.columns.tolist() == VOICE_COLUMNS
    assert table["actor"].tolist() == [UNNAMED_SOURCE, "A", "B", "C"]   # most words first, then by name
    assert table["quoted_words"].tolist() == [5, 3, 3, 0]
    assert table["share_of_quoted_words"].tolist() == [5 / 11, 3 / 11, 3 / 11, 0.0]
    assert voice_table(quotes.iloc[:0]).columns.tolist() == VOICE_COLUMNS


def test_sentence_spans_cached_and_uncached_agree():
    from analysis import tokenize as T

    text = "Mr. Smith arrived. He said \"yes.\"\n\nThe U.S. agreed. It was late."
    first = T.sentence_spans(text)
    first.append((9, 9, 9))                    # the caller's list is its own: the cache is not changed
    again = T.sentence_spans(text)
    assert again == T._sentence_spans(text) and (9, 9, 9) not in again
    assert [p for p, _, _ in again] == [0, 0, 1, 1]
    long_text = "Short one. " * (T._CACHED_CHARS // 11 + 1)
    assert len(long_text) > T._CACHED_CHARS and T.sentence_spans(long_text) == T._sentence_spans(long_text)


def test_of_doc_returns_the_rows_of_one_document():
    from analysis.roles import _of_doc

    one = pd.DataFrame({"doc_id": ["a", "a"], "x": [1, 2]})
    assert _of_doc(one, "a") is one                       # nothing to filter: no copy
    two = pd.DataFrame({"doc_id": ["a", "b", "a"], "x": [1, 2, 3]})
    assert _of_doc(two, "a")["x"].tolist() == [1, 3] and _of_doc(two, "c").empty


def test_word_pattern_matches_whole_words_only():
    from analysis.roles import _word_pattern

    assert _word_pattern("NATO").search("the NATO chief") and not _word_pattern("NATO").search("NATOs")
    assert _word_pattern("Hamas").search("a Hamas-led group") and not _word_pattern("Hamas").search("Hamass")
    assert _word_pattern("NATO") is _word_pattern("NATO")


def test_word_tokenizer_without_timeout_wrapper_gives_nltk_spans():
    import json
    from pathlib import Path

    from nltk.tokenize import NLTKWordTokenizer

    from analysis.tokenize import _word_tokenizer, normalize_quotes, sentence_spans

    plain = NLTKWordTokenizer()
    pieces = ["He said: \"It's (not) -- 'ok'\" [1]... Isn't it?! U.S.-led \u2014 cannot, gonna \u201cx\u201d."]
    with open(Path(__file__).parent / "data" / "wikinews_sample.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line)["text"]
                pieces += [normalize_quotes(text[a:b]) for _, a, b in sentence_spans(text)]
    fast = _word_tokenizer()
    for piece in pieces:
        assert list(fast.span_tokenize(piece)) == list(plain.span_tokenize(piece)), piece


def test_sentence_context_clauses_and_negation_equal_token_walks():
    from analysis.sentiment_features import _clause_head, _negated, sentence_context

    doc = parse("Officials said the plan, which critics never liked, would not fail to pass. "
                "\"We refuse to accept it,\" she said, without support from those who were not invited.\n\n"
                "He denied that he had stopped helping the rebels who lacked no weapons.")
    for sent in doc.sents:
        for wide in (True, False):
            ctx = sentence_context(sent, vader={"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0},
                                   wide_negation=wide)
            for k, tok in enumerate(sent):
                if ctx.skip[k]:
                    continue
                assert ctx.clause[k] == _clause_head(tok).i - sent.start
                assert bool(ctx.negated[k]) == _negated(tok, wide=wide), (tok.text, wide)


def test_decide_role_is_the_role_of_decide():
    import itertools

    from analysis.roles import ROLES, _decide, _decide_role, _Evidence
    values = [0.0, 0.3, 0.5, 0.9, 1.0, 1.2, 2.5]
    for scores in itertools.product(values, repeat=len(ROLES)):
        for thin in ("", "one mention, its tone only"):
            ev = _Evidence(scores=dict(zip(ROLES, scores)), thin=thin)
            assert _decide_role(ev) == _decide(ev)[0]


def test_column_lists_read_each_column_once_and_match_tolist():
    from analysis.column_lists import ColumnLists, column_lists
    table = pd.DataFrame({"a": ["x", "y"], "b": [1.5, np.nan]})
    cols = ColumnLists(table)
    assert cols["a"] == ["x", "y"] and cols["a"] is cols["a"]
    assert cols["b"][0] == 1.5 and np.isnan(cols["b"][1])
    assert column_lists(cols) is cols and len(cols) == 2 and not cols.empty


def test_build_profiles_equals_the_public_helpers():
    """The shared-column joins give what agency_power, top_descriptors and assign_roles give."""
    from analysis.pipeline import analyze_batch
    from analysis.actions import agency_power
    from analysis.roles import assign_roles
    text = ("Police arrested the suspect after he attacked two guards in Lisbon. The mayor praised the police. "
            "The suspect, a former soldier, denied the charges. The guards were treated in hospital.")
    r = analyze_batch([("a", text, {}, "t")])[0]
    p = r.profiles.set_index("actor")
    ap = agency_power(r.actions).set_index("actor")
    for actor in ap.index:
        assert p.loc[actor, "agency"] == ap.loc[actor, "agency"] or np.isnan(p.loc[actor, "agency"])
    top = top_descriptors(r.descriptors).set_index("actor")["top_descriptors"]
    for actor in top.index:
        assert p.loc[actor, "top_descriptors"] == top[actor]
    roles = assign_roles(actors=r.entity_frequency, actor_sentiment=r.actor_sentiment, stance=r.stance,
                         actions=r.actions, descriptors=r.descriptors, agency=agency_power(r.actions))
    roles = roles.set_index("actor")
    for actor in p.index:
        assert (p.loc[actor, "role"], p.loc[actor, "role_reason"]) == (roles.loc[actor, "role"],
                                                                       roles.loc[actor, "role_reason"])
    assert p["role"].dtype == roles["role"].dtype


def test_last_before_is_the_last_blocker_strictly_before_each_token():
    from analysis.group_pronouns import _last_before
    assert _last_before([2, 2, 5], 8) == [-1, -1, -1, 2, 2, 2, 5, 5]
    assert _last_before([], 3) == [-1, -1, -1] and _last_before([0], 2) == [-1, 0] and _last_before([1], 2) == [-1, -1]


def test_form_reads_the_mention_characters_of_the_doc_text():
    from analysis.actors import _form
    from analysis.names import Mention, TokenTable, match_key
    doc = parse("Prime Minister Viktor Orba\u0301n met   NATO\u2019s chief in Brussels on Monday.\nHe left.")
    for i in range(len(doc)):
        for j in range(i + 1, min(len(doc), i + 4) + 1):
            span = doc[i:j]
            m = Mention(span.start_char, span.end_char, i, j, "PERSON", "name")
            assert _form(doc, m) == match_key(span.text)
    table = TokenTable(doc)
    assert table.text == [t.text for t in doc]
    assert table.keys == ["" if t.is_space else match_key(t.text) for t in doc]


def test_rows_frame_equals_pandas_inference():
    from analysis.typed_frames import rows_frame
    dtypes = {"d": "str", "n": "int64", "x": "float64", "b": "bool"}
    for rows in ([("a", 1, 0.5, True), ("b", 2, float("nan"), False)], [("a", 1, 1, True)], [("a", None, 0.5, True)],
                 [(1, 1, 0.5, np.bool_(True))], []):
        pd.testing.assert_frame_equal(rows_frame(rows, dtypes), pd.DataFrame(rows, columns=list(dtypes)))


def test_caps_stretches_short_cut_when_too_few_capital_words():
    from analysis.names import TokenTable, caps_stretches
    doc = parse("NATO and the EU met. BREAKING NEWS TODAY: talks fail. The UN said nothing.")
    table = TokenTable(doc)
    three = caps_stretches(doc, table=table)
    assert [t.text for t, f in zip(doc, three) if f] == ["BREAKING", "NEWS", "TODAY"]
    assert not any(caps_stretches(doc, min_words=7, table=TokenTable(doc)))
    assert table.caps_words == 6
