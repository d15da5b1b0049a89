"""Sentence sentiment (VADER) and target-dependent sentiment toward actors.

Two levels are provided.

Sentence level
    :func:`sentence_scores` runs NLTK's VADER analyser offline.  The
    MIT-licensed VADER lexicon is read from the ``vaderSentiment`` PyPI
    package: its folder is appended to ``nltk.data.path`` so that NLTK's
    :class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` can load
    ``vader_lexicon.txt`` without any NLTK download.

Target level
    A sentence score copied to every actor of the sentence misrepresents
    actors that are criticised, opposed or merely mentioned in a positive
    sentence.  :func:`target_sentiment` and :func:`score_mentions` score the
    sentiment *toward one mention* with a multinomial logistic regression
    trained on NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence).  Its
    features (:func:`mention_features`, in :mod:`analysis.sentiment_features`)
    are built from the spaCy parse of :func:`analysis.nlp.parse`: VADER
    valences of the sentence's words by dependency distance to the target and
    negation scope, the target's role toward its governing predicate crossed
    with its valence, descriptors and predicates of the target, its role in a
    connotation frame (``analysis/data/connotation_verbs.csv``), quotation
    marks, coordination and contrast, the dependency path from the target to
    each nearby valence word, the valence of the governor's phrase, VADER of
    the target's own clause, the whole-sentence VADER scores, sparse
    lemma and dependency-path features, and the parse's ``tok2vec`` vectors
    averaged over the mention, its neighbours and the sentence.

    The model is stored as JSON + ``.npz`` coefficients in
    ``analysis/data/target_sentiment/`` and is rebuilt with
    ``python -m analysis.train_sentiment``.

The score toward a target is ``P(positive) - P(negative)`` from the
classifier after temperature scaling (``meta.json``), in ``[-1, 1]``: the
expected value of the label coded negative = -1, neutral = 0, positive = 1
under the calibrated probabilities.  The temperature is fitted (negative
log-likelihood) on the DEV probabilities of the model fitted on TRAIN only;
the label is the most probable class, which the temperature does not change.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .typed_frames import typed_frame

__all__ = [
    "LABELS",
    "MODEL_DIR",
    "TargetSentiment",
    "vader_analyzer",
    "sentence_scores",
    "mention_features",
    "sentence_context",
    "sentence_tensor",
    "FEATURE_GROUPS",
    "load_model",
    "score_span",
    "score_mentions",
    "span_features",
    "target_sentiment",
]

#: Class labels in the order of the model's probability vector.
LABELS = ("negative", "neutral", "positive")

#: Folder with the trained target-sentiment model.
MODEL_DIR = Path(__file__).resolve().parent / "data" / "target_sentiment"

#: Version of :func:`mention_features`; stored in ``meta.json`` and checked
#: when the model is loaded.
FEATURE_VERSION = 5


# ---------------------------------------------------------------------------
# VADER
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def vader_analyzer():
    """NLTK's VADER analyser with the lexicon of the ``vaderSentiment`` package.

    Returns
    -------
    nltk.sentiment.vader.SentimentIntensityAnalyzer
        Cached analyser (:class:`analysis.vader.Vader`, NLTK's analyser with
        a faster, equivalent word split); created once per process.

    Notes
    -----
    NLTK 3.10 only opens data files found under ``nltk.data.path``; the
    folder of the ``vaderSentiment`` package (which ships the MIT-licensed
    ``vader_lexicon.txt``) is appended to it, so no NLTK download is needed.
    """
    import nltk
    import vaderSentiment

    from .vader import Vader

    folder = os.path.dirname(os.path.abspath(vaderSentiment.__file__))
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return Vader(lexicon_file="vader_lexicon.txt")


def sentence_scores(texts: Iterable[str]) -> pd.DataFrame:
    """VADER scores of sentences.

    Parameters
    ----------
    texts : iterable of str
        Sentences (or any texts).

    Returns
    -------
    pandas.DataFrame
        One row per text with columns ``neg``, ``neu``, ``pos`` (proportions)
        and ``compound`` (normalised sum of valences in ``[-1, 1]``).
    """
    analyzer = vader_analyzer()
    rows = [analyzer.polarity_scores(t) for t in texts]
    # built from typed columns: several times faster than from a list of dicts (or pandas' inference)
    return typed_frame({c: ([r[c] for r in rows], "float64") for c in ("neg", "neu", "pos", "compound")})


def vader_label(compound: float, *, threshold: float = 0.05) -> str:
    """Label of a VADER compound score with the usual ``±0.05`` thresholds.

    Parameters
    ----------
    compound : float
        VADER compound score.
    threshold : float, optional
        Scores ``>= threshold`` are positive, ``<= -threshold`` negative.

    Returns
    -------
    str
        One of :data:`LABELS`.
    """
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


from .sentiment_features import (FEATURE_GROUPS, SentenceContext, _closed_doc, _doc_view,  # noqa: E402
                                 _mention_parts, _sentence_tokens, mention_features, merge_parts, sentence_context,
                                 sentence_tensor)


# ---------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TargetSentiment:
    """Sentiment toward one target mention.

    Attributes
    ----------
    score : float
        ``P(positive) - P(negative)`` in ``[-1, 1]``.
    label : str
        Most probable class, one of :data:`LABELS`.
    probabilities : tuple of float
        ``(P(negative), P(neutral), P(positive))``.
    """

    score: float
    label: str
    probabilities: tuple[float, float, float] = (0.0, 1.0, 0.0)


@dataclass(frozen=True)
class _Model:
    index: dict
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)
    meta: dict


@functools.lru_cache(maxsize=4)
def load_model(model_dir: str | os.PathLike | None = None) -> _Model:
    """Load the trained target-sentiment model (cached).

    Parameters
    ----------
    model_dir : path-like, optional
        Folder with ``meta.json``, ``vocabulary.json`` and ``weights.npz``;
        :data:`MODEL_DIR` by default.

    Returns
    -------
    _Model
        Feature index, coefficients, intercepts and metadata.

    Raises
    ------
    FileNotFoundError
        If the model has not been trained; the message gives the command.
    """
    folder = Path(model_dir) if model_dir is not None else MODEL_DIR
    if not (folder / "weights.npz").exists():
        raise FileNotFoundError(
            f"No target-sentiment model in {folder}; train it with "
            "`python -m analysis.train_sentiment`.")
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta.get("feature_version") != FEATURE_VERSION:
        raise RuntimeError(
            f"Model in {folder} was trained with feature version {meta.get('feature_version')}, "
            f"code has {FEATURE_VERSION}; retrain with `python -m analysis.train_sentiment`.")
    vocabulary = json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
    weights = np.load(folder / "weights.npz")
    index = {name: i for i, name in enumerate(vocabulary)}
    return _Model(index=index, coef=weights["coef"], intercept=weights["intercept"], meta=meta)


def _options(model: _Model) -> dict:
    """Feature options recorded in the model's ``meta.json``."""
    return {"exclude": frozenset(model.meta.get("excluded_feature_groups", ())),
            "tensor_features": bool(model.meta.get("tensor_features", False))}


