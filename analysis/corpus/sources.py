"""Where the articles of a corpus come from: every input as (doc_id, text, metadata).

Accepted inputs (:func:`iter_documents`):

* a ``.txt`` file (``doc_id`` = its name without ``.txt``);
* a folder, searched recursively for ``.txt`` files (``doc_id`` = the path
  relative to the folder without ``.txt``, with ``/``: ``nyt/2024-06-20-rutte``);
* a glob pattern (``doc_id`` = the path relative to the part of the pattern
  before its first wildcard);
* a ``.jsonl``, ``.csv`` or ``.parquet`` file with one article per row: column
  ``text``; optional ``doc_id`` (default ``<file stem>-<row>``), ``title``,
  ``outlet``, ``date``, ``url``; every other column is kept as metadata;
* in Python, a :class:`pandas.DataFrame` (as a table file), or a list of
  article texts (``doc_id`` = ``text-1``, ``text-2``, ...) or of dicts (as
  table rows).

Each text is validated by :mod:`analysis.io` (encoding, HTML, language, size).
A bad row or file does not stop the corpus: it comes out as a
:class:`Failure` naming the file and row.
"""

from __future__ import annotations

import datetime as _dt
import glob
import json
import os
import pathlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..io import MAX_BYTES, ArticleError, article_from_text, not_utf8_reason, read_article, regular_file

__all__ = ["Document", "Failure", "TABLE_SUFFIXES", "iter_documents", "read_meta", "iso_date",
           "count_documents"]

#: File suffixes read as tables of articles (one per row).
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")

#: Columns of an input table with a meaning of their own; others are metadata.
KNOWN_COLUMNS = ("doc_id", "text", "title", "outlet", "date", "url")


@dataclass(frozen=True)
class Document:
    """One validated article of a corpus.

    Attributes
    ----------
    doc_id : str
        Identifier in every table.
    text : str
        The text as :mod:`analysis.io` normalises it (offsets point into it).
    metadata : dict
        ``title``, ``outlet``, ``date`` (ISO ``YYYY-MM-DD`` or ``""``), ``url``
        and the user's other columns.
    source : str
        The file, or ``file:row N`` for a row of a table.
    warnings : tuple of str
        Problems that did not stop the article (an unparseable date, kept
        as ``""``); each names the source.
    """

    doc_id: str
    text: str = field(repr=False)
    metadata: dict = field(default_factory=dict, repr=False)
    source: str = ""
    warnings: tuple = ()


@dataclass(frozen=True)
class Failure:
    """An input that could not become a :class:`Document` (or failed later).

    Attributes
    ----------
    doc_id : str
        The identifier it would have had (``""`` if unknown).
    source : str
        The file, or ``file:row N``.
    error : str
        The kind of error (an exception class name).
    message : str
        One line that names the file (and row) and says what is wrong.
    """

    doc_id: str
    source: str
    error: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException, *, doc_id: str, source: str) -> Failure:
        """A failure from an exception; the message always names the source."""
        message = " ".join(str(exc).split()) or type(exc).__name__
        if source and source not in message:
            message = f"{source}: {message}"
        return cls(doc_id, source, type(exc).__name__, message)


def _missing(value) -> bool:
    """None, NaN, NaT or pandas.NA."""
    if value is None or type(value).__name__ == "NAType":
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def iso_date(value) -> str:
    """A date as ISO ``YYYY-MM-DD`` (``""`` when missing).

    Parameters
    ----------
    value : str, datetime.date, pandas.Timestamp or None
        ``YYYY-MM-DD``, optionally followed by a time (``2008-04-03T12:00Z``).

    Returns
    -------
    str

    Raises
    ------
    ValueError
        If ``value`` is not a date in that form.
    """
    if _missing(value):
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none"}:
        return ""
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat() if len(text) == 10 or text[10] in "T " \
            else _fail_date(text)
    except (ValueError, IndexError):
        return _fail_date(text)


def _fail_date(text: str) -> str:
    raise ValueError(f"date {text!r} is not an ISO date (YYYY-MM-DD)")


