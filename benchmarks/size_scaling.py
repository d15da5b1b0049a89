"""CPU seconds of each stage of one large article, against its size.

Usage::

    MPLBACKEND=Agg PYTHONPATH=. .venv/bin/python benchmarks/size_scaling.py [--sizes 500000,1000000,2000000]

Builds one article of each size (UTF-8 bytes) from whole Wikinews articles, in
two layouts: ``paragraphs`` (the articles joined by blank lines, as a long
report) and ``one paragraph`` (the same text with every line end made a
space). Each is run through :func:`analysis.analyze_text` with every stage
that ``analysis.pipeline`` calls wrapped in a CPU timer, so the table shows
which stage grows faster than the text. CPU seconds (``time.process_time``)
are used because wall time on a shared machine depends on the load.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl"
STAGES = ("article_from_text", "tokenize", "sentence_scores", "doc_from_tokens", "parse_many", "find_mentions",
          "add_descriptions", "score_mentions", "mention_sentiment", "extract_quotes", "document_row",
          "entity_frequency", "actor_sentiment", "voice_table", "extract_stance", "profile_tables")


def build_text(pool: list[str], size: int, *, one_paragraph: bool) -> str:
    """Whole articles joined until ``size`` UTF-8 bytes, cut at an article end."""
    parts, total = [], 0
    for piece in pool:
        if total >= size:
            break
        parts.append(piece.strip())
        total += len(piece.encode("utf-8")) + 2
    text = "\n\n".join(parts)
    while len(text.encode("utf-8")) > size and "\n\n" in text:
        text = text[:text.rfind("\n\n")]
    return " ".join(text.split()) if one_paragraph else text


def timed_stages(cpu: collections.Counter):
    """Wrap the pipeline's stage functions in CPU timers; returns an undo function."""
    from analysis import pipeline as P

    saved = {}
    for name in STAGES:
        fn = getattr(P, name)
        saved[name] = fn

        @functools.wraps(fn)
        def wrapper(*args, _fn=fn, _name=name, **kwargs):
            t0 = time.process_time()
            out = _fn(*args, **kwargs)
            if _name == "parse_many":
                out = list(out)  # a generator: the work happens while it is consumed
            cpu[_name] += time.process_time() - t0
            return out

        setattr(P, name, wrapper)
    return lambda: [setattr(P, k, v) for k, v in saved.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="500000,1000000,2000000", help="UTF-8 bytes, comma-separated")
    parser.add_argument("--layouts", default="paragraphs,one paragraph")
    args = parser.parse_args()
    from analysis import analyze_text
    from analysis.nlp import load_pipeline
    from analysis.sentiment import load_model

    load_pipeline()
    load_model()
    with open(CORPUS, encoding="utf-8") as fh:
        pool = [json.loads(line)["text"] for line in fh]
    analyze_text(pool[0])  # warm-up
    rows = []
    for layout in args.layouts.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            text = build_text(pool, size, one_paragraph=layout == "one paragraph")
            cpu = collections.Counter()
            undo = timed_stages(cpu)
            t0 = time.process_time()
            try:
                analyze_text(text, max_bytes=len(text.encode("utf-8")) + 1)  # above the default limit too
            finally:
                undo()
            total = time.process_time() - t0
            mb = len(text.encode("utf-8")) / 1e6
            top = ", ".join(f"{k} {v:.1f}" for k, v in cpu.most_common(5))
            rows.append((layout, mb, total, top))
            print(f"| {layout} | {mb:.2f} MB | {len(text.split()):,} words | {total:.1f} s | "
                  f"{total / mb:.1f} s/MB | {top} |", flush=True)


if __name__ == "__main__":
    main()
