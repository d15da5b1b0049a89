"""How the time of :func:`analysis.actors.find_mentions` grows with the text.

Usage: ``python benchmarks/mentions_scaling.py [--long-kb 120] [--corpus N]``.

Parses (once, not timed) the seed article, ten copies of it in one text, and a
single-paragraph text of about ``--long-kb`` kilobytes built from Wikinews
sentences, then times ``find_mentions`` on each (best of 7). ``find_mentions``
should grow linearly: ten copies within about 12x the seed's time. The number
of Python function calls is printed too: unlike seconds, it does not depend on
the load of a shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "rutte_nato_2024.txt"
CORPUS = ROOT.parent.parent / "shared" / "data" / "news_corpus" / "articles.jsonl"
if not CORPUS.exists():
    CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl"


def _time(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--long-kb", type=int, default=120)
    args = parser.parse_args()
    from analysis.actors import find_mentions
    from analysis.nlp import parse

    seed = SEED.read_text(encoding="utf-8")
    texts = {"seed": seed, "seed x10": "\n\n".join([seed] * 10)}
    if CORPUS.exists():
        pieces, size = [], 0
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                text = " ".join(json.loads(line)["text"].split())
                pieces.append(text)
                size += len(text) + 1
                if size >= args.long_kb * 1000:
                    break
        texts[f"{args.long_kb} KB one paragraph"] = " ".join(pieces)
    base = None
    for name, text in texts.items():
        t0 = time.perf_counter()
        doc = parse(text)
        parse_s = time.perf_counter() - t0
        repeat = 7 if len(text) < 60_000 else 1
        secs = _time(lambda: find_mentions(doc), repeat)
        profile = cProfile.Profile()
        profile.runcall(find_mentions, doc)
        calls = pstats.Stats(profile).total_calls
        base = base or (secs, calls)
        print(f"{name:>24}: {len(text):>7} chars {len(doc):>6} tokens  parse {parse_s:6.2f} s  "
              f"find_mentions {secs:7.3f} s ({secs / base[0]:5.1f}x seed), "
              f"{calls:>9,} calls ({calls / base[1]:5.1f}x seed)")


if __name__ == "__main__":
    main()
