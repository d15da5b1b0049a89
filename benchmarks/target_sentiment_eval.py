"""Evaluate target-dependent sentiment on the NewsMTSC DEV split.

Usage (from the repository root)::

    python benchmarks/target_sentiment_eval.py [--data ../shared/data/newsmtsc/train.jsonl] [--cache /tmp/tsent]

The DEV split is the one of :func:`analysis.train_sentiment.split_dev` (20% of
the distinct sentences of NewsMTSC's ``train.jsonl``, fixed seed).  The
shipped model is fitted on all of ``train.jsonl``, DEV included, so this
script refits a model with the shipped model's options and hyper-parameters
(from its ``meta.json``) on TRAIN only and scores DEV with it.  Methods:

``vader_sentence``
    VADER compound of the whole sentence copied to every target, labelled
    with thresholds ``±0.05``.
``target_model``
    The TRAIN-only refit of the shipped model, through the same feature
    code as :func:`analysis.sentiment.score_mentions`.

Scores are given on all of DEV and on its "mt-like" (targets of at least two
different labels in one sentence) and "rw-like" (the rest) sentences.  The
speed rows time :func:`analysis.sentiment.score_mentions` with the shipped
model on DEV (parsing excluded) and, for scale, :func:`analysis.nlp.parse`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import sentiment  # noqa: E402
from analysis.sentiment import LABELS  # noqa: E402
from analysis.train_sentiment import (DEFAULT_DATA, build_features, evaluate, expected_calibration_error,  # noqa: E402
                                      fit, load_newsmtsc, multi_target_mask, parse_sentences, predict_proba,
                                      apply_temperature, split_dev)


def main(argv: list[str] | None = None) -> int:
    """Print the DEV table; return 0."""
    parser = argparse.ArgumentParser(description="Target sentiment on the NewsMTSC DEV split")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="NewsMTSC train.jsonl (default: %(default)s)")
    parser.add_argument("--cache", default=None, help="spaCy parse cache folder (as for analysis.train_sentiment)")
    args = parser.parse_args(argv)

    data = load_newsmtsc(args.data)
    dev_mask = split_dev(data)
    train, dev = data[~dev_mask].reset_index(drop=True), data[dev_mask].reset_index(drop=True)
    mt = multi_target_mask(dev).to_numpy()
    print(f"data: {args.data}")
    print(f"TRAIN: {train['sentence'].nunique()} sentences, {len(train)} targets")
    print(f"DEV:   {dev['sentence'].nunique()} sentences, {len(dev)} targets "
          f"({ {k: int(v) for k, v in dev['label'].value_counts().sort_index().items()} }; "
          f"mt-like {int(mt.sum())}, rw-like {int((~mt).sum())})")
    gold = dev["label"].to_numpy()
    rows = []

    def report(name, pred):
        pred = np.asarray(pred)
        rows.append((name, evaluate(gold, pred), evaluate(gold[~mt], pred[~mt]), evaluate(gold[mt], pred[mt])))

    sentences = list(dict.fromkeys(dev["sentence"]))
    compound = dict(zip(sentences, sentiment.sentence_scores(sentences)["compound"]))
    report("vader_sentence (±0.05)", [sentiment.vader_label(compound[s]) for s in dev["sentence"]])

    shipped = sentiment.load_model()
    meta = shipped.meta
    hp = meta["hyperparameters"]
    options = dict(exclude=frozenset(meta.get("excluded_feature_groups", ())),
                   tensor_features=bool(meta.get("tensor_features", False)))
    docs = parse_sentences(data["sentence"], cache_dir=args.cache)
    model = fit(build_features(train, docs, **options), train["label"], c=hp["C"], min_count=hp["min_count"],
                dense_weight=hp["dense_weight"])
    proba = predict_proba(model, build_features(dev, docs, **options))
    report("target_model (fit on TRAIN)", [LABELS[i] for i in proba.argmax(axis=1)])
    gold_index = np.array([LABELS.index(lab) for lab in gold])
    temperature = float(meta.get("calibration", {}).get("temperature", 1.0))

    print()
    print(f"{'method':30s} {'macro-F1':>8s} {'accuracy':>8s} {'F1 neg':>7s} {'F1 neu':>7s} {'F1 pos':>7s}"
          f" {'rw-like':>8s} {'mt-like':>8s}")
    for name, s, rw, mtl in rows:
        print(f"{name:30s} {s['macro_f1']:8.3f} {s['accuracy']:8.3f} {s['f1_negative']:7.3f} {s['f1_neutral']:7.3f}"
              f" {s['f1_positive']:7.3f} {rw['macro_f1']:8.3f} {mtl['macro_f1']:8.3f}")
    print(f"\nmacro-F1 gain of target_model over vader_sentence: {rows[1][1]['macro_f1'] - rows[0][1]['macro_f1']:+.3f}")
    print(f"ECE (10 bins, top label) on DEV: {expected_calibration_error(proba, gold_index):.3f} uncalibrated, "
          f"{expected_calibration_error(apply_temperature(proba, temperature), gold_index):.3f} "
          f"with the shipped temperature {temperature:.3f} (fitted on DEV)")

    # speed of the shipped model on fresh parses (as at run time: the parse's tok2vec output is reused),
    # CPU time so that other processes on the machine do not count
    from analysis.nlp import parse

    by_sentence: dict[str, list[tuple[int, int]]] = {}
    for s, a, b in zip(dev["sentence"], dev["start"], dev["end"]):
        by_sentence.setdefault(s, []).append((int(a), int(b)))
    sample = sentences[:300]
    t0 = time.process_time()
    fresh = [parse(s) for s in sample]
    t_parse = time.process_time() - t0
    t0 = time.process_time()
    for s, doc in zip(sample, fresh):
        sentiment.score_mentions(doc, by_sentence[s])
    t_score = time.process_time() - t0
    n_mentions = sum(len(by_sentence[s]) for s in sample)
    print(f"CPU time on {len(sample)} DEV sentences ({n_mentions} mentions): scoring {t_score / n_mentions * 1e3:.2f} ms "
          f"per mention, parsing {t_parse / n_mentions * 1e3:.2f} ms per mention (scoring = {t_score / t_parse:.0%} "
          f"of parsing)")
    print(f"shipped model: feature version {meta.get('feature_version')}, groups {meta.get('feature_groups')}, "
          f"fitted on {meta['split']['fitted_on'].split(';')[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
