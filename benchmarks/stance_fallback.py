"""Train and test a learned fallback for sentence-level directed stance (leave one file out).

Usage (from the repository root; scikit-learn is the ``train`` extra)::

    PYTHONPATH=. python benchmarks/stance_fallback.py [--cache /tmp/stance_raw.pkl] [--C 0.03] [--weight 3]
        [--mix] [--lemmas]

Data
    The hand-labelled pairs of ``tests/data/stance_pairs_{dev,dev2,...,dev7,acts}.jsonl``
    (see ``benchmarks/stance_pairs_eval.py``): each item's sentence is parsed by
    itself (as ``--alone`` does), the rules of :func:`analysis.stance.extract_stance`
    are run on it, and each item gives two ORDERED examples, ``(p, q)`` and
    ``(q, p)``, labelled ``favor``/``against`` when the item's label has that
    direction and ``none`` otherwise (features of :func:`pair_features`).

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
import csv
import functools
import importlib.resources
import importlib.util
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ---------------------------------------------------------------- features of an ordered mention pair

def _vader_lexicon() -> dict:
    from analysis.sentiment import vader_analyzer
    return vader_analyzer().lexicon


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
    vader = _vader_lexicon()
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
    if h_sentiment is not None:
        f["h_sent_neg"], f["h_sent_pos"] = float(h_sentiment[0]), float(h_sentiment[2])
    if t_sentiment is not None:
        f["t_sent_neg"], f["t_sent_pos"] = float(t_sentiment[0]), float(t_sentiment[2])
    # the content on the target's side (the subtree of the ancestor's child toward t, or of the ancestor
    # without h's side) and the sentence as a whole: their VADER valence, crossed with h's role
    side = up_t[-1] if up_t else lca
    skip_h = set(range(h_span.start, h_span.end)) | ({tok.i for tok in up_h[-1].subtree} if up_h and not up_t else set())
    c_pos = c_neg = 0.0
    for tok in side.subtree:
        if tok.i in skip_h or t_span.start <= tok.i < t_span.end:
            continue
        v = vader.get(tok.lower_, 0.0) / 4.0
        c_pos, c_neg = c_pos + max(v, 0.0), c_neg - min(v, 0.0)
    c_pos, c_neg = min(c_pos, 2.0), min(c_neg, 2.0)
    f["content_pos"], f["content_neg"] = c_pos, c_neg
    s_pos = s_neg = 0.0
    for tok in h.sent:
        v = vader.get(tok.lower_, 0.0) / 4.0
        s_pos, s_neg = s_pos + max(v, 0.0), s_neg - min(v, 0.0)
    f["sent_pos"], f["sent_neg"] = min(s_pos, 2.0), min(s_neg, 2.0)
    speaker = (lemma in speech and role_h in {"nsubj", "agent", "prep_by"}) or role_h == "prep_according"
    subject = role_h in {"nsubj", "agent", "prep_by", "poss"}
    listener = (lemma in speech and role_t in {"nsubj", "agent", "prep_by"}) or role_t == "prep_according"
    for name, on in (("speaker", speaker), ("subject", subject), ("t_speaker", listener)):
        if on:
            f[name] = 1.0
            f[f"{name}_content_pos"], f[f"{name}_content_neg"] = c_pos, c_neg
            f[f"{name}_lca_val"] = lca_v
            f[f"{name}_t_sent"] = f.get("t_sent_pos", 0.0) - f.get("t_sent_neg", 0.0) if t_sentiment is not None else 0.0
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
    return f


# ---------------------------------------------------------------- data, model and evaluation

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


def parse_items() -> list[dict]:
    """Parse every item's sentence alone and run the rules: one dict per item (the Doc as bytes)."""
    from analysis.sentiment import score_mentions
    from analysis.stance import extract_stance

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
            sent = score_mentions(doc, [(it["p_start"], it["p_end"]), (it["q_start"], it["q_end"])])
            rules = f"p->q {pq[0]}" if pq[1] >= qp[1] and pq[0] != "none" else (
                f"q->p {qp[0]}" if qp[0] != "none" else "none")
            out.append(dict(file=name, item=it, gold=label, rules=rules, pq=pq, qp=qp, other=other,
                            sp=tuple(sent[0].probabilities), sq=tuple(sent[1].probabilities), doc=doc.to_bytes()))
    return out


