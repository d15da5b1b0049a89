"""Command line: ``python -m analysis run PATH... --out DIR``.

Argument parsing and reporting only; the work is done by
:func:`analysis.corpus.run_corpus` and :func:`analysis.figures.make_figures`.
Nothing heavy is imported before the arguments are parsed, so ``--help`` and
``--version`` answer at once.

Exit codes: 0 every article analysed; 1 some articles failed (the others were
written); 2 nothing could be analysed; 3 usage or output error (nothing
written); 130 interrupted (finished chunks written; rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_NOTHING", "EXIT_USAGE",
           "EXIT_INTERRUPTED"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit with 3, in one line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"error: {_one_line(message)}\n")


def _one_line(text) -> str:
    return " ".join(str(text).replace("\n", "\\n").replace("\r", "\\r").split())


def _version() -> str:
    from . import __version__

    return f"analysis {__version__}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``."""
    parser = _Parser(
        prog="python -m analysis",
        description="Actor-framing analysis of English news articles: who appears, who speaks, "
                    "how each actor is portrayed, and who stands with or against whom.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = sub.add_parser(
        "run", help="analyse articles; write every table and figure",
        description="Analyse articles: .txt files, folders (searched recursively), glob patterns, or "
                    ".jsonl/.csv/.parquet files with one article per row (column 'text'; optional doc_id, "
                    "title, outlet, date, url; other columns are kept). Tables go to --out (Parquet, or CSV "
                    "with --format csv) with manifest.json; figures to --figures.",
        epilog="Exit codes: 0 all analysed, 1 some inputs failed, 2 nothing analysed, 3 usage or output "
               "error (nothing written), 130 interrupted (rerun with --resume).")
    run.add_argument("paths", nargs="+", metavar="PATH",
                     help="a .txt file, a folder, a glob, or a .jsonl/.csv/.parquet file of articles")
    run.add_argument("--out", default="results", type=Path, help="folder for the tables (default: results)")
    run.add_argument("--format", default="parquet", choices=["parquet", "csv"],
                     help="table format (default: parquet)")
    run.add_argument("--figures", default="figures", type=Path, help="folder for the figures (default: figures)")
    run.add_argument("--no-figures", action="store_true", help="write the tables only")
    run.add_argument("--figure-format", default="png,svg", metavar="FORMATS",
                     help="comma-separated figure formats, e.g. png,svg,pdf (default: png,svg)")
    run.add_argument("--dpi", default=None, type=float,
                     help="resolution of PNG figures (default 150; 300 for print)")
    run.add_argument("--per-article-figures", action="store_true",
                     help="also draw each article's figures, in a subfolder per article")
    run.add_argument("--actors", default=None, type=Path,
                     help="CSV with columns actor,alias to merge, rename or drop actors")
    run.add_argument("--meta", default=None, type=Path,
                     help="CSV of metadata keyed by doc_id (title, outlet, date, ...) for file inputs")
    run.add_argument("--max-mb", default=None, type=float, metavar="MB",
                     help="refuse articles larger than this many MB (default: 1; about 80 s of CPU per MB)")
    run.add_argument("--jobs", "-j", "--workers", dest="jobs", default=1, type=int,
                     help="worker processes (default: 1); --workers is an old name")
    run.add_argument("--engine", default="local", choices=["local", "dask"],
                     help="run chunks in local processes or on a Dask cluster (extra 'dask')")
    run.add_argument("--scheduler", default=None,
                     help="address of a Dask scheduler (default: a LocalCluster of --jobs workers)")
    run.add_argument("--chunk-size", default=16, type=int, help="articles per chunk (default: 16)")
    run.add_argument("--resume", action="store_true",
                     help="skip articles already in --out with the same text and package version")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--debug", action="store_true", help="show tracebacks")
    _add_compare_parser(sub)
    return parser


def _add_compare_parser(sub) -> None:
    """``python -m analysis compare OUT --by outlet [--freq M]``: see :func:`analysis.comparison.run_compare`."""
    cmp = sub.add_parser("compare", help="compare actors across outlets or periods of a corpus run's output",
                         description="Read the tables of a corpus run (OUT) and write the comparison table "
                                     "and figures to OUT/compare/ (or --to).")
    cmp.add_argument("out", type=Path, metavar="OUT", help="output folder of a corpus run")
    cmp.add_argument("--by", nargs="+", required=True, help="metadata column(s) to group by, e.g. outlet")
    cmp.add_argument("--freq", choices=["W", "M", "Q", "Y"], help="group dates by week, month, quarter or year")
    cmp.add_argument("--actors", nargs="+", help="only these actors")
    cmp.add_argument("--min-articles", type=int, default=1, help="drop rows with fewer articles (default: 1)")
    cmp.add_argument("--documents", type=Path, help="metadata (CSV or JSONL) if OUT has no documents table")
    cmp.add_argument("--to", type=Path, help="folder for the comparison (default: OUT/compare)")


def _run_compare(args) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from .comparison import run_compare

    try:
        written = run_compare(args.out, by=args.by, freq=args.freq, actors=args.actors,
                              min_articles=args.min_articles, documents=args.documents, to=args.to)
    except (OSError, ValueError) as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {len(written)} files to {written[0].parent}/")
    return 0


def _check_figures_dir(path: Path) -> None:
    from .corpus.store import folder_problem

    problem = folder_problem(path)
    if problem == "exists and is not a folder":
        raise _UsageError(f"{path}: --figures exists and is not a folder")
    if problem:
        raise _UsageError(f"{path}: cannot write figures here: {problem}")


