"""Evaluate target-dependent sentiment on the NewsMTSC DEV split.

Usage (from the repository root)::

    python benchmarks/target_sentiment_eval.py [--data ../shared/data/newsmtsc/train.jsonl]

The DEV split is the one of :func:`analysis.train_sentiment.split_dev` (20% of
the distinct sentences of NewsMTSC's ``train.jsonl``, fixed seed), which the
shipped model was not trained on.  Methods compared:

``vader_sentence``
    VADER compound of the whole sentence copied to every target, labelled
    with thresholds ``±0.05``.
``target_model``
    :func:`analysis.sentiment.score_mentions` with the shipped model.

Throughput (``sentences/s``) of ``target_model`` includes parsing each
sentence with :func:`analysis.nlp.parse`; the ``scoring only`` row excludes it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import sentiment  # noqa: E402
from analysis.nlp import load_pipeline, parse  # noqa: E402
from analysis.train_sentiment import DEFAULT_DATA, evaluate, load_newsmtsc, split_dev  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the DEV table; return 0."""
    parser = argparse.ArgumentParser(description="Target sentiment on the NewsMTSC DEV split")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="NewsMTSC train.jsonl (default: %(default)s)")
    args = parser.parse_args(argv)

    data = load_newsmtsc(args.data)
    dev_mask = split_dev(data)
    train, dev = data[~dev_mask], data[dev_mask].reset_index(drop=True)
    print(f"data: {args.data}")
    print(f"TRAIN: {train['sentence'].nunique()} sentences, {len(train)} targets")
    print(f"DEV:   {dev['sentence'].nunique()} sentences, {len(dev)} targets "
          f"({ {k: int(v) for k, v in dev['label'].value_counts().sort_index().items()} })")
    sentences = list(dict.fromkeys(dev["sentence"]))
    n_sent = len(sentences)
    rows = []

    # VADER sentence baseline
    sentiment.vader_analyzer()
    t0 = time.perf_counter()
    compound = dict(zip(sentences, sentiment.sentence_scores(sentences)["compound"]))
    elapsed = time.perf_counter() - t0
    pred = [sentiment.vader_label(compound[s]) for s in dev["sentence"]]
    rows.append(("vader_sentence (±0.05)", evaluate(dev["label"], pred), n_sent / elapsed))

    # target model: parse + score
    load_pipeline()
    model = sentiment.load_model()
    t0 = time.perf_counter()
    docs = {s: parse(s) for s in sentences}
    t_parse = time.perf_counter() - t0
    t1 = time.perf_counter()
    by_sentence: dict[str, list[int]] = {}
    for i, s in enumerate(dev["sentence"]):
        by_sentence.setdefault(s, []).append(i)
    labels = [None] * len(dev)
    for s, idx in by_sentence.items():
        res = sentiment.score_mentions(docs[s], [(int(dev.at[i, "start"]), int(dev.at[i, "end"])) for i in idx])
        for i, r in zip(idx, res):
            labels[i] = r.label
    t_score = time.perf_counter() - t1
    scores = evaluate(dev["label"], labels)
    rows.append(("target_model (parse + score)", scores, n_sent / (t_parse + t_score)))
    rows.append(("target_model (scoring only)", scores, n_sent / t_score))

    print()
    print(f"{'method':32s} {'macro-F1':>8s} {'accuracy':>8s} {'F1 neg':>7s} {'F1 neu':>7s} {'F1 pos':>7s}"
          f" {'n':>6s} {'sentences/s':>12s}")
    for name, s, speed in rows:
        print(f"{name:32s} {s['macro_f1']:8.3f} {s['accuracy']:8.3f} {s['f1_negative']:7.3f} {s['f1_neutral']:7.3f}"
              f" {s['f1_positive']:7.3f} {s['n']:6d} {speed:12.0f}")
    gain = rows[1][1]["macro_f1"] - rows[0][1]["macro_f1"]
    print(f"\nmacro-F1 gain of target_model over vader_sentence: {gain:+.3f}")
    print(f"model: {model.meta.get('model')}, feature version {model.meta.get('feature_version')}, "
          f"trained {model.meta.get('trained')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
