"""Score the roles of the installed ``analysis`` package on the hand-read war fixture.

Usage::

    python benchmarks/war_roles_report.py [--split dev|holdout] [--errors]

The fixture is ``tests/data/wikinews_war_roles.json``: ten Wikinews war and
conflict articles with the roles of their main actors read by hand (five
articles looked at while the role rule was written, ``split == "dev"``, five
held out). A fixture actor matches the found actor of the same name or of one
of its ``aliases`` with the most mentions; an actor not found counts as wrong.
Prints accuracy against "everyone is an antagonist", and precision / recall
per role.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "wikinews_war_roles.json"


def score(split: str | None = None) -> pd.DataFrame:
    """One row per fixture actor: ``doc_id``, ``split``, ``actor``, ``gold``, ``predicted``, ``correct``."""
    from analysis import analyze_text

    rows = []
    for article in json.loads(FIXTURE.read_text(encoding="utf-8"))["articles"]:
        if split and article["split"] != split:
            continue
        p = analyze_text(article["text"], doc_id=article["doc_id"]).profiles
        for actor, want in article["roles"].items():
            names = {actor, *article.get("aliases", {}).get(actor, [])}
            found = p[p["actor"].isin(names)].sort_values("mentions", ascending=False, kind="mergesort")
            got = found["role"].iloc[0] if len(found) else "missing"
            rows.append({"doc_id": article["doc_id"], "split": article["split"], "actor": actor, "gold": want,
                         "predicted": got, "correct": got == want})
    return pd.DataFrame(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "holdout"], help="only this part of the fixture")
    parser.add_argument("--errors", action="store_true", help="list the wrong rows")
    args = parser.parse_args(argv)
    t = score(args.split)
    n = len(t)
    print(f"roles right {t['correct'].sum()}/{n} ({t['correct'].mean():.2f}); everyone an antagonist "
          f"{(t['gold'] == 'antagonist').sum()}/{n} ({(t['gold'] == 'antagonist').mean():.2f}); "
          f"unclear {(t['predicted'] == 'unclear').sum()}, not found {(t['predicted'] == 'missing').sum()}")
    for role in ("protagonist", "antagonist", "innocent"):
        tp = ((t["gold"] == role) & (t["predicted"] == role)).sum()
        found, gold = (t["predicted"] == role).sum(), (t["gold"] == role).sum()
        p = f"{tp / found:.2f}" if found else "  - "
        r = f"{tp / gold:.2f}" if gold else "  - "
        print(f"  {role:<12} P={p} R={r}  (gold {gold}, predicted {found})")
    if args.errors:
        print(t[~t["correct"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
