"""Name forms: Unicode-safe matching keys, all-caps stretches, titles inside names.

Helpers of :mod:`analysis.actors`; none of them changes the text, so every
offset computed from a spaCy token still points into the original article.

* :func:`match_key` is the form a name is compared and stored under: Unicode
  NFC, format characters removed (zero-width space, soft hyphen, joiners,
  direction marks: category ``Cf``), typographic apostrophe as ``'`` and runs
  of white space as one space. ``Orba\\u0301n`` (NFD), ``Orbán`` (NFC) and
  ``Or\\u00adbán`` (soft hyphen) have the same key, ``Orbán``.
* :func:`caps_stretches` marks tokens inside a stretch of three or more
  all-capital words (headlines, shouted text); names there are not trusted.
* :func:`split_title` cuts an office out of an organisation entity
  (``UN Emergency Relief Coordinator Martin Griffiths`` -> ``UN`` and the
  person ``Martin Griffiths``; ``Vice-President of Visa`` -> ``Visa``).
* :func:`first_name_gender` looks a given name up in the project's list
  ``analysis/data/first_names.csv`` (common given names in world news, with
  ``m``/``f``/``u`` gender); :func:`split_person_tail` cuts a person's name
  off the end of an organisation entity (``U.S. Department of State Sean
  McCormack``); :func:`looks_like_person` is the evidence that a name the
  recogniser typed ORG or GPE is a person (``Morgan Tsvangirai``).
* Wire copy: :func:`dateline_places` finds the place of a dateline
  (``MEXICO CITY 1996-08-22``, ``NEW YORK (Reuters) -``), :func:`score_lines`
  the lines of a results table (``Leeds 2 Chelsea 1``, ``134 Bernhard Langer
  (Germany) 68 66``) and :func:`is_ordinary_caps` an all-capital word that is
  an English word, not an acronym (``DROPPED``, ``BOXES``; not ``NATO``).
"""

from __future__ import annotations

import bisect
import csv
import functools
from importlib import resources
import re
import unicodedata
from dataclasses import dataclass

from spacy.attrs import DEP, IS_ALPHA, IS_LOWER, IS_SPACE, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from .gazetteer import large_places

__all__ = ["HEAD_TITLES", "Mention", "SpanIndex", "TokenTable", "match_key", "model_norm", "is_caps_key",
           "is_caps_word", "caps_stretches", "split_title", "first_names", "first_name_gender",
           "split_person_tail", "looks_like_person", "dateline_places", "score_lines", "is_ordinary_caps",
           "is_english_word", "is_sports_story"]


@dataclass(frozen=True)
class Mention:
    """One mention found in a parsed article (internal to the actor stages)."""

    start: int          # character offsets into the original text
    end: int
    tok_start: int      # token offsets into the spaCy doc
    tok_end: int
    label: str          # spaCy label, PRON or DESC
    kind: str           # name, adjective, description, pronoun
    actor: str | None = None

    def span(self, doc: Doc) -> Span:
        return doc[self.tok_start:self.tok_end]


