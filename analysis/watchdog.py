"""A time limit for the analysis of one article, so that no article can stall a corpus run.

The rules are meant to be linear in an article's length, and the size limit of
:mod:`analysis.io` keeps articles within what they process in minutes. A rule
that loops (a bug) would still hang a whole corpus run without a word; the
limit turns that into one :class:`AnalysisTimeout` in the ``failures`` table,
naming the article, while the run goes on.

The limit uses ``SIGALRM`` and so works only in the main thread of a process
on POSIX systems (the command line, ``--jobs`` workers); elsewhere (Dask
worker threads, Windows) :func:`time_limit` does nothing.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time

#: Seconds allowed for any article, plus :data:`SECONDS_PER_MB` per megabyte of text:
#: about eight times what the slowest stage measured needs on a loaded 2-core machine.
BASE_SECONDS = 120.0
SECONDS_PER_MB = 600.0


class AnalysisTimeout(RuntimeError):
    """The analysis of one article took longer than its time limit and was stopped."""


def article_time_limit(text: str) -> float:
    """Seconds allowed for the analysis of ``text`` (after its parse).

    Examples
    --------
    >>> article_time_limit("x" * 1_000_000)
    720.0
    """
    return BASE_SECONDS + SECONDS_PER_MB * len(text) / 1_000_000


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str = "the article"):
    """Raise :class:`AnalysisTimeout` in the block after ``seconds`` (``None``: no limit).

    A timer already running (an outer limit) is restored afterwards, less the
    time spent in the block.

    Parameters
    ----------
    seconds : float or None
        Wall-clock seconds.
    what : str
        Named in the message.
    """
    if seconds is None or not _can_alarm():
        yield
        return

    def _expired(signum, frame):
        raise AnalysisTimeout(f"analysis of {what} did not finish in {seconds:.0f} s and was stopped "
                              "(please report it: a rule may loop on this text)")

    previous = signal.signal(signal.SIGALRM, _expired)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