def predict_features(features: dict[str, float], *, model: _Model) -> TargetSentiment:
    """Classify one feature dict with a loaded model.

    Parameters
    ----------
    features : dict of str to float
        Output of :func:`mention_features`.
    model : _Model
        Output of :func:`load_model`.

    Returns
    -------
    TargetSentiment
        Probabilities calibrated with the model's temperature
        (``meta["calibration"]["temperature"]``, 1 when absent); the label is
        the most probable class, which the temperature does not change.
    """
    cols = list(map(model.index.get, features))  # in the order of ``features``, None where unknown
    vals = list(features.values())
    if None in cols:
        kept = [k for k, j in enumerate(cols) if j is not None]
        cols, vals = [cols[k] for k in kept], [vals[k] for k in kept]
    coef, intercept = _float_weights(model)
    logits = intercept + coef[:, cols] @ np.asarray(vals, dtype=float)
    return _result(logits, model)


def _result(logits: np.ndarray, model: _Model) -> TargetSentiment:
    """Calibrated probabilities, score and label from a vector of logits (modified in place)."""
    logits /= float(model.meta.get("calibration", {}).get("temperature", 1.0))
    logits -= logits.max()
    p = np.exp(logits)
    p /= p.sum()
    probs = (float(p[0]), float(p[1]), float(p[2]))
    return TargetSentiment(score=float(p[2] - p[0]), label=LABELS[int(np.argmax(p))], probabilities=probs)


