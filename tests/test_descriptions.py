"""Tests of analysis.descriptions: definite descriptions as actor mentions."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import find_mentions
from analysis.descriptions import add_descriptions, description_nouns
from analysis.nlp import parse
from analysis.tokenize import sentence_spans


def _mentions(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = parse(text)
    starts = [s for _, s, _ in sentence_spans(text)]
    before = find_mentions(doc, doc_id="t", sentence_starts=starts)
    return before, add_descriptions(doc, before, sentence_starts=starts)


def _added(before: pd.DataFrame, after: pd.DataFrame) -> list[tuple[str, str]]:
    old = set(zip(before["start"], before["end"]))
    keep = pd.Series([(s, e) not in old for s, e in zip(after["start"], after["end"])], index=after.index,
                     dtype=bool)
    rows = after[keep]
    assert set(rows["kind"]) <= {"description"}
    return list(zip(rows["text"], rows["actor"]))


def test_the_word_list_has_types():
    nouns = description_nouns()
    assert nouns["alliance"] == ("ORG", "any")
    assert nouns["country"][0] == "GPE"
    assert nouns["leader"] == ("PERSON", "office")
    assert nouns["president"] == ("PERSON", "title")


def test_descriptions_refer_back_to_the_salient_actor():
    text = ("Hungarian Prime Minister Viktor Orban met Mark Rutte in Brussels. The Hungarian leader said he "
            "would not block the decision. NATO welcomed the news. The alliance has 32 members.")
    before, after = _mentions(text)
    added = _added(before, after)
    assert ("The Hungarian leader", "Viktor Orban") in added
    assert ("The alliance", "NATO") in added
    assert len(added) == 2


def test_offsets_are_exact_and_rows_sorted():
    text = "NATO met on Monday. The alliance said the organization would grow. The organization's chief spoke."
    _, after = _mentions(text)
    assert all(text[s:e] == t for s, e, t in zip(after["start"], after["end"], after["text"]))
    assert list(after["start"]) == sorted(after["start"])
    assert (after["text"] == "The alliance").any() and (after["text"] == "the organization").any()
    assert set(after.loc[after["kind"] == "description", "actor"]) == {"NATO"}


@pytest.mark.parametrize("text", [
    "Orban met Rutte. The leader of Hungary spoke later.",          # an of-phrase introduces a new referent
    "NATO met in Brussels. Its leader spoke. The allies agreed.",   # plural and possessed nouns
    "NATO met in Brussels. A spokesman for an alliance of farmers protested.",  # indefinite
    "The alliance met in Brussels.",                                 # nothing to refer back to
])
def test_no_description_without_a_definite_antecedent(text):
    before, after = _mentions(text)
    assert _added(before, after) == []


def test_the_country_is_a_country_not_a_city():
    text = "Storms hit New Orleans and Louisiana on Monday. The country sent help."
    before, after = _mentions(text)
    assert _added(before, after) == []


def test_persons_need_a_fitting_title():
    text = "Joe Biden met Volodymyr Zelensky. President Emmanuel Macron joined them. The president spoke first."
    before, after = _mentions(text)
    assert _added(before, after) == [("The president", "Emmanuel Macron")]


def test_seed_nato_descriptions(seed_result, seed_text):
    nato = seed_result.mentions[(seed_result.mentions["actor"] == "NATO")
                                & (seed_result.mentions["kind"] == "description")]
    texts = set(nato["text"])
    assert {"the alliance", "the organization", "the Atlantic alliance", "the 32-nation alliance"} <= texts
    assert all(seed_text[s:e] == t for s, e, t in zip(nato["start"], nato["end"], nato["text"]))


def test_empty_mentions_pass_through():
    doc = parse("Nothing happened here.")
    empty = pd.DataFrame(columns=["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind",
                                  "in_quote"])
    assert add_descriptions(doc, empty).empty


def test_merged_rows_equal_concat_and_sort():
    # the fast merge of add_descriptions gives the table of pandas' concat + stable sort, dtypes included
    from analysis.descriptions import _MENTION_COLUMNS, _merged
    before, _ = _mentions("Hungary and NATO met. The alliance said the country agreed.")
    rows = [("t", 1, 26, 38, "The alliance", "NATO", "ORG", "description", False, ""),
            ("t", 0, 0, 7, "Hungary", "Hungary", "GPE", "description", False, "")]
    added = pd.DataFrame(rows, columns=_MENTION_COLUMNS).astype({c: before[c].dtype for c in _MENTION_COLUMNS})
    expected = (pd.concat([before, added], ignore_index=True)
                .sort_values(["start", "end"], kind="mergesort").reset_index(drop=True))
    got = _merged(before, rows)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert list(got.dtypes) == list(expected.dtypes)


def test_merged_typed_path_equals_the_constructor_path(monkeypatch):
    # the table built by typed_frame (the usual dtypes) equals the one of pandas' constructor
    import analysis.descriptions as descriptions

    before, _ = _mentions("Hungary and NATO met. The alliance said the country agreed.")
    rows = [("t", 1, 26, 38, "The alliance", "NATO", "ORG", "description", False, "")]
    fast = descriptions._merged(before, rows)
    assert None not in {descriptions.typed_kind(before[c].dtype) for c in descriptions._MENTION_COLUMNS}
    monkeypatch.setattr(descriptions, "typed_kind", lambda dtype: None)
    slow = descriptions._merged(before, rows)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert list(fast.dtypes) == list(slow.dtypes) and fast.to_csv() == slow.to_csv()
    monkeypatch.undo()
    odd = [("t", 1, 26, 38, "The alliance", "NATO", "ORG", "description", 0, "")]   # an int among bools: no fast path
    pd.testing.assert_frame_equal(descriptions._merged(before, odd), fast, check_exact=True)
