"""Cues of quotation: speech verbs and nouns, source nouns, and quotation marks.

The speech verbs and nouns are data (``analysis/data/speech_cues.csv``, one
``cue,kind`` row per lemma, ``kind`` being ``verb`` or ``noun``); the shorter
word lists that say how a speaker phrase is read (group, document and title
nouns) stay here. :func:`quotation_spans` finds double quotation marks (used by
every stage); :func:`single_quotation_spans` finds single ones, which only the
quotes stage reads (an apostrophe looks the same).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from .lexicon import SPEECH_VERBS, TITLES
from .tokenize import paragraph_spans

__all__ = [
    "speech_cues",
    "QUOTE_VERBS",
    "OBJECT_VERBS",
    "SPEECH_NOUNS",
    "FINDING_VERBS",
    "RESEARCHER_NOUNS",
    "EVIDENCE_NOUNS",
    "VIEW_NOUNS",
    "GROUP_NOUNS",
    "ANONYMOUS_NOUNS",
    "DOCUMENT_NOUNS",
    "TITLE_WORDS",
    "ROLE_NOUNS",
    "quotation_spans",
    "single_quotation_spans",
    "inside",
]

OPEN_MARKS = {"“", "„", "«"}
CLOSE_MARKS = {"”", "»"}
MARKS = OPEN_MARKS | CLOSE_MARKS | {'"', "‟"}
SINGLE_OPEN = {"‘", "'"}
SINGLE_CLOSE = {"’", "'"}

# the marks each scan looks at: the scans jump from mark to mark instead of reading every character
_DOUBLE_SCAN = re.compile("[" + re.escape("".join(sorted(OPEN_MARKS | CLOSE_MARKS | {'"'}))) + "]")
_SINGLE_SCAN = re.compile("[" + re.escape("".join(sorted(SINGLE_OPEN | SINGLE_CLOSE))) + "]")


@lru_cache(maxsize=1)
def speech_cues() -> dict[str, frozenset[str]]:
    """Speech verbs and nouns read from ``analysis/data/speech_cues.csv``.

    Returns
    -------
    dict
        ``{"verb": ..., "noun": ..., "view": ..., "object": ...}``, each a
        frozenset of lemmas; ``view`` holds nouns of a view or finding that
        report only with an owner and a *that* clause (``X's belief that``);
        ``object`` holds the verbs whose object (not only a clause) reports
        speech (column ``object`` is ``yes``).
    """
    out: dict[str, set[str]] = {"verb": set(), "noun": set(), "view": set(), "object": set()}
    with resources.files("analysis").joinpath("data/speech_cues.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cue = row["cue"].strip().lower()
            out[row["kind"]].add(cue)
            if row.get("object", "").strip() == "yes":
                out["object"].add(cue)
    return {k: frozenset(v) for k, v in out.items()}


#: Lemmas of verbs that introduce a quotation: the shared speech verbs plus the
#: verbs of ``speech_cues.csv``.
QUOTE_VERBS = SPEECH_VERBS | speech_cues()["verb"]

#: Speech verbs whose object (not a clause) reports what was said:
#: *accused X of Y*, *called for X*, *described X as Y*, *urged X to Y*.
OBJECT_VERBS = speech_cues()["object"]

#: Lemmas of nouns that name an act of speech (``statement``, ``remarks``,
#: ``interview``): ``Y's statement that ...``, ``in a statement, Y said``.
SPEECH_NOUNS = speech_cues()["noun"]

#: Lemmas of nouns of a view or finding (``belief``, ``concern``, ``ruling``):
#: reported speech only as ``Y's belief that ...`` (never a lead-in to a quotation).
VIEW_NOUNS = speech_cues()["view"]

#: Nouns for groups or offices whose actor is the modifier (``EU leaders``,
#: ``Kremlin spokesman``, ``Hungary's government``).
GROUP_NOUNS = frozenset(
    """
    leader leaders official officials diplomat diplomats spokesman spokeswoman spokesperson
    spokespeople government ministry office officer officers source sources authority authorities
    administration team campaign aide aides representative representatives delegation embassy
    minister ministers lawmaker lawmakers envoy envoys member members staff spokesmen observers
    """.split()
)

#: Group nouns that stay an anonymous source when singular and indefinite
#: (``a Microsoft spokesperson``, ``one official``): ``speaker`` is ``""``.
ANONYMOUS_NOUNS = frozenset(
    """
    official diplomat spokesman spokeswoman spokesperson source aide officer representative
    member staffer insider delegate witness eyewitness resident analyst expert observer
    """.split()
)

#: Nouns for documents whose author is their *by / in / from / of* object
#: (``according to a profile in Dutch News``).
DOCUMENT_NOUNS = frozenset(
    """
    report profile statement letter interview article study survey post tweet memo release
    communique communiqué note document analysis paper editorial column broadcast declaration poll investigation
    remarks comments speech message announcement
    """.split()
)

#: Verbs that report a finding when their subject is a document or a poll
#: (``the report found that ...``, ``polls show Clinton leading ...``); not
#: speech verbs otherwise (``he found the keys``); *hold* only with a *that*
#: clause after a court or a document (``the Court held that ...``).
FINDING_VERBS = frozenset({"show", "find", "hold"})

#: Subjects that make :data:`FINDING_VERBS` an attribution: documents and polls.
EVIDENCE_NOUNS = DOCUMENT_NOUNS | frozenset(
    """
    poll polls survey study research data investigation inquiry probe review audit records
    figures statistics test tests findings evidence
    """.split()
)

#: People whose *show that* reports a finding (``researchers have shown that ...``),
#: as :data:`FINDING_VERBS` after a document; not *he showed that he could win*.
RESEARCHER_NOUNS = frozenset(
    """
    researcher scientist scholar academic economist analyst expert author co-author archaeologist
    astronomer biologist physicist chemist geologist epidemiologist doctor physician investigator
    """.split()
)

#: Words after which (or as whose object) a short capitalised quotation is a
#: title or a name, not speech.
TITLE_WORDS = frozenset(
    """
    film movie book novel song album show series play documentary called titled entitled named
    dubbed nicknamed headlined slogan hashtag operation programme program newspaper magazine
    poem painting opera musical single track episode podcast exhibition brand
    """.split()
)

#: Nouns of a role that a definite description (``the minister said``) refers
#: back to: the titles of :data:`analysis.lexicon.TITLES` that name a person.
ROLE_NOUNS = frozenset(TITLES - {"former", "acting", "outgoing", "incoming", "deputy", "foreign", "defence",
                                 "defense", "finance", "interior", "vice", "chief", "general", "executive"}) | \
    frozenset("commissioner coach manager founder chairman president minister premier attorney nominee".split())


# ---------------------------------------------------------------- quotation marks

def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Regions between double quotation marks.

    Curly marks are paired by direction; straight double quotes alternate
    open/close within a paragraph (in a paragraph with an odd number of them,
    a mark after a space and before a word opens a new quotation, ending the
    one open before it: :func:`_opening_shape`). A quotation left open at the
    end of a paragraph closes there.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each quotation's content, without the marks;
        ``text[start - 1]`` is the opening mark.
    """
    spans = []
    paragraphs = paragraph_spans(text)
    left_open = False
    for k, (p_start, p_end) in enumerate(paragraphs):
        open_at = None
        scan_from = p_start
        if left_open:
            close = _unmarked_continuation(text, paragraphs, k)
            if close is not None:
                spans.append((p_start, close))
                scan_from = close + 1
                left_open = close == p_end
                if left_open:
                    continue
        odd = text.count('"', scan_from, p_end) % 2 == 1
        for mark in _DOUBLE_SCAN.finditer(text, scan_from, p_end):
            i = mark.start()
            ch = text[i]
            if odd and open_at is not None and text[open_at] == '"' and _opening_shape(text, i):
                spans.append((open_at + 1, i))      # a mark missing: the quotation open before ends here
                open_at = i
                continue
            if ch in OPEN_MARKS or (ch == '"' and open_at is None):
                if open_at is None:
                    open_at = i
            elif ch in CLOSE_MARKS or ch == '"':
                if open_at is not None:
                    spans.append((open_at + 1, i))
                    open_at = None
        left_open = open_at is not None
        if open_at is not None and p_end - open_at > 1:
            spans.append((open_at + 1, p_end))
    return spans


def _opening_shape(text: str, i: int) -> bool:
    """A straight double mark at ``i`` that can only open a quotation: after a space, before a word.

    Only read so in a paragraph with an odd number of straight marks, where
    one mark is missing (*commented: "It's a budget ... [...] "It's very
    important to understand," the president said. "We won't ..."*): the
    quotation open before such a mark ends there instead of pairing with it.
    """
    return text[i] == '"' and i > 0 and text[i - 1].isspace() and i + 1 < len(text) and text[i + 1].isalnum()


def _closing_mark(text: str, i: int) -> bool:
    """Whether the double mark at ``i`` closes a quotation (curly close, or straight after a word)."""
    if text[i] in CLOSE_MARKS:
        return True
    if text[i] != '"' or i == 0 or text[i - 1].isspace():
        return False
    return i + 1 == len(text) or not text[i + 1].isalnum()


def _unmarked_continuation(text: str, paragraphs: list[tuple[int, int]], k: int) -> int | None:
    """Where a quotation left open before paragraph ``k``, and going on without an opening mark, closes.

    Some texts drop the opening mark of a paragraph that continues a quotation
    (*"I am calling ... problem.* / *It has become clear ... time," said
    McCain*): the paragraph (and up to two wholly unmarked ones before it)
    belongs to the quotation when its first double mark closes it. Returns the
    closing mark's offset in paragraph ``k`` (its end when the quotation goes
    on into the next paragraph), or ``None``.
    """
    p_start, p_end = paragraphs[k]
    if text[p_start] in MARKS or text[p_start] in "'‘":
        return None
    for j in range(k, min(k + 3, len(paragraphs))):
        mark = _DOUBLE_SCAN.search(text, paragraphs[j][0], paragraphs[j][1])
        if mark is None:
            continue
        if not _closing_mark(text, mark.start()):
            return None
        return mark.start() if j == k else p_end
    return None


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:—–-") and (after.isalnum() or after in "[")


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:?!)—–-\"”")


def single_quotation_spans(text: str, *, outside: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Regions between single quotation marks (‘…’ or '…'), apostrophes left out.

    A mark opens after a space, a bracket, a colon or a dash and before a
    letter; it closes after a non-space and before a space or punctuation,
    at least two characters later and within the paragraph. An apostrophe
    inside a word (``don't``) never opens or closes; a plural possessive
    (``the players' union``) can only close a quotation that was opened.

    Parameters
    ----------
    text : str
        The article.
    outside : list of (int, int), optional
        Double-quoted regions: single marks inside them (nested quotations)
        are skipped.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each quotation's content, without the marks.
    """
    spans = []
    outside = outside or []
    for p_start, p_end in paragraph_spans(text):
        open_at = None
        for mark in _SINGLE_SCAN.finditer(text, p_start, p_end):
            i = mark.start()
            ch = text[i]
            if open_at is None:
                if ch in SINGLE_OPEN and _opens_single(text, i) and not inside(outside, i, i + 1):
                    open_at = i
            elif ch == ("’" if text[open_at] == "‘" else "'") and _closes_single(text, i):
                if i - open_at > 2:
                    spans.append((open_at + 1, i))
                open_at = None
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if ``[start, end)`` lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