def _predict_parts(features: dict[str, float], tensor_parts: list, *, model: _Model) -> TargetSentiment:
    """:func:`predict_features` of ``merge_parts(features, tensor_parts)`` without building that dict.

    The ``x_*`` columns of the model are looked up once per model; the
    vector multiplied is the same, in the same order, so the result is
    identical to the last bit.
    """
    return _result(_logits(features, tensor_parts, model), model)


def _logits(features: dict[str, float], tensor_parts: list, model: _Model) -> np.ndarray:
    """The uncalibrated logits of :func:`_predict_parts`."""
    n = len(features)
    # column of each feature (-1: unknown to the model) and its value, read into arrays in C
    cols = np.fromiter(map(model.index.get, features, itertools.repeat(-1)), dtype=np.intp, count=n)
    vals = np.fromiter(features.values(), dtype=float, count=n)
    if n and np.minimum.reduce(cols) < 0:  # the ufunc itself: ndarray.all's Python wrapper costs more per mention
        known = cols >= 0
        cols, vals = cols[known], vals[known]
    coef, intercept = _float_weights(model)
    if not tensor_parts:
        return intercept + coef[:, cols] @ vals
    # the tensor parts' columns joined once per model and shape: one concatenation of each kind per mention
    tcols, tkept = _tensor_block(model, tuple([(prefix, len(values)) for prefix, values in tensor_parts]))
    tvals = np.concatenate([values for _, values in tensor_parts]).astype(float, copy=False)
    if tkept is not None:
        tvals = tvals[tkept]
    return intercept + coef[:, np.concatenate((cols, tcols))] @ np.concatenate((vals, tvals))


_TENSOR_BLOCKS: dict[tuple, tuple] = {}


def _tensor_block(model: _Model, shape: tuple) -> tuple[np.ndarray, np.ndarray | None]:
    """:func:`_tensor_columns` of every ``(prefix, n)`` of ``shape`` joined, and which of the joined
    values the model knows (``None``: all)."""
    key = (id(model), shape)
    got = _TENSOR_BLOCKS.get(key)
    if got is None or got[0] is not model:
        cols, kept, start = [], [], 0
        for prefix, n in shape:
            tcols, tkept = _tensor_columns(model, prefix, n)
            cols.append(tcols)
            kept.append(np.arange(start, start + n, dtype=np.intp) if tkept is None else start + tkept)
            start += n
        kept = np.concatenate(kept) if kept else np.zeros(0, dtype=np.intp)
        got = _TENSOR_BLOCKS[key] = (model, np.concatenate(cols) if cols else np.zeros(0, dtype=np.intp),
                                     None if len(kept) == start else kept)
        if len(_TENSOR_BLOCKS) > 24:
            _TENSOR_BLOCKS.pop(next(iter(_TENSOR_BLOCKS)))
    return got[1], got[2]


