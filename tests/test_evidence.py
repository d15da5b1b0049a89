"""kwic() and show(): the sentences behind a number, from the tables' offsets."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from analysis import Analysis, analyze_text
from analysis.evidence import KWIC_COLUMNS, EvidenceHTML, kwic, show

TEXT_1 = ('Minister Jana Kowalczyk praised NATO. "We are <stronger> together," Kowalczyk said on Monday.\n\n'
          'Russia criticised NATO & the EU. Kowalczyk supports the EU.')
TEXT_2 = "Kowalczyk was attacked by critics for her disastrous plan."


@pytest.fixture(scope="module")
def corpus():
    result = Analysis.concat([analyze_text(TEXT_1, doc_id="d1"), analyze_text(TEXT_2, doc_id="d2")])
    result.documents = pd.DataFrame({"doc_id": ["d1", "d2"], "outlet": ["A", "B"],
                                     "date": ["2020-01-05", "2021-03-01"]})
    return result


def test_kwic_rows_point_at_the_mentions(corpus):
    rows = kwic(corpus, "Jana Kowalczyk", width=20)
    assert list(rows.columns) == KWIC_COLUMNS
    assert list(rows["doc_id"]) == ["d1"] * 3 + ["d2"] * 2  # the surname-only article (name, "her") is linked
    for row in rows.itertuples():
        assert corpus.texts[row.doc_id][row.start:row.end] == row.mention
        assert len(row.left) <= 20 and len(row.right) <= 20 and "\n" not in row.left + row.right
    first = rows.iloc[0]
    assert (first["left"], first["mention"], first["right"]) == ("Minister ", "Jana Kowalczyk", " praised NATO. \"We a")
    assert rows.iloc[3]["target_score"] < 0 < rows.iloc[0]["target_score"]
    assert list(kwic(corpus, "Jana Kowalczyk", where={"outlet": "B"})["doc_id"]) == ["d2"] * 2
    assert list(kwic(corpus, "Jana Kowalczyk", where={"date": "2020"})["doc_id"]) == ["d1"] * 3
    assert kwic(corpus, "Nobody").empty


def test_show_marks_mentions_quotes_and_cues_and_escapes_the_text(corpus):
    page = show(corpus, "d1")
    assert isinstance(page, EvidenceHTML) and page._repr_html_() == str(page)
    assert "<stronger>" not in page and "&lt;stronger&gt;" in page and "&amp; the" in page
    # the visible text is the article, character for character
    visible = re.sub(r"<style>.*?</style>|<div class=\"af-legend\">.*?</div>|<span class=\"af-spk\">.*?</span>",
                     "", page, flags=re.S)
    visible = html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]+>", "", visible)))
    assert visible == TEXT_1
    mentions = re.findall(r'<span class="af-m" [^>]*title="([^"]*)">([^<]*)</span>', page)
    assert len(mentions) == len(corpus.mentions.query("doc_id == 'd1'"))
    assert ("Jana Kowalczyk: target score +" in html.unescape(mentions[0][0])) and mentions[0][1] == "Jana Kowalczyk"
    assert re.search(r'<span class="af-q" title="direct quote, speaker: Jana Kowalczyk">We are &lt;stronger&gt; '
                     r'together</span><span class="af-spk">\[Jana Kowalczyk\]</span>', page)
    cues = re.findall(r'<span class="af-cue" title="([^"]*)">(\w+)</span>', page)
    assert {c[1] for c in cues} == set(corpus.stance.query("doc_id == 'd1'")["cue"])
    assert page.count('class="af-cue"') == len(cues)  # two statements on one cue share one mark


def test_show_for_one_actor_marks_only_that_actor(corpus):
    page = show(corpus, "d1", actor="Russia")
    titles = [html.unescape(t) for t in re.findall(r'class="af-m" [^>]*title="([^"]*)"', page)]
    assert titles and all(t.startswith("Russia:") for t in titles)
    assert 'class="af-q"' not in page  # Russia is not quoted
    with pytest.raises(KeyError):
        show(corpus, "missing")