class TokenTable:
    """Per-token attributes read once with ``Doc.to_array`` (no Token objects).

    Iterating a Doc creates a Python Token object per token, which is slow; the
    stages read these lists instead. ``keys`` holds :func:`match_key` of every
    token (``""`` for white space).
    """

    def __init__(self, doc: Doc):
        n = len(doc)
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, TAG, DEP, IS_SPACE, IS_ALPHA, IS_LOWER]).reshape(n, 6)
        orth, tag, dep = arr[:, :3].T.tolist() if n else ([], [], [])
        flags = arr[:, 3:].T.astype(bool).tolist() if n else ([], [], [])
        names = {h: strings[h] for h in {*tag, *dep}}   # a few dozen tags and labels: each looked up once
        words = hashed_strings(strings, orth)
        keys, caps = _WORD_KEY, _CAPS_WORDS
        new = set(orth).difference(keys)                 # each word new to the process keyed once
        if new:
            if len(keys) + len(new) > _MAX_WORDS:
                keys.clear(), caps.clear()
                new = set(orth)                          # this doc's words keyed before were cleared too
            for h in new:
                keys[h] = key = match_key(words[h])
                if is_caps_key(key):
                    caps.add(h)
        self.text = [words[h] for h in orth]
        self.tag = [names[h] for h in tag]
        self.dep = [names[h] for h in dep]
        self.is_space, self.is_alpha, self.is_lower = flags
        self.keys = ["" if sp else keys[h] for h, sp in zip(orth, self.is_space)]
        self.stretches: dict[int, list[bool]] = {}   # min_words -> caps_stretches flags, computed once
        # the all-capital words (caps_stretches; white space has the key "", never capital) and how many
        self.caps_at: list[int] = [i for i, h in enumerate(orth) if h in caps] if caps else []
        self.caps_words = len(self.caps_at)


#: The string of every spaCy hash the process has looked up (:func:`hashed_strings`), the
#: :func:`match_key` of every word by its ORTH hash and the hashes of the all-capital ones
#: (:func:`is_caps_key`); each emptied when it holds :data:`_MAX_WORDS` entries.
_STRINGS: dict[int, str] = {}
_WORD_KEY: dict[int, str] = {}
_CAPS_WORDS: set[int] = set()
_MAX_WORDS = 200_000


def hashed_strings(strings, hashes: list[int]) -> dict[int, str]:
    """A dict that holds the string of each of ``hashes`` (and of others looked up before).

    A hash stands for one string in every spaCy vocabulary, and a dict look-up
    costs a fraction of a ``StringStore`` one: each hash new to the process is
    looked up once.

    Parameters
    ----------
    strings : spacy.strings.StringStore
        ``doc.vocab.strings``.
    hashes : list of int
        Hashes of strings of that store (``Doc.to_array`` of ``ORTH``, ``LOWER``...).

    Returns
    -------
    dict of int to str
        Do not modify it (it is the process's cache).
    """
    cache = _STRINGS
    new = set(hashes).difference(cache)
    if new:
        if len(cache) + len(new) > _MAX_WORDS:
            cache.clear()
            new = set(hashes)            # the ones looked up before were cleared too
        for h in new:
            cache[h] = strings[h]
    return cache


