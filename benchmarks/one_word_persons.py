"""Which one-word PERSON actors each kind of role evidence adds, for counting junk by hand.

Step 7 of :mod:`analysis.actors` drops a one-word PERSON actor without
evidence of being a person; :func:`analysis.actors._role_evidence` names the
grammatical roles that count as evidence (``stance_subject``,
``stance_object``, ``agency_subject``, ``agency_object``, ``possessor``, and
``any_subject`` in texts of at most three sentences). For random Wikinews
articles (``random.Random(seed).sample``) this prints, per kind, every actor
that the kind alone adds to what step 7 keeps without role evidence, with its
context: whole articles by default, each sentence analysed by itself with
``--alone`` (as sentence-level benchmarks feed the package).

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/one_word_persons.py [--seed 21] [--n 300] [--alone]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KINDS = ("stance_subject", "stance_object", "agency_subject", "agency_object", "possessor", "any_subject")


def added_by_kind(docs) -> list[tuple[str, str, str]]:
    """``(kind, actor, context)`` for every actor one kind alone adds, over parsed ``docs``."""
    from analysis import actors as A

    orig, rows = A._unsupported_persons, []

    def probe(doc, mentions, types, titled, table):
        saved = A.PERSON_ROLE_KINDS, A.SHORT_TEXT_KINDS
        try:
            A.PERSON_ROLE_KINDS = A.SHORT_TEXT_KINDS = frozenset()
            without = orig(doc, mentions, types, titled, table)
            for kind in KINDS:
                A.PERSON_ROLE_KINDS = frozenset({kind}) - saved[1]
                A.SHORT_TEXT_KINDS = frozenset({kind}) & saved[1]
                for actor in sorted(without - orig(doc, mentions, types, titled, table)):
                    m = next(m for m in mentions if m.actor == actor and m.kind == "name")
                    rows.append((kind, actor, doc.text[max(0, m.start - 70):m.end + 50].replace("\n", " ")))
        finally:
            A.PERSON_ROLE_KINDS, A.SHORT_TEXT_KINDS = saved
        return orig(doc, mentions, types, titled, table)

    A._unsupported_persons = probe
    try:
        for doc in docs:
            A.find_mentions(doc)
    finally:
        A._unsupported_persons = orig
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path,
                        default=ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--n", type=int, default=300, help="number of random articles")
    parser.add_argument("--alone", action="store_true", help="analyse each sentence of the articles by itself")
    args = parser.parse_args(argv)

    from analysis.nlp import load_pipeline, _doc_from_spans
    from analysis.tokenize import sentence_spans

    with args.articles.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    texts = [a["text"] for a in random.Random(args.seed).sample(articles, args.n)]
    if args.alone:
        texts = [t[s:e] for t in texts for _, s, e in sentence_spans(t) if t[s:e].strip()]
    docs = load_pipeline().pipe((_doc_from_spans(t, sentence_spans(t)) for t in texts), batch_size=32)
    rows = added_by_kind(docs)
    print(f"{len(texts)} {'sentences' if args.alone else 'articles'}; added per kind: "
          f"{dict(Counter(kind for kind, _, _ in rows))}")
    for kind, actor, context in sorted(rows):
        print(f"{kind:15} {actor:20} | {context}")


if __name__ == "__main__":
    main()
