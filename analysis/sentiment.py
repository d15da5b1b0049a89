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
    features (:func:`mention_features`) are built from the spaCy parse of
    :func:`analysis.nlp.parse`:

    * VADER lexicon valences of the sentence's words, negation-flipped
      inside the scope of a negation and weighted by their distance to the
      target in the dependency tree, split into the target's own clause and
      the other clauses;
    * valences of words inside the mention and of descriptors attached to
      it (``amod``, ``appos``, ``relcl``, ``acl``, prepositional modifiers);
    * the target's role toward its governing predicate (agent: subject,
      possessor of a nominalisation, ``by``-phrase; patient: object, passive
      subject, ``of``/``against``/... object) crossed with the valence of
      that predicate, so "X criticised Y" is negative toward Y but not in the
      same way toward X;
    * the whole-sentence VADER scores;
    * optionally (``--tensor-features`` at training; off for the shipped
      model) the spaCy pipeline's contextual ``tok2vec`` vectors computed on
      the sentence alone, averaged over the mention, its neighbours and the
      sentence;
    * sparse lemma features: the sentence's lemmas, lemmas near the target
      (with negation marks), the dependency path from the target to the
      root, and the target's head and children.

    The model is stored as JSON + ``.npz`` coefficients in
    ``analysis/data/target_sentiment/`` and is rebuilt with
    ``python -m analysis.train_sentiment``.

