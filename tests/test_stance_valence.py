"""The VADER valence fallback of the stance stage (analysis/stance_valence.py)."""

from __future__ import annotations

import analysis
from analysis.stance_lexicon import lexicon
from analysis.stance_valence import CONFIDENCE, NOT_STANCE, THRESHOLD, valence_verbs


def test_valence_verbs_leave_out_the_lexicon_and_event_verbs():
    verbs = valence_verbs()
    assert verbs["adore"] > THRESHOLD and verbs["loathe"] < -THRESHOLD
    assert not set(verbs) & {c.lemma for c in lexicon().values()}
    assert not set(verbs) & NOT_STANCE
    assert all(abs(v) >= THRESHOLD for v in verbs.values())


def test_a_valence_row_is_weak():
    table = analysis.analyze_text("Nancy Pelosi loathes Donald Trump.").stance
    rows = list(zip(table["holder"], table["target"], table["stance"], table["cue"], table["confidence"]))
    assert rows == [("Nancy Pelosi", "Donald Trump", "against", "loathes", CONFIDENCE)]


def test_a_negated_or_passive_valence_verb_says_nothing():
    for text in ["Nancy Pelosi does not loathe Donald Trump.", "Donald Trump is adored by Nancy Pelosi."]:
        assert analysis.analyze_text(text).stance.empty, text
