"""Rebuild ``wikinews_europe.jsonl`` from the project's Wikinews corpus.

    python notebooks/data/make_wikinews_europe.py ../shared/data/news_corpus/articles.jsonl

Keeps the articles dated 2005-01-01 to 2020-12-31 whose title names one of
the actors below, or whose text names them at least twice (whole words,
case-sensitive). Records are copied unchanged, in the corpus order.
"""

import json
import re
import sys
from pathlib import Path

ACTORS = re.compile(r"\b(NATO|Russia|Russian|Russians|Ukrain(?:e|ian|ians)|EU|European Union|Putin|Medvedev|"
                    r"Yushchenko|Yanukovych|Tymoshenko|Poroshenko|Zelensky|Zelenskyy|Stoltenberg|Scheffer|"
                    r"Barroso|Juncker|Merkel|Sarkozy)\b")


def main(source: str, target: str = str(Path(__file__).with_name("wikinews_europe.jsonl"))) -> None:
    kept = []
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if not "2005-01-01" <= record["date"] <= "2020-12-31":
                continue
            if ACTORS.search(record["title"]) or len(ACTORS.findall(record["text"])) >= 2:
                kept.append(json.dumps(record, ensure_ascii=False))
    Path(target).write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} articles to {target}")


if __name__ == "__main__":
    main(*sys.argv[1:])
