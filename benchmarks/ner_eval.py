"""Named-entity precision / recall: our ``name`` mentions against spaCy's raw entities.

Usage::

    python benchmarks/ner_eval.py [--gold FILE] [--batch N] [--plain | --tokenized] [--errors] [--json FILE]

The gold (default ``tests/data/ner_holdout.json``) lists every named entity of
a few hand-read Wikinews articles with exact character offsets and a type in
PERSON, ORG, GPE, LOC, NORP, OTHER (conventions in its ``about``: titles,
a leading *the* and a possessive *'s* are outside the span).

Two systems are scored by exact span match (same ``start``, ``end`` and type):

* ``spacy``: the raw ``doc.ents`` of the model :mod:`analysis.nlp` loads, on the
  same tokens, mapped to the gold types (FAC, PRODUCT, EVENT, WORK_OF_ART, LAW,
  LANGUAGE -> OTHER; dates, numbers and amounts are not entities);
* ``ours``: the rows of the ``mentions`` table of kind ``name`` with their
  ``actor_type`` (what a NER evaluator takes from the package's output).

Each article has a ``batch``: 1 is Wikinews text as published, 2 the same kind
of text recast as wire copy (an ALL-CAPS headline and a dateline above it);
3 the same kind of text pre-tokenized as in CoNLL-2003 (tokens joined by one
space, `` '' quotes, 's split off); ``--plain`` scores batch 3's articles in
their untokenized form instead (``plain_text``, ``plain_entities``), so that
the two renderings of the same articles can be compared.
``--tokenized`` re-renders every article that way (:func:`conll_render`, the
gold spans moved with their tokens), so that any batch can be scored as
pre-tokenized text.
``--batch`` scores one batch, the default all of them.

Scores are printed per type, over all types (``overall``), over the four actor
types only (``actors``: PERSON, ORG, GPE, NORP; the package names no LOC or
OTHER) and in a CoNLL view (GPE and LOC -> LOC, NORP and OTHER -> MISC).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER")
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
               "FAC": "OTHER", "PRODUCT": "OTHER", "EVENT": "OTHER", "WORK_OF_ART": "OTHER",
               "LAW": "OTHER", "LANGUAGE": "OTHER"}
CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "OTHER": "MISC"}


def spacy_entities(text: str) -> set[tuple[int, int, str]]:
    """spaCy's raw entities as ``(start, end, type)`` in the gold's types."""
    from analysis.nlp import parse
    return {(e.start_char, e.end_char, SPACY_TYPES[e.label_]) for e in parse(text).ents
            if e.label_ in SPACY_TYPES}


def our_entities(text: str) -> set[tuple[int, int, str]]:
    """The package's name mentions as ``(start, end, actor_type)``."""
    from analysis.actors import find_mentions
    from analysis.nlp import parse
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    return set(zip(m["start"], m["end"], m["actor_type"]))


def conll_render(text: str, entities: list[dict]) -> tuple[str, list[dict]]:
    """``text`` as CoNLL-2003 shows it, and the gold entities moved onto it.

    One sentence a line, the tokens of :func:`analysis.tokenize.word_spans`
    joined by one space (so ``'s`` and ``n't`` stand apart), double quotes as
    ````` and ``''``, a period glued to a word before a closing quote split off.
    An entity keeps its type and covers the same tokens.
    """
    from analysis.tokenize import sentence_spans, word_spans
    lines, pos, starts, ends, paragraph, opened = [], 0, {}, {}, None, False
    for par, s, e in sentence_spans(text):
        words, opened = [], opened and par == paragraph
        paragraph = par
        for a, b in word_spans(text, s, e):
            tok = text[a:b]
            if tok in {'"', "\u201c", "\u201d"}:
                tok, opened = ("''", False) if opened else ("``", True)
            pieces = [(a, b, tok)]
            if len(tok) > 1 and tok.endswith(".") and tok[:-1].isalpha() and text[b:b + 1] in {'"', "\u201d"}:
                pieces = [(a, b - 1, tok[:-1]), (b - 1, b, ".")]
            for pa, pb, ptok in pieces:
                starts[pa], ends[pb] = pos, pos + len(ptok)
                words.append(ptok)
                pos += len(ptok) + 1
        if words:
            lines.append(" ".join(words))
    moved = [{**ent, "start": starts[ent["start"]], "end": ends[ent["end"]]} for ent in entities
             if ent["start"] in starts and ent["end"] in ends]
    return "\n".join(lines), moved


def prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pred: set, gold: set, *, keep=None, view=None) -> tuple[int, int, int]:
    """``(tp, found, gold)`` of exact matches, optionally on some types or a mapped view."""
    if view is not None:
        pred = {(s, e, view[t]) for s, e, t in pred}
        gold = {(s, e, view[t]) for s, e, t in gold}
    if keep is not None:
        pred = {x for x in pred if x[2] in keep}
        gold = {x for x in gold if x[2] in keep}
    return len(pred & gold), len(pred), len(gold)


def evaluate(articles: list[dict]) -> dict:
    """Scores of both systems: ``{system: {row: (p, r, f1, tp, found, gold)}}`` and the errors."""
    out, errors = {}, {}
    for name, system in (("spacy", spacy_entities), ("ours", our_entities)):
        tot, errs = Counter(), []
        for art in articles:
            gold = {(e["start"], e["end"], e["type"]) for e in art["entities"]}
            pred = system(art["text"])
            rows = {t: score(pred, gold, keep={t}) for t in TYPES}
            rows["overall"] = score(pred, gold)
            rows["actors"] = score(pred, gold, keep=set(ACTOR_TYPES))
            rows["conll"] = score(pred, gold, view=CONLL)
            for row, (tp, f, g) in rows.items():
                tot[row, "tp"] += tp
                tot[row, "found"] += f
                tot[row, "gold"] += g
            text = art["text"]
            errs += [(art["doc_id"], "extra", text[s:e], t, s) for s, e, t in sorted(pred - gold)]
            errs += [(art["doc_id"], "missed", text[s:e], t, s) for s, e, t in sorted(gold - pred)]
        out[name] = {row: (*prf(tot[row, "tp"], tot[row, "found"], tot[row, "gold"]),
                           tot[row, "tp"], tot[row, "found"], tot[row, "gold"])
                     for row in (*TYPES, "overall", "actors", "conll")}
        errors[name] = errs
    return {"scores": out, "errors": errors}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "ner_holdout.json")
    ap.add_argument("--batch", type=int, help="score only the articles of this batch")
    ap.add_argument("--plain", action="store_true",
                    help="score the untokenized twin (plain_text) of articles that have one")
    ap.add_argument("--tokenized", action="store_true",
                    help="re-render every article as pre-tokenized CoNLL-style text before scoring")
    ap.add_argument("--errors", action="store_true", help="list every extra and missed span")
    ap.add_argument("--json", type=Path, help="write the scores as JSON")
    args = ap.parse_args(argv)
    articles = json.loads(args.gold.read_text(encoding="utf-8"))["articles"]
    if args.batch is not None:
        articles = [a for a in articles if a.get("batch", 1) == args.batch]
    if args.plain:
        articles = [{**a, "text": a["plain_text"], "entities": a["plain_entities"]} if "plain_text" in a else a
                    for a in articles]
    if args.tokenized:
        articles = [dict(zip(("text", "entities"), conll_render(a["text"], a["entities"])), doc_id=a["doc_id"])
                    for a in articles]
    res = evaluate(articles)
    print(f"{'':8} {'system':6} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'found':>5} {'gold':>4}")
    for row in (*TYPES, "overall", "actors", "conll"):
        for name, rows in res["scores"].items():
            p, r, f, tp, found, gold = rows[row]
            print(f"{row:8} {name:6} {p:5.2f} {r:5.2f} {f:5.2f} {tp:4d} {found:5d} {gold:4d}")
    if args.errors:
        for name, errs in res["errors"].items():
            print(f"\n== {name}")
            for doc_id, what, text, t, s in errs:
                print(f"{doc_id:18} {what:6} {t:6} {s:5d} {text!r}")
    if args.json:
        args.json.write_text(json.dumps(res["scores"], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
