"""Figures a reader can read alone: complete keys, fixed colour meanings, notes on what is left out.

Checked by the artists (legend texts and colours, masked cells, tick values),
not by looking at pixels.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_rgba

from analysis.figures import draw_figure, make_figures, save_figure
from analysis.plots._style import NEGATIVE, NEUTRAL, POSITIVE, QUALITATIVE
from analysis.plots.actors import plot_actor_timeline, plot_entity_frequency
from analysis.plots.sentiment import plot_actor_sentiment, plot_sentiment_arc
from analysis.plots.stance import plot_stance_matrix, plot_stance_network
from analysis.plots.voice import plot_voice
from analysis.stance import stance_edges, stance_matrix
from analysis.tables import mention_positions, sentiment_disagreements

SIGN_COLOURS = {to_rgba(c) for c in (POSITIVE, NEGATIVE, "tab:green", "tab:red", "tab:blue", "#2ca02c",
                                     "#d62728", "#1f77b4")}


def _notes(ax):
    return [t.get_text() for t in ax.texts if t.get_gid() == "top-note"]


def _stance(pairs):
    rows = [{"doc_id": "d", "sent_id": i, "holder": h, "target": t, "stance": s, "cue": "x", "holder_start": 0,
             "holder_end": 1, "target_start": 0, "target_end": 1, "evidence": "e", "confidence": 1.0}
            for i, (h, t, s) in enumerate(pairs)]
    return pd.DataFrame(rows)


def test_actor_sentiment_legend_explains_every_colour(seed_result):
    ax = plot_actor_sentiment(seed_result.actor_sentiment, top=5)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith("naive") for t in texts)
    assert any("positive" in t for t in texts) and any("negative" in t for t in texts)
    assert any("neutral" in t for t in texts)
    legend_colours = {to_rgba(h.get_facecolor()) for h in ax.get_legend().legend_handles}
    # every colour used by a targeted bar is keyed
    for bar, score in zip(ax.containers[1], seed_result.actor_sentiment.head(5).iloc[::-1]["mean_target_score"]):
        colour = to_rgba(bar.get_facecolor())
        assert colour in legend_colours
        assert colour == to_rgba(POSITIVE if score > 0.05 else NEGATIVE if score < -0.05 else NEUTRAL)
    assert _notes(ax) and "top 5 of" in _notes(ax)[0]


def test_sentiment_arc_marks_actors_in_neutral_colours(seed_result):
    ax = plot_sentiment_arc(seed_result.sentences, mentions=seed_result.mentions, actors=4)
    colours = [to_rgba(c.get_facecolor()[0]) for c in ax.collections]
    assert len(colours) == 4
    assert not SIGN_COLOURS & set(colours), "actor identity must not use the colours of positive/negative"
    assert all(float(x).is_integer() for x in ax.get_xticks())


def test_timeline_by_paragraph_has_integer_ticks_and_a_size_key(seed_result):
    by_para = mention_positions(seed_result.mentions, seed_result.sentences, by="paragraph")
    ax = plot_actor_timeline(by_para, top=4)
    assert all(float(x).is_integer() for x in ax.get_xticks())
    assert ax.get_legend() is not None and ax.get_legend().get_title().get_text().startswith("mentions")
    assert _notes(ax)  # the seed has more than 4 actors


def test_entity_frequency_leaves_room_and_says_what_is_shown(seed_result):
    freq = seed_result.entity_frequency
    ax = plot_entity_frequency(freq, top=3)
    longest = max(b.get_x() + b.get_width() for b in ax.containers[-1])
    assert ax.get_xlim()[1] > longest
    assert all(float(x).is_integer() for x in ax.get_xticks())
    assert _notes(ax) == [f"showing the top 3 of {freq['actor'].nunique()} actors"]
    ax2 = plot_entity_frequency(freq, top=100, ax=plt.figure().gca())
    assert not _notes(ax2)


def test_voice_uses_neutral_colours(seed_result):
    ax = plot_voice(seed_result.voice)
    colours = {to_rgba(c.patches[0].get_facecolor()) for c in ax.containers if len(c.patches)}
    assert not SIGN_COLOURS & colours


def test_stance_network_key_and_readable_at_30_actors():
    pairs = [(f"Actor {i}", f"Actor {(i + 1) % 30}", "favor" if i % 3 else "against") for i in range(30)]
    pairs += [("Actor 0", "Actor 1", "against")]  # one balanced pair
    edges = stance_edges(_stance(pairs))
    ax = plot_stance_network(edges, sizes={f"Actor {i}": i + 1 for i in range(30)}, max_nodes=12)
    labels = [t for t in ax.texts if t.get_gid() != "top-note"]
    assert len(labels) == 12
    # labels sit below their node, so no arrowhead covers them
    assert all(t.xyann[1] < 0 for t in labels)
    assert _notes(ax) and "18 more actors" in _notes(ax)[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith("favor") for t in legend) and any(t.startswith("against") for t in legend)
    assert any(t.startswith("balanced") for t in legend)
    assert any("stance row" in t for t in legend) and any("node area" in t for t in legend)
    widths = [h.get_linewidth() for h in ax.get_legend().legend_handles if h.get_label().endswith(("row", "rows"))]
    assert widths == sorted(widths) and len(set(widths)) >= 2


def test_stance_matrix_blank_where_no_evidence_and_zero_where_balanced():
    table = _stance([("A", "B", "favor"), ("A", "B", "against"), ("A", "C", "against"), ("C", "B", "favor")])
    matrix = stance_matrix(table)
    counts = stance_matrix(table, value="count")
    ax = plot_stance_matrix(matrix, counts=counts)
    array = ax.images[0].get_array()
    assert np.ma.is_masked(array)
    assert array.mask.sum() == int((counts.to_numpy() == 0).sum())
    cells = [t.get_text() for t in ax.texts if t.get_gid() is None]
    assert len(cells) == int((counts.to_numpy() > 0).sum())
    assert "0" in cells and "-1" in cells and "+1" in cells          # balanced A→B is written 0
    assert any(t.get_gid() == "key-note" and "no stance" in t.get_text() for t in ax.texts)


def test_stance_matrix_limits_actors():
    pairs = [(f"H{i}", f"T{i}", "favor") for i in range(25)]
    table = _stance(pairs)
    ax = plot_stance_matrix(stance_matrix(table), counts=stance_matrix(table, value="count"), max_actors=10)
    assert len(ax.get_yticklabels()) == 10 and len(ax.get_xticklabels()) == 10
    assert _notes(ax)


def test_draw_figure_matches_export_and_carries_the_source(seed_result):
    fig = draw_figure(seed_result, "actor_sentiment")
    assert any(t.get_text().startswith("Source: article 'rutte_nato_2024'") for t in fig.texts)
    with pytest.raises(KeyError):
        draw_figure(seed_result, "no_such_figure")


def test_save_figure_dpi_and_width(tmp_path):
    from PIL import Image

    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot([0, 1], [0, 1])
    small = save_figure(fig, "low", tmp_path, formats=("png",), dpi=100)[0]
    big = save_figure(fig, "high", tmp_path, formats=("png",), dpi=300, width=4)[0]
    pdf = save_figure(fig, "paper", tmp_path, formats=("pdf",))[0]
    w_small = Image.open(small).size[0]
    w_big = Image.open(big).size[0]
    # the tight box trims the margins, so compare the two: 4 in at 300 dpi vs 8 in at 100 dpi
    assert w_big / w_small == pytest.approx(1.5, rel=0.15)
    assert w_small <= 800
    assert pdf.read_bytes().startswith(b"%PDF")


def test_make_figures_formats(seed_result, tmp_path):
    written = make_figures(seed_result, tmp_path, formats=("pdf",), dpi=300)
    assert written and all(p.suffix == ".pdf" for p in written)


def test_disagreements_show_the_mention(seed_result, seed_text):
    table = sentiment_disagreements(seed_result.mention_sentiment, seed_result.sentences)
    assert len(table)
    for row in table.itertuples():
        assert seed_text[row.start:row.end] == row.mention
    assert not table.duplicated(["doc_id", "sent_id", "actor", "start"]).any()


def test_analysis_repr_is_a_summary(seed_result):
    text = repr(seed_result)
    assert len(text.splitlines()) <= 4 and "Mark Rutte" in text and "stance" in text
    html = seed_result._repr_html_()
    assert "<table>" in html and "entity_frequency" in html and "Mark Rutte" in html


def test_evidence_table_shows_text_in_full(seed_result):
    from analysis.display import evidence_table

    longest = seed_result.stance["evidence"].str.len().max()
    assert longest > 50
    html = evidence_table(seed_result.stance, columns=["holder", "target", "evidence"]).to_html()
    for text in seed_result.stance["evidence"]:
        assert text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html or text in html


def test_long_and_exotic_actor_names_do_not_break_export(tmp_path, recwarn):
    import warnings

    from analysis import analyze_text
    from analysis.actors import read_actor_table  # noqa: F401  (the actor table is the usual source)

    result = analyze_text("The minister Anna Berg praised the plan. Berg said the plan would help the people of "
                          "the country, and the opposition leader Tom Lind criticised Berg for it.", doc_id="odd")
    long_name = "Anna Berg " + "x" * 200_000
    for name in ["entity_frequency", "mentions", "actor_sentiment", "voice", "mention_sentiment"]:
        table = getattr(result, name)
        setattr(result, name, table.assign(actor=table["actor"].replace({"Anna Berg": long_name,
                                                                            "Tom Lind": "Tom 😀 Lind 日本"})))
    result.stance = result.stance.assign(holder=result.stance["holder"].replace({"Tom Lind": "Tom 😀 Lind 日本"}),
                                         target=result.stance["target"].replace({"Anna Berg": long_name}))
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        written = make_figures(result, tmp_path, formats=("png",))
    assert written
    assert not [w for w in recwarn.list if "missing from font" in str(w.message)]
    ax = plot_entity_frequency(result.entity_frequency)
    assert max(len(t.get_text()) for t in ax.get_yticklabels()) <= 40