class SpanIndex:
    """Character spans (e.g. quotations) with an O(log n) containment test.

    Overlapping spans are merged first; quotation spans do not overlap, so
    :meth:`inside` answers exactly like testing every span.
    """

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def inside(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` lies within one span."""
        k = bisect.bisect_right(self._starts, start) - 1
        return k >= 0 and end <= self._ends[k]

#: Nouns of an office that head a title (lower case); inside an ORG entity
#: they start the title, not the organisation's name.
HEAD_TITLES = frozenset(
    """
    president vice-president secretary secretary-general undersecretary under-secretary minister
    chancellor premier king queen prince princess pope chairman chairwoman chairperson ceo cfo coo
    spokesman spokeswoman spokesperson director director-general commissioner ambassador envoy
    governor mayor senator congressman congresswoman coordinator co-ordinator rapporteur adviser
    advisor counsel attorney-general treasurer commander commander-in-chief admiral taoiseach tánaiste
    """.split()
)

_JOINERS = {"of", "the", "and", "'s", "for"}
_AFTER = {"of", "for", "at"}


@functools.lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The form a name is matched and stored under.

    Parameters
    ----------
    text : str
        A surface form from the text.

    Returns
    -------
    str
        NFC text without format characters (category ``Cf``), with ``’`` as
        ``'`` and white space collapsed to single spaces.

    Examples
    --------
    >>> match_key("Orba\\u0301n") == match_key("Or\\u00adbán") == "Orbán"
    True
    """
    if text.isascii():
        return " ".join(text.split()) if any(c.isspace() for c in text) else text
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(unicodedata.normalize("NFC", kept).replace("’", "'").split())


def model_norm(text: str) -> str | None:
    """The NORM a token should show the tagger, if its text is not plain NFC.

    Tokens with decomposed accents (``Orba\u0301n``) or format characters
    (``Ru\u200btte``) look unknown to the statistical model; giving them the
    norm of their :func:`match_key` lets it tag them like the plain form.
    None for every other token (their norm is left alone).
    """
    if text.isascii() or (unicodedata.is_normalized("NFC", text)
                          and not any(unicodedata.category(c) == "Cf" for c in text)):
        return None
    return match_key(text).lower()


def is_caps_word(token: Token) -> bool:
    """An all-capital word of at least two letters (``BOXES``, ``NATO``)."""
    return is_caps_key(match_key(token.text))


@functools.lru_cache(maxsize=65536)
def is_caps_key(key: str) -> bool:
    """:func:`is_caps_word` of a token's :func:`match_key` (cached: called for every token)."""
    letters = [c for c in key if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def caps_stretches(doc: Doc, min_words: int = 3, table: TokenTable | None = None) -> list[bool]:
    """Mark tokens inside a stretch of at least `min_words` all-capital words.

    Punctuation, numbers and white space inside the stretch do not break it;
    any other word does. One pass over the tokens (then over those between
    two capital words).

    Returns
    -------
    list of bool
        One flag per token of `doc`.
    """
    table = table or TokenTable(doc)
    known = table.stretches.get(min_words)   # the same table asked twice (find_mentions does): one pass
    if known is not None:
        return list(known)
    flags = [False] * len(doc)
    caps_at = table.caps_at
    if len(caps_at) < min_words:     # no stretch can be long enough: most articles
        table.stretches[min_words] = flags
        return list(flags)
    # a stretch is a run of capital words with no other word (nor a paragraph break) between
    # two of them: only the tokens between consecutive capital words are read
    texts, keys = table.text, table.keys
    run = [caps_at[0]]
    for previous, i in zip(caps_at, caps_at[1:]):
        if any(_has_letter(keys[j]) or texts[j].count("\n") >= 2 for j in range(previous + 1, i)):
            if len(run) >= min_words:
                flags[run[0]:run[-1] + 1] = [True] * (run[-1] + 1 - run[0])
            run = []
        run.append(i)
    if len(run) >= min_words:
        flags[run[0]:run[-1] + 1] = [True] * (run[-1] + 1 - run[0])
    table.stretches[min_words] = flags
    return list(flags)


@functools.lru_cache(maxsize=65536)
def _has_letter(key: str) -> bool:
    return any(c.isalpha() for c in key)


def _is_head_title(token: Token) -> bool:
    word = match_key(token.text).lower().rstrip(".")
    return word in HEAD_TITLES or any(part in HEAD_TITLES for part in word.split("-")[-1:])


def split_title(tokens: list[Token]) -> list[tuple[list[Token], str]]:
    """Cut the office out of an organisation entity.

    The first head title (:data:`HEAD_TITLES`) that is not the object of
    ``of``/``the`` and not followed by a possessive splits the entity: the
    capitalised words before it are an organisation; after it, ``of X`` /
    ``for X`` / ``at X`` names an organisation and capitalised words name a
    person (who has the title as evidence).

    Parameters
    ----------
    tokens : list of spacy.tokens.Token
        The entity's tokens (already stripped of determiners).

    Returns
    -------
    list of (list of Token, str)
        Pieces with their label (``ORG`` or ``PERSON``); ``[(tokens, "ORG")]``
        when there is no title.
    """
    for k, tok in enumerate(tokens):
        if not _is_head_title(tok):
            continue
        if k > 0 and tokens[k - 1].lower_ in _JOINERS:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text.replace("’", "'") in {"'s", "'"}:
            continue
        pieces = []
        left = [t for t in tokens[:k] if not (t.is_punct or t.is_space)]
        while left and (_is_head_title(left[-1]) or left[-1].text.lower().rstrip(".") in _MODIFIERS):
            left = left[:-1]
        if len(left) > 1 and is_caps_word(left[0]) and not any(is_caps_word(t) for t in left[1:]):
            left = left[:1]     # 'UN Emergency Relief Coordinator': the organisation is the acronym
        if left and left[0].text[:1].isupper() and not is_office(left):
            pieces.append((left, "ORG"))     # not 'National Security' of 'National Security Advisor'
        right = tokens[k + 1:]
        while right and (right[0].is_punct or right[0].is_space):
            right = right[1:]
        if right and right[0].lower_ in _AFTER:
            right = right[1:]
            while right and right[0].lower_ == "the":
                right = right[1:]
            if right and right[0].text[:1].isupper() and right[0].text not in _OFFICE_OBJECTS:
                pieces.append((right, "ORG"))
        elif right and all(t.text[:1].isupper() for t in right if t.is_alpha):
            pieces.append((right, "PERSON"))
        return pieces
    return [(tokens, "ORG")]


#: Words that qualify a title and are not part of an organisation's name.
_MODIFIERS = frozenset("deputy former acting outgoing incoming vice chief general senior special executive "
                       "high foreign defence defense finance interior".split())

#: Words after ``of`` that complete an office (``Secretary of State``), not an organisation.
_OFFICE_OBJECTS = frozenset("State Defense Defence Justice Commerce Energy Health Education Labor Labour "
                            "Transportation Treasury Agriculture Interior Staff Police".split())


# ---------------------------------------------------------------- given names

#: Last words of place and organisation names that begin with a given name
#: (``Victoria Falls``, ``Charles University``): never a person.
_NOT_PERSON_LAST = frozenset("""
city town island islands river falls lake street avenue road bay park square county province state
airport station university college school hospital foundation institute institution company group bank
airways airlines corporation corp inc ltd club united fund trust council party museum church cathedral
centre center hall house hotel stadium bridge mountain mountains valley memorial prize award trophy
monitor times post news daily herald journal tribune telegraph guardian review magazine network agency
""".split())


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names of ``analysis/data/first_names.csv``: name -> ``m``, ``f`` or ``u`` (either)."""
    with resources.files("analysis").joinpath("data/first_names.csv").open(encoding="utf-8") as fh:
        return {row["name"]: row["gender"] for row in csv.DictReader(fh)}


def first_name_gender(name: str) -> str | None:
    """``m`` or ``f`` when the name's first word is a listed given name of that gender, else None.

    >>> first_name_gender("Neelie Kroes"), first_name_gender("Kim Jong-un"), first_name_gender("Kroes")
    ('f', None, None)
    """
    words = name.split()
    if len(words) < 2:
        return None
    gender = first_names().get(words[0])
    return gender if gender in {"m", "f"} else None


def looks_like_person(name: str) -> bool:
    """A name of two or three capitalised words starting with a listed given name.

    Place and organisation words at the end (``Victoria Falls``, ``Charles
    University``) and joiners (``of``, ``and``, ``'s``) rule it out.

    >>> looks_like_person("Morgan Stanley Bank"), looks_like_person("Thabo Mbeki")
    (False, True)
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0] not in first_names():
        return False
    if words[-1].lower().strip(".") in _NOT_PERSON_LAST or name in large_places():
        return False                    # 'Abu Dhabi': a city of a million people
    return all(w[:1].isupper() and w.lower() not in _JOINERS for w in words) and "'s" not in name


def split_person_tail(tokens: list[Token]) -> list[tuple[list[Token], str]] | None:
    """Cut a person's name off the end of an organisation entity, or None.

    ``U.S. Department of State Sean McCormack``: the last two or three
    capitalised words start with a listed given name and are preceded by a
    capitalised word (not by ``of``/``and``), so they are a person and the
    words before them the organisation.
    """
    for k in range(max(1, len(tokens) - 3), len(tokens) - 1):
        tail = tokens[k:]
        name = " ".join(t.text for t in tail)
        prev = tokens[k - 1]
        if (looks_like_person(name) and prev.text[:1].isupper() and prev.lower_ not in _JOINERS
                and prev.lower_.rstrip(".") not in _PLACE_PREFIXES):
            return [(tokens[:k], "ORG"), (tail, "PERSON")]
    return None


#: Words that make a given name after them part of a place's name (*St. Paul Pioneer Press*,
#: *San Francisco Examiner*, *Fort William*): no person starts there.
_PLACE_PREFIXES = frozenset("st ste saint sainte san santa santo sao são fort ft port mount mt lake cape".split())


#: Capitalised words that name a portfolio before a title (*Justice Minister*, *National Security
#: Advisor*), not an organisation.
OFFICE_WORDS = _OFFICE_OBJECTS | frozenset("National Security Foreign Home Finance Economy Economic Trade Affairs "
                                           "Public Internal Environment Culture Information Communications "
                                           "Transport Housing Immigration Homeland Development".split())


def is_office(tokens: list[Token]) -> bool:
    """All words are portfolio words (:data:`OFFICE_WORDS`): *Justice*, *National Security*."""
    words = [t.text for t in tokens if not (t.is_punct or t.is_space)]
    return bool(words) and all(w in OFFICE_WORDS for w in words)


def followed_by_title(tokens: list[Token]) -> bool:
    """The word after ``tokens`` is a head title (*Justice* in *Justice Minister Kim Kyung Han*)."""
    doc = tokens[-1].doc
    nxt = tokens[-1].i + 1
    return nxt < len(doc) and _is_head_title(doc[nxt])


# ---------------------------------------------------------------- wire copy

#: A dateline at the start of a line: an all-capital place (one to four words), an optional
#: region (``, Germany``), then a date, an agency in brackets, a month and day before an
#: agency, or a dash before ordinary text (``GAZA - The Israeli Army``).
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3})"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,3})?[ \t]*,?[ \t]*"
    r"(?:\d{4}-\d{2}-\d{2}\b|\((?:Reuters|AP|AFP|UPI|dpa|DPA|IANS|PTI|Xinhua|Bloomberg)\)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]*\("
    r"|(?:--?|\u2014)[ \t]+(?=[A-Z][a-z]))",
    re.M)


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the places of datelines (``MEXICO CITY 1996-08-22``).

    Parameters
    ----------
    text : str
        An article.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` of each all-capital place that starts a line and is
        followed by a date (``1996-08-22``), an agency in brackets
        (``(Reuters)``), a month and day before one (``Aug 22 (Reuters)``) or
        a dash before ordinary text (``GAZA - The``), optionally with a region
        between (``STUTTGART , Germany 1996-08-23``).

    Examples
    --------
    >>> t = "SOCCER - JAPAN WIN .\\nAL-AIN , United Arab Emirates 1996-12-06\\nJapan began"
    >>> [t[s:e] for s, e in dateline_places(t)]
    ['AL-AIN']
    """
    return [m.span("place") for m in _DATELINE.finditer(text)
            if sum(c.isalpha() for c in m["place"]) >= 3]


_SCORE_NUMBER = re.compile(r"(?<![\w.,:/$\u20ac\u00a3-])\d{1,3}(?![\w.,%:/-])")
_SCORE_WORD = re.compile(r"[^\W\d_][\w'.\-]*")
_SCORE_LOWER = frozenset("and of de del della der den di da du la le van von bin al el y".split())


def score_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of a results table or a list of scores.

    A line qualifies when it has at most 14 words, every word is capitalised
    (or a particle of a name: *van*, *de*), it holds at least two small whole
    numbers that are not times, and a number follows a word (``Leeds 2 Chelsea
    1``, ``Newcastle 4 3 1 0 8 2 10``, ``134 Bernhard Langer (Germany) 68 66``).
    Headlines are not score lines (their words are capitals, no number follows).

    Examples
    --------
    >>> t = "Results on Saturday:\\nLeeds 2 Chelsea 1\\nUpdate 10:04 UTC"
    >>> [t[s:e] for s, e in score_lines(t)]
    ['Leeds 2 Chelsea 1']
    """
    out, pos = [], 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(_SCORE_NUMBER.findall(line)) < 2:
            continue                     # tested first: most lines have no two numbers (findall of words costs more)
        words = _SCORE_WORD.findall(line)
        if (not words or len(words) > 14
                or not all(w[0].isupper() or w in _SCORE_LOWER for w in words)
                or all(is_caps_key(w) for w in words)
                or not re.search(r"[^\W\d_]\)?[ \t]+\d", line)):
            continue
        out.append((start, start + len(line)))
    return out


@functools.lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """WordNet's nouns and its verbs, adjectives and adverbs (the lemmatizer tables of the model)."""
    from .nlp import load_pipeline
    try:
        index = load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        nouns = frozenset(index["noun"])
        others = frozenset(w for pos in ("verb", "adj", "adv") for w in index[pos])
    except (KeyError, ValueError):      # a model without the tables: no word is known
        return frozenset(), frozenset()
    return nouns, others


def is_english_word(word: str) -> bool:
    """The word, in lower case, is a noun, verb, adjective or adverb of the model's WordNet tables
    (``Halftime``, ``Attendance``; also ``Arsenal``: use it only where a name is not expected)."""
    nouns, others = _english_words()
    low = word.lower()
    return low in nouns or low in others


def is_ordinary_caps(word: str) -> bool:
    """An all-capital word of five letters or more that is an English word, not an acronym.

    True for a verb, adjective or adverb (``CORE``, ``SUPPORTING``) or an
    inflected noun or verb (``BOXES``, ``DROPPED``); false for acronyms that
    are listed as nouns only (``NATO``, ``OPEC``) and for names (``TADIC``).

    Examples
    --------
    >>> is_ordinary_caps("DROPPED"), is_ordinary_caps("BOXES"), is_ordinary_caps("NATO")
    (True, True, False)
    """
    if len(word) < 5 or not word.isalpha() or not word.isupper():
        return False
    low = word.lower()
    nouns, others = _english_words()
    if low in others:
        return True
    stems = []
    for suffix, add in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix):
            stems.append(low[:-len(suffix)] + add)
    if low.endswith(("ed", "ing")) and len(low) > 5 and low[-3 if low.endswith("ed") else -4] == \
            low[-4 if low.endswith("ed") else -5]:
        stems.append(low[:-3] if low.endswith("ed") else low[:-4])     # 'dropped' -> 'drop'
    return any(len(st) >= 3 and (st in nouns or st in others) for st in stems)


