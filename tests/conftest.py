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
