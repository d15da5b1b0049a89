"""The faster table assembly of the pipeline glue, profiles and sentence VADER equals pandas' own."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.column_lists import ColumnLists
from analysis.pipeline import document_row
from analysis.typed_frames import with_columns
from analysis.profiles import build_profiles
from analysis.sentiment import sentence_scores
from analysis.tokenize import tokenize

TEXT = "NATO chose Mark Rutte. He said: 'We are stronger together.'\n\nHungary agreed on Wednesday."


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True, check_index_type=True, check_column_type=True)
    assert a.dtypes.astype(str).tolist() == b.dtypes.astype(str).tolist()
    assert a.to_csv() == b.to_csv()


def test_with_columns_equals_assign_and_copies():
    sentences, _ = tokenize(TEXT, doc_id="d")
    scores = sentence_scores(sentences["text"].tolist())
    new = {name: scores[name].to_numpy() for name in scores.columns}
    fast = with_columns(sentences, new)
    _same(fast, sentences.assign(**new))
    fast.loc[0, "start"] = 99   # the new table owns its columns
    fast.loc[0, "compound"] = 9.0
    assert sentences.loc[0, "start"] == 0 and new["compound"][0] != 9.0
    shifted = sentences.set_axis(range(5, 5 + len(sentences)))   # not a RangeIndex from 0: pandas' assign
    _same(with_columns(shifted, new), shifted.assign(**new))


def test_sentence_scores_dtypes():
    table = sentence_scores(["Good news.", "Terrible war.", ""])
    assert table.dtypes.astype(str).tolist() == ["float64"] * 4
    _same(sentence_scores([]), pd.DataFrame({c: [] for c in ("neg", "neu", "pos", "compound")}, dtype=float))


def test_document_row_equals_pandas_row():
    sentences, tokens = tokenize(TEXT, doc_id="d")
    row = document_row(TEXT, doc_id="d", sentences=sentences, tokens=tokens,
                       metadata={"title": "T", "date": "2024-06-26"}, source="f.txt")
    words = sum(1 for w in tokens["text"] if re.search(r"[^\W_]", w))   # tokens with a letter or digit
    expected = pd.DataFrame([{"doc_id": "d", "source": "f.txt", "title": "T", "outlet": "", "date": "2024-06-26",
                              "words": words, "sentences": 3, "sha256": row["sha256"][0]}])
    _same(row, expected)
    extra = document_row(TEXT, doc_id="d", sentences=sentences, tokens=tokens, metadata={"pages": 2, "k": None})
    assert extra.columns.tolist()[-2:] == ["pages", "k"] and extra["pages"].dtype == np.int64


def test_column_lists_read_like_series_tolist():
    table = pd.DataFrame({"s": ["x", None, "y"], "i": [1, 2, 3], "f": [1.5, np.nan, 2.0], "b": [True, False, True],
                          "t": pd.to_datetime(["2020-01-01"] * 3), "n": pd.array([1, None, 3], dtype="Int64"),
                          "o": pd.Series([object, "s", 1], dtype=object), "w": ["x", "é ü", ""]})
    for part in (table, table.iloc[1:], pd.concat([table, table], ignore_index=True)):   # text read from arrow too
        cols = ColumnLists(part)
        for name in part.columns:
            got, expected = cols[name], part[name].tolist()
            assert [type(v) for v in got] == [type(v) for v in expected] and str(got) == str(expected)
            assert cols.dtype(name) == part[name].dtype
    twice = pd.DataFrame([[1, 2]], columns=["a", "a"])
    assert ColumnLists(twice.iloc[:, :1])["a"] == [1]


def test_build_profiles_typed_and_other_dtypes(seed_result):
    tables = dict(entity_frequency=seed_result.entity_frequency, actor_sentiment=seed_result.actor_sentiment,
                  voice=seed_result.voice, stance=seed_result.stance, actions=seed_result.actions,
                  descriptors=seed_result.descriptors)
    profiles = build_profiles(**tables)
    _same(profiles, seed_result.profiles)
    assert profiles["role"].dtype == profiles["actor"].dtype and profiles["mentions"].dtype == np.int64
    # a column of another dtype is kept as it is (the typed path knows int64, float64, bool and text)
    narrow = tables["entity_frequency"].astype({"mentions": "int32"})
    other = build_profiles(**{**tables, "entity_frequency": narrow})
    assert other["mentions"].dtype == np.int32
    _same(other.astype({"mentions": "int64"}), profiles)
    # no descriptors: top_descriptors as pandas gives it (object), every other column unchanged
    bare = build_profiles(**{**tables, "descriptors": tables["descriptors"].iloc[0:0]})
    assert bare["top_descriptors"].dtype == object and set(bare["top_descriptors"]) == {""}
