"""A table's columns read into Python lists once, for the stages that pass one table to several helpers.

Reading a column of a pandas table costs ~20 us (and ``tolist`` of a text
column more); :func:`analysis.profiles.build_profiles` hands the same
tables to :func:`analysis.actions.agency_power`,
:func:`analysis.roles.assign_roles` and its own joins, which read the same
columns again and again. :class:`ColumnLists` reads each column once.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .typed_frames import _ARROW_STR, _STR_ARRAY

__all__ = ["ColumnLists", "column_lists", "column_list"]


class ColumnLists:
    """The columns of ``table`` as lists, each read on first use (``cols["actor"]``).

    Parameters
    ----------
    table : pandas.DataFrame
        The table; ``table``, ``columns`` and ``empty`` are its own.

    Examples
    --------
    >>> cols = ColumnLists(pd.DataFrame({"a": [1, 2]}))
    >>> cols["a"], cols["a"] is cols["a"], cols.empty
    ([1, 2], True, False)
    """

    __slots__ = ("table", "columns", "empty", "_lists")

    def __init__(self, table: pd.DataFrame):
        self.table = table
        self.columns = table.columns
        self.empty = table.empty
        self._lists: dict[str, list] = {}

    def __getitem__(self, column: str) -> list:
        values = self._lists.get(column)
        if values is None:
            values = self._lists[column] = _read(self.table, column)
        return values

    def dtype(self, column: str):
        """The dtype of a column, read from its stored array (building the Series costs more)."""
        i = self.table.columns.get_loc(column) if _HAS_COLUMN_ARRAY else None
        if isinstance(i, int):
            return self.table._get_column_array(i).dtype
        return self.table[column].dtype

    def __len__(self) -> int:
        return len(self.table)


#: pandas' private read of a column's stored array (a view); without it, columns are read as Series.
_HAS_COLUMN_ARRAY = hasattr(pd.DataFrame, "_get_column_array")


def _read(table: pd.DataFrame, column: str) -> list:
    """``table[column].tolist()``, from the column's stored array when it is a plain one.

    Building the Series costs two thirds of reading a short column; its
    ``tolist`` is that array's ``tolist`` (numpy or pandas' text array).
    """
    if _HAS_COLUMN_ARRAY:
        i = table.columns.get_loc(column)
        if isinstance(i, int):
            values = table._get_column_array(i)
            if _ARROW_STR and type(values) is _STR_ARRAY and values._pa_array.null_count == 0:
                return values._pa_array.to_pylist()   # arrow's own list: a third of pandas' tolist (no missing value)
            if ((isinstance(values, np.ndarray) and values.dtype.kind in "biufO")
                    or (_STR_ARRAY is not None and type(values) is _STR_ARRAY)):
                return values.tolist()
    return table[column].tolist()


def column_lists(table) -> ColumnLists:
    """``table`` as :class:`ColumnLists` (itself when it already is one)."""
    return table if isinstance(table, ColumnLists) else ColumnLists(table)


def column_list(table, column: str) -> list:
    """One column of a table (pandas or :class:`ColumnLists`) as a list.

    A pandas column is read from its stored array when it is a plain one
    (no Series is built); the list equals ``table[column].tolist()``.
    """
    if isinstance(table, pd.DataFrame):
        return _read(table, column)
    values = table[column]
    return values if isinstance(values, list) else values.tolist()
