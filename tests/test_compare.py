"""compare() and compare_difference(): invented corpora with known answers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import Analysis, analyze_text
from analysis.comparison import COMPARE_COLUMNS, compare, compare_difference, group_documents

PRAISE = [
    "Minister Jana Kowalczyk was praised for her brilliant reforms. Critics and supporters alike admired "
    "Kowalczyk's honest leadership. Kowalczyk won wide support.",
    "Jana Kowalczyk delivered an excellent, widely celebrated budget. Experts applauded Kowalczyk for her wise "
    "and generous plan.",
    "Voters love Jana Kowalczyk. The popular minister Kowalczyk was honoured for her success in improving schools.",
]
CONDEMN = [
    "Minister Jana Kowalczyk was condemned for her disastrous reforms. Critics attacked Kowalczyk's dishonest "
    "leadership. Kowalczyk faced angry protests.",
    "Jana Kowalczyk delivered a terrible, widely mocked budget. Experts blamed Kowalczyk for her foolish and "
    "cruel plan.",
    "Voters hate Jana Kowalczyk. The corrupt minister Kowalczyk was accused of failing schools and lying.",
]


@pytest.fixture(scope="module")
def minister():
    parts = [analyze_text(t, doc_id=f"a{i}") for i, t in enumerate(PRAISE)]
    parts += [analyze_text(t, doc_id=f"b{i}") for i, t in enumerate(CONDEMN)]
    result = Analysis.concat(parts)
    result.documents = pd.DataFrame({
        "doc_id": ["a0", "a1", "a2", "b0", "b1", "b2"], "outlet": ["Daily A"] * 3 + ["Daily B"] * 3,
        "date": ["2020-01-05", "2020-01-20", "2020-02-03", "2020-01-07", "2020-02-11", "2020-02-28"]})
    return result


def test_praise_and_condemnation_give_opposite_signs_with_intervals_excluding_zero(minister):
    table = compare(minister, by="outlet")
    assert list(table.columns) == ["outlet"] + COMPARE_COLUMNS
    row = table.set_index(["outlet", "actor"])
    a, b = row.loc[("Daily A", "Jana Kowalczyk")], row.loc[("Daily B", "Jana Kowalczyk")]
    assert a["articles"] == 3 and b["articles"] == 3
    assert a["mean_target_score"] > 0 > b["mean_target_score"]
    assert 0 < a["ci_low"] <= a["mean_target_score"] <= a["ci_high"]
    assert b["ci_low"] <= b["mean_target_score"] <= b["ci_high"] < 0


def test_the_bootstrap_is_seeded_and_does_not_depend_on_the_actor_filter(minister):
    first = compare(minister, by="outlet")
    again = compare(minister, by="outlet", actors=["Jana Kowalczyk"])
    pd.testing.assert_frame_equal(first[first["actor"] == "Jana Kowalczyk"].reset_index(drop=True), again)
    pd.testing.assert_frame_equal(first, compare(minister, by="outlet"))


def test_a_monthly_grouping_gives_one_row_per_month_and_actor(minister):
    table = compare(minister, by="date", freq="M", actors=["Jana Kowalczyk"])
    assert list(table["date"]) == [pd.Timestamp("2020-01-01"), pd.Timestamp("2020-02-01")]
    assert list(table["articles"]) == [3, 3]
    assert not table.duplicated(["date", "actor"]).any()
    both = compare(minister, by="outlet", freq="M", actors=["Jana Kowalczyk"])
    assert list(both.columns[:2]) == ["outlet", "date"]
    assert list(both["articles"]) == [2, 1, 1, 2]
    assert both["ci_low"].isna().tolist() == [False, True, True, False]  # one article: no interval


def test_the_surname_alone_counts_for_the_full_name(minister):
    extra = analyze_text("Kowalczyk was praised by teachers for her brilliant work.", doc_id="c0")
    result = Analysis.concat([minister, extra])
    documents = pd.concat([minister.documents, pd.DataFrame(
        {"doc_id": ["c0"], "outlet": ["Daily A"], "date": ["2020-03-01"]})])
    table = compare(result, by="outlet", documents=documents)
    assert "Kowalczyk" not in set(table["actor"])
    assert table.set_index(["outlet", "actor"]).loc[("Daily A", "Jana Kowalczyk"), "articles"] == 4
    unlinked = compare(result, by="outlet", documents=documents, link=False)
    assert "Kowalczyk" in set(unlinked["actor"])


def test_the_difference_between_outlets_excludes_zero(minister):
    diff = compare_difference(minister, between=("Daily A", "Daily B"), by="outlet")
    row = diff.set_index("actor").loc["Jana Kowalczyk"]
    assert row["score_diff"] == pytest.approx(row["score_a"] - row["score_b"])
    assert 0 < row["score_diff_low"] <= row["score_diff"] <= row["score_diff_high"]
    from_table = compare_difference(compare(minister, by="outlet"), between=("Daily A", "Daily B"))
    assert from_table["score_diff"].iat[0] == pytest.approx(row["score_diff"])
    assert from_table["score_diff_low"].iat[0] > 0


def _hand_made() -> Analysis:
    """Two outlets, known counts: X is mentioned 3 times in A (2 articles), quoted 30 of 40 words."""
    mentions = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d2", "d3"], "sent_id": 0, "start": 0, "end": 1, "text": "x",
        "actor": ["X", "Y", "X", "X", "X"], "actor_type": "PERSON", "kind": "name", "in_quote": False})
    sentiment = mentions[["doc_id", "sent_id", "start", "end", "actor", "kind"]].assign(
        sentence_compound=0.0, target_score=[0.5, -0.2, 0.1, 0.3, -0.4], label="neutral")
    voice = pd.DataFrame({"doc_id": ["d1", "d1", "d2", "d3"], "actor": ["X", "(unnamed source)", "Y", "X"],
                          "quoted_words": [30, 4, 6, 8]})
    stance = pd.DataFrame({"doc_id": ["d1", "d2"], "holder": ["Y", "X"], "target": ["X", "Y"],
                           "stance": ["against", "favor"]})
    result = Analysis(texts={"d1": "x", "d2": "x", "d3": "x"}, mentions=mentions, mention_sentiment=sentiment,
                      voice=voice, stance=stance)
    result.documents = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "outlet": ["A", "A", "B"],
                                     "date": ["2019-12-30", "2020-01-02", "2020-01-03"]})
    return result


def test_counts_shares_and_stance_are_summed_over_the_group():
    table = compare(_hand_made(), by="outlet").set_index(["outlet", "actor"])
    x = table.loc[("A", "X")]
    assert (x["articles"], x["mentions"], x["quoted_words"]) == (2, 3, 30)
    assert x["share_of_mentions"] == pytest.approx(3 / 4)
    assert x["share_of_voice"] == pytest.approx(30 / 40)  # anonymous words count in the total
    assert x["mean_target_score"] == pytest.approx((0.5 + 0.1 + 0.3) / 3)  # pooled over mentions
    assert (x["stance_given_favor"], x["stance_received_against"]) == (1, 1)
    assert table.loc[("A", "(unnamed source)"), "mentions"] == 0
    assert table.loc[("B", "X"), "share_of_voice"] == pytest.approx(1.0)
    assert np.isnan(table.loc[("B", "X"), "ci_low"])
    assert len(compare(_hand_made(), by="outlet", min_articles=2)) == 1


def test_weekly_and_yearly_periods_start_on_their_first_day():
    groups = group_documents(_hand_made().documents, by="date", freq="W")
    assert list(groups["date"]) == [pd.Timestamp("2019-12-30")] * 3
    years = group_documents(_hand_made().documents, by="date", freq="Y")
    assert list(years["date"]) == [pd.Timestamp("2019-01-01"), pd.Timestamp("2020-01-01"),
                                   pd.Timestamp("2020-01-01")]


def test_missing_metadata_is_a_clear_error():
    result = _hand_made()
    del result.documents
    with pytest.raises(ValueError, match="document metadata"):
        compare(result, by="outlet")
    with pytest.raises(ValueError, match="no column"):
        compare(_hand_made(), by="section")
    with pytest.raises(ValueError, match="freq"):
        compare(_hand_made(), by="outlet", freq="D")


def test_the_package_exports_the_comparison_api():
    import analysis
    from analysis.comparison import run_compare  # the module is analysis.comparison; analysis.compare is the function

    assert analysis.compare is compare and callable(run_compare)
    assert {"compare", "compare_difference", "kwic", "show", "link_actors"} <= set(analysis.__all__)