def _results(logits: np.ndarray, model: _Model) -> list[TargetSentiment]:
    """:func:`_result` of every row of ``logits`` (modified in place), in one pass of array operations.

    Element-wise operations give the same bits on a matrix as on each row; the
    row sums are written out as ``p0 + p1 + p2`` in :func:`_result`'s order
    (``sum`` of a 3-vector adds the elements left to right).
    """
    logits /= float(model.meta.get("calibration", {}).get("temperature", 1.0))
    logits -= logits.max(axis=1)[:, None]
    p = np.exp(logits)
    p /= ((p[:, 0] + p[:, 1]) + p[:, 2])[:, None]
    probs = p.tolist()
    labels = np.argmax(p, axis=1).tolist()
    return [TargetSentiment(score=row[2] - row[0], label=LABELS[k], probabilities=(row[0], row[1], row[2]))
            for row, k in zip(probs, labels)]


_TENSOR_COLUMNS: dict[tuple, tuple] = {}


def _tensor_columns(model: _Model, prefix: str, n: int) -> tuple[np.ndarray, np.ndarray | None]:
    """Model columns of the features ``prefix0 ... prefix{n-1}`` and which of them the model knows
    (``None``: all)."""
    key = (id(model), prefix, n)
    got = _TENSOR_COLUMNS.get(key)
    if got is None or got[0] is not model:
        from .sentiment_features import _tensor_names

        cols = [model.index.get(name) for name in _tensor_names(prefix, n)]
        kept = None
        if None in cols:
            kept = np.array([k for k, j in enumerate(cols) if j is not None], dtype=np.intp)
            cols = [j for j in cols if j is not None]
        got = _TENSOR_COLUMNS[key] = (model, np.asarray(cols, dtype=np.intp), kept)
        if len(_TENSOR_COLUMNS) > 24:
            _TENSOR_COLUMNS.pop(next(iter(_TENSOR_COLUMNS)))
    return got[1], got[2]


_FLOAT_WEIGHTS: dict[int, tuple] = {}


def _float_weights(model: _Model) -> tuple[np.ndarray, np.ndarray]:
    """The model's coefficients and intercepts as float64, converted once per model."""
    got = _FLOAT_WEIGHTS.get(id(model))
    if got is None or got[0] is not model:
        got = _FLOAT_WEIGHTS[id(model)] = (model, model.coef.astype(float), model.intercept.astype(float))
        if len(_FLOAT_WEIGHTS) > 8:
            _FLOAT_WEIGHTS.pop(next(iter(_FLOAT_WEIGHTS)))
    return got[1], got[2]


def score_span(span, *, model: _Model | None = None) -> TargetSentiment:
    """Sentiment toward a spaCy span, within its own sentence.

    Parameters
    ----------
    span : spacy.tokens.Span
        Target mention.
    model : _Model, optional
        A loaded model; :func:`load_model` by default.

    Returns
    -------
    TargetSentiment
    """
    model = load_model() if model is None else model
    opts = _options(model)
    ctx = sentence_context(span.sent, wide_negation="negation" not in opts["exclude"],
                           tensor_features=opts["tensor_features"])
    feats = mention_features(span, context=ctx, exclude=opts["exclude"], tensor_features=opts["tensor_features"])
    return predict_features(feats, model=model)


