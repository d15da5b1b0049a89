"""Speed and memory of the whole pipeline on the seed article.

Usage: ``python benchmarks/pipeline_speed.py [--repeat 5]``. Prints the model
load time, seconds per article, tokens per second and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "rutte_nato_2024.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")

    started = time.perf_counter()
    from analysis import analyze_text
    from analysis.nlp import load_pipeline
    from analysis.sentiment import load_model

    load_pipeline()
    load_model()
    load_time = time.perf_counter() - started

    analyze_text(text)  # warm-up
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = analyze_text(text)
        times.append(time.perf_counter() - t0)
    best = min(times)
    n_tokens = len(result.tokens)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'measure':<28}{'value':>12}")
    print(f"{'import + model load (s)':<28}{load_time:>12.2f}")
    print(f"{'article tokens':<28}{n_tokens:>12d}")
    print(f"{'s per article (best of ' + str(args.repeat) + ')':<28}{best:>12.3f}")
    print(f"{'s per article (median)':<28}{sorted(times)[len(times) // 2]:>12.3f}")
    print(f"{'tokens per second':<28}{n_tokens / best:>12.0f}")
    print(f"{'peak memory (MiB)':<28}{peak_mib:>12.0f}")


if __name__ == "__main__":
    main()
