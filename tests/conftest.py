"""Shared fixtures: the seed article, its gold reading, and its analysis."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "rutte_nato_2024.txt"
GOLD = Path(__file__).resolve().parent / "data" / "rutte_nato_2024.gold.json"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_result():
    from analysis import analyze

    return analyze(SEED)


def paragraph_offsets(text: str) -> list[tuple[int, int]]:
    """Gold paragraphs: the non-empty lines, counted from 0."""
    from analysis.tokenize import paragraph_spans

    return paragraph_spans(text)


def locate(text: str, paragraph: int, evidence: str) -> tuple[int, int]:
    """Character span of a gold evidence string inside its paragraph."""
    start, end = paragraph_offsets(text)[paragraph]
    at = text.find(evidence, start, end)
    assert at >= 0, f"evidence {evidence!r} not in paragraph {paragraph}"
    return at, at + len(evidence)


def wait_for(predicate, timeout: float) -> bool:
    """Poll ``predicate`` every 0.2 s until it is true (True) or ``timeout`` seconds pass (False)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def stance_of(text: str, with_quotes: bool = False, **kwargs):
    """The ``stance`` table of ``text`` (doc_id ``t``), with the quotes table passed when asked."""
    from analysis.actors import find_mentions
    from analysis.nlp import parse
    from analysis.quotes import extract_quotes
    from analysis.stance import extract_stance
    from analysis.tokenize import sentence_spans

    doc = parse(text)
    starts = [s for _, s, _ in sentence_spans(text)]
    mentions = find_mentions(doc, doc_id="t", sentence_starts=starts)
    if with_quotes:
        kwargs["quotes"] = extract_quotes(doc, mentions, doc_id="t")
    return extract_stance(doc, mentions, doc_id="t", **kwargs)


def stance_pairs(table) -> set[tuple[str, str, str]]:
    """The (holder, target, stance) triples of a stance table."""
    return set(zip(table["holder"], table["target"], table["stance"]))


def pronoun_actors(text: str) -> dict[tuple[str, int], str]:
    """(pronoun text, start) -> actor of every pronoun mention :func:`find_mentions` gives ``text``."""
    from analysis.actors import find_mentions
    from analysis.nlp import parse

    m = find_mentions(parse(text))
    p = m[m["kind"] == "pronoun"]
    return {(row.text, row.start): row.actor for row in p.itertuples()}


def pronoun_joint_actors(text: str, word: str, nth: int = 0) -> str | None:
    """The ``joint_actors`` cell of the ``nth`` occurrence of ``word`` (None: no pronoun mention there)."""
    from analysis.actors import find_mentions
    from analysis.nlp import parse

    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    m = find_mentions(parse(text))
    hit = m[(m["kind"] == "pronoun") & (m["start"] == at)]
    return None if hit.empty else hit["joint_actors"].item()


def pronoun_actor_before(text: str, word: str, following: str) -> str | None:
    """The actor of the pronoun ``word`` that ``following`` comes after (*it* in *it also*; None: unresolved)."""
    at = text.index(f" {word} {following}") + 1
    return pronoun_actors(text).get((word, at))


def pronoun_actor(text: str, word: str, nth: int = 0) -> str | None:
    """The actor of the ``nth`` occurrence of ``word`` in ``text`` (None: unresolved or no pronoun)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return pronoun_actors(text).get((word, at))
