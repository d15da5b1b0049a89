"""Paragraphs, sentences and word tokens with character offsets, using NLTK offline.

Every span in this module is a pair of character offsets ``(start, end)`` into
the original text, so ``text[start:end]`` is the paragraph, sentence or token.

NLTK's Punkt sentence splitter is used with a hand-written set of
abbreviations (no ``punkt_tab`` download is needed), and NLTK's
:class:`~nltk.tokenize.NLTKWordTokenizer` splits words.  Curly quotation
marks and apostrophes are mapped one-for-one to their ASCII forms before NLTK
sees the text, so the tokenizer's rules for quotes and possessives apply while
the offsets still point into the unchanged original.
"""

from __future__ import annotations

import functools
import re

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.util import align_tokens
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

__all__ = [
    "ABBREVIATIONS",
    "normalize_quotes",
    "paragraph_spans",
    "sentence_spans",
    "word_spans",
    "tokenize",
]

#: Lower-case abbreviations (without the final period) after which a period
#: does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cmdr adm sgt cpl rep sen gov
    pres supt rev fr st jr sr hon amb insp det ft mt no nos vol vs etc al approx
    inc corp co ltd bros dept est fig jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u u.s.a
    d.c a.m p.m i.e e.g ph.d b.a m.a no. op cit ave blvd rd
    """.split()
)

# one character in, one character out: offsets are preserved
_QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                            "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'"})

_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTE_MAP.items())

_PARAGRAPH = re.compile(r"[^\n]+")
#: A letter or digit: ``\w`` is ``str.isalnum()`` plus the underscore.
_ALNUM = re.compile(r"[^\W_]")


def normalize_quotes(text: str) -> str:
    """Map curly quotes and apostrophes to ASCII, one character for one.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        Text of the same length in which ``“ ” ‘ ’`` (and similar marks) are
        replaced by ``"`` or ``'``.
    """
    if text.isascii():      # str.translate looks every character up in the map: slow on long texts
        return text
    for mark, ascii_mark in _QUOTE_PAIRS:   # the marks are not ASCII: replacing one never makes another
        if mark in text:
            text = text.replace(mark, ascii_mark)
    return text


@functools.lru_cache(maxsize=1)
def _sentence_splitter() -> PunktSentenceTokenizer:
    """Punkt with :data:`ABBREVIATIONS`, its own patterns run without NLTK's per-call timeout.

    NLTK 3.10 runs every Punkt pattern through ``nltk.redos.TimedPattern``,
    whose wall-clock timeout costs about 10 microseconds per call (several
    calls per word); the wrapped ``regex`` patterns are the same patterns
    (see :func:`_word_tokenizer`), so the sentences are the same.
    """
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    try:
        from nltk.redos import TimedPattern
        from nltk.tokenize import punkt
    except ImportError:  # older NLTK: plain ``re`` patterns already
        return PunktSentenceTokenizer(params)

    def bare(p):
        return p._rx if isinstance(p, TimedPattern) and hasattr(p, "_rx") else p

    class LanguageVars(punkt.PunktLanguageVars):
        re_boundary_realignment = bare(punkt.PunktLanguageVars.re_boundary_realignment)

        def _word_tokenizer_re(self):
            return bare(super()._word_tokenizer_re())

        def period_context_re(self):
            return bare(super().period_context_re())

    non_punct = bare(getattr(punkt, "_re_non_punct", None))
    patterns = {name: bare(getattr(punkt.PunktToken, name))
                for name in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA")
                if hasattr(punkt.PunktToken, name)}
    if non_punct is not None:
        patterns["is_non_punct"] = property(lambda self: non_punct.search(self.type))
    token = type("_PunktToken", (punkt.PunktToken,), {"__slots__": (), **patterns})
    return PunktSentenceTokenizer(params, lang_vars=LanguageVars(), token_cls=token)


@functools.lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    """NLTK's word tokenizer, its rules applied without NLTK's per-call timeout wrapper.

    NLTK 3.10 wraps every compiled rule in ``nltk.redos.TimedPattern``, which
    runs the same ``regex`` pattern with a wall-clock timeout (a guard meant
    for caller-supplied patterns). The tokenizer's rules are NLTK's own fixed
    patterns; calling the wrapped ``regex`` pattern directly gives the same
    tokens in about half the time.
    """
    try:
        from nltk.redos import TimedPattern
    except ImportError:  # older NLTK: plain ``re`` patterns already
        return NLTKWordTokenizer()

    def bare(p):
        return p._rx if isinstance(p, TimedPattern) and hasattr(p, "_rx") else p

    rules = {}
    for name, value in vars(NLTKWordTokenizer).items():
        if isinstance(value, list) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
            rules[name] = [(bare(p), r) for p, r in value]
        elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], TimedPattern):
            rules[name] = (bare(value[0]), value[1])
        elif isinstance(value, list) and value and all(isinstance(v, TimedPattern) for v in value):
            rules[name] = [bare(p) for p in value]
    cls = type("_WordTokenizer", (NLTKWordTokenizer,), rules)
    steps = _guarded_steps(cls)
    if steps is not None:
        cls.tokenize = _guarded_tokenize(steps)
    cls.span_tokenize = _span_tokenize
    return cls()


#: NLTK's pattern of the double quotes ``span_tokenize`` puts back (``nltk.redos.finditer``
#: compiles it with a per-call timeout); literal strings only: every engine finds the same.
_DOUBLE_QUOTES = re.compile(r"``|'{2}|\"")


def _span_tokenize(self, text: str) -> list[tuple[int, int]]:
    """``NLTKWordTokenizer.span_tokenize`` with its quote pattern compiled once, as a list."""
    tokens = self.tokenize(text)
    if '"' in text or "''" in text:     # converted quotes back to the original double quotes
        found = iter([m.group() for m in _DOUBLE_QUOTES.finditer(text)])
        tokens = [next(found) if tok in ('"', "``", "''") else tok for tok in tokens]
    return align_tokens(tokens, text)


#: Strings of which at least one occurs in every match of the NLTK rule with
#: this pattern (literal characters of a case-sensitive pattern); a rule whose
#: strings are all absent from the text cannot change it and is skipped. Rules
#: not listed always run.
_RULE_NEEDLES = {
    "([«“‘„]|[`]+)": ("«", "“", "‘", "„", "`"),
    r"^\"": ('"',),
    r"(``)": ("``",),
    r"([ \(\[{<])(\"|\'{2})": ('"', "''"),
    r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)": ("'",),
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)\s*$": (".",),
    r"([:,])([^\d])": (":", ","),
    r"([:,])$": (":", ","),
    r"\.{2,}": ("..",),
    r"[;@#$%&]": (";", "@", "#", "$", "%", "&"),
    r"[\u2012-\u2015]": ("\u2012", "\u2013", "\u2014", "\u2015"),
    r'([^\.])(\.)([\]\)}>"\']*)\s*$': (".",),
    r"[?!]": ("?", "!"),
    r"([^'])' ": ("' ",),
    r"[*]": ("*",),
    r"[\]\[\(\)\{\}\<\>]": ("]", "[", "(", ")", "{", "}", "<", ">"),
    r"--": ("--",),
    "([»”’])": ("»", "”", "’"),
    r"''": ("''",),
    r'"': ('"',),
    r"([^' ])('[sS]|'[mM]|'[dD]|') ": ("'",),
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
}


def _guarded_steps(cls) -> tuple | None:
    """The rules of ``cls.tokenize`` in NLTK's order, each with the strings of :data:`_RULE_NEEDLES`.

    Returns ``(before, after, contractions)``: the ``(pattern, replacement,
    needles)`` rules applied before and after NLTK pads the text with one
    space on each side, and one pattern matching wherever one of the
    contraction rules would (``None`` when they cannot be combined); or
    ``None`` when NLTK's rules are not laid out as expected (NLTK's own
    ``tokenize`` is then kept).
    """
    try:
        before = [*cls.STARTING_QUOTES, *cls.PUNCTUATION, cls.PARENS_BRACKETS, cls.DOUBLE_DASHES]
        after = list(cls.ENDING_QUOTES)
        contractions = [*cls.CONTRACTIONS2, *cls.CONTRACTIONS3]
    except AttributeError:
        return None
    if not all(isinstance(r, tuple) and len(r) == 2 for r in before + after):
        return None

    def guard(rule):
        pattern, replacement = rule
        return pattern, replacement, _RULE_NEEDLES.get(getattr(pattern, "pattern", None))

    flag = "(?i)"
    sources = [getattr(p, "pattern", "") for p in contractions]
    combined = None
    if contractions and all(isinstance(s, str) and s.startswith(flag) for s in sources) and \
            all(p.flags == contractions[0].flags for p in contractions):
        combined = re.compile("|".join(f"(?:{s[len(flag):]})" for s in sources), contractions[0].flags)
    return [guard(r) for r in before], [guard(r) for r in after], (contractions, combined)


#: A contraction rule's pattern made of literal letters, apostrophes and spaces between
#: ``(?i)``, ``\b``, groups, ``(?#X)`` and ``(?=\s)`` (all of NLTK's ``CONTRACTIONS2/3``).
_CONTRACTION_SYNTAX = re.compile(r"\(\?i\)|\\b|\(\?#X\)|\(\?=\\s\)|[()]")


def _contraction_needles(contractions) -> tuple[str, ...] | None:
    """The lower-case words (``cannot``, ``'tis``) one of which an ASCII text holds, in any
    case, wherever a contraction rule matches; ``None`` if a pattern is not such a word."""
    needles = []
    for pattern in contractions:
        word = _CONTRACTION_SYNTAX.sub("", getattr(pattern, "pattern", "") or "").strip()
        if not re.fullmatch(r"[a-z']+", word) or not pattern.flags & re.IGNORECASE:
            return None
        needles.append(word)
    return tuple(needles) or None


def _guarded_tokenize(steps):
    """NLTK's ``NLTKWordTokenizer.tokenize`` (without parentheses conversion) skipping the rules
    that cannot match (see :data:`_RULE_NEEDLES`): the same substitutions on the same text."""
    before, after, (contractions, combined) = steps
    nltk_tokenize = NLTKWordTokenizer.tokenize
    words = _contraction_needles(contractions)
    # the rules after NLTK's white-space rule (\s+ -> " "): when none of them and no contraction
    # can match an ASCII text, that rule only changes white space that text.split() drops anyway
    spaces = [k for k, (p, r, _) in enumerate(after) if getattr(p, "pattern", None) == r"\s+" and r == " "]
    tail = after[spaces[0] + 1:] if spaces else []
    skip_at = spaces[0] if spaces and words is not None and all(n is not None for _, _, n in tail) else None
    tail_needles = tuple(n for _, _, needles in tail if needles is not None for n in needles)

    def may_contract(text):
        # the case-insensitive search of all contractions is slow; an ASCII text without their
        # words (lower-cased) cannot match (any other text is searched)
        if words is None or not text.isascii():
            return True
        lower = text.lower()
        return any(w in lower for w in words)

    def tokenize(self, text, convert_parentheses=False, return_str=False):
        if convert_parentheses or return_str:
            return nltk_tokenize(self, text, convert_parentheses, return_str)
        # the guards are for/else loops: a generator per rule and sentence (any(...)) costs more
        for pattern, replacement, needles in before:
            if needles is not None:
                for n in needles:
                    if n in text:
                        break
                else:
                    continue            # none of its strings: the rule cannot match
            text = pattern.sub(replacement, text)
        text = " " + text + " "
        for k, (pattern, replacement, needles) in enumerate(after):
            if k == skip_at and text.isascii() and not may_contract(text):
                for n in tail_needles:
                    if n in text:
                        break
                else:
                    return text.split()     # no later rule can change it: ASCII white space all splits
            if needles is not None:
                for n in needles:
                    if n in text:
                        break
                else:
                    continue
            text = pattern.sub(replacement, text)
        if combined is None or (may_contract(text) and combined.search(text)):
            for pattern in contractions:
                text = pattern.sub(r" \1 \2 ", text)
        return text.split()

    return tokenize


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: the non-empty lines of the text, without surrounding blanks.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of every line that contains something other than
        white space.
    """
    spans = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Sentences, which never cross a paragraph boundary.

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    list of (int, int, int)
        ``(paragraph, start, end)`` for every sentence in order.

    Notes
    -----
    The spans of the last texts of up to :data:`_CACHED_CHARS` characters
    are remembered: the pipeline splits an article when it tokenizes it and
    again when it looks for quotations.
    """
    if len(text) <= _CACHED_CHARS:
        return list(_cached_sentence_spans(text))
    return _sentence_spans(text)


#: Longest text whose sentence spans are cached (the cache holds up to 64 texts).
_CACHED_CHARS = 200_000


@functools.lru_cache(maxsize=64)
def _cached_sentence_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    return tuple(_sentence_spans(text))


def _sentence_spans(text: str) -> list[tuple[int, int, int]]:
    splitter = _sentence_splitter()
    normalized = normalize_quotes(text)
    out = []
    for para, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s_start, s_end in splitter.span_tokenize(normalized[p_start:p_end]):
            out.append((para, p_start + s_start, p_start + s_end))
    return out


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word tokens of ``text[start:end]`` (normally one sentence).

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The slice to tokenize; offsets returned are into ``text``.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of every token.
    """
    end = len(text) if end is None else end
    return _word_spans(normalize_quotes(text[start:end]), start)


def _word_spans(piece: str, start: int) -> list[tuple[int, int]]:
    """:func:`word_spans` of ``piece`` (already through :func:`normalize_quotes`) found at ``start``."""
    spans = []
    for a, b in _word_tokenizer().span_tokenize(piece):
        token = piece[a:b]
        if "-" in token or token.endswith("."):  # the only tokens _split_token may split
            spans.extend([(start + x, start + y) for x, y in _split_token(piece, a, b)])
        else:
            spans.append((start + a, start + b))
    return spans


_PREFIXED_NAME = re.compile(r"^((?i:pro|anti|non|ex|post|pre|neo|pan|un)-)(?=[A-Z])")


def _split_token(piece: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split what NLTK leaves joined: a final period glued to the last word of a
    sentence, and a lower-case prefix glued to a name (``pro-NATO`` -> ``pro - NATO``)."""
    token = piece[a:b]
    prefix = _PREFIXED_NAME.match(token) if "-" in token else None  # the pattern needs a hyphen
    if prefix and token[0].islower():
        n = len(prefix.group(1))
        return [(a, a + n - 1), (a + n - 1, a + n)] + _split_token(piece, a + n, b)
    if len(token) > 1 and token.endswith(".") and token[:-1].isalpha() and token[:-1].lower() not in ABBREVIATIONS \
            and b == len(piece.rstrip()):
        return [(a, b - 1), (b - 1, b)]
    return [(a, b)]


def tokenize(text: str, *, doc_id: str = "text") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentence and token tables of one article.

    Parameters
    ----------
    text : str
        The article; offsets in both tables point into it.
    doc_id : str, optional
        Identifier written into the ``doc_id`` column.

    Returns
    -------
    sentences : pandas.DataFrame
        One row per sentence: ``doc_id``, ``sent_id`` (0-based in the
        document), ``paragraph`` (0-based index of the non-empty line),
        ``start``, ``end``, ``text``.
    tokens : pandas.DataFrame
        One row per token: ``doc_id``, ``sent_id``, ``token_id`` (0-based in
        the document), ``start``, ``end``, ``text``, ``lower``, ``is_alpha``
        (letters only), ``is_stop`` (in spaCy's English stop-word list, or
        punctuation).
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    sents = ([], [], [], [], [])  # sent_id, paragraph, start, end, text
    t_sent, spans = [], []  # sentence and (start, end) of every token
    normalized = normalize_quotes(text)  # one character for one: slices of it are the slices' normal forms
    search = _ALNUM.search
    for sent_id, (para, s_start, s_end) in enumerate(sentence_spans(text)):
        for column, value in zip(sents, (sent_id, para, s_start, s_end, text[s_start:s_end])):
            column.append(value)
        words = _word_spans(normalized[s_start:s_end], s_start)
        t_sent += [sent_id] * len(words)
        spans += words
    # the token columns one comprehension each (faster than seven appends per token)
    t_start, t_end = [a for a, _ in spans], [b for _, b in spans]
    t_text = [text[a:b] for a, b in spans]
    t_lower = [normalized[a:b].lower() for a, b in spans]
    t_alpha = [word.isalpha() for word in t_text]
    t_stop = [lower in STOP_WORDS or not search(word) for word, lower in zip(t_text, t_lower)]
    sent_ids, paragraphs, starts, ends, texts = sents
    sentences = _table({"doc_id": ([doc_id] * len(sent_ids), "str"), "sent_id": (sent_ids, "int64"),
                        "paragraph": (paragraphs, "int64"), "start": (starts, "int64"), "end": (ends, "int64"),
                        "text": (texts, "str")})
    tokens = _table({"doc_id": ([doc_id] * len(t_sent), "str"), "sent_id": (t_sent, "int64"),
                     "token_id": (list(range(len(t_sent))), "int64"), "start": (t_start, "int64"),
                     "end": (t_end, "int64"), "text": (t_text, "str"), "lower": (t_lower, "str"),
                     "is_alpha": (t_alpha, "bool"), "is_stop": (t_stop, "bool")})
    return sentences, tokens


def _table(spec: dict) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=list(spec))`` of the rows of the columns of ``spec`` (name -> (values, dtype)).

    Built with :func:`analysis.typed_frames.typed_frame` when that gives the
    same table: at least one row, and every value of its column's type
    (:func:`~analysis.typed_frames.fits`). :func:`tokenize` makes every
    column but ``doc_id`` of ``int``, ``str`` or ``bool`` values, so only
    ``doc_id`` (the caller's) is checked. From the rows with pandas'
    inference otherwise.
    """
    from .typed_frames import fits, typed_frame

    doc_ids, _ = spec["doc_id"]  # the same value on every row
    if doc_ids and fits({"doc_id": (doc_ids[:1], "str")}):
        return typed_frame(spec)
    return pd.DataFrame(list(zip(*(values for values, _ in spec.values()))), columns=list(spec))
