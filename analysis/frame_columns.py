"""One column of a pandas table as a Python list, without building a Series for it.

``table[name]`` builds a Series (~20 us, more than ``tolist`` itself for a
short column); the quotation, stance and action stages each read five or six
columns of the ``mentions`` table per document. :func:`column_values` reads
the column's array from pandas' block manager when it can (the same array a
Series would hold, so the same list), else through ``table[name]``.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["column_values"]


def column_values(table: pd.DataFrame, name: str) -> list:
    """``table[name].tolist()``.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.
    name : str
        One of its columns (a missing one raises ``KeyError``, as ``table[name]``).

    Returns
    -------
    list
        The column's values, as ``Series.tolist`` gives them.
    """
    loc = table.columns.get_loc(name)
    if isinstance(loc, int):                  # a unique column name
        try:
            return table._mgr.iget_values(loc).tolist()   # pandas' private reader: the Series' own array
        except AttributeError:
            pass
    return table[name].tolist()
