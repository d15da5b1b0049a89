"""Train the target-dependent sentiment model on NewsMTSC.

Usage (from the repository root)::

    python -m analysis.train_sentiment --data ../shared/data/newsmtsc/train.jsonl

The default ``--data`` is ``../shared/data/newsmtsc/train.jsonl`` resolved
relative to the repository root (the folder beside the checkout).

Data and split
    ``train.jsonl`` of NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence):
    7,758 English news sentences with 8,739 target mentions labelled
    negative (2.0), neutral (4.0) or positive (6.0).  A DEV split of 20% of
    the *sentences* is carved out with a fixed seed (:data:`SEED`): the
    distinct ``sentence_normalized`` strings (which refines grouping by
    ``primary_gid``; 19 sentences occur twice) are shuffled with
    ``numpy.random.default_rng(SEED)`` and the first 20% form DEV, so a
    sentence's targets never straddle TRAIN and DEV.  NewsMTSC's public test
    sets are not used.

Model
    Features of :func:`analysis.sentiment.mention_features` (each sentence
    parsed with :func:`analysis.nlp.parse`, as at run time), features seen
    in fewer than ``--min-count`` training mentions dropped, and a
    multinomial :class:`~sklearn.linear_model.LogisticRegression` (lbfgs,
    deterministic).  The saved model is the one fitted on TRAIN only, so the
    DEV scores recorded in ``meta.json`` are held-out scores of exactly the
    model that is shipped.

Output (``analysis/data/target_sentiment/``)
    ``vocabulary.json`` (feature names), ``weights.npz`` (``coef`` of shape
    ``(3, n_features)`` and ``intercept``), ``meta.json`` (data, licence,
    split, hyper-parameters, DEV scores of the model and of the VADER
    sentence baseline, date, feature version).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from . import sentiment
from .sentiment import FEATURE_VERSION, LABELS, MODEL_DIR

__all__ = [
    "SEED",
    "DEFAULT_DATA",
    "load_newsmtsc",
    "split_dev",
    "parse_sentences",
    "build_features",
    "fit",
    "evaluate",
    "main",
]

#: Seed of the TRAIN/DEV split and of the classifier.
SEED = 20240620

#: Fraction of sentences in DEV.
DEV_FRACTION = 0.2

#: Default location of NewsMTSC's train.jsonl: beside the repository checkout.
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsmtsc" / "train.jsonl"

_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def load_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Target mentions of a NewsMTSC ``.jsonl`` file.

    Parameters
    ----------
    path : str or Path
        ``train.jsonl`` of NewsMTSC.

    Returns
    -------
    pandas.DataFrame
        One row per target: ``gid`` (primary_gid), ``sentence``, ``start``,
        ``end`` (``sentence[start:end]`` is the mention), ``mention``,
        ``label`` (one of :data:`analysis.sentiment.LABELS`).
    """
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            for t in rec["targets"]:
                rows.append((rec["primary_gid"], rec["sentence_normalized"], int(t["from"]), int(t["to"]),
                             t["mention"], _POLARITY[float(t["polarity"])]))
    return pd.DataFrame(rows, columns=["gid", "sentence", "start", "end", "mention", "label"])


def split_dev(data: pd.DataFrame, *, dev_fraction: float = DEV_FRACTION, seed: int = SEED) -> pd.Series:
    """Boolean DEV mask, splitting by sentence.

    Parameters
    ----------
    data : pandas.DataFrame
        Output of :func:`load_newsmtsc`.
    dev_fraction : float, optional
        Fraction of distinct sentences in DEV.
    seed : int, optional
        Seed of :func:`numpy.random.default_rng`.

    Returns
    -------
    pandas.Series of bool
        True for targets in DEV.
    """
    sentences = np.array(sorted(data["sentence"].unique()), dtype=object)
    order = np.random.default_rng(seed).permutation(len(sentences))
    n_dev = int(round(dev_fraction * len(sentences)))
    dev = set(sentences[order[:n_dev]])
    return data["sentence"].isin(dev)


def parse_sentences(sentences, *, cache_dir: str | Path | None = None) -> dict:
    """Parse sentences with :func:`analysis.nlp.parse`, optionally cached on disk.

    Parameters
    ----------
    sentences : iterable of str
        Distinct sentences.
    cache_dir : str or Path, optional
        Folder for a spaCy ``DocBin`` cache keyed by a hash of the sentences
        and the spaCy model; nothing is cached when omitted.

    Returns
    -------
    dict of str to spacy.tokens.Doc
    """
    from spacy.tokens import DocBin

    from .nlp import load_pipeline, parse

    sentences = list(dict.fromkeys(sentences))
    nlp = load_pipeline()
    cache_file = None
    if cache_dir is not None:
        key = hashlib.sha1(("\n".join(sentences) + nlp.meta["name"] + nlp.meta["version"]).encode()).hexdigest()[:16]
        cache_file = Path(cache_dir) / f"newsmtsc_{key}.spacy"
        if cache_file.exists():
            docs = list(DocBin().from_disk(cache_file).get_docs(nlp.vocab))
            return dict(zip(sentences, docs))
    docs = [parse(s) for s in sentences]
    if cache_file is not None:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(cache_file)
    return dict(zip(sentences, docs))


