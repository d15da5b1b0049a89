"""Train the target-dependent sentiment model on NewsMTSC.

Usage (from the repository root)::

    python -m analysis.train_sentiment --data ../shared/data/newsmtsc/train.jsonl [--cache /tmp/tsent]

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
    deterministic).  Steps:

    1. fit on TRAIN, score DEV (all, "mt-like" and "rw-like" sentences, see
       :func:`multi_target_mask`) -- these DEV scores go to ``meta.json``;
    2. fit a temperature on the DEV probabilities of that model
       (:func:`fit_temperature`) and record the expected calibration error
       before and after (also cross-fitted on two halves of DEV);
    3. fit the release model with the same options on all of ``train.jsonl``
       (TRAIN + DEV) and store it with that temperature.

    ``--ablation`` only prints the DEV scores without each feature group of
    :data:`analysis.sentiment.FEATURE_GROUPS`.

Output (``analysis/data/target_sentiment/``)
    ``vocabulary.json`` (feature names), ``weights.npz`` (``coef`` of shape
    ``(3, n_features)`` and ``intercept``), ``meta.json`` (data, licence,
    split, hyper-parameters, feature groups, DEV scores of the TRAIN-only
    model and of the VADER sentence baseline, calibration, feature
    version).  The output is a deterministic function of ``train.jsonl``
    and the code.
"""

from __future__ import annotations

import argparse
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


def build_features(data: pd.DataFrame, docs: dict, *, tensor_features: bool = False,
                   exclude=frozenset()) -> list[dict]:
    """Feature dicts of all targets (same code path as :func:`analysis.sentiment.score_mentions`).

    Parameters
    ----------
    data : pandas.DataFrame
        Output of :func:`load_newsmtsc`.
    docs : dict of str to spacy.tokens.Doc
        Output of :func:`parse_sentences`.
    tensor_features : bool, optional
        Add the ``tok2vec`` features (see :func:`analysis.sentiment.mention_features`).
    exclude : collection of str, optional
        Feature groups left out (see :data:`analysis.sentiment.FEATURE_GROUPS`).

    Returns
    -------
    list of dict
        In the order of ``data``'s rows.
    """
    out: list = [None] * len(data)
    rows: dict[str, list[int]] = {}
    for r, sent_text in enumerate(data["sentence"]):
        rows.setdefault(sent_text, []).append(r)
    starts, ends = data["start"].to_numpy(), data["end"].to_numpy()
    for sent_text, idx in rows.items():
        feats = sentiment.span_features(docs[sent_text], [(int(starts[r]), int(ends[r])) for r in idx],
                                        exclude=exclude, tensor_features=tensor_features)
        for r, f in zip(idx, feats):
            out[r] = f
    return out


def multi_target_mask(data: pd.DataFrame) -> pd.Series:
    """Targets of "mt-like" sentences: at least two targets with different labels.

    NewsMTSC's ``mt`` sets hold such sentences, its ``rw`` sets the natural
    mix (mostly one target or one polarity per sentence); ``train.jsonl``
    does not say which is which, so DEV is split by this rule.

    Returns
    -------
    pandas.Series of bool
    """
    n_labels = data.groupby("sentence")["label"].transform("nunique")
    return n_labels >= 2


def fit_temperature(proba: np.ndarray, gold_index: np.ndarray) -> float:
    """Temperature ``T`` minimising the negative log-likelihood of ``softmax(log p / T)``.

    Parameters
    ----------
    proba : numpy.ndarray
        ``(n, 3)`` uncalibrated probabilities.
    gold_index : numpy.ndarray
        Gold class indices.

    Returns
    -------
    float
    """
    from scipy.optimize import minimize_scalar

    logp = np.log(np.clip(proba, 1e-12, 1.0))

    def nll(t):
        z = logp / t
        z = z - z.max(axis=1, keepdims=True)
        z = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return -z[np.arange(len(z)), gold_index].mean()

    return float(minimize_scalar(nll, bounds=(0.2, 5.0), method="bounded").x)


