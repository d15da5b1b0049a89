"""Score the installed ``analysis`` package on the hand-annotated dev articles.

Usage::

    python benchmarks/dev_report.py [--data DIR] [--json FILE] [--errors] [--doc DOC_ID ...]

``--data`` is a folder with ``articles.jsonl`` and one ``<doc_id>.gold.json``
per article (default: ``tests/data/dev`` of this repository). The package is
whatever ``import analysis`` finds on the running Python, so another checkout
can be scored with its own interpreter::

    other/.venv/bin/python /work/wt/devset/benchmarks/dev_report.py --data /work/wt/devset/tests/data/dev

Prints precision / recall / F1 per stage over the whole set and per article;
the matching rules are in :mod:`dev_scoring`. ``--json`` writes the scores as
JSON; ``--errors`` lists every error row (missed and extra items).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))  # dev_scoring next to this file

import dev_scoring as ds  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def load_dev_set(data: Path, only=None) -> list[tuple[dict, dict]]:
    """``(article, gold)`` pairs for every gold file in ``data`` (sorted by doc_id)."""
    articles = {}
    with open(data / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                art = json.loads(line)
                articles[art["doc_id"]] = art
    pairs = []
    for path in sorted(data.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if only and gold["doc_id"] not in only:
            continue
        pairs.append((articles[gold["doc_id"]], gold))
    return pairs


def _rows(table: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return table[table["doc_id"] == doc_id] if "doc_id" in table.columns else table


def score_article(result, article: dict, gold: dict) -> dict:
    """Every stage's scores for one analysed article."""
    doc_id, text = article["doc_id"], article["text"]
    ef = _rows(result.entity_frequency, doc_id)
    sent = _rows(result.actor_sentiment, doc_id)
    profiles = getattr(result, "profiles", None)
    if isinstance(profiles, pd.DataFrame):
        profiles = _rows(profiles, doc_id)
    return {
        "actors": ds.score_actors(ef, gold),
        "names": ds.score_name_mentions(ef, gold),
        "pronouns": ds.score_pronouns(_rows(result.mentions, doc_id), text, gold),
        "quotes": ds.score_quotes(_rows(result.quotes, doc_id), text, gold),
        "stance": ds.score_stance(_rows(result.stance, doc_id), gold),
        "target": ds.score_sentiment(sent, gold, column="mean_target_score"),
        "naive": ds.score_sentiment(sent, gold, column="mean_sentence_compound"),
        "roles": ds.score_roles(profiles, gold),
    }


def _f(x, digits=2) -> str:
    return "  -  " if x != x else f"{x:.{digits}f}"


