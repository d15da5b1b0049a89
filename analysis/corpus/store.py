"""Streaming output of a corpus run: part files per chunk, a manifest, atomic replacement.

Layout of an output folder ``OUT``:

* Parquet (default): ``OUT/<table>.parquet/part-00000.parquet``, ... one
  folder per table, one part file per chunk of articles, all parts of a table
  with one schema, so ``pandas.read_parquet("OUT/mentions.parquet")`` reads
  the table; rows are in input order.
* CSV (``format="csv"``): ``OUT/<table>.csv``, one file per table; cells that
  a spreadsheet would run as a formula get a leading ``'`` and floats are
  rounded to 4 decimals (:func:`analysis.tables.csv_safe`).
* ``OUT/manifest.json``: package and model version, options, counts,
  failures, time.

While a run goes on, everything is written into a hidden staging folder
beside ``OUT`` (``.OUT.partial-<pid>``); at the end ``OUT`` is replaced by it,
so ``OUT`` holds only the files of one run and never half a table.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["FORMATS", "OutputError", "Stage", "read_output", "read_table", "check_output_dir",
           "folder_problem", "write_part", "write_manifest"]

#: Output formats.
FORMATS = ("parquet", "csv")

MANIFEST = "manifest.json"
_PARTIAL = ".partial-"
_OLD = ".old-"


class OutputError(OSError):
    """An output folder cannot be used or written; the message names it."""

    def __init__(self, path, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self):
        return (type(self), (self.path, self.reason))


def _umask_mode(kind: int = 0o666) -> int:
    mask = os.umask(0)
    os.umask(mask)
    return kind & ~mask


def folder_problem(path, *, beside: bool = False) -> str | None:
    """Why a run could not create or write the folder ``path``; ``None`` if it can.

    Checked before any article is read, so an unusable ``--out`` or
    ``--figures`` stops the run before anything is written. Nothing is left
    behind: the check writes and removes one hidden probe file in ``path`` or in
    its nearest existing parent, and creates no folder.

    Parameters
    ----------
    path : path-like
        The folder a run will create (or replace) and write into.
    beside : bool
        The run writes beside ``path`` (a staging folder in its parent, then
        renamed to ``path``), as :class:`Stage` does, so the parent must be
        writable even when ``path`` exists.

    Returns
    -------
    str or None
        The reason, in words (a looping or broken symbolic link, a file on
        the way, a name too long, no permission, a read-only file system).
    """
    path = Path(os.path.abspath(os.fspath(path)))
    try:
        return _folder_problem(path, beside=beside)
    except OSError as exc:  # ENAMETOOLONG from stat, EACCES from a folder on the way
        if exc.errno == errno.ENAMETOOLONG:
            return "a folder name in it is too long for the file system"
        return f"cannot look at it ({exc.strerror or exc})"


def _folder_problem(path: Path, *, beside: bool) -> str | None:
    for p in (path, *path.parents):
        if p.is_symlink() and not p.exists():
            try:
                os.stat(p)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return f"{p} is a looping symbolic link"
            return f"{p} is a symbolic link to {os.readlink(p)}, which does not exist"
        if p.exists():
            if not p.is_dir():
                return "exists and is not a folder" if p == path else f"{p} is a file, not a folder"
            break
    else:  # pragma: no cover - the root folder exists
        return None
    max_name = os.pathconf(p, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    too_long = [part for part in path.relative_to(p).parts if len(os.fsencode(part)) > max_name]
    if too_long:
        return f"a folder name in it is too long for the file system ({max_name} bytes at most)"
    if beside and p == path:
        p = path.resolve().parent
    try:
        fd, probe = tempfile.mkstemp(dir=p, prefix=".write-probe-", suffix=".tmp")
    except OSError as exc:
        return f"cannot write in {p} ({exc.strerror or exc})"
    os.close(fd)
    os.unlink(probe)
    return None


#: Tables of other parts of the package that may sit in an older output folder.
_OTHER_TABLES = {"descriptors", "actions", "profiles"}


def _is_our_entry(entry: Path) -> bool:
    from ..tables import TABLE_COLUMNS

    if entry.name == MANIFEST:
        return True
    return entry.suffix in (".csv", ".parquet") and (entry.stem in TABLE_COLUMNS or entry.stem in _OTHER_TABLES)


def check_output_dir(out) -> Path:
    """Check that ``out`` can be (re)placed by a run's tables; create its parent.

    Parameters
    ----------
    out : path-like
        The output folder.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    OutputError
        If ``out`` is an existing file, is a folder with files other than
        tables of this package (so it is not replaced by mistake), or its
        parent folder cannot be written.
    """
    out = Path(out)
    problem = folder_problem(out, beside=True)
    if problem == "exists and is not a folder":
        raise OutputError(out, "exists and is not a folder; choose a folder for the tables")
    if problem:
        raise OutputError(out, f"cannot write the tables here: {problem}")
    if out.is_dir() and not (out / MANIFEST).is_file():
        foreign = [e.name for e in out.iterdir() if not _is_our_entry(e)]
        if foreign:
            raise OutputError(out, f"holds files that are not tables of this package ({foreign[0]!r}, ...); "
                                   "choose a new or empty folder")
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, f"cannot create the folder ({exc.strerror or exc})") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(out, f"cannot write in {parent} (permission denied)")
    return out


def _remove_stale(out: Path) -> None:
    """Remove staging folders left by runs that were killed (their process is gone)."""
    for entry in out.resolve().parent.glob(f".{out.name}{_PARTIAL}*"):
        pid = entry.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        shutil.rmtree(entry, ignore_errors=True)
    for entry in out.resolve().parent.glob(f".{out.name}{_OLD}*"):
        shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _atomic_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, _umask_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_part(stage_dir, table_name: str, part: str, table, *, fmt: str) -> Path | None:
    """Write one chunk's rows of one table as a part file (atomically).

    Parameters
    ----------
    stage_dir : path-like
        The staging folder of the run.
    table_name : str
        E.g. ``"mentions"``.
    part : str
        Part name; parts are read back in the sort order of their names.
    table : pandas.DataFrame
        The rows.
    fmt : {"parquet", "csv"}

    Returns
    -------
    pathlib.Path or None
        The file written (None for an empty table).
    """
    if table is None or not len(table):
        return None
    stage_dir = Path(stage_dir)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder = stage_dir / f"{table_name}.parquet"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"part-{part}.parquet"
        arrow = pa.Table.from_pandas(table, preserve_index=False)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        try:
            os.chmod(tmp, _umask_mode())
            pq.write_table(arrow, tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
    from ..tables import csv_safe

    folder = stage_dir / ".csv-parts" / table_name
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{part}.csv"
    _atomic_bytes(target, csv_safe(table).to_csv(index=False).encode("utf-8"))
    return target


def _part_files(stage: Path, name: str, fmt: str) -> list[Path]:
    folder = stage / f"{name}.parquet" if fmt == "parquet" else stage / ".csv-parts" / name
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith("part-") and p.suffix == f".{fmt}")


def _finish_parquet(stage: Path, name: str, columns: list[str]) -> None:
    """Give every part of a table one schema (null columns promoted), or write an empty table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = _part_files(stage, name, "parquet")
    if not parts:
        import pandas as pd

        folder = stage / f"{name}.parquet"
        folder.mkdir(parents=True, exist_ok=True)
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        pq.write_table(pa.Table.from_pandas(empty, preserve_index=False), folder / "part-empty.parquet")
        os.chmod(folder / "part-empty.parquet", _umask_mode())
        return
    schemas = [pq.read_schema(p) for p in parts]
    if all(s.equals(schemas[0], check_metadata=False) for s in schemas):
        return
    unified = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
    pandas_meta = next((s.metadata for s in schemas if s.metadata), None)
    unified = unified.with_metadata(pandas_meta) if pandas_meta else unified
    for part, schema in zip(parts, schemas):
        if schema.remove_metadata().equals(unified.remove_metadata()):
            continue
        table = pq.read_table(part)
        for field in unified:
            if field.name not in table.column_names:
                table = table.append_column(field.name, pa.nulls(len(table), field.type))
        table = table.select(unified.names).cast(unified)
        tmp = part.with_name(f".{part.name}.tmp")
        pq.write_table(table, tmp)
        os.chmod(tmp, _umask_mode())
        os.replace(tmp, part)