#: Sports that start a wire headline (*SOCCER - JAPAN GET LUCKY WIN*).
_SPORT_SLUG = re.compile(
    r"^\s*(?:SOCCER|FOOTBALL|AMERICAN FOOTBALL|RUGBY(?: UNION| LEAGUE)?|CRICKET|TENNIS|TABLE TENNIS|GOLF|BASEBALL"
    r"|BASKETBALL|(?:ICE )?HOCKEY|NHL|NBA|NFL|ATHLETICS|CYCLING|MOTOR ?RACING|MOTORCYCLING|FORMULA ONE|BOXING"
    r"|HORSE RACING|(?:ALPINE |NORDIC )?SKIING|SWIMMING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|ROWING|SAILING"
    r"|SNOOKER|DARTS|GYMNASTICS|JUDO|WRESTLING|AUSTRALIAN RULES|NASCAR|SPEED SKATING)\b[A-Z ]*\s[-\u2013\u2014]\s")


def is_sports_story(text: str) -> bool:
    """The text starts with a wire headline whose slug is a sport (``SOCCER - ...``, ``GOLF - ...``).

    Examples
    --------
    >>> is_sports_story("SOCCER - JAPAN GET LUCKY WIN .\\nAL-AIN 1996-12-06"), is_sports_story("Japan won.")
    (True, False)
    """
    return _SPORT_SLUG.match(text[:200]) is not None


