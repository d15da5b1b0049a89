"""Quotations, speakers and voice, checked against the human reading of the seed."""

from __future__ import annotations

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.actors import find_mentions  # noqa: E402
from analysis.nlp import parse  # noqa: E402
from analysis.plots.voice import plot_voice  # noqa: E402
from analysis.quotes import (QUOTE_COLUMNS, UNNAMED_SOURCE, VOICE_COLUMNS, extract_quotes,  # noqa: E402
                             inside, quotation_spans, voice_table)

from .conftest import locate  # noqa: E402


def quotes_of(text: str, doc_id: str = "text") -> pd.DataFrame:
    doc = parse(text)
    return extract_quotes(doc, find_mentions(doc, doc_id=doc_id), doc_id=doc_id)


@pytest.fixture(scope="module")
def seed_quotes(seed_text):
    return quotes_of(seed_text, doc_id="rutte")


def row_with(quotes: pd.DataFrame, words: str) -> pd.Series:
    hits = quotes[quotes["text"].str.contains(words, regex=False)]
    assert len(hits), f"no quote containing {words!r} in\n{quotes[['text', 'kind', 'speaker']]}"
    return hits.iloc[0]


def statement_extent(row) -> tuple[int, int]:
    """The quote with its speaker and cue (gold evidence of indirect speech includes them)."""
    lo = min([row.start] + [x for x in (row.speaker_start, row.cue_start) if x >= 0])
    return lo, max(row.end, row.speaker_end, row.cue_end)


def matches(row, a: int, b: int) -> bool:
    lo, hi = statement_extent(row)
    return lo <= a and b <= hi and row.start < b and a < row.end


def right_speaker(row, gold_speaker: str) -> bool:
    if gold_speaker == "anonymous diplomat":
        return row.speaker == "" and "diplomat" in row.speaker_text
    return row.speaker == gold_speaker


# ---------------------------------------------------------------- the seed against gold

def test_seed_recall_against_gold(seed_text, gold, seed_quotes):
    found, missed = 0, []
    for item in gold["quotes"]:
        a, b = locate(seed_text, item["paragraph"], item["evidence"])
        rows = [r for r in seed_quotes.itertuples() if matches(r, a, b) and right_speaker(r, item["speaker"])]
        if rows:
            found += 1
        else:
            missed.append(item["evidence"])
    assert found >= 14, f"found {found} of {len(gold['quotes'])}; missed {missed}"


def test_seed_kinds_match_gold_for_marked_quotes(seed_text, gold, seed_quotes):
    for item in gold["quotes"]:
        if item["kind"] == "indirect":
            continue
        a, b = locate(seed_text, item["paragraph"], item["evidence"])
        kinds = {r.kind for r in seed_quotes.itertuples() if r.start <= a and b <= r.end}
        assert item["kind"] in kinds, (item["evidence"], kinds)


def test_seed_film_title_is_not_a_quote(seed_text, gold, seed_quotes):
    for item in gold["not_quotes"]:
        a, b = locate(seed_text, item["paragraph"], item["evidence"])
        covering = seed_quotes[(seed_quotes["start"] <= a) & (seed_quotes["end"] >= b)]
        assert not covering["kind"].isin(["direct", "partial", "indirect"]).any(), covering


def test_seed_has_no_duplicate_rows(seed_quotes):
    assert not seed_quotes.duplicated(["start", "end", "kind"]).any()
    assert seed_quotes["quote_id"].tolist() == list(range(len(seed_quotes)))


