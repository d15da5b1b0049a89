"""Hostile inputs of issue 8: text validation, encodings, dates, empty tables, colliding names."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.corpus.sources import Document, Failure, iter_documents
from analysis.io import ArticleError, article_from_text, read_article

ENGLISH = ("The minister said on Monday that the government would support the plan, and the "
           "opposition criticised it as a waste of money for the people of the country. Angela Merkel "
           "met Emmanuel Macron in Berlin.\n")


# ---------------------------------------------------------------- analyze_text validates like files
@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("\x00" * 50, "binary"),
    ("<html><body><p>x</p></body></html>" * 10, "HTML"),
    ("1 2 3 ... !!! " * 20, "no words"),
    ("Die Regierung hat am Montag beschlossen, dass die neue Regelung ab dem kommenden Jahr gelten soll. "
     "Der Minister sagte, man werde die Kosten fuer die Buerger nicht erhoehen und die Wirtschaft "
     "staerken. Die Opposition kritisierte den Plan scharf.", "English"),
    ("Angela Merkel said \ud800 hello. " + ENGLISH, "surrogate"),
])
def test_analyze_text_refuses_what_files_refuse(text, words):
    from analysis import analyze_text

    with pytest.raises(ArticleError, match=words) as info:
        analyze_text(text, source="my-feed:item 7")
    assert str(info.value).startswith("my-feed:item 7: ")
    # the same message as for literal text
    with pytest.raises(ArticleError) as direct:
        article_from_text(text, source="my-feed:item 7")
    assert direct.value.reason == info.value.reason


def test_analyze_text_normalises_like_files():
    from analysis import analyze_text

    r = analyze_text("\ufeff" + ENGLISH.replace("\n", "\r\n"), doc_id="t")
    assert r.texts["t"] == ENGLISH
    m = r.mentions
    assert len(m) and all(ENGLISH[s:e] == t for s, e, t in zip(m["start"], m["end"], m["text"]))


# ---------------------------------------------------------------- encodings
@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_is_named(tmp_path, codec):
    p = tmp_path / "a.txt"
    p.write_bytes(ENGLISH.encode(codec))
    with pytest.raises(ArticleError, match="UTF-32") as info:
        read_article(p)
    assert str(p) in str(info.value)


def test_utf16_is_still_utf16(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ENGLISH.encode("utf-16"))
    with pytest.raises(ArticleError, match="UTF-16"):
        read_article(p)


# ---------------------------------------------------------------- bad dates are warnings
def test_unparseable_date_keeps_the_article_with_a_warning(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [{"doc_id": "d1", "text": ENGLISH, "date": "not a date"},
            {"doc_id": "d2", "text": ENGLISH.replace("Monday", "Friday"), "date": "2024-13-45"},
            {"doc_id": "d3", "text": ENGLISH.replace("Monday", "Sunday"), "date": "2024-06-20"}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = list(iter_documents([str(p)]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.metadata["date"] for d in docs] == ["", "", "2024-06-20"]
    assert [len(d.warnings) for d in docs] == [1, 1, 0]
    assert "a.jsonl:line 1" in docs[0].warnings[0] and "not a date" in docs[0].warnings[0]


def test_unparseable_meta_date_is_a_warning(tmp_path):
    (tmp_path / "x.txt").write_text(ENGLISH, encoding="utf-8")
    meta = pd.DataFrame({"doc_id": ["x"], "date": ["yesterday"], "outlet": ["Paper"]})
    (doc,) = iter_documents([str(tmp_path / "x.txt")], meta=meta)
    assert isinstance(doc, Document)
    assert doc.metadata["date"] == "" and doc.metadata["outlet"] == "Paper"
    assert "yesterday" in doc.warnings[0]


def test_run_summary_and_manifest_count_warnings(tmp_path):
    from analysis.corpus import run_corpus

    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"doc_id": "d1", "text": ENGLISH, "date": "13/45/2024"}) + "\n", encoding="utf-8")
    summary = run_corpus([str(p)], tmp_path / "out", fmt="csv")
    assert summary.analysed == 1 and not summary.failures
    assert len(summary.warnings) == 1 and "13/45/2024" in summary.warnings[0]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["warnings"] == 1
    assert manifest["warnings"] == summary.warnings


# ---------------------------------------------------------------- empty table files
def _empty_parquet(p):
    pd.DataFrame({"doc_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}).to_parquet(p)


@pytest.mark.parametrize("name, make", [
    ("a.jsonl", lambda p: p.write_bytes(b"")),
    ("a.jsonl", lambda p: p.write_bytes(b"\n\n")),
    ("a.csv", lambda p: p.write_bytes(b"")),
    ("a.csv", lambda p: p.write_bytes(b"doc_id,text\n")),
    ("a.parquet", lambda p: p.write_bytes(b"")),
    ("a.parquet", _empty_parquet),
])
def test_empty_table_file_is_one_failure(tmp_path, name, make):
    p = tmp_path / name
    make(p)
    (item,) = iter_documents([str(p)])
    assert isinstance(item, Failure)
    assert item.message == f"{p}: contains no articles (0 rows)"


def test_empty_table_file_exits_2_on_the_command_line(tmp_path, capsys):
    from analysis.cli import main

    p = tmp_path / "a.jsonl"
    p.write_bytes(b"")
    code = main(["run", str(p), "--out", str(tmp_path / "out"), "--no-figures", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{p}: contains no articles (0 rows)" in err
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- the same name in two folders
def test_same_file_name_in_two_folders_gets_folder_prefixed_ids(tmp_path):
    for folder, day in (("a", "Monday"), ("b", "Friday")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ENGLISH.replace("Monday", day), encoding="utf-8")
        (tmp_path / folder / f"only_{folder}.txt").write_text(ENGLISH, encoding="utf-8")
    folders = [d.doc_id for d in iter_documents([str(tmp_path / "a"), str(tmp_path / "b")])]
    assert folders == ["only_a", "a/x", "only_b", "b/x"]  # only the colliding names take their folder
    files = [d.doc_id for d in iter_documents([str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")])]
    assert files == ["a/x", "b/x"]


def test_one_folder_keeps_plain_ids_and_the_same_file_twice_is_read_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ENGLISH, encoding="utf-8")
    docs = list(iter_documents([str(tmp_path / "a"), str(tmp_path / "a" / "x.txt")]))
    assert [d.doc_id for d in docs] == ["x"]


# ---------------------------------------------------------------- CSV read back keeps numeric columns
def test_csv_output_reads_back_all_empty_numeric_columns_as_numbers(tmp_path, capsys):
    from analysis.cli import main
    from analysis.corpus.store import read_table

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH.replace("Monday", "Friday"), encoding="utf-8")
    code = main(["run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(tmp_path / "out"),
                 "--format", "csv", "--per-article-figures", "--figures", str(tmp_path / "fig"),
                 "--figure-format", "png", "--no-progress"])
    assert code == 0, capsys.readouterr().err
    profiles = read_table(tmp_path / "out", "profiles")
    raw = (tmp_path / "out" / "profiles.csv").read_text(encoding="utf-8")
    assert ",,," in raw  # this article has no power verb: the power column is empty in the CSV
    assert profiles["power"].isna().all() and profiles["power"].dtype.kind == "f"
    assert profiles["top_descriptors"].dtype == object  # an empty text column stays text
    assert len(list((tmp_path / "fig").rglob("*.png"))) > 2
    # a folder written before manifests listed dtypes reads back the same way
    manifest = tmp_path / "out" / "manifest.json"
    info = json.loads(manifest.read_text(encoding="utf-8"))
    del info["dtypes"]
    manifest.write_text(json.dumps(info), encoding="utf-8")
    old = read_table(tmp_path / "out", "profiles")
    assert old["power"].isna().all() and old["power"].dtype.kind == "f"
    assert old["top_descriptors"].dtype == object


def test_numeric_columns_list_the_numeric_columns_of_every_table(seed_result):
    from analysis.tables import NUMERIC_COLUMNS, TABLE_COLUMNS

    assert set(NUMERIC_COLUMNS) == set(TABLE_COLUMNS)
    for name in TABLE_COLUMNS:
        table = getattr(seed_result, name)
        numeric = tuple(c for c in table.columns if table[c].dtype.kind in "fiu")
        assert numeric == NUMERIC_COLUMNS[name], name


def test_analyze_corpus_warns_about_a_bad_date(tmp_path):
    from analysis import analyze_corpus

    rows = [{"doc_id": "d1", "text": ENGLISH, "date": "31.12.2024"}]
    with pytest.warns(UserWarning, match="31.12.2024"):
        result = analyze_corpus(rows)
    assert result.documents["doc_id"].tolist() == ["d1"] and result.documents["date"].tolist() == [""]