def build_features(data: pd.DataFrame, docs: dict, *, tensor_features: bool = False) -> list[dict]:
    """Feature dicts of all targets (same code path as :func:`analysis.sentiment.score_mentions`).

    Parameters
    ----------
    data : pandas.DataFrame
        Output of :func:`load_newsmtsc`.
    docs : dict of str to spacy.tokens.Doc
        Output of :func:`parse_sentences`.
    tensor_features : bool, optional
        Add the ``tok2vec`` features (see :func:`analysis.sentiment.mention_features`).

    Returns
    -------
    list of dict
    """
    analyzer = sentiment.vader_analyzer()
    out = []
    vader_cache: dict = {}
    for sent_text, start, end in zip(data["sentence"], data["start"], data["end"]):
        doc = docs[sent_text]
        span = sentiment._char_span(doc, start, end)
        sent = doc[span.start].sent
        if span.end > sent.end:
            span = doc[span.start: sent.end]
        key = (sent_text, sent.start)
        if key not in vader_cache:
            vader_cache[key] = (analyzer.polarity_scores(sent.text),
                                sentiment.sentence_tensor(sent) if tensor_features else None)
        vader_sent, sent_tensor = vader_cache[key]
        out.append(sentiment.mention_features(span, sent=sent, vader_sent=vader_sent,
                                              tensor_features=tensor_features, sent_tensor=sent_tensor))
    return out


def fit(features: list[dict], labels, *, c: float = 0.1, min_count: int = 2,
        dense_weight: float = 0.1, class_weight: str | None = "balanced", seed: int = SEED) -> dict:
    """Fit the multinomial logistic regression.

    Parameters
    ----------
    features : list of dict
        Training feature dicts.
    labels : sequence of str
        Their labels.
    c : float, optional
        Inverse L2 regularisation strength.
    min_count : int, optional
        Features present in fewer training mentions are dropped.
    dense_weight : float, optional
        The spaCy tensor features (names starting ``x_``) are standardised
        on TRAIN and multiplied by this weight before fitting (a lower weight
        regularises them more strongly); standardisation and weight are then
        folded into the stored coefficients and intercepts, so the model
        applies to raw feature values.
    class_weight : str or None, optional
        Passed to scikit-learn (``"balanced"`` by default).
    seed : int, optional
        Random state (lbfgs is deterministic anyway).

    Returns
    -------
    dict
        ``vocabulary`` (list of str), ``coef`` (3 x n array), ``intercept``.
    """
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for f in features:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    dense_names = sorted((k for k in counts if k.startswith("x_")), key=lambda k: (k[:3], int(k[3:])))
    sparse_names = sorted(k for k, n in counts.items() if n >= min_count and not k.startswith("x_"))
    X = vectorize(features, sparse_names)
    if dense_names:
        D = np.array([[f.get(k, 0.0) for k in dense_names] for f in features])
        mu, sd = D.mean(axis=0), D.std(axis=0) + 1e-6
        X = sparse.hstack([X, sparse.csr_matrix((D - mu) / sd * dense_weight)]).tocsr()
    y = np.array([LABELS.index(lab) for lab in labels])
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight, random_state=seed)
    clf.fit(X, y)
    assert list(clf.classes_) == [0, 1, 2]
    coef = clf.coef_.copy()
    intercept = clf.intercept_.copy()
    if dense_names:
        n = len(sparse_names)
        scaled = coef[:, n:] * dense_weight / sd
        intercept -= scaled @ mu
        coef[:, n:] = scaled
    return {"vocabulary": sparse_names + dense_names, "coef": coef.astype(np.float32),
            "intercept": intercept.astype(np.float32)}


def vectorize(features: list[dict], vocabulary: list[str]):
    """Sparse CSR matrix of feature dicts over a fixed vocabulary."""
    from scipy import sparse

    index = {k: i for i, k in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for r, f in enumerate(features):
        for k, v in f.items():
            j = index.get(k)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(v)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(features), len(vocabulary)), dtype=np.float64)


def predict_proba(model: dict, features: list[dict]) -> np.ndarray:
    """Class probabilities ``(n, 3)`` of feature dicts under a fitted model dict."""
    X = vectorize(features, model["vocabulary"])
    logits = X @ model["coef"].T.astype(np.float64) + model["intercept"]
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def evaluate(gold, predicted) -> dict:
    """Macro-F1 and accuracy.

    Parameters
    ----------
    gold, predicted : sequence of str
        Labels.

    Returns
    -------
    dict
        ``macro_f1``, ``accuracy``, ``n`` and per-class ``f1_<label>``.
    """
    from sklearn.metrics import accuracy_score, f1_score

    gold, predicted = list(gold), list(predicted)
    per_class = f1_score(gold, predicted, labels=list(LABELS), average=None, zero_division=0)
    out = {"macro_f1": float(f1_score(gold, predicted, labels=list(LABELS), average="macro", zero_division=0)),
           "accuracy": float(accuracy_score(gold, predicted)), "n": len(gold)}
    out.update({f"f1_{lab}": float(v) for lab, v in zip(LABELS, per_class)})
    return out