#: Legal-form words after a company's name (*Microsoft Corporation*, *Enron Corp.*).
_LEGAL_FORMS = frozenset("""
    corporation corp corp. inc inc. incorporated ltd ltd. limited llc llp plc co co. company ag sa nv gmbh
    """.split())
#: One-word names of an institution that stand for the one longer name they end (*the Senate*,
#: *the Tribunal*); not *Times* (*The Times* is a paper of its own).
_INSTITUTIONS = frozenset("""
    senate house assembly council court tribunal committee commission parliament congress party group
    department ministry front caucus government agency board police army navy cabinet administration league
    union alliance coalition movement federation bureau authority institute university bank exchange network
    embassy consulate
    """.split())
#: Words that end the first part of a longer name when the rest is a name of its own.
_JOINING_WORDS = frozenset({"and", "&", "of", "the", "for", "de", "du", "des", "del", "la", "le", "to", "in", "on"})
#: Longer names whose last word names another institution (*the House* is not *the White House*).
_OTHER_INSTITUTION = frozenset({"White House", "Blue House", "Government House", "Opera House", "State House"})
#: The state named by ``<word> of <country>`` (*Republic of Sierra Leone*, *Kingdom of Tonga*).
_STATE_OF = re.compile(r"^(?:The )?(?:(?:Federal|Democratic|Islamic|People's|Socialist|United|Hashemite|Cooperative)"
                       r" )*(?:Republic|Kingdom|Commonwealth|State|Principality|Grand Duchy|Sultanate|Emirate|"
                       r"Federation|Confederation) of (?P<rest>.+)$")