def read_meta(meta) -> dict[str, dict]:
    """Metadata for file inputs, keyed by ``doc_id``.

    Parameters
    ----------
    meta : path or pandas.DataFrame
        A CSV (or DataFrame) with a ``doc_id`` column and any others
        (``title``, ``outlet``, ``date``, ...).

    Returns
    -------
    dict
        ``doc_id`` -> {column: value}.

    Raises
    ------
    ArticleError
        If the file cannot be read, has no ``doc_id`` column or repeats one;
        the message names the file.
    """
    import pandas as pd

    name = "<DataFrame>" if isinstance(meta, pd.DataFrame) else os.fspath(meta)
    if isinstance(meta, pd.DataFrame):
        table = meta.astype(object).where(meta.notna(), "")
    else:
        try:
            if isinstance(meta, (str, os.PathLike)):
                regular_file(meta)  # a pipe would wait and /dev/zero never end
            table = pd.read_csv(meta, dtype=str, keep_default_na=False)
        except ArticleError as err:
            raise ArticleError(name, f"cannot read the metadata CSV: {err.reason}") from None
        except FileNotFoundError:
            raise ArticleError(name, "metadata file not found") from None
        except UnicodeDecodeError as exc:
            raise ArticleError(name, f"cannot read the metadata CSV: {not_utf8_reason(exc)}") from None
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise ArticleError(name, f"cannot read the metadata CSV ({' '.join(str(exc).split())})") from None
    if "doc_id" not in table.columns:
        raise ArticleError(name, f"the metadata table needs a 'doc_id' column; it has {list(table.columns)}")
    ids = table["doc_id"].astype(str)
    if ids.duplicated().any():
        raise ArticleError(name, f"doc_id {ids[ids.duplicated()].iloc[0]!r} appears more than once")
    rows = table.drop(columns=["doc_id"]).to_dict("records")
    return dict(zip(ids, rows))


# --------------------------------------------------------------------------
# files and folders
# --------------------------------------------------------------------------

def _has_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def _walk_txt(folder: pathlib.Path) -> list[pathlib.Path]:
    """Every ``*.txt`` entry under ``folder`` (dangling links included, so they are reported)."""
    out = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            if name.lower().endswith(".txt"):
                out.append(pathlib.Path(root, name))
    return sorted(out, key=lambda p: p.relative_to(folder).as_posix())


def _relative_id(path: pathlib.Path, root: pathlib.Path) -> str:
    rel = path.relative_to(root).as_posix()
    return rel[:-4] if rel.lower().endswith(".txt") else rel


def _glob_root(pattern: str) -> pathlib.Path:
    parts = pathlib.Path(pattern).parts
    fixed = []
    for part in parts:
        if _has_glob(part):
            break
        fixed.append(part)
    return pathlib.Path(*fixed) if fixed else pathlib.Path(".")


def _read_txt(path: pathlib.Path, doc_id: str, max_bytes: int) -> Document:
    """One ``.txt`` article; :func:`~analysis.io.read_article` refuses links, folders, pipes and devices."""
    article = read_article(path, doc_id=doc_id, max_bytes=max_bytes)
    return Document(doc_id, article.text, {}, os.fspath(path))


def _files_of(source) -> tuple[list[tuple[pathlib.Path, str | None]], pathlib.Path | None]:
    """Expand a path source to (file, doc_id or None for the default) pairs."""
    name = os.fspath(source)
    path = pathlib.Path(name)
    if path.is_dir():
        files = _walk_txt(path)
        tables = [] if files else sorted(p for p in path.iterdir() if p.suffix.lower() in TABLE_SUFFIXES)
        if not files and not tables:
            raise ArticleError(name, "folder contains no .txt files (searched recursively)")
        return [(f, _relative_id(f, path)) for f in files] + [(t, None) for t in tables], path
    if path.exists() or os.path.islink(path):
        return [(path, None)], None
    if isinstance(source, str) and _has_glob(source):
        root = _glob_root(source)
        matches = sorted(glob.glob(source, recursive=True))
        files = [pathlib.Path(m) for m in matches if not os.path.isdir(m)]
        if not files:
            raise ArticleError(name, "no files match this pattern")
        out = []
        for f in files:
            try:
                doc_id = _relative_id(f, root) if f.suffix.lower() not in TABLE_SUFFIXES else None
            except ValueError:
                doc_id = None
            out.append((f, doc_id))
        return out, root
    raise ArticleError(name, "no such file or folder")


# --------------------------------------------------------------------------
# tables of articles
# --------------------------------------------------------------------------

