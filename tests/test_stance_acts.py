"""Acts between two actors as weak stance evidence (:mod:`analysis.stance_acts`)."""

import pytest

import analysis
from analysis.stance_acts import ACT_CONF, ACT_NOUNS, ACT_VERBS, act_words
from tests.test_stance_two_entities import predict

#: (sentence, p, q, label): each fails without the acts rule (no row) and passes with it.
ACTS = [
    ("Japanese fishermen clashed with surfers from Australia.", "Japan", "Australia", "p->q against"),
    ("The Hezbollah radio station was targeted by an Israeli strike.", "Hezbollah", "Israel", "q->p against"),
    ("Raj Sharda had been endorsed by the Toronto Star newspaper.", "Sharda", "Toronto Star", "q->p favor"),
    ("Israeli soldiers interfered in the Palestinian elections.", "Israel", "Palestine", "p->q against"),
]

#: (sentence, p, q): no act row (an instrument, a negated act, an ally, a place).
NOT_ACTS = [
    ("The militants were armed with AK-47s.", "militants", "AK-47s"),
    ("David Hicks fought with the Taliban in Afghanistan.", "David Hicks", "Taliban"),
    ("David Hicks fought with the Taliban in Afghanistan.", "David Hicks", "Afghanistan"),
    ("Iran did not attack the workers of Exxon.", "Iran", "Exxon"),
]


@pytest.mark.parametrize("text, p, q, label", ACTS)
def test_an_act_is_weak_evidence_of_a_stance(text, p, q, label):
    assert predict(text, p, q) == label
    table = analysis.analyze_text(text).stance
    assert (table["confidence"] <= ACT_CONF).all()
    assert analysis.analyze_text(text).stance.query("confidence >= 0.4").empty


@pytest.mark.parametrize("text, p, q", NOT_ACTS)
def test_no_act_without_a_patient_actor(text, p, q):
    assert predict(text, p, q) == "none"


def test_an_act_row_gives_way_to_a_stronger_row_of_the_pair():
    """``the arrest of X by Y`` is read by the cue rules (0.58): no second row from the acts rule."""
    table = analysis.analyze_text("The arrest of Jean-Juste by Haitian police angered his supporters.").stance
    assert len(table) == 1 and table["confidence"].iloc[0] > ACT_CONF


def test_act_words_are_read_from_the_data_file():
    words = act_words()
    assert words[("arrest", "noun")] == ("against", True)
    assert words[("fund", "verb")] == ("favor", False)
    assert {"attack", "clash", "rescue"} <= ACT_VERBS and {"sanction", "killing", "aid"} <= ACT_NOUNS


def test_a_clash_in_a_place_is_no_act_against_the_place():
    """``in`` is a patient only of *interfere*: ``clashed with riot police in Ottawa`` is not against Ottawa."""
    table = analysis.analyze_text("Protesters clashed with riot police in Ottawa on Tuesday.").stance
    assert not (table["target"] == "Ottawa").any()
