"""Tests of analysis.stance and analysis.plots.stance."""

from __future__ import annotations

import json

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402

from analysis.actors import find_mentions  # noqa: E402
from analysis.nlp import parse  # noqa: E402
from analysis.plots.stance import STANCE_COLORS, plot_stance_matrix, plot_stance_network  # noqa: E402
from analysis.stance import EDGE_COLUMNS, STANCE_COLUMNS, extract_stance, stance_edges, stance_matrix  # noqa: E402
from analysis.tokenize import sentence_spans  # noqa: E402

from .conftest import GOLD, SEED  # noqa: E402


def _stance(text: str, **kwargs) -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = parse(text)
    starts = [s for _, s, _ in sentence_spans(text)]
    mentions = find_mentions(doc, doc_id="t", sentence_starts=starts)
    return extract_stance(doc, mentions, doc_id="t", **kwargs), mentions


def _pairs(table: pd.DataFrame) -> set[tuple[str, str, str]]:
    return set(zip(table["holder"], table["target"], table["stance"]))


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    table, mentions = _stance(text)
    paragraph = [p for p, _, _ in sentence_spans(text)]
    return text, table.assign(paragraph=table["sent_id"].map(lambda i: paragraph[i])), mentions


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))["stance"]


# ---------------------------------------------------------------- gold

def _holder_ok(row_holder: str, pair: dict) -> bool:
    return row_holder == pair["holder"] or (pair["paragraph"] == 0 and row_holder == "Netherlands")


def test_gold_recall(seed, gold):
    _, table, _ = seed
    found = []
    for pair in gold:
        rows = table[(table["paragraph"] == pair["paragraph"]) & (table["target"] == pair["target"])
                     & (table["stance"] == pair["stance"])]
        found.append(any(_holder_ok(h, pair) for h in rows["holder"]))
    missed = [(p["paragraph"], p["holder"], p["target"]) for p, ok in zip(gold, found) if not ok]
    assert sum(found) >= 11, f"found {sum(found)} of {len(gold)}; missed {missed}"


def test_gold_no_opposite_polarity(seed, gold):
    _, table, _ = seed
    for pair in gold:
        wrong = table[(table["paragraph"] == pair["paragraph"]) & (table["holder"] == pair["holder"])
                      & (table["target"] == pair["target"]) & (table["stance"] != pair["stance"])]
        assert wrong.empty, f"opposite stance for {pair}: {wrong[['holder', 'target', 'stance', 'cue']]}"


def test_seed_table_shape(seed):
    _, table, mentions = seed
    assert list(table.columns[:len(STANCE_COLUMNS)]) == STANCE_COLUMNS
    assert set(table["stance"]) <= {"favor", "against"}
    assert (table["holder"] != table["target"]).all()
    actors = set(mentions["actor"])
    assert set(table["holder"]) <= actors and set(table["target"]) <= actors
    assert table["confidence"].between(0, 1).all()
    assert not table.duplicated(["doc_id", "sent_id", "holder", "target", "stance"]).any()


def _check_offsets(text: str, table: pd.DataFrame, mentions: pd.DataFrame) -> None:
    spans = set(zip(mentions["actor"], mentions["start"], mentions["end"]))
    for row in table.itertuples(index=False):
        assert (row.holder, row.holder_start, row.holder_end) in spans
        assert (row.target, row.target_start, row.target_end) in spans
        assert text[row.holder_start:row.holder_end].strip()
        assert text[row.target_start:row.target_end].strip()
        assert row.evidence in text


def test_seed_offsets_point_at_mentions(seed):
    text, table, mentions = seed
    assert not table.empty
    _check_offsets(text, table, mentions)


_SUBJECTS = ["Germany", "France", "Poland", "Angela Merkel"]
_OBJECTS = ["Hungary", "Russia", "Ukraine", "Emmanuel Macron"]
_FRAMES = ["{a} criticised {b}.", "{a} would not support {b}.", "{a} backed {b}.",
           "The leaders of {a} condemned {b} on Monday.", "{a} sent weapons to {b}.",
           "Yesterday {a} said it strongly opposed {b}."]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_OBJECTS), st.sampled_from(_FRAMES),
       st.sampled_from(["", "Officials met in Brussels. ", "“We agree,” a diplomat said. "]))
