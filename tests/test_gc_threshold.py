"""The garbage-collection threshold raised while a batch is analysed, and restored after it."""

from __future__ import annotations

import gc
import threading

import pytest

from analysis import gc_threshold
from analysis.gc_threshold import raised_gc_threshold


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after(thresholds):
    with raised_gc_threshold(20_000):
        assert gc.get_threshold() == (20_000, 10, 10)
        with raised_gc_threshold(30_000):              # nested: the outer setting stays
            assert gc.get_threshold() == (20_000, 10, 10)
        assert gc.get_threshold() == (20_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_exception(thresholds):
    with pytest.raises(KeyError):
        with raised_gc_threshold(20_000):
            raise KeyError("x")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_or_disabled_user_threshold_is_kept(thresholds):
    gc.set_threshold(90_000, 10, 10)
    with raised_gc_threshold(20_000):
        assert gc.get_threshold()[0] == 90_000
    gc.set_threshold(0, 10, 10)                         # automatic collection turned off by the user
    with raised_gc_threshold(20_000):
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


def test_overlapping_threads_restore_the_first_setting(thresholds):
    inside, release = threading.Barrier(3), threading.Event()

    def work():
        with raised_gc_threshold(20_000):
            inside.wait()
            release.wait()

    workers = [threading.Thread(target=work) for _ in range(2)]
    for w in workers:
        w.start()
    inside.wait()                                       # both threads are inside their block
    assert gc.get_threshold()[0] == 20_000
    release.set()
    for w in workers:
        w.join()
    assert gc.get_threshold() == (700, 10, 10)
    assert gc_threshold._depth == 0


def test_analyze_batch_raises_the_threshold_and_restores_it(thresholds, monkeypatch):
    from analysis import pipeline

    seen = []
    find_mentions = pipeline.find_mentions

    def recording(*args, **kwargs):
        seen.append(gc.get_threshold())
        return find_mentions(*args, **kwargs)

    monkeypatch.setattr(pipeline, "find_mentions", recording)
    results = pipeline.analyze_batch([("a", "NATO chief Mark Rutte praised Ukraine on Monday.", None, "t"),
                                      ("b", "Rutte said it would win.", None, "t")])
    assert not any(isinstance(r, BaseException) for r in results)
    assert seen == [(gc_threshold.BATCH_THRESHOLD, 10, 10)] * 2
    assert gc.get_threshold() == (700, 10, 10)
