"""Corpus inputs: files, recursive folders, globs, JSONL/CSV/Parquet rows, DataFrames, lists."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from analysis.corpus.sources import Document, Failure, iso_date, iter_documents, read_meta
from analysis.io import ArticleError

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "wikinews_sample.jsonl"
ENGLISH = ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
           "Scholz said he supported the plan for Europe and the talks would go on.")


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    return docs, failures


def _records():
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def test_jsonl_rows_keep_their_metadata():
    docs, failures = _split(iter_documents(SAMPLE))
    records = _records()
    assert not failures
    assert [d.doc_id for d in docs] == [r["doc_id"] for r in records]
    first = docs[0]
    assert first.text == records[0]["text"]
    assert first.metadata["title"] == records[0]["title"]
    assert first.metadata["outlet"] == "Wikinews"
    assert first.metadata["date"] == records[0]["date"]
    assert first.metadata["url"] == records[0]["url"]
    assert first.source == f"{SAMPLE}:line 1"


def test_csv_and_parquet_rows_keep_extra_columns(tmp_path):
    frame = pd.DataFrame(_records()[:3]).assign(section=["politics", "economy", ""])
    frame.to_csv(tmp_path / "a.csv", index=False)
    frame.to_parquet(tmp_path / "a.parquet")
    for path in (tmp_path / "a.csv", tmp_path / "a.parquet"):
        docs, failures = _split(iter_documents(path))
        assert not failures, failures
        assert [d.metadata["section"] for d in docs] == ["politics", "economy", ""]
        assert [d.doc_id for d in docs] == frame["doc_id"].tolist()
        assert docs[1].source == f"{path}:row 2"


def test_dataframe_list_of_texts_and_dicts():
    frame = pd.DataFrame({"text": [ENGLISH, ENGLISH.replace("Paris", "Berlin")], "outlet": ["A", "B"],
                          "date": [pd.Timestamp("2024-06-20"), None]})
    docs, failures = _split(iter_documents(frame))
    assert not failures
    assert [d.doc_id for d in docs] == ["row-1", "row-2"]
    assert [d.metadata["date"] for d in docs] == ["2024-06-20", ""]
    docs, _ = _split(iter_documents([ENGLISH, {"text": ENGLISH, "doc_id": "mine", "outlet": "X"}]))
    assert [d.doc_id for d in docs] == ["text-1", "mine"]
    assert docs[1].metadata == {"outlet": "X"}


def test_folders_are_searched_recursively_with_path_like_ids(tmp_path):
    for outlet in ("nyt", "guardian"):
        (tmp_path / "corpus" / outlet / "2024").mkdir(parents=True)
        (tmp_path / "corpus" / outlet / "2024" / "article1.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "corpus" / "top.txt").write_text(ENGLISH, encoding="utf-8")
    docs, failures = _split(iter_documents(tmp_path / "corpus"))
    assert not failures
    assert [d.doc_id for d in docs] == ["guardian/2024/article1", "nyt/2024/article1", "top"]
    docs, _ = _split(iter_documents(str(tmp_path / "corpus" / "**" / "*.txt")))
    assert sorted(d.doc_id for d in docs) == ["guardian/2024/article1", "nyt/2024/article1", "top"]


def test_bad_rows_fail_alone_and_name_file_and_row(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"doc_id": "a", "text": ENGLISH}, {"doc_id": "b", "text": "  "},
            {"doc_id": "a", "text": ENGLISH + " More."}, {"doc_id": "c", "text": ENGLISH, "date": "June 2024"},
            {"doc_id": "d", "text": ENGLISH, "date": "2024-06-20T10:00:00Z"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    docs, failures = _split(iter_documents(path))
    assert [d.doc_id for d in docs] == ["a", "c", "d"]
    assert docs[2].metadata["date"] == "2024-06-20"
    # an unparseable date keeps the article, with an empty date and a warning naming file and line
    assert docs[1].metadata["date"] == "" and len(docs[1].warnings) == 1
    assert f"{path}:line 4" in docs[1].warnings[0] and "June 2024" in docs[1].warnings[0]
    messages = [f.message for f in failures]
    assert len(messages) == 3
    assert messages[0].startswith(f"{path}:line 2") and "no text" in messages[0]
    assert f"{path}:line 3" in messages[1] and "doc_id 'a' already used" in messages[1]
    assert f"{path}:line 6" in messages[2] and "JSON" in messages[2]


def test_io_validation_applies_to_rows(tmp_path):
    frame = pd.DataFrame({"doc_id": ["html"], "text": ["<html><body><p>Hi</p><p>there</p><p>x</p></body></html>"]})
    _, failures = _split(iter_documents(frame))
    assert failures[0].doc_id == "html" and "HTML" in failures[0].message
    assert failures[0].message.startswith("<DataFrame>:row 1")


def test_missing_path_fifo_and_dangling_link_are_failures(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    items = list(iter_documents([folder, tmp_path / "missing.txt"]))
    docs, failures = _split(items)
    assert [d.doc_id for d in docs] == ["ok"]
    by_id = {f.doc_id or f.source: f.message for f in failures}
    assert "symbolic link" in by_id["dangling"]
    assert "not a regular file" in by_id["pipe"]
    assert "no such file" in by_id[str(tmp_path / "missing.txt")]


def test_meta_csv_adds_metadata_and_is_checked_first(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,outlet,date\na,NYT,2024-06-20\n", encoding="utf-8")
    docs, _ = _split(iter_documents(tmp_path / "a.txt", meta=meta))
    assert docs[0].metadata == {"outlet": "NYT", "date": "2024-06-20"}
    bad = tmp_path / "bad.csv"
    bad.write_text("id,outlet\na,NYT\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="bad.csv.*doc_id"):
        read_meta(bad)


def test_iso_date():
    assert iso_date("2008-04-03") == "2008-04-03"
    assert iso_date(None) == "" and iso_date("") == ""
    with pytest.raises(ValueError, match="03/04/2008"):
        iso_date("03/04/2008")
    with pytest.raises(ValueError):
        iso_date("2008-13-40")


def test_meta_keys_match_doc_id_or_an_unambiguous_file_name(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a" / "only.txt").write_text(ENGLISH.replace("Paris", "Rome"), encoding="utf-8")
    meta = pd.DataFrame({"doc_id": ["a/x", "only", "x", "nowhere"], "outlet": ["A", "O", "?", "N"]})
    notes: list = []
    docs, failures = _split(iter_documents(tmp_path, meta=meta, notes=notes))
    assert not failures
    outlets = {d.doc_id: d.metadata.get("outlet") for d in docs}
    # a/x by its doc_id; only.txt by its bare name (one file has it); b/x gets nothing from the ambiguous 'x'
    assert outlets == {"a/only": "O", "a/x": "A", "b/x": None}
    assert len(notes) == 1
    assert "2 of 4 metadata rows match no article" in notes[0]
    assert "'x' (2 files have this name: a/x, b/x; use the doc_id)" in notes[0] and "'nowhere'" in notes[0]


def test_unmatched_meta_keys_warn_without_a_notes_list(tmp_path):
    (tmp_path / "x.txt").write_text(ENGLISH, encoding="utf-8")
    with pytest.warns(UserWarning, match="1 of 2 metadata rows match no article"):
        docs, _ = _split(iter_documents(tmp_path, meta=pd.DataFrame({"doc_id": ["x", "y"], "outlet": ["A", "B"]})))
    assert docs[0].metadata["outlet"] == "A"