The score toward a target is ``P(positive) - P(negative)`` from the
classifier, in ``[-1, 1]``; the label is the most probable class.
"""

from __future__ import annotations

import functools
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

__all__ = [
    "LABELS",
    "MODEL_DIR",
    "TargetSentiment",
    "vader_analyzer",
    "sentence_scores",
    "mention_features",
    "load_model",
    "score_span",
    "score_mentions",
    "target_sentiment",
]

#: Class labels in the order of the model's probability vector.
LABELS = ("negative", "neutral", "positive")

#: Folder with the trained target-sentiment model.
MODEL_DIR = Path(__file__).resolve().parent / "data" / "target_sentiment"

#: Version of :func:`mention_features`; stored in ``meta.json`` and checked
#: when the model is loaded.
FEATURE_VERSION = 3


# ---------------------------------------------------------------------------
# VADER
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def vader_analyzer():
    """NLTK's VADER analyser with the lexicon of the ``vaderSentiment`` package.

    Returns
    -------
    nltk.sentiment.vader.SentimentIntensityAnalyzer
        Cached analyser; created once per process.

    Notes
    -----
    NLTK 3.10 only opens data files found under ``nltk.data.path``; the
    folder of the ``vaderSentiment`` package (which ships the MIT-licensed
    ``vader_lexicon.txt``) is appended to it, so no NLTK download is needed.
    """
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = os.path.dirname(os.path.abspath(vaderSentiment.__file__))
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


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
    return pd.DataFrame(rows, columns=["neg", "neu", "pos", "compound"], dtype=float)


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


# ---------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------

_NEGATIONS = frozenset(
    """not n't no never nothing nobody none neither nor nowhere without cannot
    hardly barely scarcely rarely seldom""".split()
)
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "csubj", "pcomp", "acl", "parataxis"})
_AGENT_DEPS = frozenset({"nsubj", "csubj", "poss", "agent"})
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "iobj", "attr", "oprd", "dative"})
_DESCRIPTOR_DEPS = frozenset({"amod", "appos", "relcl", "acl", "prep", "compound", "nmod", "advmod", "conj"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DIST_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10_000, "6+"))


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").replace("‘", "'")


def _valence(token, lexicon) -> float:
    """VADER valence of a token (surface form, then lemma), scaled to about [-1, 1]."""
    word = _normal(token.text)
    val = lexicon.get(word)
    if val is None:
        val = lexicon.get(_normal(token.lemma_))
    return 0.0 if val is None else val / 4.0


def _lex(token) -> str:
    """Lower-case lemma, or ``<name>`` for proper names (no priors about particular actors)."""
    if token.pos_ == "PROPN" or token.ent_type_ in _NAME_ENTS:
        return "<name>"
    return token.lemma_.lower()


def _is_negation(token) -> bool:
    return token.dep_ == "neg" or _normal(token.text) in _NEGATIONS


def _clause_head(token):
    """The head of the clause a token belongs to (a verb or the root)."""
    t = token
    while t.dep_ not in _CLAUSE_DEPS and t.head is not t:
        t = t.head
    return t


def _negated(token) -> bool:
    """Whether a negation has scope over the token.

    A token is negated when it, or one of its ancestors up to and including
    its clause head, has a negation child (``not``, ``never``, ``no``...) or
    is itself a negation determiner (``no support``).  An odd number of
    negations flips.
    """
    count = 0
    t = token
    while True:
        count += sum(1 for c in t.children if _is_negation(c))
        if t.dep_ in _CLAUSE_DEPS or t.head is t:
            break
        t = t.head
    return count % 2 == 1


def _distances(sent, root) -> dict[int, int]:
    """Dependency-tree distance of every token of ``sent`` to ``root`` (by token index)."""
    dist = {root.i: 0}
    frontier = [root]
    while frontier:
        nxt = []
        for t in frontier:
            neighbours = list(t.children)
            if t.head is not t:
                neighbours.append(t.head)
            for n in neighbours:
                if n.i not in dist and sent.start <= n.i < sent.end:
                    dist[n.i] = dist[t.i] + 1
                    nxt.append(n)
        frontier = nxt
    return dist


def _role(target_root) -> tuple[str, object]:
    """Role of the target toward its governing predicate.

    Returns
    -------
    role : str
        ``agent``, ``patient``, ``pobj:<prep>``, ``mod`` or ``other``.
    governor : spacy.tokens.Token or None
        The content word (verb, noun or adjective) the role refers to.
    """
    t = target_root
    # climb through conjunctions and appositions: "X and Y criticised" -> X has Y's role
    while t.dep_ in ("conj", "appos") and t.head is not t:
        t = t.head
    dep = t.dep_
    head = t.head
    if dep in _AGENT_DEPS:
        return "agent", head
    if dep in _PATIENT_DEPS:
        return "patient", head
    if dep == "pobj":
        prep = head
        gov = prep.head if prep.head is not prep else None
        word = _normal(prep.text)
        if word == "by" and gov is not None and gov.tag_ == "VBN":
            return "agent", gov
        return f"pobj:{word}", gov
    if dep in ("compound", "amod", "nmod"):
        return "mod", head
    if dep == "ROOT":
        return "root", None
    return "other", head


def mention_features(span, *, sent=None, vader_sent: dict | None = None, tensor_features: bool = False,
                     sent_tensor: np.ndarray | None = None) -> dict[str, float]:
    """Features of one target mention for the target-sentiment classifier.

    Parameters
    ----------
    span : spacy.tokens.Span
        The target mention in a parsed document.
    sent : spacy.tokens.Span, optional
        The sentence to use; ``span.sent`` when not given.
    vader_sent : dict, optional
        VADER ``polarity_scores`` of the sentence text, if already computed.
    tensor_features : bool, optional
        Add the averaged ``tok2vec`` vectors (``x_*`` features); off by
        default and for the shipped model (see ``meta.json``).
    sent_tensor : numpy.ndarray, optional
        :func:`sentence_tensor` of the sentence, if already computed.

    Returns
    -------
    dict of str to float
        Sparse feature vector (names as keys).
    """
    analyzer = vader_analyzer()
    lexicon = analyzer.lexicon
    sent = span.sent if sent is None else sent
    if vader_sent is None:
        vader_sent = analyzer.polarity_scores(sent.text)
    f: dict[str, float] = {"bias_dense": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        if value:
            f[name] = f.get(name, 0.0) + value

    add("s_compound", vader_sent["compound"])
    add("s_pos", vader_sent["pos"])
    add("s_neg", vader_sent["neg"])

    root = span.root
    in_target = set(range(span.start, span.end))
    dist = _distances(sent, root)
    target_clause = _clause_head(root)
    role, gov = _role(root)
    # the target's descriptors: its subtree minus the mention itself
    descriptor = {t.i for t in root.subtree} - in_target

    add(f"role={role}")
    add(f"dep={root.dep_}")
    add(f"dep={root.dep_}|head={_lex(root.head)}")
    if gov is not None:
        gov_val = _valence(gov, lexicon) * (-1.0 if _negated(gov) else 1.0)
        add(f"gov_val|{role}", gov_val)
        add(f"gov={_lex(gov)}|{role}")
        if _negated(gov):
            add(f"gov_neg|{role}")
    # path from the target up to the sentence root
    t, steps = root, 0
    while t.head is not t and steps < 4:
        add(f"path={t.dep_}>{_lex(t.head)}")
        t = t.head
        steps += 1
    for c in root.children:
        if c.i not in in_target:
            add(f"child={c.dep_}|{_lex(c)}")

    n_tokens = 0
    for tok in sent:
        if tok.is_space or tok.is_punct:
            continue
        n_tokens += 1
        # names are not lexical evidence: no priors about particular actors are learned
        lemma = _lex(tok)
        if tok.i not in in_target:
            add(f"w={lemma}", 0.5)
        d = dist.get(tok.i, 99)
        val = _valence(tok, lexicon)
        neg = _negated(tok)
        if tok.i in in_target:
            add("val_in_target", val)
            continue
        if d <= 2:
            add(f"near={'NOT_' if neg else ''}{lemma}")
        if not val:
            continue
        v = -val if neg else val
        if neg:
            add("val_negated", val)
        for limit, name in _DIST_BUCKETS:
            if d <= limit:
                add(f"val_d{name}_{'pos' if v > 0 else 'neg'}", v)
                break
        add("val_weighted", v / d)
        if _clause_head(tok) is target_clause:
            add("val_same_clause", v)
        else:
            add("val_other_clause", v)
        if tok.i in descriptor:
            add("val_descriptor", v)
            add(f"desc_{tok.dep_}", v)
    add("log_len", math.log1p(n_tokens) / 4.0)
    add("rel_position", (span.start - sent.start) / max(1, len(sent)))
    if tensor_features:
        if sent_tensor is None:
            sent_tensor = sentence_tensor(sent)
        f.update(_tensor_features(span, sent, sent_tensor))
    return f


def sentence_tensor(sent) -> np.ndarray | None:
    """Contextual ``tok2vec`` vectors of one sentence, computed on the sentence alone.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A sentence of a parsed document.

    Returns
    -------
    numpy.ndarray or None
        Array of shape ``(len(sent), width)``, or None when the pipeline has
        no ``tok2vec`` component.  Running ``tok2vec`` on the sentence alone
        makes a mention's score independent of the neighbouring sentences of
        the article (the parse's ``doc.tensor`` is not, as the convolution
        window crosses sentence boundaries).
    """
    from .nlp import load_pipeline

    nlp = load_pipeline()
    if "tok2vec" not in nlp.pipe_names:
        return None
    sdoc = sent.as_doc()
    nlp.get_pipe("tok2vec")(sdoc)
    return np.asarray(sdoc.tensor, dtype=np.float64)


def _tensor_features(span, sent, tensor) -> dict[str, float]:
    """Mean ``tok2vec`` vectors of the mention, its sentence and its dependency neighbours.

    The contextual token vectors (see :func:`sentence_tensor`) are averaged
    over the mention's tokens (``x_t*``), the sentence's non-space tokens
    (``x_s*``) and the mention root's head and children (``x_n*``).
    """
    if tensor is None or len(tensor) != len(sent):
        return {}
    root = span.root
    off = sent.start
    near = [c.i - off for c in root.children if not c.is_space] + [root.head.i - off]
    ctx = [t.i - off for t in sent if not t.is_space] or [root.i - off]
    out = {}
    for prefix, idx in (("x_t", list(range(span.start - off, span.end - off))), ("x_s", ctx), ("x_n", near)):
        vec = tensor[idx].mean(axis=0)
        out.update({f"{prefix}{k}": float(v) for k, v in enumerate(vec)})
    return out


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
    """
    logits = model.intercept.astype(float).copy()
    for name, value in features.items():
        j = model.index.get(name)
        if j is not None:
            logits += value * model.coef[:, j]
    logits -= logits.max()
    p = np.exp(logits)
    p /= p.sum()
    probs = (float(p[0]), float(p[1]), float(p[2]))
    return TargetSentiment(score=float(p[2] - p[0]), label=LABELS[int(np.argmax(p))], probabilities=probs)


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
    feats = mention_features(span, tensor_features=bool(model.meta.get("tensor_features", False)))
    return predict_features(feats, model=model)


