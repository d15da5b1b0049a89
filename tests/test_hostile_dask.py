"""The Dask engine under signals: Ctrl-C gives one line, a killed parent leaves no worker, no stale staging."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil
import pytest

from .conftest import ROOT, wait_for

pytest.importorskip("distributed", reason="the 'dask' extra is part of the test extra")

SAMPLE = ROOT / "tests" / "data" / "wikinews_sample.jsonl"


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _dask_run(out, corpus=SAMPLE):
    # a session of its own: the test sends SIGINT to the whole group, as a terminal's Ctrl-C does
    return subprocess.Popen([sys.executable, "-m", "analysis", "run", str(corpus), "--out", str(out),
                             "--no-figures", "--engine", "dask", "--jobs", "2", "--chunk-size", "1",
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, preexec_fn=_default_sigint, start_new_session=True)


def test_dask_ctrl_c_to_the_process_group_prints_one_line(tmp_path):
    proc = _dask_run(tmp_path / "out")
    staged = lambda: list(tmp_path.glob(".out.partial-*/documents.parquet/part-000000[2-9].parquet"))  # noqa: E731
    assert wait_for(staged, 240), proc.communicate()
    workers = psutil.Process(proc.pid).children(recursive=True)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=180)
    assert proc.returncode == 130, (stdout, stderr)
    assert stderr.strip().count("\n") == 0 and stderr.startswith("interrupted:"), stderr
    assert "Traceback" not in stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left
    gone, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, [p.pid for p in alive]


def test_dask_killed_parent_leaves_no_worker_and_the_next_run_cleans_up(tmp_path):
    proc = _dask_run(tmp_path / "out")
    parent = psutil.Process(proc.pid)
    staged = lambda: list(tmp_path.glob(".out.partial-*/documents.parquet/part-*.parquet"))  # noqa: E731
    assert wait_for(staged, 240), proc.communicate()
    workers = [p for p in parent.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())]
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    gone, alive = psutil.wait_procs(workers, timeout=30)
    for p in alive:
        p.kill()
    assert not alive, [(p.pid, p.cmdline()) for p in alive]
    stale = list(tmp_path.glob(".out.partial-*"))
    assert stale  # the killed run left its staging folder ...
    one = tmp_path / "one.jsonl"
    one.write_text(SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "analysis", "run", str(one), "--out", str(tmp_path / "out"),
                           "--no-figures", "--no-progress"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # ... which the next run removed
