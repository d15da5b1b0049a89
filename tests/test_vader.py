"""The faster VADER word split gives NLTK's scores exactly."""

import json
from pathlib import Path

import pytest
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants

from analysis.sentiment import vader_analyzer
from analysis.tokenize import sentence_spans
from analysis.vader import FastSentiText, Vader

DATA = Path(__file__).parent / "data"

TRICKY = [
    "Great!!! But 'awful', he said... not GOOD?!?",
    "(very) good -- bad; ,good, !!good!! ?!?!?bad ''nice'' :) :-( ok.",
    "It's kind of nice, isn't it? \"Terrible.\" -- 'Wonderful'!",
    "A", "", "!!", "good!x bad,, ,,bad 1,000 U.S. e.g., Mr. Smith's ...",
    "'a' ,ab, a.b, .a.b. ab-cd! -ab- caf\u00e9! ab'! ?a? \u00abgood\u00bb, good\u2026 ,,x,, '''' ab.. ..ab",
]


def _sentences(limit: int = 1500) -> list[str]:
    out = list(TRICKY)
    with open(DATA / "wikinews_sample.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line)["text"]
                out += [text[a:b] for _, a, b in sentence_spans(text)]
    return out[:limit]


def test_fast_words_equal_nltk_words():
    c = VaderConstants()
    for text in _sentences():
        slow = SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION)
        fast = FastSentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION)
        assert fast.words_and_emoticons == slow.words_and_emoticons, text
        assert fast.is_cap_diff == slow.is_cap_diff


def test_scores_equal_nltk_scores():
    fast = vader_analyzer()
    assert isinstance(fast, Vader)
    slow = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    slow.lexicon, slow.constants = fast.lexicon, fast.constants
    for text in _sentences():
        assert fast.polarity_scores(text) == slow.polarity_scores(text), text


@pytest.mark.parametrize("text,compound", [("The plan is good.", 0.4404), ("Not good!!", -0.457)])
def test_golden_compounds(text, compound):
    assert vader_analyzer().polarity_scores(text)["compound"] == pytest.approx(compound, abs=1e-4)


def test_punctuation_removal_equals_nltk_regex():
    from analysis.vader import _remove_punctuation

    regex = VaderConstants.REGEX_REMOVE_PUNCTUATION
    for text in _sentences(300):
        assert _remove_punctuation(text, regex) == regex.sub("", text)