def variant_map(types: dict[str, str], *, adjectives=frozenset(), countries=None) -> dict[str, str]:
    """Actor names of one article that are variants of another actor's name.

    The resolver's rules join persons by surname and organisations by
    acronym; these join the other forms a news article uses for one
    organisation or state:

    * ``The X`` and ``X`` (*The New York Times*, *New York Times*) -> ``X``;
    * the same name in other capitals (*Serbian Radical party*, *EBay*) -> the
      form with more capitals after its first letter (*eBay*);
    * a company with and without its legal form (*Microsoft Corporation*,
      *Microsoft*; *Enron Corp.*, *Enron*) -> the short form;
    * ``Republic of X`` (*Kingdom of Tonga*) -> the actor ``X``;
    * an organisation named after a country in another form (*U.S. Embassy*,
      *United States Embassy*) -> the form with the country's canonical name;
    * a group's name in the singular (*Democrat*) -> its plural (*Democrats*);
    * an organisation named by the last words of **exactly one** longer
      organisation name (*Special Tribunal*, *Iraq Special Tribunal*;
      *Senate*, *U.S. Senate*; a one-word name only when it is an institution
      noun such as *Senate*, *Tribunal*, *Party*) -> the long name; when the longer name only
      adds a country adjective to a name of two words or more
      (*Chinese People's Daily*) the short name is the actor.

    Parameters
    ----------
    types : dict
        Actor name (canonical, :func:`match_key` form) -> type (``PERSON``,
        ``ORG``, ``GPE``, ``NORP``) of every named actor in the article.
    adjectives : collection of str
        Country adjectives (*Chinese*).
    countries : dict, optional
        Country name forms -> canonical country name (*U.S.* -> *United States*).

    Returns
    -------
    dict
        ``variant -> actor`` for the names that change; every target is a
        name of ``types`` that does not change itself.

    Examples
    --------
    >>> variant_map({"The New York Times": "ORG", "New York Times": "ORG", "Senate": "ORG", "U.S. Senate": "ORG"})
    {'The New York Times': 'New York Times', 'Senate': 'U.S. Senate'}
    >>> variant_map({"Senate": "ORG", "U.S. Senate": "ORG", "Australian Senate": "ORG"})
    {}
    """
    out: dict[str, str] = {}
    folded: dict[str, list[str]] = {}
    for name in types:
        folded.setdefault(name.casefold(), []).append(name)
    for name, typ in types.items():
        words = name.split()
        if len(words) > 1 and words[0] == "The" and " ".join(words[1:]) in types:
            out[name] = " ".join(words[1:])
            continue
        same = folded[name.casefold()]
        if len(same) > 1:
            best = max(same, key=lambda s: (sum(c.isupper() for c in s[1:]), s[:1].islower(), s))
            if best != name:
                out[name] = best
                continue
        if typ == "ORG" and len(words) > 1 and words[-1].lower() in _LEGAL_FORMS:
            short = " ".join(words[:-1]).rstrip(",")
            if short in types:
                out[name] = short
                continue
        if typ == "NORP" and name + "s" in types and types[name + "s"] == "NORP":
            out[name] = name + "s"
            continue
        if typ == "ORG" and countries and len(words) > 1:
            home = countries.get(words[0])
            if home is not None and home != words[0] and home + name[len(words[0]):] in types:
                out[name] = home + name[len(words[0]):]   # 'U.S. Embassy' -> 'United States Embassy'
                continue
        state = _STATE_OF.match(name)
        if state is not None and state["rest"] in types and types[state["rest"]] == "GPE":
            out[name] = state["rest"]
    tails: dict[str, list[str]] = {}
    for name, typ in types.items():
        words = name.split()
        if typ != "ORG" or name in out or len(words) < 2 or "The" in words[1:]:
            continue                    # 'D.C. The Development Committee': a dateline glued to a name
        for k in range(1, len(words)):
            tails.setdefault(" ".join(words[k:]), []).append(name)
    for name, typ in types.items():
        longer = tails.get(name, ())
        if typ != "ORG" or name in out or len(longer) != 1 or name.isupper() or not name[:1].isupper():
            continue
        (long,) = longer
        prefix = long[: len(long) - len(name)].split()
        if prefix[-1].lower() in _JOINING_WORDS:
            continue                    # 'Cats Protection and Naomi House', 'Advisory Council of the Order of Canada'
        if " " not in name and (name.lower() not in _INSTITUTIONS or long in _OTHER_INSTITUTION):
            continue                    # 'Warner' is not 'Time Warner', 'House' not 'White House'
        prefix = long[: len(long) - len(name)].strip()
        if prefix in adjectives and len(name.split()) > 1:
            out[long] = name            # 'Chinese People's Daily' -> 'People's Daily'
        elif long not in out:
            out[name] = long            # 'Special Tribunal' -> 'Iraq Special Tribunal'
    return {k: v for k, v in out.items() if out.get(v, v) == v}


#: Words only a sports report uses (*striker*, *coach*, *tries*); two distinct ones make a text a sports story.
_SPORT_WORDS = frozenset("""
    football footballer soccer rugby cricket cricketer tennis hockey basketball baseball striker midfielder
    goalkeeper coach tournament squad wickets innings halftime half-time kick-off fixture fixtures stadium
    semi-final quarter-final seeded
    """.split())


def is_sports_text(text: str) -> bool:
    """A sports story: a sport slug in the headline, or two distinct words only sports reports use.

    Examples
    --------
    >>> is_sports_text("Leeds beat Chelsea. The coach praised the squad."), is_sports_text("Leeds voted.")
    (True, False)
    """
    if is_sports_story(text):
        return True
    seen = set()
    for word in re.findall(r"[a-z][a-z-]+", text.lower()):
        if word in _SPORT_WORDS:
            seen.add(word)
            if len(seen) >= 2:
                return True
    return False
