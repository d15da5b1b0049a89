"""The per-article time limit: a looping rule becomes one failure, not a stalled run."""

from __future__ import annotations

import signal
import time

import pytest

from analysis import pipeline
from analysis.watchdog import AnalysisTimeout, article_time_limit, time_limit


def test_time_limit_stops_a_loop_and_names_the_article():
    with pytest.raises(AnalysisTimeout, match="article 'a1'"):
        with time_limit(0.2, what="article 'a1'"):
            while True:
                pass


def test_no_limit_and_a_block_that_ends_in_time_leave_no_timer():
    with time_limit(None):
        pass
    with time_limit(30):
        x = sum(range(1000))
    assert x == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_outer_timer_is_restored_less_the_time_spent():
    fired = []
    old = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 50)
        with time_limit(10):
            time.sleep(0.05)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 49 < remaining < 50
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert fired == []


def test_limit_grows_with_the_text():
    assert article_time_limit("") == 120.0
    assert article_time_limit("x" * 500_000) == 420.0


def test_batch_gives_the_timeout_as_that_articles_result_and_goes_on(monkeypatch):
    real_finish = pipeline._finish

    def finish(doc, text, doc_id, *args, **kwargs):
        if doc_id == "loops":
            while True:
                pass
        return real_finish(doc, text, doc_id, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_finish", finish)
    items = [("loops", "Mark Rutte met Joe Biden.", None, "a.jsonl row 1"),
             ("fine", "Mark Rutte met Joe Biden.", None, "a.jsonl row 2")]
    results = pipeline.analyze_batch(items, time_limit=0.5)
    assert isinstance(results[0], AnalysisTimeout)
    assert "article 'loops'" in str(results[0])
    assert set(results[1].mentions["doc_id"]) == {"fine"}
