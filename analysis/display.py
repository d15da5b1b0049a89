"""Show tables in a notebook with their evidence in full.

pandas cuts every text cell at 50 characters by default, which hides exactly
the columns meant for reading (sentences, quotes, stance evidence). These
helpers render a table with its text columns wrapped, never truncated, and
numbers rounded for reading; the table itself is not changed.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["TEXT_COLUMNS", "evidence_table"]

#: Columns holding text to be read in full when present.
TEXT_COLUMNS = ("text", "evidence", "sentence", "mention", "speaker_text", "left", "right", "message", "error",
                "title", "role_reason", "top_descriptors")


def evidence_table(table: pd.DataFrame, *, columns=None, rows: int | None = 50, precision: int = 3):
    """A styled view of ``table`` with the evidence columns wrapped, not cut.

    Parameters
    ----------
    table : pandas.DataFrame
        Any table of the package (``quotes``, ``stance``, ``sentences``, ...).
    columns : list of str, optional
        Columns to show (all by default).
    rows : int or None, default 50
        At most this many rows (the first ones); ``None`` shows all. A caption
        says how many rows the table has when some are not shown.
    precision : int, default 3
        Decimals of float columns.

    Returns
    -------
    pandas.io.formats.style.Styler
        Renders as HTML in JupyterLab (``display(...)`` or as a cell's last
        expression); ``.data`` is the shown part of the table, unchanged.

    Examples
    --------
    >>> from analysis.display import evidence_table
    >>> evidence_table(result.stance, columns=["holder", "stance", "target", "evidence"])  # doctest: +SKIP
    """
    shown = table if columns is None else table[list(columns)]
    total = len(shown)
    if rows is not None:
        shown = shown.head(rows)
    wrap = [c for c in shown.columns if c in TEXT_COLUMNS]
    styler = (shown.style.hide(axis="index")
              .format(precision=precision, na_rep="")
              .set_properties(subset=wrap, **{"white-space": "pre-wrap", "text-align": "left",
                                              "min-width": "18em", "max-width": "48em"})
              .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))
    if len(shown) < total:
        styler = styler.set_caption(f"first {len(shown)} of {total} rows")
    return styler