def test_offsets_point_at_text_invented(a, b, frame, prefix):
    text = prefix + frame.format(a=a, b=b)
    table, mentions = _stance(text)
    _check_offsets(text, table, mentions)


# ---------------------------------------------------------------- invented sentences

@pytest.mark.parametrize("text, expected", [
    ("Germany criticised France.", ("Germany", "France", "against")),
    ("Poland would not support Hungary.", ("Poland", "Hungary", "against")),
    ("Poland would support Hungary.", ("Poland", "Hungary", "favor")),
    ("Poland never supported Russia.", ("Poland", "Russia", "against")),
    ("Macron’s criticism of Germany was sharp.", ("Macron", "Germany", "against")),
    ("Angela Merkel backed Olaf Scholz’s candidacy.", ("Angela Merkel", "Olaf Scholz", "favor")),
    ("France refused to support Germany.", ("France", "Germany", "against")),
    ("Hungary was criticised by the European Union.", ("European Union", "Hungary", "against")),
    ("Canada sent weapons to Ukraine.", ("Canada", "Ukraine", "favor")),
    ("Poland is strongly pro-Ukrainian.", ("Poland", "Ukraine", "favor")),
    ("Sweden voted against Hungary.", ("Sweden", "Hungary", "against")),
    ("Japan is loyal to the United States.", ("Japan", "United States", "favor")),
])
def test_invented_sentences(text, expected):
    table, _ = _stance(text)
    assert _pairs(table) == {expected}


def test_negation_flips_and_lowers_confidence():
    plain, _ = _stance("Poland supported Hungary.")
    negated, _ = _stance("Poland did not support Hungary.")
    assert _pairs(plain) == {("Poland", "Hungary", "favor")}
    assert _pairs(negated) == {("Poland", "Hungary", "against")}
    assert negated["confidence"].iloc[0] < plain["confidence"].iloc[0]
    assert negated["cue"].iloc[0] == "support"


def test_modality_keeps_polarity_lowers_confidence():
    plain, _ = _stance("Germany criticised France.")
    modal, _ = _stance("Germany could criticise France.")
    assert _pairs(modal) == {("Germany", "France", "against")}
    assert plain["confidence"].iloc[0] == pytest.approx(0.9)
    assert modal["confidence"].iloc[0] < plain["confidence"].iloc[0]


def test_gerund_after_for_takes_the_object_as_subject():
    table, _ = _stance("Germany criticised France for supporting Russia.")
    assert _pairs(table) == {("Germany", "France", "against"), ("France", "Russia", "favor")}


def test_back_down_is_not_backing():
    table, _ = _stance("Germany backed down after France complained.")
    assert table.empty


def test_no_self_stance():
    table, _ = _stance("Romanian President Klaus Iohannis withdrew his candidacy.")
    assert table.empty


def test_condemned_and_praised_in_one_sentence():
    table, _ = _stance("Emmanuel Macron condemned Russia and praised Ukraine.")
    assert _pairs(table) == {("Emmanuel Macron", "Russia", "against"), ("Emmanuel Macron", "Ukraine", "favor")}


def test_quote_speaker_from_quotes_table():
    text = "“We will always stand with Ukraine,” Emmanuel Macron said."
    doc = parse(text)
    mentions = find_mentions(doc, doc_id="t")
    speaker = mentions[mentions["actor"] == "Emmanuel Macron"].iloc[0]
    quotes = pd.DataFrame([{"doc_id": "t", "quote_id": 0, "start": 1, "end": text.index("”"),
                            "text": text[1:text.index("”")], "kind": "direct", "speaker": "Emmanuel Macron",
                            "speaker_text": speaker["text"], "speaker_start": speaker["start"],
                            "speaker_end": speaker["end"], "cue": "said", "cue_start": -1, "cue_end": -1,
                            "words": 6}])
    with_table = extract_stance(doc, mentions, quotes=quotes, doc_id="t")
    without = extract_stance(doc, mentions, doc_id="t")
    for table in (with_table, without):
        assert _pairs(table) == {("Emmanuel Macron", "Ukraine", "favor")}
        _check_offsets(text, table, mentions)


