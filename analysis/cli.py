"""Command line: ``python -m analysis run PATH... --out DIR``.

Argument parsing only; the work is done by :func:`analysis.analyze_corpus`,
:meth:`analysis.Analysis.to_csv` and :func:`analysis.figures.make_figures`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Actor-framing analysis of English news articles: who appears, who speaks, "
                    "how each actor is portrayed, and who stands with or against whom.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="analyse articles; write every table (CSV) and figure (PNG, SVG)",
                         description="Analyse .txt articles (files, folders or glob patterns) and write "
                                     "every table as CSV to --out and every figure to --figures.")
    run.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of them, or a glob")
    run.add_argument("--out", default="results", type=Path, help="folder for the tables (default: results)")
    run.add_argument("--figures", default="figures", type=Path, help="folder for the figures (default: figures)")
    run.add_argument("--actors", default=None, type=Path,
                     help="CSV with columns actor,alias to merge, rename or drop actors")
    run.add_argument("--workers", default=1, type=int, help="worker processes for a corpus (default: 1)")
    run.add_argument("--no-figures", action="store_true", help="write the tables only")
    _add_compare_parser(sub)
    return parser


def _add_compare_parser(sub) -> None:
    """``python -m analysis compare OUT --by outlet [--freq M]``: see :func:`analysis.compare.run_compare`."""
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
    from .compare import run_compare

    try:
        written = run_compare(args.out, by=args.by, freq=args.freq, actors=args.actors,
                              min_articles=args.min_articles, documents=args.documents, to=args.to)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} files to {written[0].parent}/")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Exit codes: 0 every article analysed; 1 some articles failed (the others
    were written); 2 nothing could be analysed or the arguments are wrong.
    """
    args = build_parser().parse_args(argv)
    if args.command == "compare":
        return _run_compare(args)
    import matplotlib

    matplotlib.use("Agg")
    from .figures import make_figures
    from .io import ArticleError
    from .pipeline import analyze_corpus

    started = time.perf_counter()
    try:
        result = analyze_corpus([str(p) for p in args.paths], actor_table=args.actors, workers=args.workers)
    except (ArticleError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for row in result.failures.itertuples():
        print(f"skipped: {row.error}", file=sys.stderr)
    if not result.texts:
        print("error: no article could be analysed", file=sys.stderr)
        return 2
    tables = result.to_csv(args.out)
    figures = [] if args.no_figures else make_figures(result, args.figures)
    print(f"analysed {len(result.texts)} article(s) in {time.perf_counter() - started:.1f} s; "
          f"{len(tables)} tables in {args.out}/, {len(figures)} figure files in {args.figures}/")
    if len(result.failures):
        print(f"{len(result.failures)} input(s) failed; see {args.out}/failures.csv", file=sys.stderr)
        return 1
    return 0
