"""Features of a (holder, target) mention pair for a learned stance fallback.

The rules of :mod:`analysis.stance` are precise but find few opinions.  This
module describes an ordered pair of actor mentions of one sentence (a possible
holder ``h`` and target ``t``) by features that carry across topics: the
dependency path between them (its length, the dependency labels at each end and
below their lowest common ancestor, the part of speech of that ancestor), the
VADER valence of the words on the path and of the governing word, negation on
the path, quotation marks, hits of the package's lexicons
(``stance_lexicon.csv``, ``act_words.csv``, ``connotation_verbs.csv``,
``speech_cues.csv``) on the path, and the rules' own answer for the pair.

:func:`pair_features` returns a ``{name: value}`` dict; a linear model over it
(trained by :mod:`analysis.train_stance`) scores ``none`` / ``favor`` /
``against`` for the ordered pair.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources

from .sentiment import vader_analyzer

__all__ = ["pair_features", "path_tokens", "QUOTE_CHARS"]

#: Characters counted as quotation marks (a token is inside a quotation when an
#: odd number of them precede it in its sentence).
QUOTE_CHARS = frozenset('"“”')

_NEGATIONS = frozenset({"not", "n't", "never", "no", "without", "nor"})


def _read(name: str) -> list[dict]:
    path = importlib.resources.files("analysis") / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def _lexicons() -> tuple[dict, dict, dict, frozenset]:
    """``(stance lemma -> polarity, act lemma -> polarity, connotation lemma -> (agent, patient), speech cues)``."""
    stance: dict[str, set] = {}
    for row in _read("stance_lexicon.csv"):
        stance.setdefault(row["lemma"], set()).add(row["polarity"])
    acts: dict[str, set] = {}
    for row in _read("act_words.csv"):
        acts.setdefault(row["lemma"], set()).add(row["polarity"])
    conn = {row["lemma"]: (int(row["agent"]), int(row["patient"])) for row in _read("connotation_verbs.csv")}
    speech = frozenset(row["cue"] for row in _read("speech_cues.csv") if " " not in row["cue"])
    return stance, acts, conn, speech


def _polarity(table: dict, lemma: str) -> str | None:
    found = table.get(lemma)
    if not found or len(found) != 1:
        return None
    return next(iter(found))


def path_tokens(h, t) -> tuple[list, list, object]:
    """The dependency path between two tokens.

    Parameters
    ----------
    h, t : spacy.tokens.Token
        Tokens of one sentence.

    Returns
    -------
    tuple
        ``(up_h, up_t, lca)``: the tokens from ``h`` up to (not including)
        their lowest common ancestor, the same from ``t``, and that ancestor.
    """
    chain_h = [h]
    while chain_h[-1].head.i != chain_h[-1].i:
        chain_h.append(chain_h[-1].head)
    index_h = {tok.i: k for k, tok in enumerate(chain_h)}
    up_t = []
    tok = t
    while tok.i not in index_h:
        up_t.append(tok)
        if tok.head.i == tok.i:
            return chain_h, up_t, None            # different trees (should not happen within a sentence)
        tok = tok.head
    return chain_h[:index_h[tok.i]], up_t, tok


def _inside_quotes(tok) -> bool:
    sent = tok.sent
    text = sent.doc.text[sent.start_char:tok.idx]
    return sum(text.count(c) for c in QUOTE_CHARS) % 2 == 1


def _role(up: list, lca) -> str:
    """The dependency label of the path's step just below the common ancestor (``self`` when it is the ancestor)."""
    if not up:
        return "self"
    top = up[-1]
    dep = top.dep_
    if dep == "prep" and len(up) >= 2:
        return f"prep_{top.lower_}"
    if dep == "pobj" and top.head.i == lca.i:
        return f"prep_{top.head.lower_}"
    if dep in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "appos", "conj", "agent", "dative",
               "attr", "ccomp", "xcomp", "advcl", "relcl", "acl", "npadvmod", "amod", "nmod"}:
        return dep
    return "other"