class _DocIndex:
    """Token and sentence lookups of a document, built in one pass (O(n) once, O(log n) per lookup)."""

    def __init__(self, doc):
        from spacy.attrs import IDX, IS_SPACE, LENGTH

        self.doc = doc
        columns = doc.to_array([IDX, LENGTH, IS_SPACE]).reshape(len(doc), 3).astype(np.int64)  # no Token objects
        self.tok_start = np.ascontiguousarray(columns[:, 0])
        self.tok_end = self.tok_start + columns[:, 1]
        self.space = columns[:, 2].astype(bool).tolist()
        self.sents = list(doc.sents)
        self.sent_starts = np.array([s.start for s in self.sents], dtype=np.int64)

    def span(self, start: int, end: int):
        """The tokens overlapping ``[start, end)`` (white space trimmed), as a Span."""
        lo = int(np.searchsorted(self.tok_end, start, side="right"))
        hi = int(np.searchsorted(self.tok_start, end, side="left"))
        while lo < hi and self.space[lo]:
            lo += 1
        while hi > lo and self.space[hi - 1]:
            hi -= 1
        if lo >= hi:
            raise ValueError(f"No token in character span ({start}, {end})")
        return self.doc[lo:hi]

    def bounds(self, spans) -> list[tuple[int, int, int]]:
        """``(lo, hi, sentence of lo)`` of :meth:`span` for many character spans, searched at once."""
        if not len(spans):
            return []
        starts, ends = np.asarray(spans, dtype=np.int64).reshape(-1, 2).T
        los = np.searchsorted(self.tok_end, starts, side="right").tolist()
        his = np.searchsorted(self.tok_start, ends, side="left").tolist()
        space = self.space
        out = []
        for (start, end), lo, hi in zip(spans, los, his):
            while lo < hi and space[lo]:
                lo += 1
            while hi > lo and space[hi - 1]:
                hi -= 1
            if lo >= hi:
                raise ValueError(f"No token in character span ({start}, {end})")
            out.append((lo, hi))
        sents = (np.searchsorted(self.sent_starts, [lo for lo, _ in out], side="right") - 1).tolist()
        return [(lo, hi, k) for (lo, hi), k in zip(out, sents)]

    def sentence(self, token_i: int) -> int:
        """Index of the sentence of token ``token_i``."""
        return int(np.searchsorted(self.sent_starts, token_i, side="right")) - 1


def _char_span(doc, start: int, end: int):
    """The tokens of ``doc`` overlapping the characters ``[start, end)``."""
    return _DocIndex(doc).span(start, end)


_VADER_COLS = ("neg", "neu", "pos", "compound")


def _vader_by_start(sentence_vader) -> dict[int, tuple]:
    """``{sentence start char: VADER scores}`` from a ``sentences``-like table, each a row of the
    columns :data:`_VADER_COLS` (``dict(zip(_VADER_COLS, map(float, row)))`` is the scores dict)."""
    if sentence_vader is None:
        return {}
    # a DataFrame is only read here: no copy of it (the pipeline passes its whole sentences table)
    table = sentence_vader if isinstance(sentence_vader, pd.DataFrame) else pd.DataFrame(sentence_vader)
    missing = {"start", "neg", "neu", "pos", "compound"} - set(table.columns)
    if missing:
        raise ValueError(f"sentence_vader lacks columns {sorted(missing)}")
    # the rows as tuples: a scores dict is made only for the sentences read (those with a mention)
    return {int(s): row for s, row in zip(table["start"].tolist(), zip(*(table[c].tolist() for c in _VADER_COLS)))}


def score_mentions(doc, spans: Sequence[tuple[int, int]], *, model_dir=None,
                   sentence_vader=None) -> list[TargetSentiment]:
    """Sentiment toward each target mention of a parsed article.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article, from :func:`analysis.nlp.parse`.
    spans : sequence of (int, int)
        ``(start_char, end_char)`` of the target mentions.
    model_dir : path-like, optional
        Folder of the model; :data:`MODEL_DIR` by default.
    sentence_vader : pandas.DataFrame, optional
        VADER scores already computed for the sentences, e.g. the
        ``sentences`` table of the pipeline: columns ``start`` (character
        offset of the sentence's first character) and ``neg``, ``neu``,
        ``pos``, ``compound``.  A sentence of ``doc`` whose first token starts
        at a listed ``start`` reuses that row; other sentences are scored
        here (the old behaviour when the argument is not given).

    Returns
    -------
    list of TargetSentiment
        One result per mention, in order.  Each mention is scored within its
        own sentence; a mention that crosses a sentence boundary is scored
        within the sentence of its first token.

    Notes
    -----
    Linear in the article's length: the token and sentence indexes are
    built once, each sentence's mention-independent features once, and
    every mention only looks at its own sentence.
    """
    if not spans:
        return []
    model = load_model(model_dir)
    parts = _span_parts(doc, spans, sentence_vader=sentence_vader, **_options(model))
    # one gemv per mention (the summation order of the old code), calibrated all at once
    return _results(np.stack([_logits(f, tensor_parts, model) for f, tensor_parts in parts]), model)


