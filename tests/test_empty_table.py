"""analysis.tables.empty_table: cached, but every call is a fresh frame."""

from __future__ import annotations

import pandas as pd

from analysis.tables import TABLE_COLUMNS, empty_table


def test_empty_table_has_the_documented_object_columns():
    for name, columns in TABLE_COLUMNS.items():
        table = empty_table(name)
        assert list(table.columns) == list(columns)
        assert len(table) == 0
        assert all(str(dtype) == "object" for dtype in table.dtypes)


def test_empty_table_calls_do_not_share_state():
    first = empty_table("quotes")
    first["extra"] = pd.Series(dtype=object)
    first.loc[0] = ["x"] * len(first.columns)        # a row of text in every column
    first.attrs["touched"] = True
    second = empty_table("quotes")
    assert "extra" not in second.columns
    assert len(second) == 0
    assert "touched" not in second.attrs