def summarise(scores: dict[str, dict]) -> dict:
    """Micro-averaged totals over all articles (plain numbers, JSON-ready)."""
    tot = Counter()
    by_type = {t: Counter() for t in ds.TYPES}
    pron = {g: Counter() for g in ("he/she", "it/they")}
    q_errors = Counter()
    tg, tp_, nv = [], [], []
    roles, roles_present = [], False
    for s in scores.values():
        a = s["actors"]
        for k in ("tp", "found", "gold", "wrong_type", "duplicate", "junk", "other"):
            tot["actors_" + k] += a[k]
        for t in ds.TYPES:
            by_type[t].update({"found": a["by_type"][t]["found"], "correct": a["by_type"][t]["correct"]})
        for k in ("matched", "gold", "found"):
            tot["names_" + k] += s["names"][k]
        for g in pron:
            pron[g].update({k: v for k, v in s["pronouns"]["groups"][g].items() if k != "accuracy" and k != "precision"})
        tot["pron_null"] += s["pronouns"]["no_referent"]
        tot["pron_null_right"] += s["pronouns"]["no_referent_right"]
        q = s["quotes"]
        for k in ("tp", "found", "gold", "matched_gold", "speaker_right", "not_quotes_found"):
            tot["quotes_" + k] += q[k]
        q_errors.update(q["errors"])
        st = s["stance"]
        for k in ("tp", "found", "gold", "gold_found", "gold_sure", "gold_sure_found", "wrong_sign"):
            tot["stance_" + k] += st[k]
        tg += list(s["target"]["gold"])
        tp_ += list(s["target"]["predicted"])
        nv += list(s["naive"]["predicted"])
        if s["roles"] is not None:
            roles_present = True
            roles += list(s["roles"]["correct"])

    def ratio(a, b):
        return a / b if b else float("nan")

    def f1(p, r):
        return 2 * p * r / (p + r) if p == p and r == r and p + r else (0.0 if p == p and r == r else float("nan"))

    out = {}
    p, r = ratio(tot["actors_tp"], tot["actors_found"]), ratio(tot["actors_tp"], tot["actors_gold"])
    out["actors"] = {"precision": p, "recall": r, "f1": f1(p, r), "tp": tot["actors_tp"], "found": tot["actors_found"],
                     "gold": tot["actors_gold"], "wrong_type": tot["actors_wrong_type"],
                     "duplicate": tot["actors_duplicate"], "junk": tot["actors_junk"], "other": tot["actors_other"],
                     "by_type": {t: {"found": c["found"], "correct": c["correct"],
                                     "precision": ratio(c["correct"], c["found"])} for t, c in by_type.items()}}
    p, r = ratio(tot["names_matched"], tot["names_found"]), ratio(tot["names_matched"], tot["names_gold"])
    out["name_mentions"] = {"precision": p, "recall": r, "f1": f1(p, r), "matched": tot["names_matched"],
                            "found": tot["names_found"], "gold": tot["names_gold"]}
    out["pronouns"] = {g: {"gold": c["gold"], "right": c["right"], "accuracy": ratio(c["right"], c["gold"]),
                           "found": c["found"], "found_right": c["found_right"],
                           "precision": ratio(c["found_right"], c["found"])} for g, c in pron.items()}
    out["pronouns"]["no_referent"] = {"gold": tot["pron_null"], "left_alone": tot["pron_null_right"]}
    p = ratio(tot["quotes_tp"], tot["quotes_found"])
    r = ratio(tot["quotes_matched_gold"], tot["quotes_gold"])
    out["quotes"] = {"precision": p, "recall": r, "f1": f1(p, r), "found": tot["quotes_found"],
                     "found_matching": tot["quotes_tp"], "gold": tot["quotes_gold"],
                     "gold_matched": tot["quotes_matched_gold"], "speaker_right": tot["quotes_speaker_right"],
                     "speaker_accuracy": ratio(tot["quotes_speaker_right"], tot["quotes_matched_gold"]),
                     "speaker_errors": dict(q_errors), "not_quotes_found": tot["quotes_not_quotes_found"]}
    p, r = ratio(tot["stance_tp"], tot["stance_found"]), ratio(tot["stance_gold_found"], tot["stance_gold"])
    out["stance"] = {"precision": p, "recall": r, "f1": f1(p, r), "found": tot["stance_found"],
                     "found_matching": tot["stance_tp"], "gold": tot["stance_gold"],
                     "gold_found": tot["stance_gold_found"], "wrong_sign": tot["stance_wrong_sign"],
                     "recall_not_doubtful": ratio(tot["stance_gold_sure_found"], tot["stance_gold_sure"]),
                     "gold_not_doubtful": tot["stance_gold_sure"]}
    out["target_sentiment"] = {
        "n": len(tg),
        "target": {"accuracy": ratio(sum(g == p for g, p in zip(tg, tp_)), len(tg)), "macro_f1": ds.macro_f1(tg, tp_),
                   "missing": tp_.count("missing")},
        "naive": {"accuracy": ratio(sum(g == p for g, p in zip(tg, nv)), len(tg)), "macro_f1": ds.macro_f1(tg, nv),
                  "missing": nv.count("missing")},
        "gold_counts": dict(Counter(tg))}
    out["roles"] = ({"n": len(roles), "accuracy": ratio(sum(roles), len(roles))} if roles_present
                    else {"note": "skipped: the result has no profiles table with a role column"})
    return out