def _finish_csv(stage: Path, name: str, columns: list[str]) -> None:
    """Join a table's CSV parts into ``<name>.csv`` with the union of their columns."""
    import pandas as pd

    parts = _part_files(stage, name, "csv")
    header: list[str] = list(columns)
    for part in parts:
        with open(part, encoding="utf-8", newline="") as fh:
            first = fh.readline()
        for column in pd.read_csv(pd.io.common.StringIO(first), nrows=0).columns:
            if column not in header:
                header.append(column)
    target = stage / f"{name}.csv"
    fd, tmp = tempfile.mkstemp(dir=stage, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, _umask_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(pd.DataFrame(columns=header).to_csv(index=False))
            for part in parts:
                for frame in pd.read_csv(part, dtype=str, keep_default_na=False, chunksize=20_000):
                    frame.reindex(columns=header, fill_value="").to_csv(out, index=False, header=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_manifest(folder, manifest: dict) -> Path:
    """Write ``manifest.json`` (sorted keys, UTF-8) atomically."""
    path = Path(folder) / MANIFEST
    _atomic_bytes(path, (json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8"))
    return path


class Stage:
    """The staging folder of one run, turned into the output folder by :meth:`commit`.

    Parameters
    ----------
    out : path-like
        The output folder (checked with :func:`check_output_dir`).
    fmt : {"parquet", "csv"}
        Table format.
    """

    def __init__(self, out, *, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
        self.out = check_output_dir(out)
        self.fmt = fmt
        _remove_stale(self.out)
        self.path = self.out.resolve().parent / f".{self.out.name}{_PARTIAL}{os.getpid()}"
        shutil.rmtree(self.path, ignore_errors=True)
        try:
            self.path.mkdir(mode=0o777)
        except OSError as exc:
            raise OutputError(self.out, f"cannot write here ({exc.strerror or exc})") from None

    def keep_parts(self, names: set[str]) -> None:
        """Delete part files whose part name is not in ``names`` (chunks that did not finish)."""
        for folder in [*self.path.glob("*.parquet"), *(self.path / ".csv-parts").glob("*")]:
            if not folder.is_dir():
                continue
            for part in folder.iterdir():
                stem = part.name[len("part-"):].rsplit(".", 1)[0] if part.name.startswith("part-") else None
                if stem is None or stem not in names:
                    part.unlink(missing_ok=True)

    def commit(self, tables: dict[str, list[str]], manifest: dict) -> Path:
        """Finish every table, write the manifest and put the folder in place of ``out``.

        Parameters
        ----------
        tables : dict
            Table name -> its documented columns (for empty tables).
        manifest : dict
            Written as ``manifest.json``.

        Returns
        -------
        pathlib.Path
            The output folder.
        """
        for name, columns in tables.items():
            if self.fmt == "parquet":
                _finish_parquet(self.path, name, columns)
            else:
                _finish_csv(self.path, name, columns)
        shutil.rmtree(self.path / ".csv-parts", ignore_errors=True)
        write_manifest(self.path, manifest)
        os.chmod(self.path, _umask_mode(0o777))
        old = None
        if self.out.exists():
            old = self.out.resolve().parent / f".{self.out.name}{_OLD}{os.getpid()}"
            os.replace(self.out, old)
        os.replace(self.path, self.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.out

    def discard(self) -> None:
        """Remove the staging folder (the previous output stays as it was)."""
        shutil.rmtree(self.path, ignore_errors=True)


# --------------------------------------------------------------------------
# reading an output folder back
# --------------------------------------------------------------------------

def _unneutralise(value):
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _manifest_dtypes(folder: Path) -> dict:
    """The ``dtypes`` of an output folder's manifest (table -> {column: dtype}), or {}."""
    try:
        info = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    dtypes = info.get("dtypes") if isinstance(info, dict) else None
    return dtypes if isinstance(dtypes, dict) else {}


def read_table(path, name: str):
    """One table of an output folder (Parquet or CSV) as a DataFrame.

    Parameters
    ----------
    path : path-like
        The output folder.
    name : str
        The table (``"mentions"``, ...).

    Returns
    -------
    pandas.DataFrame
        Parquet gives the values as written; CSV gives them back as far as
        CSV allows (the ``'`` guard before formula-like text is removed,
        floats have 4 decimals, empty text cells are ``""``, and a numeric
        column (listed under ``dtypes`` in the manifest, or in
        :data:`analysis.tables.NUMERIC_COLUMNS` for folders written before
        manifests had them) stays numeric even when every cell is empty,
        e.g. ``power`` without a power verb).

    Raises
    ------
    FileNotFoundError
        If the folder has no such table.
    """
    import pandas as pd

    folder = Path(path)
    parquet = folder / f"{name}.parquet"
    if parquet.exists():
        return pd.read_parquet(parquet)
    csv = folder / f"{name}.csv"
    if not csv.exists():
        raise FileNotFoundError(f"{folder}: no table {name!r} (neither {name}.parquet nor {name}.csv)")
    table = pd.read_csv(csv, keep_default_na=False, na_values=[""], low_memory=False)
    from ..tables import NUMERIC_COLUMNS

    numeric = set(_manifest_dtypes(folder).get(name, {})) | set(NUMERIC_COLUMNS.get(name, ()))
    for column in table.columns:
        if column in numeric:
            if table[column].dtype.kind not in "fiub":
                table[column] = pd.to_numeric(table[column], errors="coerce")
        elif pd.api.types.is_object_dtype(table[column]) or pd.api.types.is_string_dtype(table[column]):
            table[column] = table[column].fillna("").map(_unneutralise)
        elif table[column].isna().all():
            table[column] = table[column].astype(object).fillna("")
    return table


def read_output(path, *, tables=None):
    """Read an output folder of ``python -m analysis run`` back as an Analysis.

    Parameters
    ----------
    path : path-like
        The folder given as ``--out`` (Parquet or CSV tables).
    tables : collection of str, optional
        Read only these tables (the others stay empty); all by default.

    Returns
    -------
    analysis.tables.Analysis
        Every table found (missing tables are empty with their documented
        columns); ``texts`` is empty (texts are not stored), ``manifest``
        information is in ``result.documents``.

    Raises
    ------
    FileNotFoundError
        If ``path`` is not a folder.
    """
    from ..tables import Analysis

    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not an output folder")
    result = Analysis()
    for name in Analysis.table_names():
        if tables is not None and name not in tables:
            continue
        try:
            setattr(result, name, read_table(folder, name))
        except FileNotFoundError:
            continue
    return result