def apply_temperature(proba: np.ndarray, temperature: float) -> np.ndarray:
    """``softmax(log p / T)`` row-wise."""
    z = np.log(np.clip(proba, 1e-12, 1.0)) / temperature
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def expected_calibration_error(proba: np.ndarray, gold_index: np.ndarray, *, bins: int = 10) -> float:
    """Top-label expected calibration error with equal-width confidence bins.

    Returns
    -------
    float
        ``sum_b n_b / n * |accuracy_b - confidence_b|``.
    """
    conf = proba.max(axis=1)
    correct = proba.argmax(axis=1) == gold_index
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        m = which == b
        if m.any():
            ece += m.mean() * abs(correct[m].mean() - conf[m].mean())
    return float(ece)


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


def _dev_report(model: dict, f_dev: list, dev: pd.DataFrame) -> tuple[dict, np.ndarray]:
    """DEV scores (all, mt-like, rw-like) and DEV probabilities of a model fitted on TRAIN."""
    proba = predict_proba(model, f_dev)
    pred = np.array([LABELS[i] for i in proba.argmax(axis=1)])
    mt = multi_target_mask(dev).to_numpy()
    gold = dev["label"].to_numpy()
    scores = evaluate(gold, pred)
    scores["mt_like"] = evaluate(gold[mt], pred[mt])
    scores["rw_like"] = evaluate(gold[~mt], pred[~mt])
    return scores, proba


def _print_scores(name: str, scores: dict) -> None:
    print(f"{name:34s} macro-F1 {scores['macro_f1']:.3f}  accuracy {scores['accuracy']:.3f}  "
          f"rw-like {scores['rw_like']['macro_f1']:.3f}  mt-like {scores['mt_like']['macro_f1']:.3f}", flush=True)


def _drop_groups(features: list[dict], groups) -> list[dict]:
    """Feature dicts without the features named by :data:`GROUP_PREFIXES` of ``groups``."""
    from .sentiment_features import GROUP_PREFIXES

    prefixes = tuple(p for g in groups for p in GROUP_PREFIXES.get(g, ()))
    if not prefixes:
        return features
    return [{k: v for k, v in f.items() if not k.startswith(prefixes)} for f in features]


