"""Loading news articles from files or strings, with clear errors.

Every problem with an input (missing file, wrong encoding, HTML instead of
plain text, a text that is not English, ...) is reported as an
:class:`ArticleError` whose message names the offending file (or
``'<string>'`` for text passed directly) and says in plain words what is
wrong and, where possible, how to fix it.

Text normalisation
------------------
:attr:`Article.text` is the original text with exactly two changes:

* a leading UTF-8 byte-order mark (BOM, ``U+FEFF``) is removed, and
* Windows (``'\\r\\n'``) and old Mac (``'\\r'``) line endings become ``'\\n'``.

Nothing else (whitespace, quotes, dashes, ...) is touched. **All character
offsets produced elsewhere in the package point into** :attr:`Article.text`,
not into the raw bytes of the file.

Examples
--------
>>> from analysis.io import load_article
>>> art = load_article("seeds/rutte_nato_2024.txt")   # doctest: +SKIP
>>> art.doc_id                                        # doctest: +SKIP
'rutte_nato_2024'
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import pathlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Union

__all__ = [
    "MAX_BYTES",
    "MIN_ENGLISH_SHARE",
    "MIN_WORDS_FOR_LANGUAGE_CHECK",
    "ENGLISH_FUNCTION_WORDS",
    "ArticleError",
    "Article",
    "read_article",
    "regular_file",
    "not_utf8_reason",
    "article_from_text",
    "find_article_files",
    "iter_articles",
    "load_article",
]

#: Largest accepted article, in bytes (UTF-8 encoded). Checked before reading. One MB is about 160,000
#: words, 60 times the longest of 4,188 Wikinews articles, and takes about 80 s of CPU; above it the
#: time per MB grows (actor roles compare every pair of actors), so larger texts are refused unless the
#: limit is raised (``max_bytes=``, or ``--max-mb`` on the command line). See README "Limits and errors".
MAX_BYTES = 1_000_000

#: Share of common English function words below which a text written mostly in
#: a non-Latin script is refused (Latin-script text is judged by
#: :data:`FOREIGN_FUNCTION_WORDS`; short or number-heavy English always passes).
MIN_ENGLISH_SHARE = 0.12

#: The language check is only applied to texts with at least this many words.
MIN_WORDS_FOR_LANGUAGE_CHECK = 20

#: Very frequent function words of other languages written in Latin script
#: (words that are also English, such as ``in``, ``was``, ``a``, ``also``,
#: are left out). A text is refused as another language only when one of
#: these lists covers a clear share of its words and clearly more words than
#: the English list does; English with few function words (sports results,
#: market tables, lists of names) has almost no hits in any of them.
FOREIGN_FUNCTION_WORDS = {
    "French": frozenset("le la les de des du une est et dans pour qui que sur pas avec ce cette sont au aux "
                        "par plus ont été il elle nous vous ils leur mais où son sa ses".split()),
    "German": frozenset("der die das und ist nicht mit den dem des ein eine einer sich auf für von zu im "
                        "auch wird wurde sind werden bei nach aus oder wie dass es ich sie wir".split()),
    "Spanish": frozenset("el la los las de del y en que es por para con una un su sus se al lo como más "
                         "pero fue ha son está".split()),
    "Italian": frozenset("il di che è e la le per un una non con sono del della gli nel anche alla".split()),
    "Portuguese": frozenset("o os as da do das dos e em um uma que não para com por se mais foi são".split()),
    "Dutch": frozenset("de het een van en niet met op te dat voor zijn er aan ook bij worden wordt door".split()),
}

#: Share of the words that one foreign list must cover before a text is refused.
MIN_FOREIGN_SHARE = 0.15

#: Distinct words of one foreign list a refused text must contain (so that a
#: list of names with particles such as *de la*, *van der* is not refused).
MIN_FOREIGN_DISTINCT = 5

#: Share of lower-case words that are no function word (of any listed language)
#: below which a Latin-script text is a list of names (a squad, a results list, a
#: roll of honour) and never refused as another language, however many particles
#: (*de la*, *dos*, *van der*) it holds; running text in French, Spanish or German
#: has 0.25-0.55 (its verbs and adjectives; German nouns are capitalised).
MIN_CONTENT_SHARE = 0.10

#: Largest share of control characters (other than tab/newline/...) tolerated.
MAX_CONTROL_SHARE = 0.10

#: Name used in error messages for text that did not come from a file.
STRING_SOURCE = "<string>"

#: About 100 very frequent English function words, used by the language
#: heuristic. Words that are also very common in other European languages
#: written in Latin script (e.g. German/Dutch ``in``, ``was``, ``also``,
#: Spanish ``a``, ``no``) are still included because English text scores far
#: above the threshold anyway; the list deliberately avoids relying on them
#: alone.
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the of and to in a an is that for on with as was were be been being by
    at from it its this these those which who whom whose what when where why
    how not no but or if than then so such there their they them he him his
    she her hers we us our you your i me my has have had having do does did
    will would shall should can could may might must about into over after
    before between under against during without within through up down out
    off again further also only very more most other some any each both all
    are am just own same too said because while until
    """.split()
)

