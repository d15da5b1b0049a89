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


def _sync_interrupted_before_its_future(monkeypatch):
    """Replay dask's race: Ctrl-C reaches ``sync`` before it has created its future."""
    import asyncio
    import threading

    import distributed.utils as du

    class _Interrupted(threading.Event):
        def wait(self, timeout=None):
            raise KeyboardInterrupt

    runner = du.LoopRunner(asynchronous=False)
    runner.start()
    try:
        with monkeypatch.context() as m:
            m.setattr(du.threading, "Event", _Interrupted)
            with pytest.raises(KeyboardInterrupt):
                du.sync(runner.loop, asyncio.sleep, 1)
        du.sync(runner.loop, asyncio.sleep, 0)  # callbacks run in order: the failing cancel has run
    finally:
        runner.stop()


def test_dask_cancel_race_at_ctrl_c_is_not_logged(monkeypatch, caplog):
    import logging

    from analysis.corpus.run import _CancelRace, _silence_cancel_race

    log = logging.getLogger("tornado.application")
    for f in [f for f in log.filters if isinstance(f, _CancelRace)]:
        log.removeFilter(f)
    caplog.set_level(logging.ERROR)
    _sync_interrupted_before_its_future(monkeypatch)
    race = lambda: [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], NameError)]  # noqa: E731
    assert race()  # the race is real
    caplog.clear()
    _silence_cancel_race()
    _silence_cancel_race()  # once only
    assert sum(isinstance(f, _CancelRace) for f in log.filters) == 1
    _sync_interrupted_before_its_future(monkeypatch)
    assert not race()
    other = logging.LogRecord("tornado.application", logging.ERROR, __file__, 1, "x", None,
                              (NameError, NameError("elsewhere"), None))
    assert log.filter(other)  # only that callback's NameError is dropped


def _worker_log_level():
    import logging

    return logging.getLogger("distributed.worker").getEffectiveLevel()


def test_dask_workers_log_only_critical_so_a_closing_heartbeat_stays_silent(monkeypatch):
    import logging

    from analysis.corpus.run import _Dask

    monkeypatch.delenv("DASK_LOGGING__DISTRIBUTED", raising=False)
    executor = _Dask(1, None)
    try:
        levels = executor.client.run(_worker_log_level)
    finally:
        executor.close(cancel=True)
    assert levels and set(levels.values()) == {logging.CRITICAL}, levels
    assert os.environ["DASK_LOGGING__DISTRIBUTED"] == "error"  # this process keeps its errors