def _iter_rows(path: pathlib.Path) -> Iterator[tuple[int, object]]:
    """(row number, dict or exception) for each row of a JSONL/CSV/Parquet file."""
    suffix = path.suffix.lower()
    name = os.fspath(path)
    regular_file(path)  # a pipe would wait and /dev/zero never end
    if suffix in (".jsonl", ".ndjson"):
        with open(path, encoding="utf-8-sig", errors="strict") as fh:
            line_no = 0
            while True:
                try:
                    line = fh.readline()
                except UnicodeDecodeError:
                    yield line_no + 1, ArticleError(f"{name}:line {line_no + 1}", "not valid UTF-8")
                    return
                if not line:
                    return
                line_no += 1
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield line_no, ArticleError(f"{name}:line {line_no}", f"not valid JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict):
                    yield line_no, ArticleError(f"{name}:line {line_no}", "not a JSON object")
                    continue
                yield line_no, record
        return
    import pandas as pd

    if suffix == ".csv":
        reader = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=1000)
        row = 0
        for frame in reader:
            for record in frame.to_dict("records"):
                row += 1
                yield row, record
        return
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    row = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for record in batch.to_pylist():
            row += 1
            yield row, record


def _rows_of_frame(frame) -> Iterator[tuple[int, object]]:
    for i, record in enumerate(frame.to_dict("records"), start=1):
        yield i, record


def _document_from_row(record: Mapping, *, row: int, where: str, stem: str, row_word: str,
                       max_bytes: int) -> Document:
    source = f"{where}:{row_word} {row}"
    raw_id = record.get("doc_id")
    doc_id = _cell(raw_id) or f"{stem}-{row}"
    if "text" not in record:
        raise ArticleError(source, f"no 'text' column (columns: {sorted(map(str, record))})")
    text = record.get("text")
    if _missing(text) or (isinstance(text, str) and not text.strip()):
        raise ArticleError(source, "no text in this row")
    try:
        article = article_from_text(text, doc_id=doc_id, max_bytes=max_bytes)
    except ArticleError as err:
        raise ArticleError(source, err.reason) from None
    metadata = {}
    warnings = []
    for key, value in record.items():
        key = str(key)
        if key in ("doc_id", "text"):
            continue
        if key == "date":
            try:
                metadata["date"] = iso_date(value)
            except ValueError as exc:
                metadata["date"] = ""
                warnings.append(f"{source}: {exc}; the date is left empty")
        else:
            metadata[key] = _cell(value)
    return Document(doc_id, article.text, metadata, source, tuple(warnings))


def _cell(value) -> str:
    if _missing(value):
        return ""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------
# the entry point
# --------------------------------------------------------------------------

def _is_text_item(item: str) -> bool:
    """In a list, is this string an article (rather than a path or pattern)?"""
    if "\n" in item or len(item) > 255:
        return True
    try:
        if os.path.lexists(item):
            return False
    except (OSError, ValueError):
        return True
    if _has_glob(item) and not any(ch.isspace() for ch in item):
        return False
    return any(ch.isspace() for ch in item.strip()) and not item.strip().lower().endswith(
        (".txt",) + TABLE_SUFFIXES)


def _as_list(sources) -> list:
    import pandas as pd

    if isinstance(sources, (str, os.PathLike, pd.DataFrame, Mapping)):
        return [sources]
    try:
        return list(sources)
    except TypeError:
        raise TypeError(f"sources must be paths, globs, a DataFrame or a list of texts or dicts, "
                        f"not {type(sources).__name__}") from None


def _expand_paths(items: list) -> dict:
    """Position -> [(file, doc_id)] (or the ArticleError) for every path item of ``items``.

    The same file name in two sources (``a/x.txt`` and ``b/x.txt``) would give
    two articles ``x``; both then take the name of their folder as prefix
    (``a/x`` and ``b/x``).
    """
    import pandas as pd

    expanded: dict = {}
    roots: dict = {}
    for position, item in enumerate(items):
        if isinstance(item, (pd.DataFrame, Mapping)) or not isinstance(item, (str, os.PathLike)):
            continue
        if isinstance(item, str) and _is_text_item(item):
            continue
        try:
            files, root = _files_of(item)
        except ArticleError as err:
            expanded[position] = err
            continue
        expanded[position] = [(path, doc_id if doc_id is not None or path.suffix.lower() in TABLE_SUFFIXES
                               else path.stem) for path, doc_id in files]
        roots[position] = root
    owners: dict[str, set] = {}
    for position, files in expanded.items():
        if isinstance(files, list):
            for path, doc_id in files:
                if doc_id is not None:
                    owners.setdefault(doc_id, set()).add((position, os.path.normcase(os.path.abspath(path))))
    clash = {doc_id for doc_id, where in owners.items()
             if len({p for p, _ in where}) > 1 and len({f for _, f in where}) > 1}
    if clash:
        for position, files in expanded.items():
            if isinstance(files, list):
                root = roots[position]
                expanded[position] = [
                    (path, f"{(root if root is not None else path.parent).absolute().name}/{doc_id}"
                     if doc_id in clash else doc_id) for path, doc_id in files]
    return expanded


