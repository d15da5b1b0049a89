"""Train and test a learned fallback for sentence-level directed stance (leave one file out).

Usage (from the repository root)::

    python -m analysis.train_stance [--cache /tmp/stance_feats.pkl] [--C 0.3] [--lemmas]

Data
    The hand-labelled pairs of ``tests/data/stance_pairs_{dev,dev2,...,dev7,acts}.jsonl``
    (see ``benchmarks/stance_pairs_eval.py``): each item's sentence is parsed by
    itself (as ``--alone`` does), the rules of :func:`analysis.stance.extract_stance`
    are run on it, and each item gives two ORDERED examples, ``(p, q)`` and
    ``(q, p)``, labelled ``favor``/``against`` when the item's label has that
    direction and ``none`` otherwise (features of :func:`analysis.stance_learned.pair_features`).

Model
    A multinomial logistic regression (scikit-learn, lbfgs, deterministic)
    over the ordered examples.  An item's fallback label, used only where the
    rules give ``none``: the ordered pair and polarity with the highest
    probability, if it exceeds a threshold; else ``none``.

Evaluation
    Leave one file out: for each of the 8 files, the model is trained on the
    other 7, the threshold is chosen on those 7 by an inner leave-one-file-out
    (out-of-fold probabilities, threshold maximising pooled 5-class macro-F1 of
    rules + fallback), and the file is scored with rules alone and rules +
    fallback: 5-class and 3-class macro-F1 per file and pooled, and a paired
    bootstrap of the pooled difference.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
FILES = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "acts"]
LABELS = ["none", "p->q favor", "p->q against", "q->p favor", "q->p against"]
CLASSES = ["none", "favor", "against"]
SEED = 20261130


def _eval_module():
    path = ROOT / "benchmarks" / "stance_pairs_eval.py"
    spec = importlib.util.spec_from_file_location("stance_pairs_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rule_answers(item: dict, table, mentions) -> tuple[tuple, tuple, int]:
    """The rules' ``(stance, confidence)`` for ``p -> q`` and ``q -> p``, and the number of other rows."""
    def actors(a, b):
        hit = mentions[(mentions["start"] < b) & (mentions["end"] > a)]
        return set(hit["actor"])

    p, q = actors(item["p_start"], item["p_end"]), actors(item["q_start"], item["q_end"])

    def on(actor, start, end, names, a, b):
        return actor in names or start < b and end > a

    pq, qp, other = ("none", 0.0), ("none", 0.0), 0
    for row in table.itertuples(index=False):
        hp = on(row.holder, row.holder_start, row.holder_end, p, item["p_start"], item["p_end"])
        hq = on(row.holder, row.holder_start, row.holder_end, q, item["q_start"], item["q_end"])
        tp = on(row.target, row.target_start, row.target_end, p, item["p_start"], item["p_end"])
        tq = on(row.target, row.target_start, row.target_end, q, item["q_start"], item["q_end"])
        if hp and tq and not hq:
            if row.confidence > pq[1]:
                pq = (row.stance, float(row.confidence))
        elif hq and tp and not hp:
            if row.confidence > qp[1]:
                qp = (row.stance, float(row.confidence))
        else:
            other += 1
    return pq, qp, other


