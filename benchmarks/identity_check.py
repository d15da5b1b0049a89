"""Check that a change to the package leaves every output table identical.

Usage::

    python benchmarks/identity_check.py --save DIR      # before the change
    python benchmarks/identity_check.py --compare DIR   # after the change
    python benchmarks/identity_check.py --save DIR --corpus 300   # and 300 Wikinews articles more

Runs :func:`analysis.pipeline.analyze_batch` on the seed article, the dev
articles (``tests/data/dev``) and the Wikinews sample
(``tests/data/wikinews_sample.jsonl``), writes every table of every article
as CSV and, with ``--compare``, checks the new CSV files byte for byte
against the saved ones. Exit status 1 if any table differs. ``--corpus N``
adds N articles spread evenly over the Wikinews corpus
(``../shared/data/news_corpus/articles.jsonl``); use the same N for
``--save`` and ``--compare``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout this script belongs to


CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl"


def articles(corpus: int = 0) -> list[tuple[str, str]]:
    """``(doc_id, text)`` of the seed, dev and Wikinews sample articles, and ``corpus`` corpus articles."""
    items = [("seed", (ROOT / "seeds" / "rutte_nato_2024.txt").read_text(encoding="utf-8"))]
    for path in (ROOT / "tests" / "data" / "dev" / "articles.jsonl", ROOT / "tests" / "data" / "wikinews_sample.jsonl"):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    art = json.loads(line)
                    items.append((art["doc_id"], art["text"]))
    if corpus:
        with open(CORPUS, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        step = max(len(rows) // corpus, 1)
        items += [(f"corpus-{k}", row["text"]) for k, row in enumerate(rows[::step][:corpus])]
    return items


def table_csvs(corpus: int = 0) -> dict[str, str]:
    """``{"<doc_id>/<table>.csv": csv text}`` for every article and table."""
    from analysis.io import article_from_text
    from analysis.pipeline import analyze_batch

    items = []
    for doc_id, text in articles(corpus):
        art = article_from_text(text, doc_id=doc_id, source="identity_check")
        items.append((doc_id, art.text, None, "identity_check"))
    out = {}
    for (doc_id, *_), result in zip(items, analyze_batch(items, errors="raise")):
        for name, table in result.tables().items():
            out[f"{doc_id}/{name}.csv"] = table.to_csv(index=False)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path, help="write the tables to this folder")
    g.add_argument("--compare", type=Path, help="compare the tables with those saved in this folder")
    ap.add_argument("--corpus", type=int, default=0, metavar="N",
                    help="also N articles spread over the Wikinews corpus (same N for --save and --compare)")
    args = ap.parse_args(argv)
    csvs = table_csvs(args.corpus)
    if args.save:
        for rel, text in csvs.items():
            path = args.save / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"saved {len(csvs)} tables of {len({r.split('/')[0] for r in csvs})} articles to {args.save}")
        return 0
    saved = {str(p.relative_to(args.compare)): p.read_text(encoding="utf-8")
             for p in args.compare.rglob("*.csv")}
    differ = sorted(r for r in set(saved) | set(csvs) if saved.get(r) != csvs.get(r))
    for rel in differ:
        print("DIFFERENT:", rel)
    n_docs = len({r.split('/')[0] for r in csvs})
    print(f"{len(csvs) - len(differ)} of {len(set(saved) | set(csvs))} tables identical ({n_docs} articles)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
