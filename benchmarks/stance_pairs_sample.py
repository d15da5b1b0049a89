"""Draw unlabelled sentence pairs for a stance dev batch (how ``tests/data/stance_pairs_dev2.jsonl`` was drawn).

The Wikinews articles are shuffled with ``random.Random(SEED)``; articles of
``--exclude`` files are skipped, and only articles with at least three
politics, conflict or court words in their title and first 1,500 characters
are kept. From each, one random sentence (under 400 characters) with at least
two distinct spaCy entities (PERSON, ORG, GPE, NORP) is taken, and a random
pair of those entities (``p`` the first in the sentence). No stance rule is
run: the ``label`` field is left empty, to be filled by reading.

With ``--opinion`` (how ``tests/data/stance_pairs_dev3.jsonl`` was drawn,
seed 2123; dev4 seed 2125, dev5 seed 2204) the article filter is narrower, :data:`CIVIC` (elections,
parliaments, governments, diplomacy: at least three hits), and a sentence is a
candidate only if it holds an opinion or reaction word from a list that is not
the stance lexicon: a VADER lexicon entry with ``|valence| >= 1.5`` or a verb
of saying (:data:`SAYING`). That gives sentences much denser in opinion than a
random pair, as sentence-level stance benchmarks are.

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/stance_pairs_sample.py --n 150 --seed 2121 \
        --exclude tests/data/stance_pairs_dev.jsonl > unlabelled.jsonl
    PYTHONPATH=. .venv/bin/python benchmarks/stance_pairs_sample.py --n 150 --seed 2123 --opinion \
        --exclude tests/data/*.json* tests/data/dev/articles.jsonl > unlabelled.jsonl
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
CIVIC = re.compile(r"\b(election|elect|president|prime minister|minister|government|parliament|party|senat|congress|"
                   r"vote|voter|campaign|diplomat|ambassador|summit|treaty|opposition|lawmaker|legislat|referendum|"
                   r"candidate|white house|downing street|european union|nato|united nations|democrat|republican|"
                   r"labour|conservative)\w*", re.I)
SAYING = {"said", "says", "say", "told", "tells", "stated", "claimed", "claims", "argued", "argues", "added",
          "insisted", "warned", "warns", "accused", "accuses", "urged", "urges", "called", "calls", "described",
          "announced", "declared", "responded", "replied", "criticised", "criticized", "praised", "welcomed",
          "condemned", "denounced", "rejected", "blamed", "demanded", "questioned", "dismissed", "asserted",
          "suggested", "remarked", "commented", "wrote", "according"}


def opinion_words() -> set[str]:
    """Return the lower-case VADER entries with ``|valence| >= 1.5`` plus :data:`SAYING`."""
    from analysis.sentiment import vader_analyzer

    lexicon = vader_analyzer().lexicon
    return {w for w, v in lexicon.items() if abs(v) >= 1.5 and w.isalpha()} | SAYING


def main(argv=None) -> None:
    from analysis.nlp import parse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--seed", type=int, default=2121)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    parser.add_argument("--opinion", action="store_true", help="civic articles, sentences with an opinion word")
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "news_corpus" / "articles.jsonl")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        args.articles = Path("/work/shared/data/news_corpus/articles.jsonl")
    skip = {m for path in args.exclude for m in re.findall(r"wikinews-\w+", path.read_text(encoding="utf-8"))}
    words = opinion_words() if args.opinion else None
    topic = CIVIC if args.opinion else POLITICS
    articles = [json.loads(line) for line in args.articles.open(encoding="utf-8") if line.strip()]
    rng = random.Random(args.seed)
    rng.shuffle(articles)
    pool = [a for a in articles if a["doc_id"] not in skip
            and len(topic.findall(a["title"] + " " + a["text"][:1500])) >= 3]
    n = 0
    for art in pool:
        if n >= args.n:
            break
        doc = parse(art["text"])
        candidates = []
        for sent in doc.sents:
            if len(sent.text) >= 400:
                continue
            if words is not None and not any(t.lower_ in words for t in sent):
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
