"""5-fold cross-validation of the target-sentiment model on NewsMTSC ``train.jsonl``.

Usage (from the repository root)::

    python benchmarks/target_sentiment_cv.py [--cache /tmp/tsent] [--c 0.05 0.1 0.2]
        [--dense-weight 0.1] [--exclude local]

Folds are by distinct sentence (shuffled with ``numpy.random.default_rng(7)``,
sentence ``k`` of the shuffled order in fold ``k % 5``), so a sentence's
targets never straddle train and test; they are independent of the DEV split
of :func:`analysis.train_sentiment.split_dev`.  For each ``(C, dense weight)``
the script fits :func:`analysis.train_sentiment.fit` on four folds, predicts
the fifth, and prints macro-F1 and accuracy of the pooled predictions, and
macro-F1 on "rw-like" and "mt-like" targets
(:func:`analysis.train_sentiment.multi_target_mask`).  Features are those of
the shipped model's options (tensor features included when it has them),
less the groups given by ``--exclude``.  Used to choose C and the dense
weight (README, *Sentiment*).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import sentiment  # noqa: E402
from analysis.sentiment import LABELS  # noqa: E402
from analysis.train_sentiment import (DEFAULT_DATA, _drop_groups, build_features, evaluate, fit,  # noqa: E402
                                      load_newsmtsc, multi_target_mask, parse_sentences, predict_proba)

FOLDS = 5
FOLD_SEED = 7


def sentence_folds(sentences, *, folds: int = FOLDS, seed: int = FOLD_SEED) -> np.ndarray:
    """Fold index of each row, by distinct sentence.

    Parameters
    ----------
    sentences : pandas.Series of str
        The ``sentence`` column of :func:`analysis.train_sentiment.load_newsmtsc`.

    Returns
    -------
    numpy.ndarray of int
    """
    distinct = np.array(sorted(sentences.unique()), dtype=object)
    order = np.random.default_rng(seed).permutation(len(distinct))
    fold_of = {s: k % folds for k, s in enumerate(distinct[order])}
    return sentences.map(fold_of).to_numpy()


def main(argv: list[str] | None = None) -> int:
    """Print one line of cross-validated scores per setting; return 0."""
    parser = argparse.ArgumentParser(description="5-fold CV of the target-sentiment model on NewsMTSC train.jsonl")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="NewsMTSC train.jsonl (default: %(default)s)")
    parser.add_argument("--cache", default=None, help="spaCy parse cache folder (as for analysis.train_sentiment)")
    parser.add_argument("--c", type=float, nargs="+", default=[0.1], help="values of C")
    parser.add_argument("--dense-weight", type=float, nargs="+", default=[0.1], help="values of the dense weight")
    parser.add_argument("--exclude", default="", help="comma-separated feature groups to leave out")
    args = parser.parse_args(argv)

    meta = sentiment.load_model().meta
    exclude = [g for g in args.exclude.split(",") if g]
    data = load_newsmtsc(args.data)
    docs = parse_sentences(data["sentence"], cache_dir=args.cache)
    feats = build_features(data, docs, tensor_features=bool(meta.get("tensor_features")),
                           exclude=frozenset(meta.get("excluded_feature_groups", ())))
    feats = _drop_groups(feats, exclude)
    labels = data["label"].to_numpy()
    fold = sentence_folds(data["sentence"])
    mt = multi_target_mask(data).to_numpy()
    print(f"{len(data)} targets, {data['sentence'].nunique()} sentences, {FOLDS} folds; mt-like {int(mt.sum())}; "
          f"excluded groups: {exclude or 'none'}")
    for c in args.c:
        for dense_weight in args.dense_weight:
            pred = np.empty(len(data), dtype=object)
            for k in range(FOLDS):
                train, test = np.where(fold != k)[0], np.where(fold == k)[0]
                model = fit([feats[i] for i in train], labels[train], c=c, dense_weight=dense_weight)
                proba = predict_proba(model, [feats[i] for i in test])
                pred[test] = [LABELS[i] for i in proba.argmax(axis=1)]
            scores = evaluate(labels, pred)
            rw, mtl = evaluate(labels[~mt], pred[~mt]), evaluate(labels[mt], pred[mt])
            print(f"C {c:<6g} dense weight {dense_weight:<6g} macro-F1 {scores['macro_f1']:.3f}  "
                  f"accuracy {scores['accuracy']:.3f}  rw-like {rw['macro_f1']:.3f}  mt-like {mtl['macro_f1']:.3f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