def pair_features(h_span, t_span, *, rule: tuple[str, float] = ("none", 0.0),
                  reverse_rule: tuple[str, float] = ("none", 0.0), sentence_rows: int = 0,
                  h_sentiment=None, t_sentiment=None) -> dict[str, float]:
    """Features of an ordered mention pair (possible holder ``h``, target ``t``) in one sentence.

    Parameters
    ----------
    h_span, t_span : spacy.tokens.Span
        The two mentions (same sentence, not overlapping).
    rule, reverse_rule : (str, float)
        The rules' stance (``favor``/``against``/``none``) and confidence for
        ``h -> t`` and for ``t -> h``.
    sentence_rows : int
        How many rule rows the sentence has for other pairs.
    h_sentiment, t_sentiment : sequence of float, optional
        ``(negative, neutral, positive)`` target sentiment of each mention
        (:func:`analysis.sentiment.score_mentions`).

    Returns
    -------
    dict of str to float
        Feature name -> value (binary features have value 1).
    """
    stance_lex, act_lex, conn_lex, speech = _lexicons()
    vader = vader_analyzer().lexicon
    h, t = h_span.root, t_span.root
    up_h, up_t, lca = path_tokens(h, t)
    f: dict[str, float] = {"bias": 1.0}
    if lca is None:
        f["no_path"] = 1.0
        return f
    inner = [tok for tok in up_h[1:] + up_t[1:] + [lca]
             if not (h_span.start <= tok.i < h_span.end or t_span.start <= tok.i < t_span.end)]
    steps = len(up_h) + len(up_t)
    f[f"len_{min(steps, 6)}"] = 1.0
    f["h_governs_t"] = float(not up_h)
    f["t_governs_h"] = float(not up_t)
    f["h_first"] = float(h.i < t.i)
    role_h, role_t = _role(up_h, lca), _role(up_t, lca)
    f[f"h_role_{role_h}"] = 1.0
    f[f"t_role_{role_t}"] = 1.0
    f[f"roles_{role_h}_{role_t}"] = 1.0
    f[f"h_dep_{h.dep_}"] = 1.0
    f[f"t_dep_{t.dep_}"] = 1.0
    f[f"lca_{lca.pos_}"] = 1.0
    lemma = lca.lemma_.lower()
    if lemma in speech:
        f["lca_speech"] = 1.0
        f[f"speech_h_{role_h}"] = 1.0
    # VADER valence of the path and of the governing word
    vals = []
    negated = False
    for tok in inner:
        v = vader.get(tok.lower_, vader.get(tok.lemma_.lower(), 0.0)) / 4.0
        vals.append(v)
        negated = negated or any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in tok.children)
    pos_v = sum(v for v in vals if v > 0)
    neg_v = -sum(v for v in vals if v < 0)
    f["path_pos"] = min(pos_v, 1.5)
    f["path_neg"] = min(neg_v, 1.5)
    lca_v = vader.get(lca.lower_, vader.get(lemma, 0.0)) / 4.0
    f["lca_val"] = lca_v
    f["negated"] = float(negated)
    if negated:
        f["neg_path_pos"] = min(pos_v, 1.5)
        f["neg_path_neg"] = min(neg_v, 1.5)
    # valence of the words the target's side hangs from (its modifiers and governing noun)
    t_mod = [c for c in t.children if c.dep_ in {"amod", "compound"} and not t_span.start <= c.i < t_span.end]
    f["t_mod_val"] = sum(vader.get(c.lower_, 0.0) for c in t_mod) / 4.0
    # lexicons on the path
    for tok in inner:
        lem = tok.lemma_.lower()
        pol = _polarity(stance_lex, lem)
        if pol:
            f[f"stance_{pol}"] = 1.0
            f[f"stance_{pol}_h_{role_h}"] = 1.0
        pol = _polarity(act_lex, lem)
        if pol:
            f[f"act_{pol}"] = 1.0
            f[f"act_{pol}_h_{role_h}"] = 1.0
    conn = conn_lex.get(lemma)
    if conn is not None:
        agent, patient = conn
        if role_h in {"nsubj", "agent", "poss", "prep_by"} and role_t in {"dobj", "nsubjpass", "pobj"} \
                or role_t.startswith("prep_") and role_h in {"nsubj", "poss"}:
            f["conn_patient"] = float(patient)
        elif role_t in {"nsubj", "agent", "poss", "prep_by"}:
            f["conn_agent_t"] = float(agent)
    # quotation marks
    hq, tq, lq = _inside_quotes(h), _inside_quotes(t), _inside_quotes(lca)
    f["h_quoted"] = float(hq)
    f["t_quoted"] = float(tq)
    f["lca_quoted"] = float(lq)
    # entity types
    f[f"h_ent_{h.ent_type_ or 'none'}"] = 1.0
    f[f"t_ent_{t.ent_type_ or 'none'}"] = 1.0
    # the rules' answers
    f[f"rule_{rule[0]}"] = 1.0
    f[f"rev_rule_{reverse_rule[0]}"] = 1.0
    f["rule_conf"] = rule[1]
    f["other_rows"] = float(min(sentence_rows, 3))
    if h_sentiment is not None:
        f["h_sent_neg"], f["h_sent_pos"] = float(h_sentiment[0]), float(h_sentiment[2])
    if t_sentiment is not None:
        f["t_sent_neg"], f["t_sent_pos"] = float(t_sentiment[0]), float(t_sentiment[2])
    return f