_ALL_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS.union(*FOREIGN_FUNCTION_WORDS.values())

_PathLike = Union[str, os.PathLike]


def _printable(name: str) -> str:
    """A file name on one line: control characters (a newline in a name) are escaped."""
    if any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in name):
        return name.encode("unicode_escape", "backslashreplace").decode("ascii")
    return name

_HTML_START_RE = re.compile(r"\A\s*<(?:!doctype\b|html\b|\?xml\b)", re.IGNORECASE)
_HTML_TAG_RE = re.compile(
    r"</?(?:p|div|br|script|style|span|a|img|html|head|body|meta|link|table|"
    r"tr|td|th|ul|ol|li|h[1-6]|strong|em|b|i|iframe|section|article|header|"
    r"footer|nav|figure|figcaption|blockquote)\b[^<>]{0,500}?/?>",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


class ArticleError(ValueError):
    """Bad input article; the message always names the file.

    Parameters
    ----------
    path : str or os.PathLike
        The offending file, folder or pattern, or ``'<string>'`` for text
        passed directly.
    reason : str
        Short human-readable description of the problem.

    Attributes
    ----------
    path : str
        The offending file (as given), or ``'<string>'``.
    reason : str
        Short human-readable description of the problem.

    Examples
    --------
    >>> err = ArticleError("news/a.txt", "file is empty")
    >>> str(err)
    'news/a.txt: file is empty'
    """

    def __init__(self, path: _PathLike, reason: str) -> None:
        self.path = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
        self.reason = reason
        super().__init__(self.path, reason)

    def __str__(self) -> str:
        return f"{_printable(self.path)}: {self.reason}"

    def __repr__(self) -> str:
        return f"ArticleError(path={self.path!r}, reason={self.reason!r})"

    def __reduce__(self):
        return (type(self), (self.path, self.reason))


@dataclass(frozen=True)
class Article:
    """One loaded, validated article.

    Parameters
    ----------
    doc_id : str
        Identifier: the file stem for files (``'rutte_nato_2024'``), or the
        given ``doc_id`` (default ``'text'``) for strings.
    text : str
        The article text, unchanged except that a UTF-8 BOM is removed and
        ``'\\r\\n'``/``'\\r'`` line endings become ``'\\n'``. All character
        offsets computed by the package point into this string.
    path : str or None
        The file the text was read from, or ``None`` for string input.
    """

    doc_id: str
    text: str = field(repr=False)
    path: str | None = None


# --------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Remove a leading BOM and normalise line endings to ``'\\n'``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_utf32(data: bytes) -> bool:
    """UTF-32 without a byte-order mark: mostly characters with three NUL bytes."""
    head = data[:4096]
    n = len(head) // 4
    if n < 4 or len(data) % 4:
        return False
    le = sum(1 for i in range(n) if head[4 * i + 1:4 * i + 4] == b"\x00\x00\x00" and head[4 * i])
    be = sum(1 for i in range(n) if head[4 * i:4 * i + 3] == b"\x00\x00\x00" and head[4 * i + 3])
    return max(le, be) >= 0.9 * n


def _decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes (optionally with BOM) or raise :class:`ArticleError`."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or _looks_like_utf32(data):
        raise ArticleError(
            name,
            "looks like UTF-32 text, not UTF-8; re-encode the file as UTF-8 "
            "(e.g. `iconv -f UTF-32 -t UTF-8`)",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(
            name,
            "looks like UTF-16 text, not UTF-8; re-encode the file as UTF-8 "
            "(e.g. `iconv -f UTF-16 -t UTF-8`)",
        )
    if b"\x00" in data:
        raise ArticleError(
            name, "looks like a binary file (contains NUL bytes), not plain text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # utf-8-sig reports offsets relative to the data after the BOM
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        raise ArticleError(
            name,
            f"not valid UTF-8 text (byte offset {offset}); re-encode the file "
            "as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)",
        ) from None


def _english_share(text: str) -> tuple[float, int]:
    """Share of common English function words among alphabetic words.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    share : float
        Fraction of words (0..1) that are in :data:`ENGLISH_FUNCTION_WORDS`.
    n_words : int
        Number of alphabetic words found.
    """
    words = _WORD_RE.findall(text)
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
    return hits / len(words), len(words)


def _other_language(text: str) -> str | None:
    """Name the language a text is clearly written in when it is not English.

    English passes however few function words it has (results tables, lists
    of names and numbers). A text is another language when

    * most of its words are written in a non-Latin script (and fewer than
      :data:`MIN_ENGLISH_SHARE` of its words are English function words), or
    * the function words of one language of :data:`FOREIGN_FUNCTION_WORDS`
      make up at least :data:`MIN_FOREIGN_SHARE` of its words, more than
      twice as many words as the English ones, and at least
      :data:`MIN_FOREIGN_DISTINCT` different words, and at least
      :data:`MIN_CONTENT_SHARE` of its words are lower-case words that are no
      function word (running text, not a list of names with particles).

    Returns
    -------
    str or None
        ``"a non-Latin script"``, a language name, or None (English, or no
        verdict).
    """
    raw = _WORD_RE.findall(text)
    words = [w.lower() for w in raw]
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return None
    content = sum(1 for w in raw if (w[:1].islower() or (len(w) > 1 and w.isupper()))
                  and w.lower() not in _ALL_FUNCTION_WORDS)      # an ALL-CAPS text is judged as running text
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    latin = sum(1 for w in words if "LATIN" in unicodedata.name(w[0], ""))
    if latin < len(words) / 2 and english / len(words) < MIN_ENGLISH_SHARE:
        return "a non-Latin script"
    if content < MIN_CONTENT_SHARE * len(words):
        return None                      # a list of names or a team sheet: 'Jean de la Fontaine , Pedro de los Santos'
    for language, vocabulary in FOREIGN_FUNCTION_WORDS.items():
        found = [w for w in words if w in vocabulary]
        if (len(found) >= MIN_FOREIGN_SHARE * len(words) and len(found) > 2 * english
                and len(set(found)) >= MIN_FOREIGN_DISTINCT):
            return language
    return None


def _looks_like_html(text: str) -> bool:
    """Heuristic: the text starts like an HTML document or is full of tags."""
    if _HTML_START_RE.match(text):
        return True
    tags = _HTML_TAG_RE.findall(text)
    if len(tags) < 3:
        return False
    tag_chars = sum(len(t) for t in tags)
    n_words = max(1, len(text.split()))
    return tag_chars / max(1, len(text)) >= 0.01 or len(tags) / n_words >= 0.02


def _validate_text(text: str, name: str) -> None:
    """Check a decoded, normalised text; raise :class:`ArticleError` if bad."""
    if not text.strip():
        raise ArticleError(name, "file is empty (or contains only whitespace)"
                           if name != STRING_SOURCE else
                           "text is empty (or contains only whitespace)")
    if "\x00" in text:
        raise ArticleError(
            name, "looks like binary data (contains NUL characters), not plain text"
        )
    if _WORD_RE.search(text) is None:
        raise ArticleError(name, "contains no words (only digits, punctuation or symbols); nothing to analyse")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleError(
            name, f"contains a character that is not valid Unicode text (a lone surrogate "
                  f"{text[exc.start]!a} at character {exc.start}); it cannot be written as UTF-8"
        ) from None
    n_control = sum(
        1
        for ch in text
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if n_control / len(text) > MAX_CONTROL_SHARE:
        raise ArticleError(
            name,
            f"looks like binary data ({n_control / len(text):.0%} control "
            "characters), not plain text",
        )
    if _looks_like_html(text):
        raise ArticleError(
            name,
            "looks like HTML, not plain text; extract the article text first "
            "(e.g. with trafilatura or BeautifulSoup's get_text())",
        )
    language = _other_language(text)
    if language is not None:
        share, n_words = _english_share(text)
        raise ArticleError(
            name,
            f"does not look like English (looks like {language}): only {share:.1%} "
            f"of its {n_words} words are common English function words; this "
            "package analyses English news only",
        )


def _too_large(name: str, size: int, max_bytes: int) -> ArticleError:
    return ArticleError(
        name,
        f"too large ({size:,} bytes; the limit is {max_bytes:,} bytes, about 80 s of CPU per MB); "
        "split it, or raise the limit with --max-mb (command line) or max_bytes= (Python)",
    )


# --------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------


def not_utf8_reason(exc: UnicodeDecodeError) -> str:
    """The message for a side file (``--actors``, ``--meta``) that is not UTF-8.

    Parameters
    ----------
    exc : UnicodeDecodeError
        The error of the decoder.

    Returns
    -------
    str
        Where the first bad byte is, and the ``iconv`` command that converts
        a Latin-1 or Windows-1252 file.
    """
    bad = exc.object[exc.start:exc.start + 1].hex() if isinstance(exc.object, bytes) else "?"
    return (f"not valid UTF-8 (byte 0x{bad} at position {exc.start}); save it as UTF-8 "
            f"(e.g. `iconv -f WINDOWS-1252 -t UTF-8`)")


def regular_file(path: _PathLike, *, folder_hint: str = "") -> os.stat_result:
    """Check, without opening it, that ``path`` is a regular file one can read.

    Opening a named pipe waits for a writer and a device such as
    ``/dev/zero`` never ends, so articles, tables of articles, ``--actors``
    and ``--meta`` files are checked with this first.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    folder_hint : str
        Added to the message when ``path`` is a folder.

    Returns
    -------
    os.stat_result
        The file's status (``st_size`` for the size limit).

    Raises
    ------
    ArticleError
        If ``path`` is missing, a broken or looping symbolic link, a folder,
        a named pipe, a device or a socket; the message names the file.
    """
    name = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    p = pathlib.Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise ArticleError(name, f"broken symbolic link (points to {os.readlink(p)!r}, which does not exist)") \
                from None
        raise ArticleError(name, "no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError(name, "symbolic link loop (the link points back to itself)") from None
        raise ArticleError(name, f"cannot access file ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError(name, f"is a folder, not a file{folder_hint}")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise ArticleError(name, f"is {kind}, not a regular file; only plain files are read")
    return st


def read_article(
    path: _PathLike, *, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Article:
    """Read and validate one UTF-8 plain-text article file.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read.
    doc_id : str, optional
        Identifier for the article; defaults to the file stem.
    max_bytes : int, optional
        Refuse files larger than this many bytes (checked before reading).

    Returns
    -------
    Article
        The article; see :class:`Article` for the (minimal) normalisation.

    Raises
    ------
    ArticleError
        If the file is missing, a folder, unreadable, too large, empty,
        binary, not valid UTF-8, HTML, or not English. The message names
        the file.
    """
    name = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    p = pathlib.Path(path)
    st = regular_file(path, folder_hint=" (use find_article_files() or iter_articles() to load a folder)")
    if st.st_size > max_bytes:
        raise _too_large(name, st.st_size, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ArticleError(name, "file disappeared before it could be read") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a folder, not a file") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # grew between stat() and read()
        raise _too_large(name, len(data), max_bytes)
    text = _normalise(_decode(data, name))
    _validate_text(text, name)
    return Article(doc_id=doc_id if doc_id is not None else p.stem, text=text, path=name)


def article_from_text(
    text: str, *, doc_id: str = "text", max_bytes: int = MAX_BYTES, source: str = STRING_SOURCE
) -> Article:
    """Validate literal article text and wrap it in an :class:`Article`.

    Parameters
    ----------
    text : str
        The article text.
    doc_id : str, optional
        Identifier for the article (default ``'text'``).
    max_bytes : int, optional
        Refuse texts whose UTF-8 encoding is larger than this.
    source : str, optional
        Where the text came from, named in every error (default
        ``'<string>'``).

    Returns
    -------
    Article
        With ``path=None``; BOM removed and line endings normalised.

    Raises
    ------
    ArticleError
        With ``path=source`` if the text is not a str, is empty, too
        large, binary, HTML or not English.
    """
    if isinstance(text, (bytes, bytearray)):
        text = _decode(bytes(text), source)
    elif not isinstance(text, str):
        raise ArticleError(
            source, f"expected the article text as str, got {type(text).__name__}"
        )
    # cheap upper bound first: a UTF-8 character takes at most 4 bytes
    if len(text) > max_bytes or (
        len(text) * 4 > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes
    ):
        raise _too_large(source, len(text.encode("utf-8", "surrogatepass")), max_bytes)
    text = _normalise(text)
    _validate_text(text, source)
    return Article(doc_id=doc_id, text=text, path=None)


def _as_source_list(sources) -> list:
    if isinstance(sources, (str, os.PathLike)):
        return [sources]
    if isinstance(sources, Iterable):
        return list(sources)
    raise TypeError(
        f"sources must be a path, folder, glob pattern or a list of those, "
        f"not {type(sources).__name__}"
    )


def _has_glob_chars(s: str) -> bool:
    return any(c in s for c in "*?[")


def _find_one(source) -> list[pathlib.Path]:
    """Expand one source (file, folder or glob pattern) to files."""
    name = os.fspath(source) if isinstance(source, os.PathLike) else str(source)
    p = pathlib.Path(source)
    if p.is_dir():
        # broken or looping links are kept: reading them reports the problem by name
        files = sorted(
            (f for f in p.iterdir() if f.suffix.lower() == ".txt" and (f.is_symlink() or f.is_file())),
            key=lambda f: f.name,
        )
        if not files:
            raise ArticleError(name, "folder contains no .txt files")
        return files
    if p.exists() or p.is_symlink():
        return [p]
    if isinstance(source, str) and _has_glob_chars(source):
        matches = sorted(glob.glob(source, recursive=True))
        files = [pathlib.Path(m) for m in matches if os.path.isfile(m)]
        if not files:
            raise ArticleError(name, "no files match this pattern")
        return files
    raise ArticleError(name, "no such file or folder")


def find_article_files(sources) -> list[pathlib.Path]:
    """List the article files named by one or more sources.

    Parameters
    ----------
    sources : str, os.PathLike or iterable of those
        Each item is a file, a folder (all ``*.txt`` files directly in it,
        sorted by name, non-recursive), or a glob pattern string such as
        ``'data/*.txt'`` (``**`` recurses).

    Returns
    -------
    list of pathlib.Path
        Files in the order given (each folder/pattern sorted), without
        duplicates.

    Raises
    ------
    ArticleError
        For the first missing file, pattern without matches, or folder
        without ``.txt`` files; the message names it.
    """
    out: list[pathlib.Path] = []
    seen: set[str] = set()
    for source in _as_source_list(sources):
        for f in _find_one(source):
            key = os.path.normcase(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _unique_id(stem: str, used: set[str]) -> str:
    if stem not in used:
        return stem
    n = 2
    while f"{stem}-{n}" in used:
        n += 1
    return f"{stem}-{n}"


def iter_articles(
    sources, *, max_bytes: int = MAX_BYTES
) -> Iterator[Article | ArticleError]:
    """Load many articles, yielding errors instead of raising them.

    Parameters
    ----------
    sources : str, os.PathLike or iterable of those
        As for :func:`find_article_files`.
    max_bytes : int, optional
        Per-file size limit, as for :func:`read_article`.

    Yields
    ------
    Article or ArticleError
        One item per file (plus one :class:`ArticleError` per source that
        matched nothing), in order. Bad files yield their
        :class:`ArticleError` (not raised) so a corpus run can carry on.
        Colliding ``doc_id`` values (same file stem in different folders) are
        made unique by appending ``'-2'``, ``'-3'``, ...

    Examples
    --------
    >>> for item in iter_articles("data/*.txt"):         # doctest: +SKIP
    ...     if isinstance(item, ArticleError):
    ...         print("skipped", item)
    """
    used: set[str] = set()
    seen: set[str] = set()
    for source in _as_source_list(sources):
        try:
            files = _find_one(source)
        except ArticleError as err:
            yield err
            continue
        for f in files:
            key = os.path.normcase(os.path.abspath(f))
            if key in seen:
                continue
            seen.add(key)
            doc_id = _unique_id(f.stem, used)
            try:
                art = read_article(f, doc_id=doc_id, max_bytes=max_bytes)
            except ArticleError as err:
                yield err
                continue
            used.add(doc_id)
            yield art


def load_article(source: _PathLike, *, doc_id: str | None = None) -> Article:
    """Load an article from a file path or from literal text.

    Parameters
    ----------
    source : str or os.PathLike
        A ``Path`` (or other path-like) is always a file. A ``str`` is
        treated as literal article text if it contains a newline, is longer
        than 255 characters, or is not an existing path and contains
        whitespace (unless it ends with ``.txt``). Otherwise it is a path.
    doc_id : str, optional
        Identifier; defaults to the file stem for files, ``'text'`` for text.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        For anything that looks like a path but does not exist
        (``'no such file'``), and for all checks of :func:`read_article` /
        :func:`article_from_text`.
    TypeError
        If `source` is neither a str nor path-like.
    """
    if isinstance(source, os.PathLike):
        return read_article(source, doc_id=doc_id)
    if not isinstance(source, str):
        raise TypeError(
            f"load_article() expects a path or article text (str), "
            f"not {type(source).__name__}"
        )
    text_id = doc_id if doc_id is not None else "text"
    # an existing file wins, even with a newline in its name or a path longer than 255 characters
    if len(source) <= 4096 and "\x00" not in source and source.strip():
        try:
            if os.path.lexists(source) and not os.path.isdir(source):
                return read_article(source, doc_id=doc_id)
        except (OSError, ValueError):
            pass
    if "\n" in source or "\r" in source or len(source) > 255 or not source.strip():
        return article_from_text(source, doc_id=text_id)
    try:
        exists = os.path.exists(source)
    except (OSError, ValueError):
        exists = False
    if exists:
        return read_article(source, doc_id=doc_id)
    if source.strip().lower().endswith(".txt"):
        raise ArticleError(source, "no such file")
    if any(ch.isspace() for ch in source):
        return article_from_text(source, doc_id=text_id)
    raise ArticleError(source, "no such file")

