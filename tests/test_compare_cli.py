"""python -m analysis compare OUT --by outlet [--freq M]: tables and figures from a run's output folder."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.cli import main
from analysis.comparison import compare, read_output, run_compare
from tests.test_compare import _hand_made


@pytest.fixture()
def out_dir(tmp_path):
    result = _hand_made()
    result.to_csv(tmp_path)
    result.documents.to_csv(tmp_path / "documents.csv", index=False)
    return tmp_path


def test_the_command_writes_the_table_the_function_computes(out_dir, capsys):
    assert main(["compare", str(out_dir), "--by", "outlet"]) == 0
    target = out_dir / "compare"
    written = pd.read_csv(target / "compare.csv")
    expected = compare(_hand_made(), by="outlet")
    assert list(written.columns) == list(expected.columns)
    assert list(written["actor"]) == list(expected["actor"])
    assert written["share_of_voice"].tolist() == pytest.approx(expected["share_of_voice"].tolist())
    names = {p.name for p in target.iterdir()}
    assert {"compare_heatmap.png", "compare_heatmap.svg", "framing_map__A.png", "framing_map__B.png",
            "compare_difference.csv", "compare_difference.png"} <= names  # two outlets: their difference too
    assert "wrote" in capsys.readouterr().out


def test_monthly_grouping_writes_timelines(out_dir, tmp_path):
    files = run_compare(out_dir, by="outlet", freq="M", to=tmp_path / "monthly")
    names = {p.name for p in files}
    assert "compare_timeline__A.png" in names and "compare_presence__B.svg" in names
    table = pd.read_csv(tmp_path / "monthly" / "compare.csv")
    assert list(table.columns[:3]) == ["outlet", "date", "actor"]
    assert not table.duplicated(["outlet", "date", "actor"]).any()


def test_reading_the_output_folder_keeps_actor_names_and_metadata(out_dir):
    result = read_output(out_dir)
    assert set(result.mentions["actor"]) == {"X", "Y"}
    assert list(result.documents["outlet"]) == ["A", "A", "B"]


def test_a_folder_without_metadata_is_an_error(tmp_path, capsys):
    _hand_made().to_csv(tmp_path)
    (tmp_path / "documents.csv").unlink()  # a folder from before the documents table existed
    assert main(["compare", str(tmp_path), "--by", "outlet"]) == 3
    assert "metadata" in capsys.readouterr().err


def test_metadata_can_come_from_a_jsonl_file(tmp_path):
    _hand_made().to_csv(tmp_path / "out")
    meta = tmp_path / "articles.jsonl"
    _hand_made().documents.assign(text="x").to_json(meta, orient="records", lines=True)
    assert main(["compare", str(tmp_path / "out"), "--by", "date", "--freq", "M", "--documents", str(meta)]) == 0
    table = pd.read_csv(tmp_path / "out" / "compare" / "compare.csv")
    assert sorted(table["date"].unique()) == ["2019-12-01", "2020-01-01"]
