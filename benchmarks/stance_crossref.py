"""Stance across sentences: ``Y condemned the decision`` where the decision is X's (issue 12, stance17).

``tests/data/stance_crossref.json`` holds 60 items drawn from Wikinews articles outside
``tests/data`` (seed 2303; see its ``about``): a sentence whose stance verb takes a definite
event or decision noun (``the move``, ``the ruling``, ``the attack`` ...) or ``it/this`` as its
object, with no owner in the sentence, and the pairs a careful reader marks for it from the
earlier sentences (holder, owner, favor/against), or none. Each article is analysed whole with
:func:`analysis.analyze_text`; a gold pair is found when the article's ``stance`` table holds a
row whose holder and target contain one of the pair's names (lower-case substrings) with its
stance. Printed: pairs found / gold pairs (recall), and the rows of the item sentences (cue
in the item's sentence) that match a gold pair / all such rows (precision on the items).
``--errors`` lists the missed pairs and the unmatched rows.

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/stance_crossref.py [--errors] [--data F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "stance_crossref.json"


def _match(names: list[str], actor: str) -> bool:
    """Whether one of the gold ``names`` is a substring of the (lower-cased) ``actor``."""
    actor = str(actor).lower()
    return any(n in actor for n in names)


def _pair_found(pair: dict, stance) -> bool:
    return any(_match(pair["holder"], r.holder) and _match(pair["target"], r.target) and r.stance == pair["stance"]
               for r in stance.itertuples())


def _in_sentence(row, sentence: str) -> bool:
    """Whether a stance row's evidence is the item's sentence (as split by the drawing script)."""
    ev = " ".join(str(row.evidence).split())
    s = " ".join(sentence.split())
    return ev[:60] in s or s[:60] in ev


def score(data: Path = DATA, errors: bool = False) -> dict:
    """Score the installed package on the cross-sentence items; print errors when asked."""
    import analysis

    items = json.loads(Path(data).read_text(encoding="utf-8"))["items"]
    gold = found = rows = right = 0
    for it in items:
        stance = analysis.analyze_text(it["text"], doc_id=it["doc_id"]).stance
        for pair in it["pairs"]:
            gold += 1
            ok = _pair_found(pair, stance)
            found += ok
            if errors and not ok:
                print(f"MISS {it['doc_id']} {pair['holder'][0]} -> {pair['target'][0]} {pair['stance']}"
                      f"{' (doubtful)' if pair['doubtful'] else ''}: {it['sentence'][:120]}")
        for r in stance.itertuples():
            if not _in_sentence(r, it["sentence"]):
                continue
            rows += 1
            ok = any(_match(p["holder"], r.holder) and _match(p["target"], r.target) and r.stance == p["stance"]
                     for p in it["pairs"])
            right += ok
            if errors and not ok:
                print(f"ROW? {it['doc_id']} {r.holder} -> {r.target} {r.stance} [{r.cue} {r.confidence}]: "
                      f"{str(r.evidence)[:120]}")
    res = dict(gold=gold, found=found, recall=found / gold if gold else float("nan"), rows=rows, right=right,
               precision=right / rows if rows else float("nan"))
    print(f"pairs found {found}/{gold} (recall {res['recall']:.2f}); item-sentence rows matching gold "
          f"{right}/{rows} (precision {res['precision']:.2f})")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    score(args.data, args.errors)


if __name__ == "__main__":
    main()