def build(cache: Path | None = None) -> list[dict]:
    """The parsed items (cached in ``cache`` when given) with the features of both orders."""
    from spacy.tokens import Doc

    from analysis.nlp import load_pipeline

    if cache is not None and cache.exists():
        raw = pickle.loads(cache.read_bytes())
    else:
        raw = parse_items()
        if cache is not None:
            cache.write_bytes(pickle.dumps(raw))
    vocab = load_pipeline().vocab
    rows = []
    for r in raw:
        it = r["item"]
        doc = Doc(vocab).from_bytes(r["doc"])
        ps = doc.char_span(it["p_start"], it["p_end"], alignment_mode="expand")
        qs = doc.char_span(it["q_start"], it["q_end"], alignment_mode="expand")
        f_pq = pair_features(ps, qs, rule=r["pq"], reverse_rule=r["qp"], sentence_rows=r["other"],
                             h_sentiment=r["sp"], t_sentiment=r["sq"])
        f_qp = pair_features(qs, ps, rule=r["qp"], reverse_rule=r["pq"], sentence_rows=r["other"],
                             h_sentiment=r["sq"], t_sentiment=r["sp"])
        rows.append(dict(file=r["file"], id=it["id"], gold=r["gold"], rules=r["rules"], f_pq=f_pq, f_qp=f_qp,
                         lemmas=_lemmas(ps, qs), text=it["text"], p=it["p"], q=it["q"]))
    return rows


def _lemmas(ps, qs) -> dict:
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


#: Class mix of the sentence-level benchmark the fallback is meant for (issue 12): with ``--mix`` every
#: score weights each item by ``MIX[gold] / share of gold in the scored items`` (the scores a set with
#: that mix would give; the mix is public, the benchmark's items are not used).
MIX = {"none": 0.65, "p->q against": 0.19, "p->q favor": 0.10, "q->p against": 0.03, "q->p favor": 0.02}

_WEIGHTED = False


def _weights(gold) -> list[float]:
    if not _WEIGHTED:
        return [1.0] * len(gold)
    gold = list(gold)
    share = {c: gold.count(c) / len(gold) for c in set(gold)}
    return [MIX[g] / share[g] for g in gold]


def macro_f1(gold, pred, labels, weights=None) -> float:
    weights = [1.0] * len(gold) if weights is None else weights
    scores = []
    for label in labels:
        tp = sum(w for g, p, w in zip(gold, pred, weights) if g == p == label)
        fp = sum(w for g, p, w in zip(gold, pred, weights) if p == label and g != label)
        fn = sum(w for g, p, w in zip(gold, pred, weights) if g == label and p != label)
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def three(label: str) -> str:
    return label.split()[-1] if label != "none" else "none"


def f5(gold, pred) -> float:
    return macro_f1(gold, pred, LABELS, _weights(gold))


def f3(gold, pred) -> float:
    return macro_f1([three(g) for g in gold], [three(p) for p in pred], CLASSES, _weights(gold))


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
    parser.add_argument("--C", type=float, default=0.03)
    parser.add_argument("--weight", type=float, default=3.0, help="class weight of favor/against")
    parser.add_argument("--mix", action="store_true", help="weight items to the benchmark's class mix (MIX)")
    parser.add_argument("--lemmas", action="store_true", help="add the common ancestor's lemma as a feature")
    args = parser.parse_args(argv)
    global _WEIGHTED
    _WEIGHTED = args.mix
    rows = build(args.cache)
    print(f"{len(rows)} items; C={args.C} weight={args.weight} lemmas={args.lemmas}")
    lofo(rows, C=args.C, lemmas=args.lemmas, weight=args.weight)


if __name__ == "__main__":
    main()