def per_article_table(scores: dict[str, dict]) -> pd.DataFrame:
    """One row per article with the headline numbers of every stage."""
    rows = []
    for doc_id, s in scores.items():
        a, q, st, pr = s["actors"], s["quotes"], s["stance"], s["pronouns"]["groups"]
        rows.append({
            "doc_id": doc_id,
            "act_P": a["precision"], "act_R": a["recall"], "junk": a["junk"],
            "names_R": s["names"]["recall"],
            "he_acc": pr["he/she"]["accuracy"], "it_acc": pr["it/they"]["accuracy"],
            "q_P": q["precision"], "q_R": q["recall"], "q_F1": q["f1"], "spk_acc": q["speaker_accuracy"],
            "st_P": st["precision"], "st_R": st["recall"], "st_F1": st["f1"], "st_sign": st["wrong_sign"],
            "tgt_acc": s["target"]["correct"].mean() if len(s["target"]) else float("nan"),
            "naive_acc": s["naive"]["correct"].mean() if len(s["naive"]) else float("nan"),
        })
    return pd.DataFrame(rows)


def print_report(summary: dict, table: pd.DataFrame, scores: dict, *, errors: bool) -> None:
    a = summary["actors"]
    print(f"## Overall ({len(scores)} articles)\n")
    print(f"{'stage':<28}{'P':>6}{'R':>6}{'F1':>6}  counts")
    print(f"{'actors':<28}{_f(a['precision']):>6}{_f(a['recall']):>6}{_f(a['f1']):>6}  "
          f"{a['tp']} right of {a['found']} found, {a['gold']} gold; wrong type {a['wrong_type']}, "
          f"duplicate {a['duplicate']}, junk {a['junk']}, other entities {a['other']} (neutral)")
    for t, c in a["by_type"].items():
        print(f"{'  precision ' + t:<28}{_f(c['precision']):>6}{'':>12}  {c['correct']}/{c['found']}")
    n = summary["name_mentions"]
    print(f"{'name mentions':<28}{_f(n['precision']):>6}{_f(n['recall']):>6}{_f(n['f1']):>6}  "
          f"min(found, gold) summed {n['matched']}; found {n['found']}, gold {n['gold']}")
    for g in ("he/she", "it/they"):
        c = summary["pronouns"][g]
        print(f"{'pronouns ' + g:<28}{_f(c['precision']):>6}{_f(c['accuracy']):>6}{'':>6}  "
              f"right actor {c['right']}/{c['gold']} gold; {c['found_right']}/{c['found']} found pronoun mentions right")
    nr = summary["pronouns"]["no_referent"]
    print(f"{'  pronouns w/o listed actor':<28}{'':>18}  left unresolved {nr['left_alone']}/{nr['gold']}")
    q = summary["quotes"]
    print(f"{'quotes':<28}{_f(q['precision']):>6}{_f(q['recall']):>6}{_f(q['f1']):>6}  "
          f"{q['found_matching']}/{q['found']} found match a gold quote; {q['gold_matched']}/{q['gold']} gold found; "
          f"not-quotes found {q['not_quotes_found']}")
    errs = ", ".join(f"{k} {v}" for k, v in sorted(q["speaker_errors"].items())) or "none"
    print(f"{'  speaker accuracy':<28}{'':>6}{_f(q['speaker_accuracy']):>6}{'':>6}  "
          f"{q['speaker_right']}/{q['gold_matched']} matched quotes; errors: {errs}")
    s = summary["stance"]
    print(f"{'stance triples':<28}{_f(s['precision']):>6}{_f(s['recall']):>6}{_f(s['f1']):>6}  "
          f"{s['found_matching']}/{s['found']} found right; {s['gold_found']}/{s['gold']} gold found; "
          f"right pair, wrong sign {s['wrong_sign']}")
    print(f"{'  recall w/o doubtful gold':<28}{'':>6}{_f(s['recall_not_doubtful']):>6}{'':>6}  "
          f"of {s['gold_not_doubtful']} gold triples not marked doubtful")
    ts = summary["target_sentiment"]
    print(f"{'target sentiment (acc/F1m)':<28}{_f(ts['target']['accuracy']):>6}{_f(ts['target']['macro_f1']):>6}"
          f"{'':>6}  n={ts['n']} gold signs {ts['gold_counts']}; actor not found {ts['target']['missing']}")
    print(f"{'naive sentence (acc/F1m)':<28}{_f(ts['naive']['accuracy']):>6}{_f(ts['naive']['macro_f1']):>6}"
          f"{'':>6}  mean_sentence_compound, same band ±{ds.NEUTRAL_BAND}")
    r = summary["roles"]
    if "accuracy" in r:
        print(f"{'roles (accuracy)':<28}{_f(r['accuracy']):>6}{'':>12}  n={r['n']}")
    else:
        print(f"{'roles':<28}  {r['note']}")

    print("\n## Per article\n")
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.float_format", "{:.2f}".format):
        print(table.to_string(index=False, na_rep="-"))

    print("\n## Junk actors (found, not gold actors, not other entities)\n")
    for doc_id, sc in scores.items():
        junk = sc["actors"]["rows"].query("status == 'junk'")
        if len(junk):
            print(f"{doc_id}: " + "; ".join(f"{x} ({t})" for x, t in zip(junk["actor"], junk["actor_type"])))

    if not errors:
        return
    print("\n## Errors\n")
    with pd.option_context("display.width", 250, "display.max_colwidth", 70, "display.max_rows", 1000):
        for doc_id, sc in scores.items():
            print(f"### {doc_id}")
            rows = sc["actors"]["rows"]
            bad = rows[rows["status"].isin(["wrong_type", "duplicate"])]
            if len(bad):
                print("actors wrong type / duplicate:\n" + bad.to_string(index=False))
            if sc["actors"]["missed"]:
                print("actors missed: " + "; ".join(sc["actors"]["missed"]))
            nm = sc["names"]["rows"]
            nm = nm[nm["gold"] != nm["found"]]
            if len(nm):
                print("name mentions (found != gold):\n" + nm.to_string(index=False))
            pr = sc["pronouns"]["rows"]
            pr = pr[~pr["correct"]]
            if len(pr):
                print("pronouns wrong:\n" + pr.drop(columns=["start"]).to_string(index=False))
            qr = sc["quotes"]["rows"]
            qr = qr[qr["status"] != "ok"]
            if len(qr):
                print("quotes missed or wrong speaker:\n" + qr.to_string(index=False))
            if len(sc["quotes"]["extra"]):
                print("quotes found, not in gold:\n" + sc["quotes"]["extra"].to_string(index=False))
            sr = sc["stance"]["rows"]
            sr = sr[~sr["found"]]
            if len(sr):
                print("stance missed:\n" + sr.to_string(index=False))
            if len(sc["stance"]["extra"]):
                print("stance found, not in gold:\n" + sc["stance"]["extra"].to_string(index=False))
            for name in ("target", "naive"):
                t = sc[name]
                t = t[~t["correct"]]
                if len(t):
                    print(f"sentiment ({name}) wrong:\n" + t.to_string(index=False))
            if sc["roles"] is not None:
                t = sc["roles"][~sc["roles"]["correct"]]
                if len(t):
                    print("roles wrong:\n" + t.to_string(index=False))
            print()


