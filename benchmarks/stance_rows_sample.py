"""Collect every stance row of the package on random Wikinews articles, to judge them by reading.

The articles of ``/work/shared/data/news_corpus/articles.jsonl`` are shuffled
with ``random.Random(SEED)``; articles whose doc_id appears anywhere in
``tests/data`` (but for the ``stance_rows_judged_*`` files this script made) are skipped and the first ``--n`` others are analysed. Every
row of the stance table is written as one JSON line (doc_id, sentence offsets
in the article text, holder, target, polarity, confidence, cue, sentence);
``verdict`` and ``kind`` are left empty, to be filled by reading (how
``tests/data/stance_rows_judged_2503.jsonl`` was made, seed 2503).

``tests/data/stance_rows_judged_2503.jsonl`` (stance27, session 25, issue 12):
the 90 rows of main (6cc5369) on the 150 articles of seed 2503 (52 of them
have rows), each read and judged ``right`` / ``wrong`` / ``doubtful`` with a
``kind`` for the wrong and doubtful ones and a ``note``. Standard of
``stance_holdout_batch13.json`` (an agreement or talks are neutral; arrests,
charges and detention are against the person). Honest precision of main,
before any rule of stance27: 50 right, 28 wrong, 12 doubtful: P 0.64 without
the doubtful rows (0.56 counting them wrong); by confidence: < 0.4 0.43
(6/14), 0.4-0.6 0.58 (15/26), 0.6-0.8 0.68 (19/28), >= 0.8 1.00 (10/10).
Wrong by kind: misparse 16, news source or medium as holder 4, place as
target 3, neutral dealing 3, a speaker's report of someone else's view 2.
After rule 29 of the stance docstring (stance27): 86 rows, 50 right, 24
wrong, 12 doubtful, P 0.68 (4 wrong rows gone, no right one; in-sample).

With ``--grep REGEX`` only articles whose text matches are drawn (a targeted
check of a rule's words).

With ``--judged FILE`` the rows of the run are scored against those verdicts
(rows not in the file are counted as unjudged), by confidence band.

With ``--compare FILE`` the rows are matched against an earlier output (by
doc_id, sentence start, holder, target) and only the removed, added or changed
rows are printed: the check of a precision rule on a second sample.

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/stance_rows_sample.py --n 150 --seed 2503 > rows.jsonl
    PYTHONPATH=. .venv/bin/python benchmarks/stance_rows_sample.py --n 150 --seed 2504 --compare rows_before.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = Path("/work/shared/data/news_corpus/articles.jsonl")


def excluded_ids() -> set[str]:
    """Return every Wikinews doc_id named in ``tests/data``, except in the judged rows of this script."""
    ids: set[str] = set()
    for path in (ROOT / "tests" / "data").rglob("*"):
        if path.is_file() and not path.name.startswith("stance_rows_judged_"):
            ids |= set(re.findall(r"wikinews-[0-9a-z]+", path.read_text(errors="ignore")))
    return ids


def draw(seed: int, n: int, pattern: str | None = None) -> list[dict]:
    """Return the first ``n`` articles of the shuffled corpus outside ``tests/data`` (matching ``pattern``)."""
    articles = [json.loads(line) for line in CORPUS.open()]
    random.Random(seed).shuffle(articles)
    skip = excluded_ids()
    found = re.compile(pattern) if pattern else None
    return [a for a in articles if a["doc_id"] not in skip and a["text"].strip()
            and (found is None or found.search(a["text"]))][:n]


def rows_of(articles: list[dict]) -> list[dict]:
    """Analyse the articles and return their stance rows with sentence offsets."""
    from analysis.pipeline import analyze_batch

    items = [(a["doc_id"], a["text"], None, a["doc_id"]) for a in articles]
    out: list[dict] = []
    for article, result in zip(articles, analyze_batch(items, errors="return")):
        if isinstance(result, BaseException):
            print(f"{article['doc_id']}: {result!r}", file=sys.stderr)
            continue
        sents = result.sentences.set_index("sent_id")
        for row in result.stance.itertuples(index=False):
            s = sents.loc[row.sent_id]
            start, end = int(s["start"]), int(s["end"])
            out.append({"doc_id": row.doc_id, "sent_start": start, "sent_end": end, "holder": row.holder,
                        "target": row.target, "polarity": row.stance, "confidence": float(row.confidence),
                        "cue": row.cue, "sentence": article["text"][start:end], "verdict": "", "kind": ""})
    return out


def key(row: dict) -> tuple:
    """Return the identity of a row across runs."""
    return row["doc_id"], row["sent_start"], row["holder"], row["target"]


def compare(before: list[dict], after: list[dict]) -> None:
    """Print the rows removed, added or changed between two runs."""
    old = {key(r): r for r in before}
    new = {key(r): r for r in after}
    for k in sorted(old.keys() | new.keys()):
        a, b = old.get(k), new.get(k)
        if a and b and (a["polarity"], a["confidence"]) == (b["polarity"], b["confidence"]):
            continue
        tag = "REMOVED" if b is None else "ADDED" if a is None else "CHANGED"
        r = b or a
        was = f" (was {a['polarity']} {a['confidence']})" if a and b else ""
        print(f"{tag} {r['doc_id']} {r['holder']} -> {r['target']} {r['polarity']} {r['confidence']}{was} "
              f"[{r['cue']}]\n    {r['sentence']!r}")


BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def score(judged: list[dict], rows: list[dict]) -> None:
    """Print the precision of ``rows`` against the verdicts of ``judged``, by confidence band."""
    verdict = {key(r): r["verdict"] for r in judged}
    for lo, hi in ((0.0, 1.01),) + BANDS:
        band = [r for r in rows if lo <= r["confidence"] < hi]
        got = [verdict.get(key(r), "unjudged") for r in band]
        right, wrong = got.count("right"), got.count("wrong")
        prec = right / (right + wrong) if right + wrong else float("nan")
        print(f"confidence {lo:.1f}-{min(hi, 1.0):.1f}: {len(band)} rows, right {right}, wrong {wrong}, "
              f"doubtful {got.count('doubtful')}, unjudged {got.count('unjudged')}, P {prec:.2f}")


def main(argv=None) -> None:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier output of this script")
    parser.add_argument("--grep", help="keep only articles whose text matches this regular expression")
    parser.add_argument("--judged", type=Path, help="a judged output (verdict field filled)")
    args = parser.parse_args(argv)
    rows = rows_of(draw(args.seed, args.n, args.grep))
    if args.judged:
        score([json.loads(line) for line in args.judged.open() if line.strip()], rows)
        return
    if args.compare:
        compare([json.loads(line) for line in args.compare.open() if line.strip()], rows)
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