def _figure_formats(text: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower().lstrip(".") for f in text.split(",") if f.strip())
    known = {"png", "svg", "pdf", "eps", "ps", "jpg", "jpeg", "tif", "tiff", "webp"}
    unknown = [f for f in formats if f not in known]
    if not formats or unknown:
        raise _UsageError(f"--figure-format: unknown format {', '.join(unknown) or text!r}; "
                          f"choose from {', '.join(sorted(known))}")
    return formats


def _figures(out: Path, figures: Path, *, per_article: bool, formats=("png", "svg"), dpi=None) -> list:
    import matplotlib

    matplotlib.use("Agg")
    from .corpus.store import read_output
    from .figures import make_figures

    needed = {"documents", "entity_frequency", "actor_sentiment", "voice", "stance"}
    single = len(read_output(out, tables={"documents"}).documents) == 1
    if single or per_article:
        needed |= {"mentions", "sentences", "profiles"}
    return make_figures(read_output(out, tables=needed), figures, per_article=per_article, formats=formats,
                        dpi=dpi)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = build_parser().parse_args(argv)
    debug = getattr(args, "debug", False)
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)  # `kill PID` is handled as Ctrl-C: no partial files
    try:
        if args.command == "compare":
            return _run_compare(args)
        return _run(args)
    except KeyboardInterrupt:
        print("interrupted; nothing more was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _UsageError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # one line per problem; --debug for the traceback
        if debug:
            raise
        from .io import ArticleError

        kind = "error" if isinstance(exc, (ArticleError, OSError, ValueError)) else f"error ({type(exc).__name__})"
        print(f"{kind}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)


def _terminate(signum, frame):
    raise KeyboardInterrupt


def _run(args) -> int:
    if args.jobs < 1:
        raise _UsageError(f"--jobs must be at least 1, not {args.jobs}")
    if args.chunk_size < 1:
        raise _UsageError(f"--chunk-size must be at least 1, not {args.chunk_size}")
    if args.max_mb is not None and not 0 < args.max_mb <= 1000:
        raise _UsageError(f"--max-mb must be above 0 and at most 1000, not {args.max_mb:g}")
    formats = _figure_formats(args.figure_format)
    if args.dpi is not None and not 10 <= args.dpi <= 2400:
        raise _UsageError(f"--dpi must be between 10 and 2400, not {args.dpi:g}")
    if not args.no_figures:
        _check_figures_dir(args.figures)
    from .corpus.run import Interrupted, run_corpus
    from .corpus.store import OutputError, check_output_dir
    from .io import ArticleError

    try:
        check_output_dir(args.out)
    except OutputError as exc:
        raise _UsageError(str(exc)) from None
    started = time.perf_counter()
    options = {"paths": [str(p) for p in args.paths], "format": args.format,
               "actors": str(args.actors) if args.actors else None, "meta": str(args.meta) if args.meta else None}
    try:
        summary = run_corpus([str(p) for p in args.paths], args.out, fmt=args.format, jobs=args.jobs,
                             engine=args.engine, scheduler=args.scheduler, chunk_size=args.chunk_size,
                             actor_table=args.actors, meta=args.meta, resume=args.resume,
                             progress=sys.stderr.isatty() and not args.no_progress, options=options,
                             keep_empty=False,
                             max_bytes=None if args.max_mb is None else int(args.max_mb * 1_000_000))
    except Interrupted as exc:
        s = exc.summary
        written = s.analysed + s.resumed
        where = f"{written} article(s) are in {args.out}/; rerun with --resume to finish" if written \
            else "nothing was written"
        print(f"interrupted: {_one_line(where)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ArticleError, OutputError) as exc:
        if args.debug:
            raise
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if args.debug:
            raise
        print(f"error: cannot write {args.out}: {_one_line(exc.strerror or exc)}", file=sys.stderr)
        return EXIT_USAGE
    for failure in summary.failures:
        print(f"skipped: {_one_line(failure.message)}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"warning: {_one_line(warning)}", file=sys.stderr)
    if not summary.analysed and not summary.resumed:
        print("error: no article could be analysed; nothing written", file=sys.stderr)
        return EXIT_NOTHING
    figures = []
    if not args.no_figures:
        try:
            figures = _figures(args.out, args.figures, per_article=args.per_article_figures, formats=formats,
                               dpi=args.dpi)
        except OSError as exc:
            if args.debug:
                raise
            print(f"error: cannot write figures to {args.figures}: {_one_line(exc.strerror or exc)}",
                  file=sys.stderr)
            return EXIT_USAGE
    seconds = time.perf_counter() - started
    resumed = f" ({summary.resumed} kept from the earlier run)" if summary.resumed else ""
    out_name, figures_name = _one_line(args.out), _one_line(args.figures)  # a newline in a name stays \n
    figure_note = f", {len(figures)} figure files in {figures_name}/" if not args.no_figures else ""
    print(f"analysed {summary.analysed} article(s){resumed} in {seconds:.1f} s "
          f"({summary.analysed / max(seconds, 1e-9):.2f} articles/s); {len(summary.failures)} failed; "
          f"tables in {out_name}/{figure_note}")
    if summary.failures:
        name = "failures.parquet" if args.format == "parquet" else "failures.csv"
        print(f"{len(summary.failures)} input(s) failed; see {out_name}/{name}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK
