"""typed_frames and the tables built with it: the same tables as pandas' inference and casts."""

import numpy as np
import pandas as pd
import pytest

from analysis.quotes import QUOTE_COLUMNS, VOICE_COLUMNS, _quote_table, _voice_frame
from analysis.stance import STANCE_COLUMNS, _stance_table
from analysis.typed_frames import fits, typed_frame


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True, check_column_type=True, check_index_type=True)
    assert a.to_csv(index=False) == b.to_csv(index=False)


def test_typed_frame_equals_inference_then_casts():
    rows = [("d1", 3, "Mark Rutte", 0.25, "said"), ("d1", 7, "NATO", 1.0, "urged")]
    slow = pd.DataFrame(rows, columns=["doc", "n", "actor", "share", "cue"]).astype({"cue": object})
    values = list(zip(*rows))
    fast = typed_frame({"doc": (values[0], "str"), "n": (values[1], "int64"), "actor": (values[2], "str"),
                        "share": (values[3], "float64"), "cue": (values[4], "object")})
    _same(slow, fast)


def test_typed_frame_empty_and_unequal_lengths():
    empty = typed_frame({"a": ([], "int64"), "b": ([], "str")})
    assert len(empty) == 0 and list(empty.columns) == ["a", "b"] and isinstance(empty.index, pd.RangeIndex)
    with pytest.raises(ValueError):
        typed_frame({"a": ([1, 2], "int64"), "b": (["x"], "str")})


def test_fits_refuses_values_pandas_would_infer_otherwise():
    assert fits({"n": ([1, 2], "int64"), "s": (["a"], "str"), "f": ([0.5], "float64")})
    assert not fits({"n": ([True, 2], "int64")})          # bool: pandas infers object
    assert not fits({"n": ([np.int64(1)], "int64")})      # numpy scalar: left to pandas
    assert not fits({"s": (["a", None], "str")})           # missing value: left to pandas
    assert not fits({"f": ([1], "float64")})


def _quote_rows():
    return [("d", 0, 5, 20, "We will stay", "direct", "Mark Rutte", "Rutte", 25, 30, "said", 31, 35, 3),
            ("d", 1, 40, 60, "it was wrong", "indirect", "", "an official", 61, 72, "said", 73, 77, 3)]


def test_quote_table_fast_path_equals_pandas_path():
    rows = _quote_rows()
    slow = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for col in ("quote_id", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "words"):
        slow[col] = slow[col].astype("int64")
    for col in ("doc_id", "text", "kind", "speaker", "speaker_text", "cue"):
        slow[col] = slow[col].astype(object)
    _same(slow, _quote_table(rows))
    odd = [r[:6] + (None,) + r[7:] for r in rows]          # a missing speaker: the pandas path
    assert _quote_table(odd)["speaker"].isna().all()


def test_voice_frame_fast_path_equals_pandas_path():
    rows = [{"doc_id": "d", "actor": a, "quotes": q, "direct": q, "partial": 0, "indirect": 0, "quoted_words": w,
             "direct_words": w, "partial_words": 0, "indirect_words": 0, "share_of_quoted_words": s}
            for a, q, w, s in [("Mark Rutte", 2, 12, 0.75), ("NATO", 1, 4, 0.25), ("Kyiv", 0, 0, 0.0)]]
    slow = pd.DataFrame(rows, columns=VOICE_COLUMNS).astype(
        {**{c: "int64" for c in VOICE_COLUMNS[2:-1]}, "share_of_quoted_words": float})
    _same(slow, _voice_frame(rows))


def _old_stance_table(rows, min_confidence):
    """The stance table as extract_stance built it with pandas before :func:`_stance_table`."""
    table = pd.DataFrame(rows, columns=STANCE_COLUMNS + ["_cue_i"])
    table = (table.sort_values(["confidence"], ascending=False, kind="mergesort")
             .drop_duplicates(["doc_id", "sent_id", "holder", "target", "stance"])
             .sort_values(["sent_id", "_cue_i", "holder", "target"], kind="mergesort"))
    table = table[table["confidence"] >= min_confidence]
    return table[STANCE_COLUMNS].reset_index(drop=True)


@pytest.mark.parametrize("min_confidence", [0.0, 0.6])
def test_stance_table_equals_pandas_sort_and_deduplication(min_confidence):
    def row(sent, holder, target, stance, cue, conf, cue_i, ev="e"):
        return ("d", sent, holder, target, stance, cue, 0, 5, 10, 15, ev, conf, cue_i)
    rows = [row(1, "B", "A", "against", "condemned", 0.5, 9, "first"),
            row(1, "B", "A", "against", "criticised", 0.9, 12),
            row(1, "B", "A", "against", "attacked", 0.9, 3, "tie: the first of equals is kept"),
            row(0, "Z", "A", "favor", "backed", 0.7, 4),
            row(0, "C", "A", "favor", "backed", 0.7, 4),
            row(0, "C", "A", "against", "opposed", 0.55, 2),
            row(2, "Ä", "B", "favor", "praised", 1.0, 1),
            row(2, "A", "B", "favor", "praised", 1.0, 1)]
    _same(_old_stance_table(rows, min_confidence), _stance_table(rows, min_confidence))


def test_stance_table_all_below_threshold_is_the_empty_table():
    rows = [("d", 0, "A", "B", "favor", "backed", 0, 1, 2, 3, "e", 0.3, 0)]
    out = _stance_table(rows, 0.5)
    assert out.empty and list(out.columns) == STANCE_COLUMNS
    out["holder"] = []                                       # a copy: the next empty table is untouched
    assert _stance_table(rows, 0.5)["holder"].dtype == object


def test_typed_frame_bool_columns_equal_inference():
    rows = [("d", 0, True, False), ("d", 1, False, False)]
    slow = pd.DataFrame(rows, columns=["doc", "n", "alpha", "stop"])
    values = list(zip(*rows))
    spec = {"doc": (values[0], "str"), "n": (values[1], "int64"), "alpha": (values[2], "bool"),
            "stop": (values[3], "bool")}
    assert fits(spec)
    _same(slow, typed_frame(spec))
    assert not fits({"b": ([1, True], "bool")})  # an int among bools: pandas infers object


def test_public_fallback_equals_the_fast_path(monkeypatch):
    """Without pandas' private ``_from_arrays`` the table is built the public way, equal."""
    import analysis.typed_frames as tf

    columns = {"doc_id": (["a", "b"], "str"), "n": ([1, 2], "int64"), "x": ([0.5, 1.5], "float64"),
               "t": (["u", "v"], "object")}
    fast = tf.typed_frame(columns)
    monkeypatch.setattr(tf, "_FROM_ARRAYS", None)
    pd.testing.assert_frame_equal(tf.typed_frame(columns), fast)


def _blocks(frame: pd.DataFrame) -> list:
    return [(str(b.dtype), b.mgr_locs.as_array.tolist()) for b in frame._mgr.blocks]


def test_private_shortcuts_equal_pandas_own_constructors(monkeypatch):
    """The string array built from the list and the block manager built directly equal pandas' own ways."""
    import analysis.typed_frames as tf

    columns = {"doc_id": (["a", "", "é ü", "a"], "str"), "n": ([1, 2, 3, 4], "int64"), "x": ([0.5, 1.5, 2.0, 3.0], "float64"),
               "m": ([5, 6, 7, 8], "int64"), "t": (["u", "v", "w", "x"], "object"), "b": ([True, False, True, True], "bool"),
               "s": (["q", "r", "s", "t"], "str")}
    fast = tf.typed_frame(columns)
    assert fast["doc_id"].array._pa_array.num_chunks == 1
    monkeypatch.setattr(tf, "_ARROW_STR", False)
    monkeypatch.setattr(tf, "_BLOCK_MANAGER", None)
    slow = tf.typed_frame(columns)
    _same(slow, fast)
    assert _blocks(slow) == _blocks(fast)
    assert fast["s"].array.dtype == pd.Series(["a"]).dtype
    empty = {"doc_id": ([], "str"), "n": ([], "int64")}
    _same(tf.typed_frame(empty), pd.DataFrame({"doc_id": pd.Series([], dtype=tf._STR), "n": pd.Series([], dtype="int64")}))
