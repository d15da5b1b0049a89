"""spaCy makes a new ``Token`` object on every access: compare tokens by index, never with ``is``.

``tok.head is tok`` is always false, so a loop that climbs the tree "until the root" with it
never stops at a root that fails its other condition. Such a loop hung a whole corpus run on
Wikinews article 3370 (a sentence whose climb reached a root that is no verb).
"""

from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest

from analysis.pipeline import analyze_text

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
IDENTITY = re.compile(r"\b(\w+)\.head is (not )?\1\b|\.head is (not )?(?!None\b)\w+")


def test_spacy_tokens_are_new_objects_on_each_access():
    from analysis import nlp

    doc = nlp.parse("The cat sat.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head is not root          # why `is` cannot be used
    assert root.head.i == root.i


def test_no_module_compares_token_heads_by_identity():
    offenders = [f"{path.name}:{n}: {line.strip()}"
                 for path in sorted(PACKAGE.rglob("*.py"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if IDENTITY.search(line)]
    assert offenders == []


@pytest.mark.parametrize("text", [
    "Various weblinks on the group's website focus on anti-Semitism and Israel.",
    "Anti-war protests in London.",
    "Pro-Russian rebels.",
])
def test_sentences_whose_climb_ends_at_a_non_verb_root_finish(text):
    def hang(*_):
        raise TimeoutError(f"analysis of {text!r} did not finish in 60 s")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        tables = analyze_text(text)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(tables.sentences) >= 1
