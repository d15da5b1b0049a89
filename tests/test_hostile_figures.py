"""Figures of hostile names stay small: long actor names are cut in labels, never in the tables."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from analysis import analyze_text  # noqa: E402
from analysis.figures import MAX_LABEL, make_figures, short_label  # noqa: E402

TEXT = ("Angela Merkel met Emmanuel Macron in Berlin on Monday, and Macron said the two leaders agreed on "
        "the budget. Merkel praised the plan and said the government would support it.\n")


def test_short_label():
    assert short_label("Angela Merkel") == "Angela Merkel"
    cut = short_label("x" * 500)
    assert len(cut) == MAX_LABEL and cut.endswith("\u2026")


def test_long_actor_names_make_normal_sized_figures(tmp_path):
    from PIL import Image

    long = "Angela Merkel " + "X" * 200_000
    table = pd.DataFrame({"actor": [long, long + "2"], "alias": ["Merkel", "Macron"]})
    result = analyze_text(TEXT, doc_id="a", actor_table=table)
    assert long in set(result.entity_frequency["actor"])  # the tables keep the full name
    written = make_figures(result, tmp_path, formats=("png",))
    assert len(written) >= 8
    widths = [Image.open(p).size[0] for p in written]
    assert max(widths) < 4000, widths  # a 200,000-character label would make a ~160,000-pixel image
    names = [p.name for p in written]
    assert len(set(names)) == len(names) and all(len(n) < 120 for n in names)
    # two names equal after cutting stay two actors in the figures
    assert sum(n.startswith("actor_card__Angela_Merkel_XX") for n in names) == 2
