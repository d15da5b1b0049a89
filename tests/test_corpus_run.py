"""Corpus runs: streaming output, identical tables serial / --jobs 2 / Dask, resume, safe CSV."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from analysis import TABLE_COLUMNS, analyze_corpus
from analysis.corpus import run as run_module
from analysis.corpus.run import Interrupted, run_corpus
from analysis.corpus.store import OutputError, read_output
from analysis.tables import Analysis, write_csv_atomic

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "wikinews_sample.jsonl"


@pytest.fixture(scope="module")
def sample_frame() -> pd.DataFrame:
    return pd.read_json(SAMPLE, lines=True, dtype=False).head(8)


@pytest.fixture(scope="module")
def serial_out(tmp_path_factory, sample_frame):
    out = tmp_path_factory.mktemp("serial") / "out"
    run_corpus(sample_frame, out, chunk_size=3)
    return out


def _assert_same_tables(a: Analysis, b: Analysis) -> None:
    for name in Analysis.table_names():
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_dtype=False, obj=name)


def test_output_folder_has_every_table_and_a_manifest(serial_out, sample_frame):
    names = sorted(p.name for p in serial_out.iterdir())
    assert names == sorted([f"{t}.parquet" for t in Analysis.table_names()] + ["manifest.json"])
    manifest = json.loads((serial_out / "manifest.json").read_text())
    assert manifest["counts"]["analysed"] == len(sample_frame) and manifest["complete"] is True
    assert manifest["model"]["version"] == "3.8.0" and manifest["version"]
    assert not [p for p in serial_out.parent.iterdir() if p.name.startswith(".")]  # no staging left
    mentions = pd.read_parquet(serial_out / "mentions.parquet")
    assert len(list((serial_out / "mentions.parquet").iterdir())) == 3  # one part per chunk of 3
    assert mentions["doc_id"].drop_duplicates().tolist() == [d for d in sample_frame["doc_id"]
                                                             if d in set(mentions["doc_id"])]
    assert list(mentions.columns) == TABLE_COLUMNS["mentions"]     # joint_actors (session 25) kept


def test_documents_table_keeps_the_metadata(serial_out, sample_frame):
    documents = read_output(serial_out).documents
    assert documents["doc_id"].tolist() == sample_frame["doc_id"].tolist()
    assert documents["title"].tolist() == sample_frame["title"].tolist()
    assert documents["date"].tolist() == sample_frame["date"].tolist()
    assert set(documents["outlet"]) == {"Wikinews"}
    assert documents["url"].tolist() == sample_frame["url"].tolist()
    assert list(documents.columns[:8]) == TABLE_COLUMNS["documents"]
    assert (documents["words"] > 50).all() and (documents["sentences"] > 2).all()


def test_offsets_point_into_the_texts(serial_out, sample_frame):
    texts = dict(zip(sample_frame["doc_id"], sample_frame["text"]))
    result = read_output(serial_out)
    for name in ("tokens", "sentences", "mentions", "quotes"):
        table = getattr(result, name)
        for row in table.itertuples():
            assert texts[row.doc_id][row.start:row.end] == row.text, name


def test_in_memory_corpus_equals_streamed_tables(serial_out, sample_frame):
    in_memory = analyze_corpus(sample_frame, chunk_size=3)
    streamed = read_output(serial_out)
    for name in ("documents", "mentions", "entity_frequency", "stance", "quotes"):
        pd.testing.assert_frame_equal(getattr(in_memory, name).reset_index(drop=True),
                                      getattr(streamed, name), check_dtype=False, obj=name)


def test_two_jobs_give_identical_tables(tmp_path, serial_out, sample_frame):
    out = tmp_path / "jobs2"
    run_corpus(sample_frame, out, chunk_size=3, jobs=2)
    _assert_same_tables(read_output(serial_out), read_output(out))


def test_dask_local_cluster_gives_identical_tables(tmp_path, serial_out, sample_frame):
    pytest.importorskip("distributed", reason="the 'dask' extra is part of the test extra")
    out = tmp_path / "dask"
    run_corpus(sample_frame, out, chunk_size=3, jobs=2, engine="dask")
    _assert_same_tables(read_output(serial_out), read_output(out))


def test_resume_after_interrupt_completes_without_duplicates(tmp_path, monkeypatch, serial_out, sample_frame):
    out = tmp_path / "out"
    real = run_module.process_chunk

    def interrupt_third_chunk(index, docs, options):
        if index == 2:
            raise KeyboardInterrupt
        return real(index, docs, options)

    monkeypatch.setattr(run_module, "process_chunk", interrupt_third_chunk)
    with pytest.raises(Interrupted) as info:
        run_corpus(sample_frame, out, chunk_size=3)
    assert info.value.summary.analysed == 6 and not info.value.summary.complete
    assert json.loads((out / "manifest.json").read_text())["complete"] is False
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    monkeypatch.setattr(run_module, "process_chunk", real)
    summary = run_corpus(sample_frame, out, chunk_size=3, resume=True)
    assert (summary.resumed, summary.analysed) == (6, 2)
    resumed, full = read_output(out), read_output(serial_out)
    assert not resumed.documents["doc_id"].duplicated().any()
    for name in ("documents", "mentions", "stance"):
        key = [c for c in ("doc_id", "start", "end", "holder_start", "target_start") if c in full[name].columns] \
            if False else None
        a = getattr(resumed, name).sort_values(list(getattr(full, name).columns[:4])).reset_index(drop=True)
        b = getattr(full, name).sort_values(list(getattr(full, name).columns[:4])).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=name)


def test_csv_format_round_trips_and_is_safe(tmp_path):
    frame = pd.DataFrame({"doc_id": ["=cmd|' /C calc'!A0"], "outlet": ["@evil"], "date": ["2024-06-20"],
                          "text": ["Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
                                   "Scholz said he supported the plan for Europe."]})
    out = tmp_path / "csv"
    old = os.umask(0o022)
    try:
        run_corpus(frame, out, fmt="csv")
    finally:
        os.umask(old)
    raw = (out / "documents.csv").read_text(encoding="utf-8")
    assert "'=cmd" in raw and "'@evil" in raw
    assert "\n=cmd" not in raw
    assert oct((out / "mentions.csv").stat().st_mode & 0o777) == "0o644"
    back = read_output(out)
    assert back.documents["doc_id"].tolist() == ["=cmd|' /C calc'!A0"]
    assert back.documents["outlet"].tolist() == ["@evil"]
    assert set(back.mentions["actor"]) >= {"Olaf Scholz", "Emmanuel Macron"}
    sentences = pd.read_csv(out / "sentences.csv")
    assert all(len(str(v).split(".")[-1]) <= 4 for v in sentences["compound"])


def test_write_csv_atomic_neutralises_formulas_and_rounds(tmp_path):
    path = write_csv_atomic(pd.DataFrame({"text": ["=1+1", "-2", "+x", "\tt", "ok"], "x": [0.123456] * 5}),
                            tmp_path / "t.csv")
    table = pd.read_csv(path, dtype=str)
    assert table["text"].tolist() == ["'=1+1", "'-2", "'+x", "'\tt", "ok"]
    assert set(table["x"]) == {"0.1235"}


def test_output_folder_that_is_not_ours_is_refused(tmp_path, sample_frame):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.docx").write_text("precious")
    with pytest.raises(OutputError, match="thesis.docx"):
        run_corpus(sample_frame.head(1), folder)
    assert (folder / "thesis.docx").read_text() == "precious"
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        run_corpus(sample_frame.head(1), afile)


def test_rerun_replaces_the_folder_and_leaves_no_stale_table(tmp_path, sample_frame):
    out = tmp_path / "out"
    run_corpus(sample_frame.head(2), out, fmt="csv")
    (out / "old_table.csv").write_text("doc_id\nold\n")  # a table an older version wrote
    run_corpus(sample_frame.head(1), out, fmt="csv")
    assert not (out / "old_table.csv").exists()
    assert pd.read_csv(out / "documents.csv")["doc_id"].tolist() == [sample_frame["doc_id"].iloc[0]]


def test_actor_table_is_checked_once_before_any_article(tmp_path, sample_frame):
    from analysis.io import ArticleError

    bad = tmp_path / "actors.csv"
    bad.write_text("name,other\nx,y\n")
    with pytest.raises(ArticleError, match="actors.csv"):
        run_corpus(sample_frame, tmp_path / "out", actor_table=bad)
    with pytest.raises(ArticleError, match="missing_actors.csv"):
        analyze_corpus(sample_frame, actor_table=tmp_path / "missing_actors.csv")
    assert not (tmp_path / "out").exists()