def test_table_columns_and_dtypes(seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS
    for col in ("quote_id", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "words"):
        assert pd.api.types.is_integer_dtype(seed_quotes[col]), col
    assert set(seed_quotes["kind"]) <= {"direct", "partial", "indirect", "unattributed"}
    assert (seed_quotes["doc_id"] == "rutte").all()


# ---------------------------------------------------------------- offsets, as a property

SMALL_TEXTS = [
    'Jane Smith spoke on Monday. "We will rebuild the bridge," Smith said. "It will take two years."',
    "“I think,” Mark Rutte said, “that we will win this war.”",
    "“The first part runs on,” Boris Johnson said. “It goes over the line\n\n“and ends here.”",
    "“It goes over the line\n\n“and ends here,” Boris Johnson said.",
    "“The economy is strong,” according to Janet Yellen.",
    "The economy is strong, according to Janet Yellen, who spoke in Washington.",
    "Angela Merkel said: “We can do this.”",
    "The so-called “peace plan” was never published.",
    "The decision drew “strong criticism” from German officials.",
    'He said "yes" and "no" at once.',
    'A quote "never closed at the end',
    "",
    "No quotes at all here.",
]


def assert_offsets(text: str, quotes: pd.DataFrame) -> None:
    for r in quotes.itertuples():
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.text
        if r.speaker_start >= 0:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_text
        else:
            assert r.speaker_end == -1 and r.speaker_text == "" and r.speaker == ""
        if r.cue_start >= 0:
            assert text[r.cue_start:r.cue_end] == r.cue
        else:
            assert r.cue_end == -1 and r.cue == ""
        assert r.words >= 1
        assert (r.kind == "unattributed") == (r.speaker_text == "")


def test_offsets_point_at_their_text_in_the_seed(seed_text, seed_quotes):
    assert_offsets(seed_text, seed_quotes)


@pytest.mark.parametrize("text", SMALL_TEXTS)
def test_offsets_point_at_their_text_in_small_texts(text):
    assert_offsets(text, quotes_of(text))


_SPEAKERS = ["Mark Rutte", "Angela Merkel", "the minister", "One diplomat", "EU officials", "She"]
_VERBS = ["said", "told reporters", "wrote", "added", "insisted"]
_CONTENT = ["We will win", "This is not over", "It was a very hard week for everyone"]


@st.composite
def quote_texts(draw):
    speaker = draw(st.sampled_from(_SPEAKERS))
    verb = draw(st.sampled_from(_VERBS))
    content = draw(st.sampled_from(_CONTENT))
    opening, closing = draw(st.sampled_from([("“", "”"), ('"', '"')]))
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"{opening}{content},{closing} {speaker} {verb}."
    if form == 1:
        return f"{speaker} {verb}: {opening}{content}.{closing}"
    if form == 2:
        return f"{opening}{content},{closing} {speaker} {verb}. {opening}{content}.{closing}"
    if form == 3:
        return f"{speaker} {verb} that the deal was {opening}{content.lower()}{closing} in the end."
    return f"{opening}{content}.{closing} {speaker} {verb}.\n\n{opening}{content} again.{closing}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote_texts())
def test_offsets_property_on_generated_texts(text):
    quotes = quotes_of(text)
    assert_offsets(text, quotes)
    marked = quotation_spans(text)
    for r in quotes[quotes["kind"] != "indirect"].itertuples():
        assert inside(marked, r.start, r.end)


# ---------------------------------------------------------------- constructions

def test_quote_split_around_its_cue():
    q = quotes_of("“This war is about freedom,” Mark Rutte said. “So we will not abandon Ukraine.”")
    assert q["kind"].tolist() == ["direct", "direct"]
    assert q["speaker"].tolist() == ["Mark Rutte", "Mark Rutte"]
    assert q["cue"].tolist() == ["said", "said"]
    assert q.iloc[0]["text"] == "This war is about freedom"        # trailing comma left out


def test_quote_split_inside_one_sentence():
    q = quotes_of("“I think,” Mark Rutte said, “that we will win this war.”")
    assert len(q) == 2 and set(q["speaker"]) == {"Mark Rutte"} and set(q["kind"]) == {"direct"}


def test_cue_before_a_colon():
    r = quotes_of("Angela Merkel said: “We can do this.”").iloc[0]
    assert (r.kind, r.speaker, r.cue, r.text) == ("direct", "Angela Merkel", "said", "We can do this.")


def test_inverted_cue_and_straight_quotes():
    r = quotes_of('"It is a consensual organisation," said Camille Grand, a former official.').iloc[0]
    assert (r.kind, r.speaker, r.speaker_text) == ("direct", "Camille Grand", "Camille Grand")


def test_quote_over_several_sentences_is_one_row():
    q = quotes_of("“We tried. We failed. We will try again,” Angela Merkel said.")
    assert len(q) == 1 and q.iloc[0]["words"] == 8 and q.iloc[0]["speaker"] == "Angela Merkel"


def test_following_quote_in_the_same_paragraph_takes_the_speaker():
    q = quotes_of('Jane Smith spoke on Monday. "We will rebuild the bridge," Smith said. "It will take two years."')
    assert q["speaker"].tolist() == ["Jane Smith", "Jane Smith"]


def test_pronoun_speaker_resolved_by_mentions():
    q = quotes_of('Angela Merkel rejected the plan. "It is dead," she said.')
    r = q.iloc[0]
    assert (r.speaker, r.speaker_text) == ("Angela Merkel", "she")


def test_quote_only_paragraph_after_an_attributed_quote():
    q = quotes_of("“We can do this,” Angela Merkel said.\n\n“And we will do it together.”")
    assert q["speaker"].tolist() == ["Angela Merkel", "Angela Merkel"]


def test_quote_only_paragraph_after_another_speaker_is_not_attributed():
    q = quotes_of("“We can do this,” Angela Merkel said.\n\nOlaf Scholz disagreed.\n\n“And we will do it together.”")
    assert q.iloc[-1]["kind"] == "unattributed"
    q = quotes_of("“We can do this,” Angela Merkel said. Olaf Scholz disagreed. “No, we cannot.”")
    assert q.iloc[-1]["speaker"] != "Angela Merkel"


def test_quote_running_over_two_paragraphs():
    # one attribution, one row: from the first opening mark to the last closing one
    q = quotes_of("“It goes over the line\n\n“and ends here,” Boris Johnson said.")
    assert q[["text", "speaker"]].values.tolist() == [["It goes over the line\n\n“and ends here", "Boris Johnson"]]
    q = quotes_of("Boris Johnson said: “It goes over the line\n\n“and ends here.”")
    assert q[["text", "speaker"]].values.tolist() == [["It goes over the line\n\n“and ends here.", "Boris Johnson"]]


def test_partial_quote_in_reported_speech_with_object_control():
    q = quotes_of("The law prompted Mark Rutte to declare that Hungary “no longer has any right to be "
                  "part of the European Union”.")
    r = row_with(q, "no longer has any right")
    assert (r.kind, r.speaker, r.cue) == ("partial", "Mark Rutte", "declare")
    assert "indirect" not in set(q["kind"])       # the clause is almost all quotation


def test_partial_quote_inside_an_indirect_clause():
    q = quotes_of("Mark Rutte said he would respect that agreement “in a possible future role”.")
    partial = row_with(q[q["kind"] != "indirect"], "in a possible future role")
    indirect = q[q["kind"] == "indirect"].iloc[0]
    assert partial.kind == "partial" and partial.speaker == "Mark Rutte"
    assert indirect.text.startswith("he would respect") and indirect.speaker == "Mark Rutte"
    assert indirect.start <= partial.start and partial.end <= indirect.end


def test_partial_quote_from_group_of_an_actor():
    r = quotes_of("The law sparked “deep concern” from EU leaders and the European Union.").iloc[0]
    assert (r.kind, r.speaker, r.speaker_text, r.cue_start) == ("partial", "European Union", "EU leaders", -1)


def test_indirect_speech_with_that_clause():
    r = quotes_of("Emmanuel Macron told reporters on Friday that France would send more troops.").iloc[0]
    assert (r.kind, r.speaker, r.cue, r.text) == ("indirect", "Emmanuel Macron", "told",
                                                   "France would send more troops")


def test_indirect_speech_without_that():
    r = quotes_of("Viktor Orban suggested he would not support the candidacy.").iloc[0]
    assert (r.kind, r.speaker, r.cue) == ("indirect", "Viktor Orban", "suggested")
    assert r.text == "he would not support the candidacy"


def test_direct_quote_and_its_cue_are_not_also_indirect():
    q = quotes_of("“We will not abandon Ukraine,” Mark Rutte said.")
    assert q["kind"].tolist() == ["direct"]


def test_anonymous_source():
    r = quotes_of("One diplomat, who requested anonymity, said the talks should continue until October.").iloc[0]
    assert (r.kind, r.speaker, r.speaker_text) == ("indirect", "", "One diplomat")


def test_according_to_as_a_cue():
    r = quotes_of("“The economy is strong,” according to Janet Yellen.").iloc[0]
    assert (r.speaker, r.cue) == ("Janet Yellen", "according to")


def test_titles_are_not_quotes_but_scare_quotes_are_unattributed():
    assert quotes_of("Her favourite book is “Dune,” and she reads it every year.").empty
    assert quotes_of("The film “Oppenheimer” won seven awards.").empty
    r = quotes_of("The so-called “peace plan” was never published.").iloc[0]
    assert (r.kind, r.speaker, r.speaker_text, r.cue) == ("unattributed", "", "", "")


def test_quotation_spans_and_inside_keep_their_contract():
    text = 'He said "yes" and “no”.\nA “quote left open'
    spans = quotation_spans(text)
    assert [text[a:b] for a, b in spans] == ["yes", "no", "quote left open"]
    assert text[spans[0][0] - 1] == '"'
    assert inside(spans, spans[0][0], spans[0][1]) and not inside(spans, 0, 2)


# ---------------------------------------------------------------- voice

def test_voice_table(seed_quotes):
    voice = voice_table(seed_quotes)
    assert list(voice.columns) == VOICE_COLUMNS
    attributed = seed_quotes[seed_quotes["kind"] != "unattributed"]
    assert voice["quotes"].sum() == len(attributed)
    assert (voice["quotes"] == voice["direct"] + voice["partial"] + voice["indirect"]).all()
    assert (voice["quoted_words"] == voice["direct_words"] + voice["partial_words"]
            + voice["indirect_words"]).all()
    assert voice["share_of_quoted_words"].sum() == pytest.approx(1.0)
    top = voice.iloc[0]
    assert top["actor"] == "Mark Rutte"
    assert top["direct_words"] == attributed.query("speaker == 'Mark Rutte' and kind == 'direct'")["words"].sum()
    assert UNNAMED_SOURCE in set(voice["actor"])
    grand = voice.set_index("actor").loc["Camille Grand"]
    assert grand["direct"] == 6 and grand["indirect"] == 0


def test_voice_does_not_count_a_partial_quote_twice():
    q = quotes_of("Mark Rutte said he would respect that agreement “in a possible future role”.")
    v = voice_table(q).set_index("actor").loc["Mark Rutte"]
    assert v["partial_words"] == 5
    assert v["indirect_words"] == q.query("kind == 'indirect'")["words"].sum() - 5


def test_voice_with_mentions_lists_actors_never_quoted():
    doc = parse("“We will win,” Mark Rutte said. Viktor Orban was silent.")
    mentions = find_mentions(doc)
    voice = voice_table(extract_quotes(doc, mentions), mentions).set_index("actor")
    assert voice.loc["Viktor Orban", "quotes"] == 0
    assert voice.loc["Mark Rutte", "quotes"] == 1


def test_voice_of_no_quotes_is_empty():
    voice = voice_table(quotes_of("No quotes at all here."))
    assert voice.empty and list(voice.columns) == VOICE_COLUMNS


def test_plot_voice_bars_equal_table(seed_quotes):
    voice = voice_table(seed_quotes)
    fig, ax = plt.subplots()
    out = plot_voice(voice, ax=ax, top=3)
    assert out is ax
    assert [c.get_label() for c in ax.containers] == ["direct", "partial", "indirect"]
    shown = voice[voice["quoted_words"] > 0].head(3).iloc[::-1]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == shown["actor"].tolist()
    for container, kind in zip(ax.containers, ["direct", "partial", "indirect"]):
        assert [bar.get_width() for bar in container] == shown[f"{kind}_words"].tolist()
    totals = [sum(c[i].get_width() for c in ax.containers) for i in range(len(shown))]
    assert totals == shown["quoted_words"].tolist()
    assert ax.get_xlabel() == "quoted words" and ax.get_title()
    assert ax.get_legend() is not None


def test_plot_voice_uses_current_axes_and_leaves_rcparams_alone(seed_quotes):
    before = dict(plt.rcParams)
    fig, ax = plt.subplots()
    assert plot_voice(voice_table(seed_quotes)) is ax
    assert dict(plt.rcParams) == before
