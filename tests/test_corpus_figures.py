"""Corpus figures: what they draw, where they go, and no stale files."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import analyze_corpus
from analysis.figures import draw_figure, figure_folder_name, figure_specs, make_figures
from analysis.plots.corpus import plot_actor_coverage, plot_actor_sentiment_spread
from analysis.tables import actor_coverage

TEXTS = ["Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
         "Scholz said he supported the plan for Europe and the talks would go on.",
         "President Emmanuel Macron criticised Russia on Friday. Macron said the sanctions would stay "
         "and NATO would help Ukraine."]


@pytest.fixture(scope="module")
def two_articles():
    return analyze_corpus([{"doc_id": "my article", "text": TEXTS[0]}, {"doc_id": "Orbán 日本", "text": TEXTS[1]}])


def _freq():
    return pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "actor": ["X", "Y", "X", "X"],
                         "actor_type": ["PERSON", "ORG", "PERSON", "PERSON"], "mentions": [3, 1, 2, 5]})


def test_actor_coverage_counts_articles_and_mentions():
    table = actor_coverage(_freq())
    assert table.to_dict("records") == [{"actor": "X", "actor_type": "PERSON", "articles": 3, "mentions": 10},
                                        {"actor": "Y", "actor_type": "ORG", "articles": 1, "mentions": 1}]


def test_plot_actor_coverage_draws_one_bar_per_actor():
    fig, ax = plt.subplots()
    assert plot_actor_coverage(actor_coverage(_freq()), ax=ax) is ax
    widths = [p.get_width() for p in ax.patches]
    assert widths == [1, 3]  # most covered at the top
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Y", "X"]
    assert [t.get_text() for t in ax.texts] == ["1 mentions", "10 mentions"]


def test_plot_actor_sentiment_spread_draws_a_box_and_mean_per_actor():
    table = pd.DataFrame({"doc_id": ["a", "b", "c", "a"], "actor": ["X", "X", "X", "Y"],
                          "mean_target_score": [-0.5, 0.1, 0.3, 0.4]})
    fig, ax = plt.subplots()
    assert plot_actor_sentiment_spread(table, ax=ax) is ax
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Y", "X"]
    means = ax.collections[0].get_offsets()
    assert means[:, 0].tolist() == pytest.approx([0.4, -0.1 / 3])


def test_figure_folder_names_are_readable_and_unique():
    assert figure_folder_name("nyt_2024") == "nyt_2024"
    a, b = figure_folder_name("my article"), figure_folder_name("my_article")
    assert a != b and a.startswith("my_article-")
    assert figure_folder_name("Orbán 日本").startswith("Orbán_日本-")
    assert "/" not in figure_folder_name("nyt/2024-06-20-rutte")


def test_corpus_figures_summarise_and_per_article_go_to_subfolders(tmp_path, two_articles):
    out = tmp_path / "figs"
    out.mkdir()
    (out / "README.md").write_text("kept")
    (out / "actor_timeline__old.png").write_bytes(b"stale")
    (out / ".actor_mentions.x1y2.svg").write_text("left by a killed run")
    written = make_figures(two_articles, out, formats=("svg",))
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["README.md"] + [f"{n}.svg" for n in
                                            ("actor_mentions", "voice_quoted_words", "stance_network",
                                             "stance_matrix", "actor_coverage", "actor_sentiment_spread")])
    assert len(written) == 6
    make_figures(two_articles, out, per_article=True, formats=("svg",))
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == sorted([figure_folder_name("my article"), figure_folder_name("Orbán 日本")])
    per_article = sorted(p.name for p in (out / folders[0]).iterdir())
    assert {f"{n}.svg" for n in ("actor_timeline", "sentiment_arc", "actor_sentiment", "framing_map")} \
        <= set(per_article)
    assert all(n.startswith("actor_card__") for n in per_article
               if n not in {"actor_timeline.svg", "sentiment_arc.svg", "actor_sentiment.svg", "framing_map.svg"})
    make_figures(two_articles, out, formats=("svg",))  # without per-article figures: the subfolders go
    assert not [p for p in out.iterdir() if p.is_dir()]


def test_one_article_with_per_article_figures_gets_a_folder_named_after_it(tmp_path):
    one = analyze_corpus([{"doc_id": "Orbán 日本", "text": TEXTS[1]}])
    flat = {spec[0] for spec in figure_specs(one)}
    assert "actor_timeline" in flat and not any("/" in n for n in flat)
    make_figures(one, tmp_path, per_article=True, formats=("svg",))
    folders = [p.name for p in tmp_path.iterdir() if p.is_dir()]
    assert folders == [figure_folder_name("Orbán 日本")] and "Orbán" in folders[0]
    assert (tmp_path / folders[0] / "actor_timeline.svg").exists()
    assert draw_figure(one, "actor_timeline") is not None  # notebooks still reach the flat names