def vader_baseline(data: pd.DataFrame) -> list[str]:
    """Labels of the VADER sentence baseline (compound thresholds ±0.05)."""
    scores = sentiment.sentence_scores(data["sentence"])
    return [sentiment.vader_label(c) for c in scores["compound"]]


def save_model(model: dict, meta: dict, *, out_dir: str | Path = MODEL_DIR) -> None:
    """Write ``vocabulary.json``, ``weights.npz`` and ``meta.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "vocabulary.json").write_text(json.dumps(model["vocabulary"], ensure_ascii=False, indent=0) + "\n",
                                         encoding="utf-8")
    np.savez_compressed(out / "weights.npz", coef=model["coef"], intercept=model["intercept"])
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m analysis.train_sentiment", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="NewsMTSC train.jsonl (default: %(default)s)")
    parser.add_argument("--out", default=str(MODEL_DIR), help="model folder (default: %(default)s)")
    parser.add_argument("--cache", default=None,
                        help="folder for a spaCy DocBin parse cache, e.g. /tmp/tsent (optional)")
    parser.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    parser.add_argument("--tensor-features", action="store_true",
                        help="add averaged spaCy tok2vec vectors as features (off by default)")
    parser.add_argument("--dense-weight", type=float, default=0.1, help="weight of the standardised tensor features")
    parser.add_argument("--min-count", type=int, default=2, help="minimum feature frequency")
    args = parser.parse_args(argv)

    t0 = time.time()
    data = load_newsmtsc(args.data)
    dev_mask = split_dev(data)
    train, dev = data[~dev_mask].reset_index(drop=True), data[dev_mask].reset_index(drop=True)
    print(f"TRAIN: {train['sentence'].nunique()} sentences, {len(train)} targets; "
          f"DEV: {dev['sentence'].nunique()} sentences, {len(dev)} targets", flush=True)
    docs = parse_sentences(data["sentence"], cache_dir=args.cache)
    print(f"parsed in {time.time() - t0:.0f} s", flush=True)
    f_train = build_features(train, docs, tensor_features=args.tensor_features)
    f_dev = build_features(dev, docs, tensor_features=args.tensor_features)
    model = fit(f_train, train["label"], c=args.c, min_count=args.min_count, dense_weight=args.dense_weight)
    proba = predict_proba(model, f_dev)
    pred = [LABELS[i] for i in proba.argmax(axis=1)]
    scores = evaluate(dev["label"], pred)
    baseline = evaluate(dev["label"], vader_baseline(dev))
    print(f"DEV  target model: macro-F1 {scores['macro_f1']:.3f}  accuracy {scores['accuracy']:.3f}")
    print(f"DEV  VADER sentence baseline: macro-F1 {baseline['macro_f1']:.3f}  accuracy {baseline['accuracy']:.3f}")

    meta = {
        "model": "multinomial logistic regression over analysis.sentiment.mention_features",
        "feature_version": FEATURE_VERSION,
        "tensor_features": bool(args.tensor_features),
        "labels": list(LABELS),
        "score": "P(positive) - P(negative)",
        "training_data": {
            "name": "NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021)",
            "url": "https://github.com/fhamborg/NewsMTSC",
            "licence": "MIT",
            "file_sha1": hashlib.sha1(Path(args.data).read_bytes()).hexdigest(),
            "sentences": int(data["sentence"].nunique()),
            "targets": int(len(data)),
        },
        "split": {
            "method": "distinct sentences shuffled with numpy.random.default_rng(seed); first 20% = DEV",
            "seed": SEED, "dev_fraction": DEV_FRACTION,
            "train_sentences": int(train["sentence"].nunique()), "train_targets": int(len(train)),
            "dev_sentences": int(dev["sentence"].nunique()), "dev_targets": int(len(dev)),
            "fitted_on": "TRAIN only",
        },
        "hyperparameters": {"C": args.c, "min_count": args.min_count, "dense_weight": args.dense_weight, "class_weight": "balanced",
                            "solver": "lbfgs"},
        "n_features": len(model["vocabulary"]),
        "dev_scores": {"target_model": scores, "vader_sentence_baseline": baseline},
        "spacy_model": {k: v for k, v in __import__("analysis.nlp", fromlist=["model_info"]).model_info().items()},
        "trained": _dt.date.today().isoformat(),
    }
    save_model(model, meta, out_dir=args.out)
    print(f"model written to {args.out} ({len(model['vocabulary'])} features) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