def _plain(obj):
    """numpy scalars -> Python numbers (for ``json.dumps``)."""
    return obj.item() if hasattr(obj, "item") else str(obj)


def _jsonable(obj):
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_jsonable(v) for v in obj]
    if hasattr(obj, "item"):
        obj = obj.item()
    if isinstance(obj, float) and obj != obj:
        return None
    return obj


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "dev",
                        help="folder with articles.jsonl and <doc_id>.gold.json files")
    parser.add_argument("--json", type=Path, help="write machine-readable scores to this file")
    parser.add_argument("--errors", action="store_true", help="list every error row")
    parser.add_argument("--doc", nargs="*", help="score only these doc_ids")
    args = parser.parse_args(argv)

    import analysis

    pairs = load_dev_set(args.data, only=set(args.doc) if args.doc else None)
    print(f"analysis {getattr(analysis, '__version__', '?')} from {Path(analysis.__file__).parent}; "
          f"data {args.data}")
    scores, t0 = {}, time.perf_counter()
    for article, gold in pairs:
        result = analysis.analyze_text(article["text"], doc_id=article["doc_id"])
        scores[article["doc_id"]] = score_article(result, article, gold)
    print(f"{len(pairs)} articles analysed in {time.perf_counter() - t0:.1f} s\n")
    summary = summarise(scores)
    table = per_article_table(scores)
    print_report(summary, table, scores, errors=args.errors)
    if args.json:
        payload = {"overall": summary, "per_article": table.to_dict("records")}
        args.json.write_text(json.dumps(_jsonable(payload), indent=1, default=_plain) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