def ablation(train: pd.DataFrame, dev: pd.DataFrame, docs: dict, *, c: float, min_count: int,
             tensor_features: bool = False) -> dict:
    """DEV scores with all feature groups, without each group, and without all of them.

    Features are built twice (wide and narrow negation scope); the other
    groups are removed by their feature names (:data:`GROUP_PREFIXES`), which
    equals building them without the group.

    Returns
    -------
    dict
        Configuration name (``all``, ``-<group>``, ``none``) -> DEV scores.
    """
    built = {}
    for wide in (True, False):
        exclude = frozenset() if wide else frozenset({"negation"})
        built[wide] = (build_features(train, docs, exclude=exclude, tensor_features=tensor_features),
                       build_features(dev, docs, exclude=exclude, tensor_features=tensor_features))
    configs = {"all": frozenset()}
    configs.update({f"-{g}": frozenset({g}) for g in sentiment.FEATURE_GROUPS})
    configs["none"] = frozenset(sentiment.FEATURE_GROUPS)
    out = {}
    for name, exclude in configs.items():
        f_train, f_dev = built["negation" not in exclude]
        model = fit(_drop_groups(f_train, exclude), train["label"], c=c, min_count=min_count)
        out[name], _ = _dev_report(model, _drop_groups(f_dev, exclude), dev)
        _print_scores(f"DEV  {name}", out[name])
    return out


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
    parser.add_argument("--exclude", default="",
                        help=f"comma-separated feature groups to leave out ({', '.join(sentiment.FEATURE_GROUPS)})")
    parser.add_argument("--ablation", action="store_true",
                        help="only print DEV scores without each feature group; write no model")
    args = parser.parse_args(argv)
    exclude = frozenset(g for g in args.exclude.split(",") if g)
    unknown = exclude - set(sentiment.FEATURE_GROUPS)
    if unknown:
        parser.error(f"unknown feature groups: {sorted(unknown)}")

    t0 = time.time()
    data = load_newsmtsc(args.data)
    dev_mask = split_dev(data)
    train, dev = data[~dev_mask].reset_index(drop=True), data[dev_mask].reset_index(drop=True)
    print(f"TRAIN: {train['sentence'].nunique()} sentences, {len(train)} targets; "
          f"DEV: {dev['sentence'].nunique()} sentences, {len(dev)} targets", flush=True)
    docs = parse_sentences(data["sentence"], cache_dir=args.cache)
    print(f"parsed in {time.time() - t0:.0f} s", flush=True)
    if args.ablation:
        ablation(train, dev, docs, c=args.c, min_count=args.min_count, tensor_features=args.tensor_features)
        return 0

    options = dict(exclude=exclude, tensor_features=args.tensor_features)
    hyper = dict(c=args.c, min_count=args.min_count, dense_weight=args.dense_weight)
    # 1. model on TRAIN only: DEV scores and the calibration temperature
    f_train = build_features(train, docs, **options)
    f_dev = build_features(dev, docs, **options)
    dev_model = fit(f_train, train["label"], **hyper)
    scores, proba = _dev_report(dev_model, f_dev, dev)
    baseline_pred = np.array(vader_baseline(dev))
    baseline = evaluate(dev["label"], baseline_pred)
    mt = multi_target_mask(dev).to_numpy()
    baseline["mt_like"] = evaluate(dev["label"][mt], baseline_pred[mt])
    baseline["rw_like"] = evaluate(dev["label"][~mt], baseline_pred[~mt])
    _print_scores("DEV  target model (fit on TRAIN)", scores)
    _print_scores("DEV  VADER sentence baseline", baseline)
    gold_index = np.array([LABELS.index(lab) for lab in dev["label"]])
    temperature = fit_temperature(proba, gold_index)
    # honest ECE: temperature fitted on one half of DEV, measured on the other (by sentence)
    half = split_dev(dev, dev_fraction=0.5, seed=SEED + 1).to_numpy()
    cross = np.empty_like(proba)
    for m in (half, ~half):
        cross[m] = apply_temperature(proba[m], fit_temperature(proba[~m], gold_index[~m]))
    calibration = {
        "method": "temperature scaling of the logits, fitted on DEV (NLL) with the TRAIN-only model",
        "temperature": temperature,
        "dev_ece_before": expected_calibration_error(proba, gold_index),
        "dev_ece_after": expected_calibration_error(apply_temperature(proba, temperature), gold_index),
        "dev_ece_after_crossfitted": expected_calibration_error(cross, gold_index),
        "ece_bins": 10,
    }
    print(f"DEV  temperature {temperature:.3f}; ECE {calibration['dev_ece_before']:.3f} -> "
          f"{calibration['dev_ece_after']:.3f} (cross-fitted halves: {calibration['dev_ece_after_crossfitted']:.3f})",
          flush=True)
    # 2. release model on all of train.jsonl
    model = fit(f_train + f_dev, list(train["label"]) + list(dev["label"]), **hyper)

    meta = {
        "model": "multinomial logistic regression over analysis.sentiment.mention_features",
        "feature_version": FEATURE_VERSION,
        "feature_groups": [g for g in sentiment.FEATURE_GROUPS if g not in exclude],
        "excluded_feature_groups": sorted(exclude),
        "tensor_features": bool(args.tensor_features),
        "labels": list(LABELS),
        "score": "P(positive) - P(negative), temperature-calibrated",
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
            "fitted_on": "TRAIN + DEV (all of train.jsonl); dev_scores are of the same options fitted on TRAIN only",
            "mt_like": "DEV sentences with targets of at least two different labels",
        },
        "hyperparameters": {"C": args.c, "min_count": args.min_count, "dense_weight": args.dense_weight,
                            "class_weight": "balanced", "solver": "lbfgs"},
        "n_features": len(model["vocabulary"]),
        "dev_scores": {"target_model": scores, "vader_sentence_baseline": baseline},
        "calibration": calibration,
        "spacy_model": {k: v for k, v in __import__("analysis.nlp", fromlist=["model_info"]).model_info().items()},
    }
    save_model(model, meta, out_dir=args.out)
    print(f"model written to {args.out} ({len(model['vocabulary'])} features) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
