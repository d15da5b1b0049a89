"""Property tests: any Unicode text is analysed or refused with ArticleError, and offsets stay exact."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze_text
from analysis.io import ArticleError

#: Every character, lone surrogates, combining marks and format characters included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ODD = st.sampled_from(["\u0301", "\u200b", "\u00ad", "\u200d", "\ufeff", "\ud800", "\udfff", "\u202e", "\r",
                       "\r\n", "\x00", "\x0b", "\u2028", "\U0001F1E9\U0001F1EA", "\u05e9\u05dc", "\u65e5\u672c",
                       "=", "@", "\"", "\u201c", "\u201d", "'", "\n\n", "\t"])
WORDS = st.sampled_from(["Angela", "Merkel", "Viktor", "Orba\u0301n", "Orb\u00e1n", "Emmanuel", "Macron", "said",
                         "the", "minister", "government", "would", "support", "plan", "and", "criticised", "it",
                         "he", "she", "they", "met", "in", "Berlin", "NATO", "on", "Monday", ".", ",", "\"",
                         "BREAKING", "UKRAINE", "of", "people", "country", "praised", "attacked"])

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(result) -> None:
    """Every (start, end, text) triple of every table points into the article."""
    (text,) = result.texts.values()
    n = len(text)
    for name, table in result.tables().items():
        for prefix in ("", "speaker_", "holder_", "target_", "cue_"):
            start, end = f"{prefix}start", f"{prefix}end"
            if start not in table.columns or end not in table.columns:
                continue
            surface = f"{prefix}text" if f"{prefix}text" in table.columns else None
            for i, (s, e) in enumerate(zip(table[start], table[end])):
                if s is None or e is None or (isinstance(s, float) and math.isnan(s)) or s < 0:
                    continue  # no speaker, no cue
                s, e = int(s), int(e)
                assert 0 <= s <= e <= n, (name, start, s, e, n)
                if surface is not None:
                    assert text[s:e] == table[surface].iloc[i], (name, prefix, text[s:e], table[surface].iloc[i])


@SETTINGS
@given(st.text(ANY_CHAR, max_size=300))
def test_arbitrary_text_is_analysed_or_refused_with_article_error(text):
    try:
        result = analyze_text(text)
    except ArticleError:
        return
    _check_offsets(result)


@SETTINGS
@given(st.lists(st.one_of(WORDS, WORDS, WORDS, ODD, st.text(ANY_CHAR, max_size=3)), min_size=1, max_size=120))
def test_english_with_odd_characters_keeps_offsets_exact(parts):
    text = "Angela Merkel said the minister would support the plan. " + " ".join(parts) + " Macron said it."
    try:
        result = analyze_text(text)
    except ArticleError:
        return
    _check_offsets(result)


def test_the_properties_see_analysed_articles():
    """The frame of the second property is analysed, so its offsets are really checked."""
    text = ("Angela Merkel said the minister would support the plan. Orba\u0301n met Ma\u200bcron in "
            "Berlin \U0001F1E9\U0001F1EA. \u201cWe win,\u201d said Orb\u00e1n.\r\n Macron said it.")
    result = analyze_text(text)
    assert len(result.mentions) >= 3
    _check_offsets(result)