def test_empty_inputs():
    doc = parse("It rained.")
    mentions = find_mentions(doc)
    table = extract_stance(doc, mentions)
    assert table.empty and list(table.columns) == STANCE_COLUMNS
    assert list(stance_edges(table).columns) == EDGE_COLUMNS
    assert stance_matrix(table).empty


# ---------------------------------------------------------------- aggregates

@pytest.fixture
def toy():
    rows = [("d", 0, "A", "B", "favor"), ("d", 1, "A", "B", "favor"), ("d", 2, "A", "B", "against"),
            ("d", 3, "B", "C", "against"), ("e", 0, "C", "A", "favor")]
    table = pd.DataFrame(rows, columns=["doc_id", "sent_id", "holder", "target", "stance"])
    return table.assign(cue="x", holder_start=0, holder_end=1, target_start=0, target_end=1, evidence="x",
                        confidence=0.9)[STANCE_COLUMNS]


def test_stance_edges(toy):
    edges = stance_edges(toy)
    assert list(edges.columns) == EDGE_COLUMNS
    ab = edges[(edges["holder"] == "A") & (edges["target"] == "B")].iloc[0]
    assert (ab["favor"], ab["against"], ab["net"], ab["n"]) == (2, 1, 1, 3)
    assert edges["n"].sum() == len(toy)
    assert edges.iloc[0]["holder"] == "A"


@pytest.mark.parametrize("value, expected", [("net", 1), ("favor", 2), ("against", 1), ("count", 3)])
def test_stance_matrix_values(toy, value, expected):
    matrix = stance_matrix(toy, value=value)
    assert matrix.loc["A", "B"] == expected
    assert matrix.loc["B", "A"] == 0
    assert matrix.index.name == "holder" and matrix.columns.name == "target"


def test_stance_matrix_rejects_unknown_value(toy):
    with pytest.raises(ValueError):
        stance_matrix(toy, value="mean")


# ---------------------------------------------------------------- plots

def test_plot_stance_network_artists(toy):
    edges = stance_edges(toy)
    fig, ax = plt.subplots()
    out = plot_stance_network(edges, sizes={"A": 10, "B": 5, "C": 1}, ax=ax)
    assert out is ax
    nodes = [c for c in ax.collections if len(c.get_offsets()) == 3]
    assert len(nodes) == 1
    assert len(ax.patches) == len(edges)
    expected = {int(np.sign(n)): to_rgba(c) for n, c in [(1, STANCE_COLORS["favor"]), (-1, STANCE_COLORS["against"]),
                                                         (0, STANCE_COLORS["mixed"])]}
    for patch, net in zip(ax.patches, edges["net"]):
        assert to_rgba(patch.get_edgecolor()) == pytest.approx(expected[int(np.sign(net))])
    labels = {t.get_text() for t in ax.texts}
    assert {"A", "B", "C"} <= labels
    areas = nodes[0].get_sizes()
    assert areas[0] > areas[1] > areas[2]


def test_plot_stance_network_is_deterministic(seed):
    _, table, _ = seed
    edges = stance_edges(table)
    fig, (ax1, ax2) = plt.subplots(1, 2)
    plot_stance_network(edges, ax=ax1)
    plot_stance_network(edges, ax=ax2)
    np.testing.assert_allclose(ax1.collections[0].get_offsets(), ax2.collections[0].get_offsets())
    assert len(ax1.patches) == len(edges)


def test_plot_stance_matrix_artists(toy):
    matrix = stance_matrix(toy)
    fig, ax = plt.subplots()
    out = plot_stance_matrix(matrix, ax=ax)
    assert out is ax
    np.testing.assert_array_equal(ax.images[0].get_array(), matrix.to_numpy(dtype=float))
    assert [t.get_text() for t in ax.get_yticklabels()] == list(matrix.index)
    assert [t.get_text() for t in ax.get_xticklabels()] == list(matrix.columns)
    assert len(ax.texts) == matrix.size
    assert ax.images[0].norm(0.0) == pytest.approx(0.5)
    assert len(fig.axes) == 2                                # the colour bar


def test_plots_use_current_axes(toy):
    fig = plt.figure()
    ax = plot_stance_matrix(stance_matrix(toy))
    assert ax is plt.gca() and ax.figure is fig
