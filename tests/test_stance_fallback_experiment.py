"""The learned-fallback experiment of ``benchmarks/stance_fallback.py`` (not shipped; see README).

Its pair features must describe the holder's role and the valence on the target's side, and its
combination must keep every rule answer (the model only fills pairs the rules leave ``none``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from analysis.nlp import parse

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fallback():
    spec = importlib.util.spec_from_file_location("stance_fallback", ROOT / "benchmarks" / "stance_fallback.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _span(doc, word):
    start = doc.text.index(word)
    return doc.char_span(start, start + len(word), alignment_mode="expand")


def test_speaker_and_negative_content_toward_target(fallback):
    doc = parse("Senator Smith said that Jones was a liar and a disgrace.")
    smith, jones = _span(doc, "Smith"), _span(doc, "Jones")
    ahead = fallback.pair_features(smith, jones)
    back = fallback.pair_features(jones, smith)
    assert ahead["speaker"] == 1.0 and ahead["lca_speech"] == 1.0
    assert ahead["speaker_content_neg"] > 0.3 and ahead["speaker_content_pos"] == 0.0
    assert "speaker" not in back and back["t_speaker"] == 1.0


def test_rules_answer_is_kept_and_fallback_needs_threshold(fallback):
    rows = [{"rules": "p->q favor"}, {"rules": "none"}, {"rules": "none"}]
    probs = np.array([[[0.1, 0.0, 0.9], [1, 0, 0]],          # the model would say against: the rule wins
                      [[0.2, 0.1, 0.7], [0.9, 0.05, 0.05]],  # p -> q against at 0.7
                      [[0.6, 0.2, 0.2], [0.5, 0.3, 0.2]]])   # below the threshold
    assert fallback.combine(rows, probs, 0.5) == ["p->q favor", "p->q against", "none"]