def build(cache: Path | None = None) -> list[dict]:
    """Parse every item's sentence, run the rules and compute the features of both orders."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from analysis.sentiment import score_mentions
    from analysis.stance import extract_stance
    from analysis.stance_learned import pair_features

    ev = _eval_module()
    out = []
    for name in FILES:
        items = [json.loads(line) for line in (ROOT / "tests" / "data" / f"stance_pairs_{name}.jsonl")
                 .read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = [it["label"] for it in items]
        items, parsed = ev.alone(items)
        for it, label in zip(items, gold):
            doc, mentions, quotes = parsed[it["doc_id"]]
            table = extract_stance(doc, mentions, quotes=quotes, doc_id=it["doc_id"])
            pq, qp, other = _rule_answers(it, table, mentions)
            ps = doc.char_span(it["p_start"], it["p_end"], alignment_mode="expand")
            qs = doc.char_span(it["q_start"], it["q_end"], alignment_mode="expand")
            sent = score_mentions(doc, [(it["p_start"], it["p_end"]), (it["q_start"], it["q_end"])])
            sp, sq = sent[0].probabilities, sent[1].probabilities
            f_pq = pair_features(ps, qs, rule=pq, reverse_rule=qp, sentence_rows=other, h_sentiment=sp, t_sentiment=sq)
            f_qp = pair_features(qs, ps, rule=qp, reverse_rule=pq, sentence_rows=other, h_sentiment=sq, t_sentiment=sp)
            lca = ps.root.sent                      # for the lemma ablation: the common ancestor's lemma
            rules = f"p->q {pq[0]}" if pq[1] >= qp[1] and pq[0] != "none" else (
                f"q->p {qp[0]}" if qp[0] != "none" else "none")
            out.append(dict(file=name, id=it["id"], gold=label, rules=rules, f_pq=f_pq, f_qp=f_qp,
                            lemmas=_lemmas(ps, qs), text=it["text"], p=it["p"], q=it["q"]))
            del lca
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def _lemmas(ps, qs) -> dict:
    from analysis.stance_learned import path_tokens
    up_h, up_t, lca = path_tokens(ps.root, qs.root)
    return {} if lca is None else {f"lemma_{lca.lemma_.lower()}": 1.0}


def _oriented(rows: list[dict], lemmas: bool):
    """Ordered examples: features and labels (0 none, 1 favor, 2 against)."""
    X, y = [], []
    for r in rows:
        g = r["gold"]
        for order, f in (("p->q", r["f_pq"]), ("q->p", r["f_qp"])):
            f = dict(f, **r["lemmas"]) if lemmas else f
            X.append(f)
            y.append(CLASSES.index(g.split()[1]) if g.startswith(order) else 0)
    return X, np.array(y)


def fit(rows: list[dict], *, C: float, lemmas: bool, weight: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = _oriented(rows, lemmas)
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    cw = {0: 1.0, 1: weight, 2: weight}
    model = LogisticRegression(C=C, max_iter=2000, class_weight=cw)
    model.fit(Xm, y)
    return vec, model


def probabilities(vec, model, rows: list[dict], lemmas: bool) -> np.ndarray:
    """``(n_items, 2, 3)``: P(none/favor/against) of ``p -> q`` and ``q -> p``."""
    X, _ = _oriented(rows, lemmas)
    return model.predict_proba(vec.transform(X)).reshape(len(rows), 2, 3)


def combine(rows: list[dict], probs: np.ndarray, threshold: float) -> list[str]:
    """Rules first; where they give ``none``, the best ordered opinion above ``threshold``."""
    out = []
    for r, pr in zip(rows, probs):
        if r["rules"] != "none":
            out.append(r["rules"])
            continue
        opinions = pr[:, 1:]
        k = int(np.argmax(opinions))
        order, pol = divmod(k, 2)
        if opinions.flat[k] >= threshold:
            out.append(f"{'p->q' if order == 0 else 'q->p'} {CLASSES[1 + pol]}")
        else:
            out.append("none")
    return out


def macro_f1(gold, pred, labels) -> float:
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def three(label: str) -> str:
    return label.split()[-1] if label != "none" else "none"


def f5(gold, pred) -> float:
    return macro_f1(gold, pred, LABELS)


def f3(gold, pred) -> float:
    return macro_f1([three(g) for g in gold], [three(p) for p in pred], CLASSES)


GRID = [round(x, 2) for x in np.arange(0.2, 0.96, 0.05)]


def choose_threshold(rows: list[dict], *, C: float, lemmas: bool, weight: float) -> float:
    """Inner leave-one-file-out on ``rows``: the threshold with the best pooled 5-class macro-F1."""
    files = sorted({r["file"] for r in rows})
    oof = np.zeros((len(rows), 2, 3))
    for name in files:
        train = [r for r in rows if r["file"] != name]
        idx = [i for i, r in enumerate(rows) if r["file"] == name]
        vec, model = fit(train, C=C, lemmas=lemmas, weight=weight)
        oof[idx] = probabilities(vec, model, [rows[i] for i in idx], lemmas)
    gold = [r["gold"] for r in rows]
    scores = [(f5(gold, combine(rows, oof, t)), t) for t in GRID]
    return max(scores)[1]


def lofo(rows: list[dict], *, C: float, lemmas: bool, weight: float, verbose: bool = True) -> dict:
    """Outer leave-one-file-out: rules alone vs rules + fallback per file and pooled."""
    pooled_rules, pooled_fb, gold_all, per_file = [], [], [], []
    for name in FILES:
        train = [r for r in rows if r["file"] != name]
        test = [r for r in rows if r["file"] == name]
        threshold = choose_threshold(train, C=C, lemmas=lemmas, weight=weight)
        vec, model = fit(train, C=C, lemmas=lemmas, weight=weight)
        pred = combine(test, probabilities(vec, model, test, lemmas), threshold)
        gold = [r["gold"] for r in test]
        rules = [r["rules"] for r in test]
        per_file.append((name, threshold, f5(gold, rules), f5(gold, pred), f3(gold, rules), f3(gold, pred),
                         sum(p != "none" for p in pred) - sum(p != "none" for p in rules),
                         sum(p == g != "none" for p, g, ru in zip(pred, gold, rules) if ru == "none")))
        pooled_rules += rules
        pooled_fb += pred
        gold_all += gold
    res = dict(per_file=per_file, gold=gold_all, rules=pooled_rules, fallback=pooled_fb)
    if verbose:
        print(f"{'file':<6} {'thr':>5} {'5F rules':>9} {'5F +fb':>7} {'3F rules':>9} {'3F +fb':>7}  new rows (right)")
        for name, thr, a, b, c, d, n, right in per_file:
            print(f"{name:<6} {thr:5.2f} {a:9.3f} {b:7.3f} {c:9.3f} {d:7.3f}  {n} ({right})")
        print(f"{'pooled':<6} {'':>5} {f5(gold_all, pooled_rules):9.3f} {f5(gold_all, pooled_fb):7.3f} "
              f"{f3(gold_all, pooled_rules):9.3f} {f3(gold_all, pooled_fb):7.3f}")
        wins = sum(b > a for _, _, a, b, *_ in per_file)
        losses = sum(b < a for _, _, a, b, *_ in per_file)
        print(f"per-file 5-class: {wins} better, {losses} worse, {len(FILES) - wins - losses} equal")
        lo, hi, p = bootstrap(gold_all, pooled_rules, pooled_fb)
        print(f"pooled 5-class difference, bootstrap 95% interval [{lo:+.3f}, {hi:+.3f}], P(diff <= 0) = {p:.3f}")
    return res


def bootstrap(gold, a, b, n: int = 1000) -> tuple[float, float, float]:
    """Paired bootstrap of ``f5(b) - f5(a)`` over items."""
    rng = np.random.default_rng(SEED)
    gold, a, b = np.array(gold), np.array(a), np.array(b)
    diffs = []
    for _ in range(n):
        idx = rng.integers(0, len(gold), len(gold))
        diffs.append(f5(gold[idx], b[idx]) - f5(gold[idx], a[idx]))
    diffs = np.array(diffs)
    return float(np.quantile(diffs, 0.025)), float(np.quantile(diffs, 0.975)), float((diffs <= 0).mean())


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the parsed features (made if missing)")
    parser.add_argument("--C", type=float, default=0.3)
    parser.add_argument("--weight", type=float, default=1.0, help="class weight of favor/against")
    parser.add_argument("--lemmas", action="store_true", help="add the common ancestor's lemma as a feature")
    args = parser.parse_args(argv)
    rows = build(args.cache)
    print(f"{len(rows)} items; C={args.C} weight={args.weight} lemmas={args.lemmas}")
    lofo(rows, C=args.C, lemmas=args.lemmas, weight=args.weight)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