def iter_documents(sources, *, meta=None, max_bytes: int = MAX_BYTES,
                   notes: list | None = None) -> Iterator[Document | Failure]:
    """Every article of the sources, or a failure naming the file and row.

    Parameters
    ----------
    sources : path, glob, pandas.DataFrame, or a list of paths, texts or dicts
        See the module docstring.
    meta : path or pandas.DataFrame, optional
        Metadata keyed by ``doc_id`` (see :func:`read_meta`), added to
        articles from ``.txt`` files (and overriding table columns). A key
        that is no ``doc_id`` may also be the bare file name without
        ``.txt`` (``x`` for ``nyt/x.txt``) when one input file only has that
        name. Keys that match no article are reported once, at the end.
    max_bytes : int
        Size limit per article.
    notes : list, optional
        Problems of the whole input (metadata keys that match no article)
        are appended here as one-line messages; without it they are issued
        as :class:`UserWarning`.

    Yields
    ------
    Document or Failure
        In input order: files in the order given, each folder or pattern
        sorted by path, table rows in order. Duplicate ``doc_id`` values
        are failures (the first one is kept).

    Raises
    ------
    ArticleError
        If ``meta`` cannot be used (before any article is read).
    """
    import pandas as pd

    extra = read_meta(meta) if meta is not None else {}
    meta_name = ("<DataFrame>" if isinstance(meta, pd.DataFrame) else os.fspath(meta)) if extra else ""
    used: set[str] = set()
    seen: dict[str, str] = {}
    seen_files: set[str] = set()

    def emit(doc: Document, stem: str | None = None) -> Document | Failure:
        if doc.doc_id in seen:
            return Failure(doc.doc_id, doc.source, "DuplicateDocId",
                           f"{doc.source}: doc_id {doc.doc_id!r} already used by {seen[doc.doc_id]}; skipped")
        seen[doc.doc_id] = doc.source
        key = doc.doc_id
        if key not in extra and stem is not None and stem in extra and stem not in used \
                and stems.get(stem) == 1:
            key = stem
        if key in extra:
            used.add(key)
            added = {k: v for k, v in extra[key].items()}
            warnings = list(doc.warnings)
            if "date" in added:
                try:
                    added["date"] = iso_date(added["date"])
                except ValueError as exc:
                    added["date"] = ""
                    warnings.append(f"{doc.source}: metadata: {exc}; the date is left empty")
            doc = Document(doc.doc_id, doc.text, {**doc.metadata, **{k: _cell(v) if k != "date" else v
                                                                     for k, v in added.items()}}, doc.source,
                           tuple(warnings))
        return doc

    def rows(records, where: str, stem: str, row_word: str, *, file: bool = False):
        n = 0
        for row, record in records:
            n += 1
            if isinstance(record, BaseException):
                yield Failure.from_exception(record, doc_id="", source=f"{where}:{row_word} {row}")
                continue
            try:
                yield emit(_document_from_row(record, row=row, where=where, stem=stem, row_word=row_word,
                                              max_bytes=max_bytes))
            except ArticleError as err:
                yield Failure.from_exception(err, doc_id=_cell(record.get("doc_id")) or f"{stem}-{row}",
                                             source=f"{where}:{row_word} {row}")
        if file and n == 0:
            yield Failure("", where, "ArticleError", f"{where}: contains no articles (0 rows)")

    items = _as_list(sources)
    expanded = _expand_paths(items)
    stems: dict[str, int] = {}
    for files in expanded.values():
        if isinstance(files, list):
            for path, _ in files:
                if path.suffix.lower() not in TABLE_SUFFIXES:
                    stems[path.stem] = stems.get(path.stem, 0) + 1
    texts = 0
    for position, item in enumerate(items):
        if isinstance(item, pd.DataFrame):
            if "text" not in item.columns:
                yield Failure("", "<DataFrame>", "ArticleError",
                              f"<DataFrame>: needs a 'text' column; it has {list(item.columns)}")
                continue
            yield from rows(_rows_of_frame(item), "<DataFrame>", "row", "row")
            continue
        if isinstance(item, Mapping):
            texts += 1
            yield from rows([(texts, dict(item))], "<list>", "text", "item")
            continue
        if isinstance(item, str) and _is_text_item(item):
            texts += 1
            doc_id = f"text-{texts}"
            source = f"<list>:item {texts}"
            try:
                article = article_from_text(item, doc_id=doc_id, max_bytes=max_bytes)
            except ArticleError as err:
                yield Failure.from_exception(ArticleError(source, err.reason), doc_id=doc_id, source=source)
                continue
            yield emit(Document(doc_id, article.text, {}, source))
            continue
        if not isinstance(item, (str, os.PathLike)):
            yield Failure("", repr(item)[:80], "TypeError",
                          f"{repr(item)[:80]}: not a path, text, dict or DataFrame")
            continue
        files = expanded[position]
        if isinstance(files, ArticleError):
            yield Failure.from_exception(files, doc_id="", source=files.path)
            continue
        for path, doc_id in files:
            key = os.path.normcase(os.path.abspath(path))
            if key in seen_files:
                continue
            seen_files.add(key)
            name = os.fspath(path)
            if path.suffix.lower() in TABLE_SUFFIXES:
                try:
                    if os.path.isfile(path) and os.path.getsize(path) == 0:
                        yield Failure("", name, "ArticleError", f"{name}: contains no articles (0 rows)")
                        continue
                    yield from rows(_iter_rows(path), name, path.stem,
                                    "line" if path.suffix.lower() in (".jsonl", ".ndjson") else "row", file=True)
                except pd.errors.EmptyDataError:
                    yield Failure("", name, "ArticleError", f"{name}: contains no articles (0 rows)")
                except (OSError, ValueError, ImportError) as exc:
                    yield Failure.from_exception(exc, doc_id="", source=name)
                continue
            doc_id = doc_id if doc_id is not None else path.stem
            try:
                yield emit(_read_txt(path, doc_id, max_bytes), path.stem)
            except ArticleError as err:
                yield Failure.from_exception(err, doc_id=doc_id, source=name)
    unmatched = [key for key in extra if key not in used]
    if unmatched:
        shown = ", ".join(_unmatched_key(key, stems, seen) for key in unmatched[:5])
        more = f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else ""
        note = (f"{meta_name}: {len(unmatched)} of {len(extra)} metadata rows match no article "
                f"(doc_id {shown}{more})")
        if notes is not None:
            notes.append(note)
        else:
            import warnings

            warnings.warn(note, UserWarning, stacklevel=2)