def span_features(doc, spans: Sequence[tuple[int, int]], *, sentence_vader=None, exclude=frozenset(),
                  tensor_features: bool = False) -> list[dict[str, float]]:
    """Feature dicts of character spans of a parsed document (see :func:`score_mentions`).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed document.
    spans : sequence of (int, int)
        Character offsets of the mentions.
    sentence_vader : pandas.DataFrame, optional
        Precomputed sentence VADER scores (see :func:`score_mentions`).
    exclude : collection of str, optional
        Feature groups to leave out (see :data:`FEATURE_GROUPS`).
    tensor_features : bool, optional
        Add the ``tok2vec`` features.

    Returns
    -------
    list of dict
        One sparse feature dict per span (same code path at training and run time).
    """
    return [merge_parts(f, tensor_parts) for f, tensor_parts in
            _span_parts(doc, spans, sentence_vader=sentence_vader, exclude=exclude, tensor_features=tensor_features)]


def _span_parts(doc, spans: Sequence[tuple[int, int]], *, sentence_vader=None, exclude=frozenset(),
                tensor_features: bool = False) -> list[tuple[dict, list]]:
    """:func:`span_features` as ``(features, tensor_parts)`` pairs (see :func:`_mention_parts`)."""
    if not spans:
        return []
    exclude = frozenset(exclude)
    analyzer = vader_analyzer()
    given = _vader_by_start(sentence_vader)
    index = _DocIndex(doc)
    closed = _closed_doc(doc)
    doc_tokens = _sentence_tokens(doc[:], with_heads=True) if len(doc) else None
    view = _doc_view(doc_tokens) if doc_tokens is not None else None  # shared by the sentences
    contexts: dict[int, SentenceContext] = {}
    # the parse's own tok2vec output, when present, costs nothing; documents without it
    # (e.g. read back from a DocBin) get tok2vec run on each sentence alone
    tensor = getattr(doc, "tensor", None)
    doc_tensor = tensor if tensor_features and tensor is not None and tensor.ndim == 2 and \
        tensor.shape[0] == len(doc) and tensor.shape[1] > 0 else None
    out = []
    for lo, hi, k in index.bounds(spans):
        sent = index.sents[k]
        span = doc[lo: min(hi, sent.end)]
        ctx = contexts.get(k)
        if ctx is None:
            row = given.get(sent.start_char)
            vader = analyzer.polarity_scores(sent.text) if row is None else dict(zip(_VADER_COLS, map(float, row)))
            ctx = contexts[k] = sentence_context(sent, vader=vader, wide_negation="negation" not in exclude,
                                                 tensor_features=tensor_features and doc_tensor is None,
                                                 closed=closed, doc_tokens=doc_tokens, view=view)
            if doc_tensor is not None:
                ctx.tensor = np.asarray(doc_tensor[sent.start:sent.end], dtype=np.float64)
        out.append(_mention_parts(span, context=ctx, exclude=exclude, tensor_features=tensor_features))
    return out


def target_sentiment(text: str, start: int, end: int, *, model_dir=None) -> TargetSentiment:
    """Sentiment toward one target mention in a sentence.

    Parameters
    ----------
    text : str
        One sentence (a longer text works too: the mention is scored within
        its own sentence).
    start, end : int
        Character offsets of the mention, ``text[start:end]``.
    model_dir : path-like, optional
        Folder of the model; :data:`MODEL_DIR` by default.

    Returns
    -------
    TargetSentiment
        ``score`` = ``P(positive) - P(negative)`` in ``[-1, 1]`` (calibrated)
        and the most probable ``label``.

    Examples
    --------
    >>> text = "Orban suggested he would not support Rutte's candidacy."
    >>> target_sentiment(text, 37, 42).label  # doctest: +SKIP
    'negative'
    """
    from .nlp import parse

    return score_mentions(parse(text), [(start, end)], model_dir=model_dir)[0]
