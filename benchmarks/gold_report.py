"""Compare the analysis of the seed article with the human gold reading.

Usage: ``python benchmarks/gold_report.py [GOLD_JSON]`` (default:
``tests/data/rutte_nato_2024.gold.json``). Prints, per part of the gold file,
what was found: actor types and name counts, pronouns, quotes, stance pairs
and framing signs.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _locate(text, paragraphs, paragraph, evidence):
    start, end = paragraphs[paragraph]
    at = text.find(evidence, start, end)
    return at, at + len(evidence)


def main() -> None:
    from analysis import analyze
    from analysis.tokenize import paragraph_spans

    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "rutte_nato_2024.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = ROOT / gold["article"]
    text = path.read_text(encoding="utf-8")
    paras = paragraph_spans(text)
    r = analyze(path)
    freq = r.entity_frequency.set_index("actor")

    print("## Actors (name mentions)")
    print(f"{'actor':<40}{'type':>8}{'gold':>6}{'found':>7}{'type ok':>9}")
    for a in gold["actors"]:
        got = freq.loc[a["actor"]] if a["actor"] in freq.index else None
        n = int(got["name_mentions"]) if got is not None else 0
        ok = got is not None and got["actor_type"] == a["type"]
        print(f"{a['actor']:<40}{a['type']:>8}{a['name_mentions']:>6}{n:>7}{str(ok):>9}")
    extra = sorted(set(freq.index) - {a["actor"] for a in gold["actors"]})
    print(f"actors not in gold: {extra}")

    print("\n## Pronouns")
    pron = r.mentions[r.mentions["kind"] == "pronoun"]
    right = 0
    for p in gold["pronouns"]:
        a, b = _locate(text, paras, p["paragraph"], p["evidence"])
        at = a + re.search(rf"\b{p['pronoun']}\b", text[a:b]).start()
        row = pron[pron["start"] == at]
        got = row["actor"].iloc[0] if len(row) else "-"
        right += got == p["actor"]
        print(f"{p['evidence']:<40} gold {p['actor']:<18} found {got}")
    print(f"pronouns right: {right}/{len(gold['pronouns'])}")

    print("\n## Quotes")
    q = r.quotes
    found = 0
    for item in gold["quotes"]:
        a, b = _locate(text, paras, item["paragraph"], item["evidence"])
        rows = q[(q["end"] > a) & (q["start"] < b)]
        speaker = "" if item["speaker"] == "anonymous diplomat" else item["speaker"]
        ok = (rows["speaker"] == speaker).any()
        found += ok
        print(f"{item['evidence'][:45]:<47}{item['speaker']:<20}{'found' if ok else 'MISSED'}")
    print(f"quotes found with the right speaker: {found}/{len(gold['quotes'])}; rows: {len(q)}")

    print("\n## Stance")
    s = r.stance.merge(r.sentences[["sent_id", "paragraph"]], on="sent_id")
    matched, found = set(), 0
    for g in gold["stance"]:
        hit = s[(s["paragraph"] == g["paragraph"]) & (s["holder"] == g["holder"]) & (s["target"] == g["target"])
                & (s["stance"] == g["stance"])]
        matched |= set(hit.index)
        found += len(hit) > 0
        print(f"p{g['paragraph']:<3}{g['holder']:<18}{g['stance']:<9}{g['target']:<14}{'found' if len(hit) else 'MISSED'}")
    print(f"stance pairs found: {found}/{len(gold['stance'])}; rows: {len(s)}; rows matching no gold pair: "
          f"{len(s) - len(matched)}")
    for row in s.drop(index=list(matched)).itertuples():
        print(f"  unmatched: p{row.paragraph} {row.holder} {row.stance} {row.target} (cue: {row.cue})")

    print("\n## Framing signs (mean target score)")
    a = r.actor_sentiment.set_index("actor")
    for actor, sign in gold["framing"]["sentiment_sign"].items():
        score = a.loc[actor, "mean_target_score"]
        naive = a.loc[actor, "mean_sentence_compound"]
        print(f"{actor:<18}{sign:>10}  targeted {score:+.3f}  naive {naive:+.3f}")


if __name__ == "__main__":
    main()