def _char_span(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        # offsets in white space: take the tokens overlapping the range
        toks = [t for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]
        if not toks:
            raise ValueError(f"No token in character span ({start}, {end})")
        span = doc[toks[0].i: toks[-1].i + 1]
    return span


def score_mentions(doc, spans: Sequence[tuple[int, int]], *, model_dir=None) -> list[TargetSentiment]:
    """Sentiment toward each target mention of a parsed article.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article, from :func:`analysis.nlp.parse`.
    spans : sequence of (int, int)
        ``(start_char, end_char)`` of the target mentions.
    model_dir : path-like, optional
        Folder of the model; :data:`MODEL_DIR` by default.

    Returns
    -------
    list of TargetSentiment
        One result per mention, in order.  Each mention is scored within its
        own sentence (``doc.char_span(start, end).sent``); a mention that
        crosses a sentence boundary is scored within the sentence of its
        first token.
    """
    model = load_model(model_dir)
    use_tensor = bool(model.meta.get("tensor_features", False))
    analyzer = vader_analyzer()
    vader_cache: dict[int, dict] = {}
    out = []
    for start, end in spans:
        span = _char_span(doc, start, end)
        sent = doc[span.start].sent
        if span.end > sent.end:
            span = doc[span.start: sent.end]
        if sent.start not in vader_cache:
            vader_cache[sent.start] = (analyzer.polarity_scores(sent.text),
                                       sentence_tensor(sent) if use_tensor else None)
        vader_sent, sent_tensor = vader_cache[sent.start]
        feats = mention_features(span, sent=sent, vader_sent=vader_sent, tensor_features=use_tensor,
                                 sent_tensor=sent_tensor)
        out.append(predict_features(feats, model=model))
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
        ``score`` = ``P(positive) - P(negative)`` in ``[-1, 1]`` and the most
        probable ``label``.

    Examples
    --------
    >>> text = "Orban suggested he would not support Rutte's candidacy."
    >>> target_sentiment(text, 37, 42).label  # doctest: +SKIP
    'negative'
    """
    from .nlp import parse

    return score_mentions(parse(text), [(start, end)], model_dir=model_dir)[0]
