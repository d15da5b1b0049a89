"""Fewer garbage collections while a batch of articles is analysed.

CPython starts a collection of its youngest generation every 700 new
container objects; parsing and the stages create millions of short-lived
lists, tuples and dicts per batch, and each collection that finds them alive
promotes them, so older generations (which also hold the model) are walked
again and again. Raising the first threshold for the duration of a batch
saves a few percent of the CPU time of
:func:`analysis.pipeline.analyze_batch`, spaCy's parse included
(``benchmarks/corpus_speed.py --only throughput`` prints what the same
setting gives spaCy alone), at the cost of a few MB of garbage kept a little
longer. The previous thresholds are restored when the
outermost batch ends, also when batches run in several threads at once.
:func:`gc.freeze` would save as much but moves every object alive at that
moment, the user's own included, out of the collector's reach for good.
"""

from __future__ import annotations

import contextlib
import gc
import threading

__all__ = ["BATCH_THRESHOLD", "raised_gc_threshold"]

#: New container objects between two collections of the youngest generation while a batch runs (CPython: 700).
BATCH_THRESHOLD = 50_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextlib.contextmanager
def raised_gc_threshold(threshold: int = BATCH_THRESHOLD):
    """Run the block with the youngest generation's threshold at least ``threshold``.

    Parameters
    ----------
    threshold : int
        Allocations between two young collections inside the block; a
        higher threshold already set by the user is kept.

    Examples
    --------
    >>> import gc
    >>> before = gc.get_threshold()
    >>> with raised_gc_threshold(10_000):
    ...     inside = gc.get_threshold()[0]
    >>> inside >= 10_000 and gc.get_threshold() == before
    True
    """
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] != 0 and _saved[0] < threshold:    # 0: the user turned automatic collection off
                gc.set_threshold(threshold, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
