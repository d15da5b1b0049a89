"""Running the pipeline over a corpus: chunks, worker processes, Dask, progress, resume.

The unit of work is a *chunk* of articles (:func:`process_chunk`): the
articles are tokenized, parsed together with ``nlp.pipe`` and analysed one by
one with the pure per-document stages of :mod:`analysis.pipeline`. Chunks are
numbered in input order and each chunk's rows are written as part files named
after that number, so the tables come out in the same order whatever ran them
(one process, ``jobs`` processes or a Dask cluster).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import warnings
from dataclasses import dataclass, field

from .sources import Document, Failure, count_documents, iter_documents

__all__ = ["RunSummary", "Interrupted", "run_corpus", "collect_corpus", "process_chunk", "ENGINES"]

#: Execution engines.
ENGINES = ("local", "dask")

#: Part name of the rows kept from an earlier run by ``resume``; chunk parts sort after it.
_RESUME_PART = "0000000"


def _part_name(index: int) -> str:
    return f"{index + 1:07d}"


@dataclass
class _Options:
    actor_table: object = None
    stage_dir: str | None = None
    fmt: str = "parquet"
    batch_size: int = 32
    max_bytes: int | None = None  # None: analysis.io.MAX_BYTES


@dataclass
class _ChunkResult:
    index: int
    seqs: list[int]
    done: list[str]
    failures: list[tuple[int, Failure]]
    rows: dict[str, int]
    model: dict
    analysis: object = None
    dtypes: dict = field(default_factory=dict)


@dataclass
class RunSummary:
    """What a corpus run did.

    Attributes
    ----------
    out : str or None
        The output folder.
    analysed : int
        Articles analysed in this run.
    resumed : int
        Articles kept from the earlier run (``resume=True``).
    failures : list of Failure
        Inputs that could not be analysed, in input order.
    rows : dict
        Rows written per table (this run only).
    seconds : float
        Wall time.
    complete : bool
        False if the run was interrupted (only finished chunks were written).
    warnings : list of str
        Problems that did not stop an article (an unparseable date, kept
        empty), in input order; each names the source.
    """

    out: str | None = None
    analysed: int = 0
    resumed: int = 0
    failures: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    complete: bool = True
    warnings: list = field(default_factory=list)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run; ``summary`` tells what was written."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__()
        self.summary = summary


# --------------------------------------------------------------------------
# the work of one chunk (runs in a worker)
# --------------------------------------------------------------------------

def process_chunk(index: int, docs: list[tuple[int, Document]], options: _Options) -> _ChunkResult:
    """Analyse one chunk of articles; write its part files or return its tables.

    Parameters
    ----------
    index : int
        Chunk number (input order).
    docs : list of (int, Document)
        Articles with their position in the input.
    options : _Options
        Actor table, staging folder (None: return the tables), format.

    Returns
    -------
    _ChunkResult
        The doc_ids analysed, the failures, rows per table, the model's
        meta, and the tables when nothing is written.
    """
    from ..nlp import model_info
    from ..pipeline import analyze_batch
    from ..tables import Analysis

    items = [(d.doc_id, d.text, d.metadata, d.source) for _, d in docs]
    results = analyze_batch(items, actor_table=options.actor_table, batch_size=options.batch_size)
    parts, done, failures = [], [], []
    for (seq, doc), result in zip(docs, results):
        if isinstance(result, BaseException):
            failures.append((seq, Failure.from_exception(result, doc_id=doc.doc_id, source=doc.source)))
        else:
            parts.append(result)
            done.append(doc.doc_id)
    combined = Analysis.concat(parts)
    rows = {name: len(table) for name, table in combined.tables().items() if name != "failures"}
    # numeric columns, so that a CSV column left all empty is read back as numbers (store.read_table)
    dtypes = {name: {c: str(t[c].dtype) for c in t.columns if t[c].dtype.kind in "fiu"}
              for name, t in combined.tables().items() if name != "failures"}
    if options.stage_dir is not None:
        from .store import write_part

        for name, table in combined.tables().items():
            if name != "failures":
                write_part(options.stage_dir, name, _part_name(index), table, fmt=options.fmt)
        combined = None
    return _ChunkResult(index, [s for s, _ in docs], done, failures, rows, model_info(), combined, dtypes)


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when its parent process dies (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:  # for systems without prctl
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_init(parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the workers
    _die_with_parent(parent_pid)
    from ..nlp import load_pipeline
    from ..sentiment import load_model

    load_pipeline()  # once per worker
    load_model()


def _dask_worker_setup() -> None:
    from ..nlp import load_pipeline
    from ..sentiment import load_model

    load_pipeline()
    load_model()


# --------------------------------------------------------------------------
# executors: the same interface for one process, a pool and Dask
# --------------------------------------------------------------------------

class _Done:
    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


class _Serial:
    limit = 1

    def submit(self, *args):
        return _Done(process_chunk(*args))

    def wait(self, pending):
        return set(pending), set()

    def close(self, *, cancel: bool = False):
        pass


class _Pool:
    def __init__(self, jobs: int) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if sys.platform.startswith("linux") else None
        context = mp.get_context(method)
        self.limit = 2 * jobs
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init,
                                        initargs=(os.getpid(),))

    def submit(self, *args):
        return self.pool.submit(process_chunk, *args)

    def wait(self, pending):
        from concurrent.futures import FIRST_COMPLETED, wait

        done, not_done = wait(pending, return_when=FIRST_COMPLETED)
        return done, not_done

    def close(self, *, cancel: bool = False):
        if cancel:
            processes = list(getattr(self.pool, "_processes", {}).values())
            self.pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(5)
        else:
            self.pool.shutdown(wait=True)


class _Dask:
    def __init__(self, jobs: int, scheduler: str | None) -> None:
        # the run reports its own failures in one line each; Dask's log lines (a task cancelled
        # by Ctrl-C, a worker closing) would bury them. Spawned workers read this at import.
        user_level = os.environ.get("DASK_LOGGING__DISTRIBUTED")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
        import logging

        logging.getLogger("distributed").setLevel(os.environ["DASK_LOGGING__DISTRIBUTED"].upper())
        _silence_cancel_race()
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("--engine dask needs the optional extra: pip install 'analysis[dask]'") from None
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            # Ctrl-C in a terminal reaches every process of the group: the worker processes start
            # with SIGINT ignored (kept across exec), so only this process answers it, in one line
            main = threading.current_thread() is threading.main_thread()
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
            if user_level is None:
                # workers started now stay quiet below CRITICAL: a failing article comes back as its
                # task's error, and a worker's heartbeat to a scheduler closed by Ctrl-C is no news
                os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"
            try:
                with warnings.catch_warnings():
                    # the scheduler's HTTP routes start even without a dashboard and try port 8787
                    # first; another Dask run holding it only moves them to a free port
                    warnings.filterwarnings("ignore", message=r"Port \d+ is already in use")
                    self.cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                                dashboard_address=None)
            finally:
                if user_level is None:
                    os.environ["DASK_LOGGING__DISTRIBUTED"] = "error"
                if main:
                    signal.signal(signal.SIGINT, previous)
            self.client = Client(self.cluster)
        workers = len(self.client.scheduler_info().get("workers", {})) or max(1, jobs)
        self.limit = 2 * workers
        self.client.run(_dask_worker_setup)

    def submit(self, *args):
        return self.client.submit(process_chunk, *args, pure=False)

    def wait(self, pending):
        from dask.distributed import wait

        result = wait(list(pending), return_when="FIRST_COMPLETED")
        return set(result.done), set(result.not_done)

    def close(self, *, cancel: bool = False):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class _CancelRace:
    """Drop the event loop's report of ``distributed.utils.sync``'s own Ctrl-C race.

    A Ctrl-C that lands before ``sync`` has created its future makes its
    ``cancel`` callback fail with ``NameError`` in the loop thread, and tornado
    logs the traceback (``tornado.application``) above the run's one-line
    message. Nothing is lost by it; every other record passes.
    """

    def filter(self, record) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if not isinstance(exc, NameError):
            return True
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        code = tb.tb_frame.f_code if tb is not None else None
        return not (code is not None and code.co_name == "cancel" and "distributed" in code.co_filename)


def _silence_cancel_race() -> None:
    import logging

    log = logging.getLogger("tornado.application")
    if not any(isinstance(f, _CancelRace) for f in log.filters):
        log.addFilter(_CancelRace())


def _executor(jobs: int, engine: str, scheduler):
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask":
        return _Dask(jobs, scheduler)
    return _Pool(jobs) if jobs > 1 else _Serial()


# --------------------------------------------------------------------------
# the driver
# --------------------------------------------------------------------------

def _progress(total, enabled):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _drive(sources, options: _Options, *, jobs, engine, scheduler, chunk_size, meta, skip=None,
           progress=False, on_chunk=None, warnings=None):
    """Feed chunks to an executor in input order; call ``on_chunk`` with each finished chunk.

    The warnings of the documents read are appended to ``warnings`` (a list) when given.
    """
    from ..pipeline import text_sha256

    executor = None
    bar = _progress(count_documents(sources) if progress else None, progress)
    source_failures: list[tuple[int, Failure]] = []
    skipped: list[str] = []
    failed = 0
    state = {"model": {}}
    try:
        limit = {} if options.max_bytes is None else {"max_bytes": options.max_bytes}
        documents = iter_documents(sources, meta=meta, notes=warnings, **limit)
        executor = _executor(jobs, engine, scheduler)
        pending: set = set()
        chunk: list = []
        index = 0
        seq = 0

        def collect(done):
            nonlocal failed
            for future in done:
                result = future.result()
                state["model"] = result.model
                failed += len(result.failures)
                if bar is not None:
                    bar.update(len(result.seqs))
                    bar.set_postfix(failures=failed + len(source_failures), refresh=False)
                on_chunk(result)

        def submit():
            nonlocal pending, index
            while len(pending) >= executor.limit:
                done, pending = executor.wait(pending)
                collect(done)
            pending.add(executor.submit(index, list(chunk), options))
            index += 1
            chunk.clear()

        for item in documents:
            seq += 1
            if isinstance(item, Failure):
                source_failures.append((seq, item))
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(failures=failed + len(source_failures), refresh=False)
                continue
            if warnings is not None:
                warnings.extend(item.warnings)
            if skip is not None and skip.get(item.doc_id) == text_sha256(item.text):
                skipped.append(item.doc_id)
                if bar is not None:
                    bar.update(1)
                continue
            chunk.append((seq, item))
            if len(chunk) >= chunk_size:
                submit()
        if chunk:
            submit()
        while pending:
            done, pending = executor.wait(pending)
            collect(done)
    except BaseException:
        if executor is not None:
            executor.close(cancel=True)
        executor = None
        raise
    finally:
        if executor is not None:
            executor.close()
        if bar is not None:
            bar.close()
    return source_failures, skipped, state["model"]


def _actor_table(actor_table):
    """Validate the actor table once, before any article (errors name the file)."""
    if actor_table is None:
        return None
    from ..actors import read_actor_table
    from ..io import ArticleError, not_utf8_reason, regular_file

    import pandas as pd

    name = "<DataFrame>" if isinstance(actor_table, pd.DataFrame) else os.fspath(actor_table)
    try:
        if isinstance(actor_table, (str, os.PathLike)):
            regular_file(actor_table)  # a pipe would wait and /dev/zero never end
        table = read_actor_table(actor_table)
    except ArticleError as err:
        raise ArticleError(name, f"cannot use this actor table: {err.reason}") from None
    except FileNotFoundError:
        raise ArticleError(name, "actor table not found") from None
    except UnicodeDecodeError as exc:
        raise ArticleError(name, f"cannot use this actor table: {not_utf8_reason(exc)}") from None
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ArticleError(name, f"cannot use this actor table: {' '.join(str(exc).split())}") from None
    if table.empty:
        raise ArticleError(name, "the actor table has no rows")
    return table


def collect_corpus(sources, *, actor_table=None, jobs: int = 1, engine: str = "local", scheduler=None,
                   meta=None, chunk_size: int = 16):
    """Analyse a corpus in memory (see :func:`analysis.analyze_corpus`)."""
    import pandas as pd

    from ..tables import Analysis

    options = _Options(actor_table=_actor_table(actor_table))
    chunks: dict[int, _ChunkResult] = {}
    notes: list[str] = []
    source_failures, _, _ = _drive(sources, options, jobs=jobs, engine=engine, scheduler=scheduler,
                                   chunk_size=chunk_size, meta=meta, on_chunk=lambda r: chunks.__setitem__(r.index, r),
                                   warnings=notes)
    if notes:  # in memory there is no manifest: the warnings (a bad date, kept empty) go to Python's warnings
        import warnings as _warnings

        for note in notes:
            _warnings.warn(note, UserWarning, stacklevel=3)
    ordered = [chunks[i] for i in sorted(chunks)]
    failures = sorted(source_failures + [f for r in ordered for f in r.failures], key=lambda x: x[0])
    table = pd.DataFrame([(f.doc_id, f.source, f.error, f.message) for _, f in failures],
                         columns=["doc_id", "source", "error", "message"])
    return Analysis.concat([r.analysis for r in ordered], failures=table)


def _numeric_columns(finished) -> dict:
    """Table -> {column: dtype} of the numeric columns of the finished chunks (sorted, deterministic)."""
    merged: dict = {}
    for result in sorted(finished, key=lambda r: r.index):
        for name, columns in result.dtypes.items():
            for column, dtype in columns.items():
                merged.setdefault(name, {}).setdefault(column, dtype)
    return {name: dict(sorted(columns.items())) for name, columns in sorted(merged.items()) if columns}


def _previous_run(out, fmt):
    """doc_id -> sha256 of the articles of an earlier run of the same package version."""
    import json
    from pathlib import Path

    from .. import __version__
    from .store import MANIFEST, read_table

    manifest = Path(out) / MANIFEST
    if not manifest.is_file():
        return {}
    try:
        info = json.loads(manifest.read_text(encoding="utf-8"))
        if info.get("version") != __version__:
            return {}
        documents = read_table(out, "documents")
    except (OSError, ValueError, FileNotFoundError):
        return {}
    return dict(zip(documents["doc_id"].astype(str), documents["sha256"].astype(str)))


def _copy_resumed(out, stage, kept: set[str], fmt: str) -> None:
    from ..tables import Analysis
    from .store import read_table, write_part

    for name in Analysis.table_names():
        if name == "failures":
            continue
        try:
            table = read_table(out, name)
        except (FileNotFoundError, OSError, ValueError):
            continue
        if "doc_id" in table.columns:
            write_part(stage.path, name, _RESUME_PART, table[table["doc_id"].astype(str).isin(kept)], fmt=fmt)


def run_corpus(sources, out, *, fmt: str = "parquet", jobs: int = 1, engine: str = "local", scheduler=None,
               chunk_size: int = 16, actor_table=None, meta=None, resume: bool = False, progress: bool = False,
               options: dict | None = None, keep_empty: bool = True, max_bytes: int | None = None) -> RunSummary:
    """Analyse a corpus and stream every table to an output folder.

    Parameters
    ----------
    sources : paths, globs, DataFrame, list of texts or dicts
        See :func:`analysis.corpus.sources.iter_documents`.
    out : path-like
        Output folder; replaced at the end by this run's tables and
        ``manifest.json`` (see :mod:`analysis.corpus.store`).
    fmt : {"parquet", "csv"}
        Table format.
    jobs : int
        Worker processes (or Dask workers of a ``LocalCluster``).
    engine : {"local", "dask"}
        Where the chunks run.
    scheduler : str, optional
        Address of a running Dask scheduler.
    chunk_size : int
        Articles per chunk: the unit of work and of writing.
    actor_table : path or pandas.DataFrame, optional
        Checked once before any article.
    meta : path or pandas.DataFrame, optional
        Metadata keyed by ``doc_id``.
    resume : bool
        Skip articles already in ``out`` with the same text (sha256) and
        package version, keeping their rows.
    progress : bool
        Show a tqdm progress bar on stderr.
    options : dict, optional
        Recorded in the manifest.
    keep_empty : bool
        With False, a run that analysed nothing leaves ``out`` as it was.
    max_bytes : int, optional
        Largest article in bytes (default :data:`analysis.io.MAX_BYTES`);
        larger ones are failures.

    Returns
    -------
    RunSummary

    Raises
    ------
    analysis.io.ArticleError
        If the actor table or metadata cannot be used (nothing written).
    analysis.corpus.store.OutputError
        If ``out`` cannot be used (nothing written).
    Interrupted
        On Ctrl-C: the chunks finished so far are written (manifest
        ``complete: false``), so a rerun with ``resume=True`` completes.
    """
    import datetime as dt

    import pandas as pd

    from .. import __version__
    from ..tables import TABLE_COLUMNS, Analysis
    from .store import Stage

    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    table = _actor_table(actor_table)
    if meta is not None:
        from .sources import read_meta

        meta = read_meta(meta)
        meta = pd.DataFrame([{"doc_id": k, **v} for k, v in meta.items()]) if meta else None
    previous = _previous_run(out, fmt) if resume else {}
    stage = Stage(out, fmt=fmt)
    summary = RunSummary(out=str(out))
    finished: list[_ChunkResult] = []

    def on_chunk(result: _ChunkResult) -> None:
        finished.append(result)
        summary.analysed += len(result.done)
        for name, n in result.rows.items():
            summary.rows[name] = summary.rows.get(name, 0) + n

    interrupted = False
    source_failures, skipped, model = [], [], {}
    try:
        try:
            source_failures, skipped, model = _drive(
                sources, _Options(actor_table=table, stage_dir=str(stage.path), fmt=fmt, max_bytes=max_bytes), jobs=jobs,
                engine=engine, scheduler=scheduler, chunk_size=chunk_size, meta=meta,
                skip=previous or None, progress=progress, on_chunk=on_chunk, warnings=summary.warnings)
        except KeyboardInterrupt:
            interrupted = True
        stage.keep_parts({_part_name(r.index) for r in finished} | {_RESUME_PART})
        kept = set(skipped)
        if interrupted and previous:
            kept |= set(previous)  # nothing of the earlier run is lost by an interrupted rerun
            kept -= {d for r in finished for d in r.done}
        if kept:
            _copy_resumed(out, stage, kept, fmt)
        summary.resumed = len(kept)
        failures = sorted(source_failures + [f for r in finished for f in r.failures], key=lambda x: x[0])
        summary.failures = [f for _, f in failures]
        from .store import write_part

        write_part(stage.path, "failures", _RESUME_PART,
                   pd.DataFrame([(f.doc_id, f.source, f.error, f.message) for f in summary.failures],
                                columns=TABLE_COLUMNS["failures"]), fmt=fmt)
        summary.complete = not interrupted
        summary.seconds = time.perf_counter() - started
        if not summary.analysed and not kept and (interrupted or not keep_empty):
            stage.discard()
            if interrupted:
                raise Interrupted(summary)
            return summary
        manifest = {
            "package": "analysis", "version": __version__, "model": model, "format": fmt,
            "options": dict(options or {}, jobs=jobs, engine=engine, chunk_size=chunk_size, resume=resume),
            "counts": {"analysed": summary.analysed, "resumed": summary.resumed,
                       "failures": len(summary.failures), "warnings": len(summary.warnings),
                       "rows": summary.rows},
            "failures": [f.__dict__ for f in summary.failures[:1000]],
            "warnings": summary.warnings[:1000],
            "started": started_at, "seconds": round(summary.seconds, 2), "complete": summary.complete,
            "dtypes": _numeric_columns(finished),
        }
        stage.commit({name: TABLE_COLUMNS.get(name, ["doc_id"]) for name in Analysis.table_names()}, manifest)
    except BaseException:
        stage.discard()
        raise
    if interrupted:
        raise Interrupted(summary)
    return summary
