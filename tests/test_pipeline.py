"""The result object, the corpus run, the command line and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import TABLE_COLUMNS, ArticleError, analyze, analyze_corpus
from analysis.cli import main

from .conftest import ROOT, SEED


def test_tables_have_documented_columns(seed_result):
    for name, table in seed_result.tables().items():
        if name in TABLE_COLUMNS:
            assert list(table.columns) == TABLE_COLUMNS[name], name


def test_analyze_text_and_path_agree(seed_text, seed_result):
    from_text = analyze(seed_text, doc_id="rutte_nato_2024")
    pd.testing.assert_frame_equal(from_text.mentions, seed_result.mentions)
    assert seed_result.texts["rutte_nato_2024"] == seed_text


def test_analyze_rejects_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(ArticleError, match="empty.txt"):
        analyze(empty)
    with pytest.raises(ArticleError, match="missing.txt"):
        analyze(tmp_path / "missing.txt")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b_short.txt").write_text("Chancellor Olaf Scholz met President Emmanuel Macron in Paris. "
                                        "Scholz said he supported Macron's plan for Europe.", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "d_latin1.txt").write_bytes("Le président a parlé à la télévision.".encode("latin-1"))
    (folder / "e_page.txt").write_text("<html><body><p>Rutte said hello to the world.</p></body></html>")
    return folder


def test_corpus_carries_on_and_reports_failures(tmp_path):
    result = analyze_corpus(_corpus(tmp_path))
    assert sorted(result.texts) == ["a_seed", "b_short"]
    assert set(result.mentions["doc_id"]) == {"a_seed", "b_short"}
    failed = result.failures.set_index("doc_id")
    assert sorted(failed.index) == ["c_binary", "d_latin1", "e_page"]
    assert set(failed["error"]) == {"ArticleError"}
    for doc_id, row in failed.iterrows():
        assert f"{doc_id}.txt" in row["message"] and row["source"].endswith(f"{doc_id}.txt")
    assert result.documents["doc_id"].tolist() == ["a_seed", "b_short"]


def test_cli_writes_tables_and_figures(tmp_path, capsys):
    out, figs = tmp_path / "out", tmp_path / "figs"
    code = main(["run", str(_corpus(tmp_path)), "--format", "csv", "--out", str(out), "--figures", str(figs),
                 "--per-article-figures"])
    assert code == 1  # some inputs failed, the rest was written
    err = capsys.readouterr().err
    assert "c_binary.txt" in err and "e_page.txt" in err
    for name in TABLE_COLUMNS:
        assert (out / f"{name}.csv").exists(), name
    mentions = pd.read_csv(out / "mentions.csv")
    assert set(mentions["doc_id"]) == {"a_seed", "b_short"}
    names = {p.name for p in figs.iterdir()}
    assert {"actor_mentions.png", "actor_mentions.svg", "actor_coverage.png", "a_seed", "b_short"} <= names
    assert {p.name for p in (figs / "a_seed").iterdir()} >= {"actor_timeline.png", "sentiment_arc.svg"}
    assert not [n for n in names | {p.name for p in out.iterdir()} if n.startswith(".")]  # no temp files left


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nothing_here.txt"), "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()
    assert "nothing_here.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0


def test_module_entry_point_runs_on_seeds(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis", "run", str(ROOT / "seeds"), "--format", "csv", "--out",
                           str(tmp_path / "r"), "--figures", str(tmp_path / "f")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "analysed 1 article" in proc.stdout
    freq = pd.read_csv(tmp_path / "r" / "entity_frequency.csv")
    assert freq.iloc[0]["actor"] == "Mark Rutte"


def test_write_is_atomic_when_interrupted(tmp_path, monkeypatch):
    from analysis import tables

    target = tmp_path / "t.csv"
    target.write_text("old\n")

    def boom(self, *a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(KeyboardInterrupt):
        tables.write_csv_atomic(pd.DataFrame({"a": [1]}), target)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_worker_processes_give_the_same_tables(tmp_path):
    folder = _corpus(tmp_path)
    serial = analyze_corpus(folder)
    parallel = analyze_corpus(folder, workers=2)
    assert len(serial.mentions) and set(serial.mentions["doc_id"]) == {"a_seed", "b_short"}
    pd.testing.assert_frame_equal(serial.mentions, parallel.mentions)
    pd.testing.assert_frame_equal(serial.failures, parallel.failures)


#: Short texts for the hash-seed check: two organisations with one acronym (the tie that set order broke,
#: wikinews-17454), quotes, pronouns, stance and a title name.
_HASHSEED_TEXTS = [
    "The Royal Irish Regiment (RIR) is to lose its three home service battalions, the army said on Monday. "
    "The RIR was formed by the amalgamation of the Royal Irish Rangers and the Ulster Defence Regiment in 1992. "
    "The RIR said it would continue its traditions.",
    "Prime Minister Mark Rutte criticised Russia on Tuesday. \"We will not accept this,\" he said. "
    "Russian President Vladimir Putin rejected the criticism and accused NATO of provoking the conflict. "
    "The North Atlantic Treaty Organization (NATO) backed Rutte.",
    "The Dalai Lama, Tenzin Gyatso, met Pope Benedict in Rome. The Pope praised the Dalai Lama, "
    "while China condemned the meeting. Beijing said the visit harmed relations.",
]

_HASHSEED_SCRIPT = """
import sys
from analysis import analyze
texts = {texts!r}
for k, text in enumerate(texts):
    for name, table in sorted(analyze(text, doc_id=f"t{{k}}").tables().items()):
        sys.stdout.write(f"== t{{k}}/{{name}}\\n" + table.to_csv(index=False))
"""


def test_tables_do_not_depend_on_the_hash_seed():
    import os

    outs = []
    for seed in ("0", "2"):        # these two seeds gave the RIR to different regiments before the fix
        env = {**os.environ, "PYTHONHASHSEED": seed, "MPLBACKEND": "Agg"}
        proc = subprocess.run([sys.executable, "-c", _HASHSEED_SCRIPT.format(texts=_HASHSEED_TEXTS)],
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert "== t0/mentions" in outs[0] and "Royal Irish Regiment" in outs[0]
    assert outs[0] == outs[1]


def test_an_acronym_of_two_names_goes_to_the_first_named():
    res = analyze(_HASHSEED_TEXTS[0], doc_id="rir")
    m = res.mentions
    owners = {a for a, s, e in zip(m["actor"], m["start"], m["end"]) if _HASHSEED_TEXTS[0][s:e] == "RIR"}
    assert owners == {"Royal Irish Regiment"}
