"""The command line: exit codes, one line per problem, Ctrl-C, killed parent, lazy imports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import psutil
import pytest

from analysis.cli import main

from .conftest import ROOT, wait_for

SAMPLE = ROOT / "tests" / "data" / "wikinews_sample.jsonl"


def _default_sigint():
    # a shell starts background jobs with SIGINT ignored, and Python then keeps ignoring it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "analysis", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, preexec_fn=_default_sigint, **kwargs)


def test_help_and_version_load_nothing_heavy():
    code = ("import sys, contextlib, io\n"
            "from analysis.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try: main(['--help'])\n"
            "    except SystemExit: pass\n"
            "print(sorted(m for m in ('spacy', 'pandas', 'matplotlib', 'nltk') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
    version = subprocess.run([sys.executable, "-m", "analysis", "--version"], capture_output=True, text=True,
                             cwd=ROOT)
    assert version.returncode == 0 and version.stdout.startswith("analysis ")


@pytest.mark.parametrize("problem", ["out_is_file", "figures_is_file", "out_under_file", "bad_actors",
                                     "bad_jobs", "unknown_option", "foreign_out"])
def test_usage_and_output_errors_exit_3_with_one_line(tmp_path, capsys, problem):
    afile = tmp_path / "afile"
    afile.write_text("x")
    args = ["run", str(SAMPLE), "--no-progress", "--out", str(tmp_path / "out"), "--figures", str(tmp_path / "f")]
    named = None
    if problem == "out_is_file":
        args += ["--out", str(afile)]
        named = str(afile)
    elif problem == "figures_is_file":
        args += ["--figures", str(afile)]
        named = str(afile)
    elif problem == "out_under_file":
        args += ["--out", str(afile / "sub")]
        named = "afile"
    elif problem == "bad_actors":
        actors = tmp_path / "my_actors.csv"
        actors.write_text("who,else\na,b\n")
        args += ["--actors", str(actors)]
        named = "my_actors.csv"
    elif problem == "bad_jobs":
        args += ["--jobs", "0"]
        named = "--jobs"
    elif problem == "unknown_option":
        args += ["--frobnicate"]
        named = "--frobnicate"
    elif problem == "foreign_out":
        (tmp_path / "thesis").mkdir()
        (tmp_path / "thesis" / "chapter1.docx").write_text("keep me")
        args += ["--out", str(tmp_path / "thesis")]
        named = "chapter1.docx"
    with pytest.raises(SystemExit) if problem == "unknown_option" else _nothing() as info:
        code = main(args)
    if problem == "unknown_option":
        code = info.value.code
    err = capsys.readouterr().err
    assert code == 3, err
    lines = [line for line in err.splitlines() if line.startswith("error")]
    assert len(lines) == 1 and named in lines[0], err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_ctrl_c_prints_one_line_exits_130_and_resume_completes(tmp_path):
    out = tmp_path / "out"
    corpus = tmp_path / "six.jsonl"
    corpus.write_text("".join(SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[:6]), encoding="utf-8")
    proc = _cli("run", corpus, "--out", out, "--no-figures", "--chunk-size", "1", "--no-progress")
    # the third chunk has started, so the first is finished (chunks run in order in one process)
    staged = lambda: list(tmp_path.glob(".out.partial-*/documents.parquet/part-0000003.parquet"))  # noqa: E731
    assert wait_for(staged, 600), proc.communicate()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, (stdout, stderr)
    assert stderr.strip().count("\n") == 0 and stderr.startswith("interrupted:"), stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial files
    first = pd.read_parquet(out / "documents.parquet")
    assert 0 < len(first) < 6
    again = _cli("run", corpus, "--out", out, "--no-figures", "--chunk-size", "1", "--resume", "--no-progress")
    stdout, stderr = again.communicate(timeout=900)
    assert again.returncode == 0, stderr
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == 6 and not documents["doc_id"].duplicated().any()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["counts"]["resumed"] == len(first)
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert not mentions.duplicated(["doc_id", "start", "end"]).any()


def test_killed_parent_leaves_no_worker(tmp_path):
    proc = _cli("run", SAMPLE, "--out", tmp_path / "out", "--no-figures", "--jobs", "2", "--chunk-size", "1",
                "--no-progress")
    parent = psutil.Process(proc.pid)
    assert wait_for(lambda: len(parent.children()) >= 2, 600), proc.communicate()
    workers = parent.children(recursive=True)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    gone, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, [p.pid for p in alive]


def test_figure_format_and_dpi_for_print(tmp_path):
    from PIL import Image

    article = ROOT / "seeds" / "rutte_nato_2024.txt"
    common = ["run", str(article), "--no-progress", "--format", "csv", "--out", str(tmp_path / "out")]
    assert main(common + ["--figures", str(tmp_path / "low"), "--figure-format", "png", "--dpi", "100"]) == 0
    assert main(common + ["--figures", str(tmp_path / "print"), "--figure-format", "png,pdf", "--dpi", "300"]) == 0
    low_files = list((tmp_path / "low").iterdir())
    assert len(low_files) >= 7 and {p.suffix for p in low_files} == {".png"}
    printed = sorted((tmp_path / "print").iterdir())
    assert {p.suffix for p in printed} == {".png", ".pdf"}
    assert (tmp_path / "print" / "stance_network.pdf").read_bytes().startswith(b"%PDF")
    low = Image.open(tmp_path / "low" / "actor_mentions.png").size[0]
    high = Image.open(tmp_path / "print" / "actor_mentions.png").size[0]
    assert high / low == pytest.approx(3, rel=0.1)
    assert main(common + ["--figures", str(tmp_path / "x"), "--figure-format", "gif"]) == 3
