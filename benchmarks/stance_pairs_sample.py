"""Draw unlabelled sentence pairs for a stance dev batch (how ``tests/data/stance_pairs_dev2.jsonl`` was drawn).

The Wikinews articles are shuffled with ``random.Random(SEED)``; articles of
``--exclude`` files are skipped, and only articles with at least three
politics, conflict or court words in their title and first 1,500 characters
are kept. From each, one random sentence (under 400 characters) with at least
two distinct spaCy entities (PERSON, ORG, GPE, NORP) is taken, and a random
pair of those entities (``p`` the first in the sentence). No stance rule is
run: the ``label`` field is left empty, to be filled by reading.

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/stance_pairs_sample.py --n 150 --seed 2121 \
        --exclude tests/data/stance_pairs_dev.jsonl > unlabelled.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

POLITICS = re.compile(r"\b(election|president|minister|government|parliament|party|court|judge|trial|lawsuit|sued|"
                      r"war|military|troops|rebels|protest|senator|congress|opposition|sanction|attack|police|talks|"
                      r"treaty|vote|accus|criticis|condemn)\w*", re.I)
KINDS = {"PERSON", "ORG", "GPE", "NORP"}


def main(argv=None) -> None:
    from analysis.nlp import parse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--seed", type=int, default=2121)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        args.articles = Path("/work/shared/data/news_corpus/articles.jsonl")
    skip = {json.loads(line)["doc_id"] for path in args.exclude for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}
    articles = [json.loads(line) for line in args.articles.open(encoding="utf-8") if line.strip()]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    pool = [a for a in articles if a["doc_id"] not in skip
            and len(POLITICS.findall(a["title"] + " " + a["text"][:1500])) >= 3]
    n = 0
    for art in pool:
        if n >= args.n:
            break
        doc = parse(art["text"])
        candidates = []
        for sent in doc.sents:
            if len(sent.text) >= 400:
                continue
            seen, ents = set(), []
            for ent in sent.ents:
                if ent.label_ in KINDS and ent.text.lower() not in seen:
                    seen.add(ent.text.lower())
                    ents.append(ent)
            if len(ents) >= 2:
                candidates.append((sent, ents))
        if not candidates:
            continue
        sent, ents = rng.choice(candidates)
        i, j = sorted(rng.sample(range(len(ents)), 2))
        p, q = ents[i], ents[j]
        text = sent.text.rstrip()
        print(json.dumps({"id": n, "doc_id": art["doc_id"], "start": sent.start_char,
                          "end": sent.start_char + len(text), "text": text, "p": p.text, "p_start": p.start_char,
                          "p_end": p.end_char, "q": q.text, "q_start": q.start_char, "q_end": q.end_char,
                          "label": None}, ensure_ascii=False))
        n += 1


if __name__ == "__main__":
    main()
