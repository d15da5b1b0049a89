"""Small tables built from plain column lists whose dtypes are known, without pandas' inference.

A stage that collects its rows as Python tuples pays more for
``pd.DataFrame(rows)`` (inference of every column, then casts) than for its
rules when the document has a few dozen rows. :func:`typed_frame` builds the
same table from arrays of the final dtypes: several times faster, and
identical (values, dtypes, ``RangeIndex``) to ``pd.DataFrame(rows,
columns=...)`` followed by the casts, when the values are of the stated
types (:func:`fits` checks that; callers fall back to the slow path
otherwise).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

__all__ = ["fits", "typed_frame", "rows_frame", "typed_kind", "with_columns"]

#: pandas' string dtype (as it infers for a column of strings) and its array type.
_STR = pd.Series(["a"]).dtype
#: None under pandas 2 without ``future.infer_string``: strings are then inferred as ``object``.
_STR_ARRAY = _STR.construct_array_type() if hasattr(_STR, "construct_array_type") else None
#: pandas' private constructor from a list of arrays (no copies, no inference); a public fallback if it goes away.
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
try:  # pandas' private block-manager builder that ``_from_arrays`` calls after re-checking each array
    from pandas.core.internals.managers import create_block_manager_from_column_arrays as _BLOCK_MANAGER
except ImportError:  # pragma: no cover - another pandas
    _BLOCK_MANAGER = None
try:  # pyarrow backs pandas' string dtype when _STR_ARRAY is ArrowStringArray
    import pyarrow as _pa
except ImportError:  # pragma: no cover - pandas without pyarrow
    _pa = None
#: Whether :func:`_str_array` may build pandas' arrow string array straight from a list of ``str``.
_ARROW_STR = (_pa is not None and _STR_ARRAY is not None and _STR_ARRAY.__name__ == "ArrowStringArray"
              and "_pa_array" in getattr(pd.Series(["a"]).array, "__dict__", {}))
#: Python types a column of each dtype may hold for :func:`typed_frame` to equal pandas' inference.
_TYPES = {"int64": (int,), "float64": (float,), "bool": (bool,), "str": (str,), "object": (str,)}
_TYPE_SETS = {dtype: frozenset(kinds) for dtype, kinds in _TYPES.items()}


def fits(columns: dict[str, tuple[list, str]]) -> bool:
    """Whether every value is of its column's Python type (``int``, not ``bool``; ``float``; ``str``).

    Parameters
    ----------
    columns : dict
        ``name -> (values, dtype)``, dtype one of ``"int64"``, ``"float64"``,
        ``"str"`` (pandas' string dtype, as it infers for strings),
        ``"object"`` (strings kept as Python objects) and ``"bool"``.

    Returns
    -------
    bool
    """
    for values, dtype in columns.values():
        if not _TYPE_SETS[dtype].issuperset(map(type, values)):   # a C loop, not a generator per value
            return False
    return True


def typed_kind(dtype) -> str | None:
    """The :func:`typed_frame` name of a column dtype that it builds alike (text, int64, float64, bool), else None.

    Examples
    --------
    >>> typed_kind(pd.Series([1]).dtype), typed_kind(pd.Series([1.5]).dtype), typed_kind(pd.Series([None]).dtype)
    ('int64', 'float64', None)
    """
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return "str" if _STR_ARRAY is not None and dtype == _STR else None
    return dtype.name if dtype.name in ("int64", "float64", "bool") else None


def typed_frame(columns: dict[str, tuple[list, str]]) -> pd.DataFrame:
    """A table with a ``RangeIndex`` from ``name -> (values, dtype)``, all of one length.

    Parameters
    ----------
    columns : dict
        As for :func:`fits`, in the order of the table's columns.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> typed_frame({"a": ([1, 2], "int64"), "b": (["x", "y"], "object")}).dtypes.tolist()
    [dtype('int64'), dtype('O')]
    """
    arrays = []
    n = None
    for values, dtype in columns.values():
        if dtype == "str" and _STR_ARRAY is not None:
            arrays.append(_str_array(values))
        elif dtype in ("str", "object"):
            cells = np.empty(len(values), dtype=object)
            cells[:] = list(values)
            arrays.append(cells)
        else:
            arrays.append(np.array(values, dtype=dtype))
        if n is None:
            n = len(values)
        elif len(values) != n:
            raise ValueError("columns of different lengths")
    if _FROM_ARRAYS is None:
        index = pd.RangeIndex(n or 0)
        return pd.DataFrame({name: pd.Series(a, index=index, dtype=a.dtype, copy=False)
                             for name, a in zip(columns, arrays)}, index=index)
    names = _columns(tuple(columns)).copy()
    if _BLOCK_MANAGER is not None:  # the arrays are built here, of one length: skip _from_arrays' checks of each
        manager = _BLOCK_MANAGER(arrays, [names, pd.RangeIndex(n or 0)], consolidate=True, refs=[None] * len(arrays))
        return pd.DataFrame._from_mgr(manager, axes=manager.axes)
    return _FROM_ARRAYS(arrays, columns=names, index=pd.RangeIndex(n or 0), verify_integrity=False)


def _str_array(values: list) -> object:
    """pandas' string array of ``values`` (all ``str``), as ``_from_sequence`` builds it.

    ``_from_sequence`` copies the list into an object array, checks every
    value is a string and builds an arrow array with a dtype it then
    throws away; for values known to be strings the arrow array of the
    list is the same array, at half the cost.
    """
    if not _ARROW_STR:
        return _STR_ARRAY._from_sequence(list(values), dtype=_STR)
    array = _STR_ARRAY.__new__(_STR_ARRAY)
    array._pa_array = _pa.chunked_array([_pa.array(values, type=_pa.large_string())])
    array._dtype = _STR
    array._cache = {}
    return array


@functools.lru_cache(maxsize=64)
def _columns(names: tuple[str, ...]) -> pd.Index:
    """The columns index of these names, as pandas builds it (built once; callers take a copy)."""
    return pd.DataFrame(columns=list(names)).columns


def rows_frame(rows: list[tuple], columns: dict[str, str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=list(columns))``, built by :func:`typed_frame` when the cells fit.

    Parameters
    ----------
    rows : list of tuple
        The table's rows.
    columns : dict
        ``name -> dtype`` (as for :func:`fits`): the dtypes pandas infers
        for cells of those Python types.

    Returns
    -------
    pandas.DataFrame
        The same table as pandas builds from the rows (any cell of another
        type, or no rows: pandas builds it).

    Examples
    --------
    >>> rows_frame([("a", 1, True)], {"x": "str", "n": "int64", "b": "bool"}).dtypes.astype(str).tolist()
    ['str', 'int64', 'bool']
    """
    if rows:
        typed = {name: (list(values), dtype) for (name, dtype), values in zip(columns.items(), zip(*rows))}
        if len(typed) == len(columns) and fits(typed):
            return typed_frame(typed)
    return pd.DataFrame(rows, columns=list(columns))


def with_columns(frame: pd.DataFrame, new: dict[str, np.ndarray]) -> pd.DataFrame:
    """``frame.assign(**new)`` for a frame with a ``RangeIndex`` and new columns of numpy arrays.

    Built in one step from the columns' arrays: ``assign`` copies the frame
    and inserts the columns one by one (three times slower on a small table).
    """
    if (_FROM_ARRAYS is None or not hasattr(frame, "_get_column_array") or not isinstance(frame.index, pd.RangeIndex)
            or frame.index.start != 0 or frame.index.step != 1 or frame.columns.has_duplicates
            or any(name in frame.columns for name in new)):
        return frame.assign(**new)
    # each column's stored array (pandas' private read, no Series built), copied as assign's copy does
    arrays = [frame._get_column_array(i).copy() for i in range(len(frame.columns))]
    arrays += [np.array(values, copy=True) for values in new.values()]
    return _FROM_ARRAYS(arrays, columns=_columns(tuple(frame.columns) + tuple(new)).copy(),
                        index=pd.RangeIndex(len(frame)), verify_integrity=False)