def _unmatched_key(key: str, stems: dict, seen: dict) -> str:
    """``'x'``, or ``'x' (2 files have this name: a/x, b/x)`` when the bare name is ambiguous."""
    if stems.get(key, 0) > 1:
        ids = sorted(d for d in seen if d == key or d.endswith("/" + key))
        return f"{key!r} ({stems[key]} files have this name: {', '.join(ids[:3])}; use the doc_id)"
    return repr(key)


def count_documents(sources) -> int | None:
    """A quick count of the articles in ``sources`` (for a progress bar), or None if unknown."""
    import pandas as pd

    total = 0
    for item in _as_list(sources):
        if isinstance(item, pd.DataFrame):
            total += len(item)
        elif isinstance(item, (Mapping, str)) and (isinstance(item, Mapping) or _is_text_item(item)):
            total += 1
        elif isinstance(item, (str, os.PathLike)):
            try:
                files, _ = _files_of(item)
            except ArticleError:
                continue
            for path, _ in files:
                suffix = path.suffix.lower()
                try:
                    if suffix in TABLE_SUFFIXES:
                        regular_file(path)  # never open a pipe or a device to count rows
                    if suffix in (".jsonl", ".ndjson"):
                        with open(path, "rb") as fh:
                            total += sum(1 for line in fh if line.strip())
                    elif suffix == ".parquet":
                        import pyarrow.parquet as pq

                        total += pq.ParquetFile(path).metadata.num_rows
                    elif suffix == ".csv":
                        return None
                    else:
                        total += 1
                except (OSError, ArticleError):
                    continue
        else:
            return None
    return total
