"""Speakers of quotations: who is the subject of a cue, and which actor it is.

:class:`QuoteContext` holds the lookups every rule needs (tokens by offset,
quotation marks, paragraphs, sentences, mentions) and the indexes built once
per article: the subjects of clauses (for pronoun speakers) and the roles
given to persons (for descriptions such as *the minister*). The functions
here turn a cue (a speech verb or ``according to``) into a speaker and a cue
span; the rules are listed in the docstring of :mod:`analysis.quotes`.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from spacy.attrs import DEP, IDX, IS_SPACE, LENGTH

from .doc_text import doc_text
from .doc_tokens import doc_tokens
from .column_lists import column_list
from .word_flags import among
from .lexicon import PERSONAL_PRONOUNS
from .quote_cues import (ANONYMOUS_NOUNS, DOCUMENT_NOUNS, FINDING_VERBS, GROUP_NOUNS, MARKS, QUOTE_VERBS,
                         ROLE_NOUNS, SPEECH_NOUNS, VIEW_NOUNS, inside, quotation_spans, single_quotation_spans)
from .tokenize import paragraph_spans, sentence_spans, word_spans

_SOURCE_PREPS = {"from", "by", "among"}
_DOC_PREPS = {"by", "in", "from", "of", "on"}
_NP_LEFT_DEPS = {"det", "nummod", "amod", "compound", "poss", "nmod", "case", "quantmod", "advmod"}
_KIND_RANK = {"name": 0, "pronoun": 1, "description": 2, "adjective": 3}

@dataclass(frozen=True)
class Speaker:
    """Who speaks: the actor (``""`` if anonymous), the words naming it and their offsets."""
    actor: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    """The speech verb (or ``according to``) and its offsets."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One row of the quotes table while the rules run."""
    start: int
    end: int
    kind: str                       # direct, partial, indirect (unattributed decided at the end)
    para: int
    speaker: Speaker | None = None
    cue: Cue | None = None
    open_ended: bool = False        # quotation runs to the end of its paragraph unclosed
    single: bool = False            # between single quotation marks


NO_SPEAKER = Speaker("", "", -1, -1)
NO_CUE = Cue("", -1, -1)

_RELATIVE = {"who", "which", "that", "whom"}
_INDEFINITE = {"a", "an", "another", "one", "some", "several"}
_COMPANY_NOUNS = {"company", "firm", "corporation", "carmaker", "manufacturer", "retailer", "airline"}
_ORG_NOUNS = {"organisation", "organization", "agency", "charity"}
_BACK_PARAGRAPHS = 1                # how far back a pronoun or description looks for its actor
_FAR_PARAGRAPHS = 2                 # a pronoun with nobody nearer: the last subject this far back


_OTHER_SPACE = re.compile(r"[^\S ]")                 # whitespace other than a space
#: Letters-and-digits words that NLTK's tokenizer splits in two (its ``CONTRACTIONS2``: can|not, gon|na ...).
_TWO_WORD_FORMS = frozenset({"cannot", "gimme", "gonna", "gotta", "lemme", "wanna"})
#: A run of ASCII letters and digits between marks that are not word characters: NLTK's rules only split
#: such a run at :data:`_TWO_WORD_FORMS` (can|not) and after an apostrophe ('t|is, 't|was, in ``_MARKED_FORMS``);
#: the marks form tokens without a letter or digit.
_PUNCTUATED_WORD = re.compile(r"[^\w]*([A-Za-z0-9]+)[^\w]*")
_MARKED_FORMS = _TWO_WORD_FORMS | {"tis", "twas"}


@functools.lru_cache(maxsize=65536)
def _chunk_words(chunk: str, first: bool, last: bool) -> int:
    """Word tokens with a letter or a digit (as :meth:`QuoteContext.words` counts them) of ``chunk``,
    a space-free piece of a slice, first and/or last in it or between two others.

    NLTK's rules look at most across the spaces around a chunk, except at the start and end of the
    slice (``^"``, the final period): the chunk is tokenized alone, after ``x `` unless it is first
    and before `` x`` unless it is last, and the tokens within it counted.
    """
    left = "" if first else "x "
    piece = left + chunk + ("" if last else " x")
    a, b = len(left), len(left) + len(chunk)
    return sum(1 for s, e in word_spans(piece) if a <= s and e <= b and any(ch.isalnum() for ch in piece[s:e]))


class QuoteContext:
    """Everything the rules look up: tokens by offset, quotations, paragraphs, mentions.

    Built once per article; the indexes (mentions by token, subjects of
    clauses, roles of persons) make each lookup independent of the article's
    length.
    """

    def __init__(self, doc, mentions: pd.DataFrame | None, doc_id: str):
        self.doc = doc
        self.text = doc_text(doc)
        # offsets, lengths and dependencies read with one to_array call (numpy), not per Token
        layout = doc.to_array([IS_SPACE, IDX, LENGTH, DEP])
        ids = np.flatnonzero(layout[:, 0] == 0)
        everything = doc_tokens(doc)        # shared with the stance and action stages
        self.tok_ids = ids.tolist()
        self.tokens = everything if len(ids) == len(everything) else [everything[i] for i in self.tok_ids]
        starts = layout[ids, 1]
        self.tok_starts = starts.tolist()
        self._tok_ends = (starts + layout[ids, 2]).tolist()
        strings = doc.vocab.strings
        # positions in ``tokens`` of clause subjects (what :meth:`_subject_index` reads)
        self._nsubj = np.flatnonzero(among(layout[ids, 3], (strings["nsubj"], strings["nsubjpass"]))).tolist()
        self._words: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.spans = quotation_spans(self.text)
        self.span_starts = [a for a, _ in self.spans]
        self.singles = single_quotation_spans(self.text, outside=self.spans)
        self.paragraphs = paragraph_spans(self.text)
        self.para_starts = [a for a, _ in self.paragraphs]
        self.sentences = [(a, b) for _, a, b in sentence_spans(self.text)]
        self.sent_starts = [a for a, _ in self.sentences]
        self.titles: list[tuple[int, int]] = []      # quotations found to be titles (filled by the rules)
        self.kept_singles: list[tuple[int, int]] = []  # single-quoted spans kept as quotes (filled by the rules)
        offsets = self.tok_starts          # offsets by position: no Token attribute read per token
        self._in_marks = {offsets[k] for a, b in self.spans for k in self._positions_in(a, b)}
        self.mentions, self.actor_types = _mention_records(mentions, doc_id)
        self._by_token: dict[int, list] = {}
        self.genders: dict[str, set[str]] = {}
        for m in self.mentions:
            for k in self._positions_in(m[0], m[1]):
                self._by_token.setdefault(offsets[k], []).append(m)
            if m[3] == "pronoun" and m[4].lower() in PERSONAL_PRONOUNS:
                self.genders.setdefault(m[2], set()).add(PERSONAL_PRONOUNS[m[4].lower()])
        self._with_role: set[str] = set()
        self.descriptors: set[str] = set()     # nouns said of a named person (*interviewer Jake Tapper*)
        self.roles = self._role_index()
        self.role_starts = [x[0] for x in self.roles]
        self._with_role = {x[1] for x in self.roles}
        self.subjects = self._subject_index()
        self.subject_starts = [x[0] for x in self.subjects]

    # -- lookups
    def para_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        k = max(bisect.bisect_right(self.sent_starts, offset) - 1, 0)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def tokens_in(self, start: int, end: int):
        tokens = self.tokens
        return [tokens[k] for k in self._positions_in(start, end)]

    def _positions_in(self, start: int, end: int) -> list[int]:
        """Positions in :attr:`tokens` of the tokens within ``[start, end)``."""
        i = bisect.bisect_left(self.tok_starts, start)
        j = bisect.bisect_left(self.tok_starts, end, i)          # the tokens starting before ``end``
        ends = self._tok_ends
        return [k for k in range(i, j) if ends[k] <= end]

    def words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Word tokens of ``text[start:end]`` with a letter or a digit (cached: a clause is counted twice)."""
        key = (start, end)
        found = self._words.get(key)
        if found is None:
            text = self.text
            found = self._words[key] = [w for w in word_spans(text, start, end)
                                        if any(ch.isalnum() for ch in text[w[0]:w[1]])]
        return found

    def word_count(self, start: int, end: int) -> int:
        """``len(self.words(start, end))``, counted chunk by chunk (:func:`_chunk_words`) without
        tokenizing the whole slice; the slice is tokenized when it has whitespace other than spaces
        inside or at either end."""
        found = self._words.get((start, end))
        if found is not None:
            return len(found)
        piece = self.text[start:end]
        if not piece or piece[0] == " " or piece[-1] == " " or _OTHER_SPACE.search(piece):
            return len(self.words(start, end))
        chunks = [c for c in piece.split(" ") if c]
        last = len(chunks) - 1
        n = 0
        for k, chunk in enumerate(chunks):
            if chunk.isascii() and chunk.isalnum():
                n += 2 if chunk.lower() in _TWO_WORD_FORMS else 1
                continue
            word = _PUNCTUATED_WORD.fullmatch(chunk)     # "said," '"We' "(2009)." : one word among marks
            if word is not None and word.group(1).lower() not in _MARKED_FORMS:
                n += 1
            else:
                n += _chunk_words(chunk, k == 0, k == last)
        return n

    def quoted(self, tok) -> bool:
        """Inside double quotation marks, or single ones already kept as a quote."""
        idx = tok.idx
        return idx in self._in_marks or bool(self.kept_singles) and inside(self.kept_singles, idx, idx + len(tok))

    @property
    def all_spans(self) -> list[tuple[int, int]]:
        return self.spans + self.kept_singles

    def mention_at(self, tok, *, kinds=None):
        hits = [m for m in self._by_token.get(tok.idx, ()) if kinds is None or m[3] in kinds]
        if not hits:
            return None
        return min(hits, key=lambda m: (_KIND_RANK.get(m[3], 9), m[1] - m[0]))

    def is_person(self, actor: str) -> bool:
        """A PERSON actor (or of unknown type), or one given a person's role (*Isa Gambar, leader of ...*)."""
        return self.actor_types.get(actor, "PERSON") == "PERSON" or actor in self._with_role

    # -- indexes
    def _subject_index(self) -> list[tuple[int, str, int]]:
        """``(offset, actor, paragraph)`` of persons that are the subject of a main clause or a speech verb.

        Pronoun subjects are resolved in reading order by :meth:`recent_person`
        (so a wrong pronoun link of the mentions table does not propagate).
        """
        out: list[tuple[int, str, int]] = []
        self.subjects, self.subject_starts, self.noun_subjects = out, [], []
        tokens = self.tokens
        for t in [tokens[k] for k in self._nsubj]:            # the tokens whose dep_ is nsubj or nsubjpass
            if self.quoted(t):
                continue
            if not (t.head.dep_ == "ROOT" or is_speech_verb(t.head) or _frames_the_quotation(self, t.head)):
                continue
            m = self.mention_at(t, kinds={"name", "description", "pronoun"})
            actor = None
            if t.lower_ in PERSONAL_PRONOUNS:
                actor = self.recent_person(t.idx, PERSONAL_PRONOUNS[t.lower_])
            if actor is None and m is not None and self.is_person(m[2]):
                actor = m[2]
            if actor is None and m is None:
                actor = _known_person(self, t)
            if actor is None and (m is None or not self.is_person(m[2]) and self.actor_types.get(m[2]) != "ORG"):
                # "The Moscow correspondent ..., Fred Weir, told", "The third-ranking Republican ..., Rick Santorum, said"
                actor = next((x[2] for a in _appositions(t) for x in [self.mention_at(a, kinds={"name"})]
                              if x is not None and self.is_person(x[2])), None)
            if actor is None and m is None and t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", ""} \
                    and is_speech_verb(t.head):
                actor = _unlisted_name(self, t)   # "al-Baluchi told the judge", a name the recogniser missed
            if actor is None and t.tag_ == "NN" and t.lemma_.lower() in ANONYMOUS_NOUNS and is_speech_verb(t.head) \
                    and not _definite_role_named(self, t):
                actor = ""                 # "A senior official said ... He added": an unnamed speaker
            if actor is None and m is None and t.head.dep_ == "ROOT":
                named = self._one_person_included(t)
                if named is not None:     # "Some of the other justices appeared more sympathetic, including
                    t, actor = named      # Justice Stephen Breyer. ... he said": Breyer is the one named
            if actor is not None:
                out.append((t.idx, actor, self.para_of(t.idx)))
                self.subject_starts.append(t.idx)
            elif m is None and t.pos_ == "NOUN" and t.head.dep_ == "ROOT":
                self.noun_subjects.append(t.idx)   # "The seller of the puppy asked": someone unnamed
        return out

    def _one_person_included(self, subj):
        """``(token, person)`` when a plural or partitive subject (*some of the justices*, *several senators*)
        names exactly one person in an *including* phrase hung on it or on its verb; else None."""
        if not (subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"some", "many", "several", "most", "others", "few"}):
            return None
        preps = [c for c in list(subj.children) + list(subj.head.children)
                 if c.dep_ == "prep" and c.lower_ == "including"]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if len(objs) != 1 or any(c.dep_ == "conj" for c in objs[0].children):
            return None
        m = self.mention_at(objs[0], kinds={"name"})
        return (objs[0], m[2]) if m is not None and self.is_person(m[2]) else None

    def recent_person(self, offset: int, gender: str | None) -> str | None:
        """The person most recently the subject of a main clause or speech verb before ``offset``.

        Looks back over the current and the previous paragraph; skips actors
        whose pronouns in the mentions table are only of the other gender.
        """
        para = self.para_of(offset)
        k = bisect.bisect_left(self.subject_starts, offset) - 1
        while k >= 0 and self.subjects[k][2] >= para - _BACK_PARAGRAPHS:
            actor = self.subjects[k][1]
            genders = self.genders.get(actor, set())
            if gender is None or not genders or gender in genders:
                return actor
            k -= 1
        if k >= 0 and self.subjects[k][2] >= para - _FAR_PARAGRAPHS and gender is not None:
            actor = self.subjects[k][1]  # nobody nearer: the last subject further back, if of the right gender
            between = bisect.bisect_left(self.noun_subjects, offset) - bisect.bisect_right(self.noun_subjects,
                                                                                          self.subjects[k][0])
            if gender in self.genders.get(actor, set()) and between == 0:   # and no unnamed subject between
                return actor
        return None

    def _role_index(self) -> list[tuple[int, str, str, frozenset]]:
        """``(offset, actor, role, actors of its modifiers)`` for each role word said of a person.

        *Kenyan Prime Minister Raila Odinga* gives ``(.., "Raila Odinga", "minister", {"Kenya"})``.
        """
        out = []
        for m in self.mentions:
            if m[3] not in {"name", "description"} or self.actor_types.get(m[2], "PERSON") not in {"PERSON", "GPE",
                                                                                                    "NORP"}:
                continue                 # GPE: the entity recogniser sometimes takes a foreign name for a place
            toks = self.tokens_in(m[0], m[1])
            if not toks:
                continue
            ids = {t.i for t in toks}
            head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
            words = list(toks) + [t for c in head.lefts for t in c.subtree]
            words += [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "appos":
                words.append(head.head)
            mods = frozenset(x[2] for w in words for x in self._by_token.get(w.idx, ()) if x[2] != m[2])
            for w in words:
                role = role_of(w)
                if role is None and m[3] == "name" and self.actor_types.get(m[2]) == "PERSON":
                    role = _descriptor_of(w, toks[0])
                    if role is not None:
                        self.descriptors.add(role)
                if role is not None:
                    out.append((m[0], m[2], role, mods))
        out.sort()
        return out

    def recent_role(self, offset: int, role: str, modifiers: frozenset = frozenset()) -> str | None:
        """The person most recently given ``role`` before ``offset`` (current or previous paragraph).

        Failing that, the only person given that role earlier in the article.
        When the description has modifiers naming actors (*the Iranian
        president*), the person's role must have been given with one of them.
        """
        para = self.para_of(offset)
        k = bisect.bisect_left(self.role_starts, offset) - 1
        while k >= 0 and self.para_of(self.roles[k][0]) >= para - _BACK_PARAGRAPHS:
            if self.roles[k][2] == role and (not modifiers or modifiers & self.roles[k][3]):
                return self.roles[k][1]
            k -= 1
        earlier = {actor for _, actor, r, mods in self.roles[:max(k + 1, 0)]
                   if r == role and (not modifiers or modifiers & mods)}
        return earlier.pop() if len(earlier) == 1 else None     # the only one given that role so far

    def person_named_before(self, offset: int) -> bool:
        """A PERSON named by name in this or the previous paragraph before ``offset``."""
        para = self.para_of(offset)
        begin = self.paragraphs[max(para - _BACK_PARAGRAPHS, 0)][0] if self.paragraphs else 0
        return any(m[3] == "name" and begin <= m[0] < offset and self.actor_types.get(m[2]) == "PERSON"
                   for m in self.mentions)

    def next_role(self, offset: int, role: str, modifiers: frozenset = frozenset()) -> str | None:
        """The person next given ``role`` after ``offset``, at most two paragraphs on (a description before the name).

        Used only when nobody was named just before (:meth:`person_named_before`).

        *Japan's ambassador to Beijing defended the textbooks ... the home of the
        Japanese ambassador to China, Koreshige Anami*. The first person given
        that role decides: when its modifiers name other actors than the
        description's, nobody is returned.
        """
        last = self.para_of(offset) + _FAR_PARAGRAPHS
        k = bisect.bisect_right(self.role_starts, offset)
        while k < len(self.roles) and self.para_of(self.roles[k][0]) <= last:
            start, actor, r, mods = self.roles[k]
            if r == role:
                return actor if not modifiers or not mods or modifiers & mods else None
            k += 1
        return None

    def recent_organisation(self, offset: int) -> str | None:
        """The organisation most recently named before ``offset`` (current or previous paragraph)."""
        para = self.para_of(offset)
        k = bisect.bisect_left(self._org_starts, offset) - 1
        if k >= 0 and self.para_of(self._orgs[k][0]) >= para - _BACK_PARAGRAPHS:
            return self._orgs[k][1]
        return None

    @property
    def surnames(self) -> dict[str, list[tuple[int, str]]]:
        """Last word of each PERSON actor of two or more words -> ``(first offset, actor)`` (built once)."""
        if not hasattr(self, "_surname_cache"):
            first: dict[str, int] = {}
            for m in self.mentions:
                if m[3] == "name" and self.actor_types.get(m[2]) == "PERSON" and " " in m[2]:
                    first[m[2]] = min(first.get(m[2], m[0]), m[0])
            self._surname_cache = {}
            for actor, start in first.items():
                self._surname_cache.setdefault(actor.split()[-1], []).append((start, actor))
        return self._surname_cache

    @property
    def _orgs(self):
        if not hasattr(self, "_org_cache"):
            self._org_cache = [(m[0], m[2]) for m in self.mentions   # not one named inside a quotation
                               if m[3] == "name" and self.actor_types.get(m[2]) == "ORG"
                               and not inside(self.spans, m[0], m[1])]
            self._org_start_cache = [x[0] for x in self._org_cache]
        return self._org_cache

    @property
    def _org_starts(self):
        self._orgs  # noqa: B018 - builds the cache
        return self._org_start_cache


def _mention_records(mentions: pd.DataFrame | None, doc_id: str):
    if mentions is None or len(mentions) == 0:
        return [], {}
    # plain column lists, not itertuples: a pandas row object per mention costs more than the rules
    names = ["start", "end", "actor", "kind", "text"] + (["actor_type"] if "actor_type" in mentions.columns else [])
    columns = {c: column_list(mentions, c) for c in names}
    if "doc_id" in mentions.columns:
        doc_ids = column_list(mentions, "doc_id")
        # rows of other documents are ignored (none, usually: then no copy of the columns)
        if doc_id in doc_ids and doc_ids.count(doc_id) != len(doc_ids):
            keep = [i for i, d in enumerate(doc_ids) if d == doc_id]
            columns = {c: [v[i] for i in keep] for c, v in columns.items()}
    records = [(int(start), int(end), str(actor), str(kind), str(text))
               for start, end, actor, kind, text in zip(*(columns[c] for c in names[:5]))
               if isinstance(actor, str) and actor]
    types = {}
    if "actor_type" in columns:
        for actor, kind in zip(columns["actor"], columns["actor_type"]):
            if isinstance(actor, str) and isinstance(kind, str) and actor not in types:
                types[actor] = kind
    return sorted(records), types


# ---------------------------------------------------------------- speakers

def _regular_forms(verbs) -> frozenset[str]:
    """Regular inflections of ``verbs`` (*hopes*, *hoped*, *hoping*), for lemmas the tagger gets wrong (*hop*)."""
    out = set()
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + "s", v + "es", stem + "ed", stem + "ing"}
        if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            out |= {v[:-1] + "ies", v[:-1] + "ied"}
    return frozenset(out)


_QUOTE_VERB_FORMS = _regular_forms(QUOTE_VERBS)


def is_speech_verb(tok) -> bool:
    """A verb whose lemma (or regular form: *hopes* read as *hop*) is in :data:`analysis.quote_cues.QUOTE_VERBS`."""
    return tok.tag_.startswith("VB") and (tok.lemma_.lower() in QUOTE_VERBS or tok.lower_ in _QUOTE_VERB_FORMS)


def is_speech_noun(tok) -> bool:
    """A noun whose lemma is in :data:`analysis.quote_cues.SPEECH_NOUNS`."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in SPEECH_NOUNS or tok.lower_ in SPEECH_NOUNS)


def _noun_phrase_bounds(head) -> tuple[int, int]:
    """Token range of the head noun and its left modifiers (``One diplomat``, ``EU leaders``)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS and not child.is_punct:
            start = min(start, child.left_edge.i)
    while start < head.i and (head.doc[start].is_punct or head.doc[start].is_space):
        start += 1
    return start, head.i + 1


def _indefinite(head) -> bool:
    return any(c.lower_ in _INDEFINITE and c.dep_ in {"det", "nummod", "quantmod"} for c in head.lefts)


def _definite(head) -> bool:
    return any(c.lower_ in {"the", "this", "that"} and c.dep_ == "det" for c in head.lefts)


#: Words that make a proper name an organisation or outlet, not a person.
_ORG_WORDS = frozenset("""
    agency news press times post journal television radio network ministry department office party
    council committee court commission union institute company corporation group bank university
    government association bureau service constitution law act treaty
    """.split())


def _unlisted_name(ctx: QuoteContext, tok) -> str | None:
    """A short proper name with no mention, subject of a speech verb: the speaker's name, if a person's."""
    found = speaker_of(ctx, tok)
    if found is None or not found.actor or len(found.actor.split()) > 3:
        return None
    if any(w.lower().strip(".,") in _ORG_WORDS for w in found.actor.split()) or found.actor.isupper():
        return None
    return found.actor


#: Abbreviated titles and synonyms, folded to one role (*Sen. X* ... *the senator*).
_ROLE_ALIASES = {"sen": "senator", "gov": "governor", "rep": "representative", "congressman": "representative",
                 "congresswoman": "representative", "gen": "general", "adm": "admiral", "col": "colonel",
                 "lt": "lieutenant", "capt": "captain", "maj": "major", "sgt": "sergeant", "chairwoman": "chairman",
                 "chair": "chairman", "spokeswoman": "spokesman", "spokesperson": "spokesman"}


def role_of(tok) -> str | None:
    """The role a title or role word gives (``Sen.`` and ``senator`` -> ``senator``), or None."""
    for form in (tok.lemma_.lower().rstrip("."), tok.lower_.rstrip(".")):
        if form in ROLE_NOUNS:
            return _ROLE_ALIASES.get(form, form)
    return None


def _definite_role_named(ctx: QuoteContext, tok) -> bool:
    """*the spokesman* when a person was given that role before (then :func:`speaker_of` names them)."""
    return _definite(tok) and role_of(tok) is not None and ctx.recent_role(tok.idx, role_of(tok)) is not None


def _descriptor_of(tok, first) -> str | None:
    """The lemma of a common noun said of a person's name, or None.

    *interviewer Jake Tapper* (the noun just before the name) and *Jake Tapper,
    the interviewer* (an apposition): a later *the interviewer said* is that
    person (:func:`_description_speaker`). ``first`` is the name's first token.
    """
    if tok.pos_ != "NOUN" or not tok.is_lower or tok.tag_ not in {"NN", "NNP"}:
        return None
    if tok.dep_ == "compound" and tok.i == first.i - 1 or tok.dep_ == "appos":
        return tok.lemma_.lower()
    return None


def it_of_source(ctx: QuoteContext, head) -> Speaker | None:
    """*The SEC pleads that ... It further accused ...*: *it* is the source of the sentence before.

    When *it*, the first word of its sentence, is the subject of a speech
    verb and the first speech or finding verb outside quotation marks in the
    previous sentence of the same paragraph has a noun subject that is not a
    person (an organisation, a report, a study), *it* is that source. Else
    None (the mention tables resolve the pronoun).
    """
    if head.dep_ != "nsubj" or head.sent.start == 0 or head.i != head.sent.start:
        return None                      # not "Once the party is registered, it intends to ..."
    prev = ctx.doc[head.sent.start - 1].sent
    if "\n" in ctx.text[prev.end_char:head.idx]:
        return None                      # another paragraph
    verbs = [t for t in prev if t.pos_ in {"VERB", "AUX"} and not ctx.quoted(t)
             and (is_speech_verb(t) or t.lemma_.lower() in FINDING_VERBS)]
    subj = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None) if verbs else None
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or ctx.quoted(subj):
        return None
    found = speaker_of(ctx, subj)
    if found is None or found.actor and ctx.is_person(found.actor):
        return None
    return Speaker(found.actor, head.text, head.idx, head.idx + len(head))


def _pronoun_speaker(ctx: QuoteContext, head) -> Speaker | None:
    gender = PERSONAL_PRONOUNS.get(head.lower_)
    if gender is None:
        return None
    actor = ctx.recent_person(head.idx, gender)
    return Speaker(actor, head.text, head.idx, head.idx + len(head)) if actor is not None else None


#: Person nouns that a definite description uses for the politician the story is about
#: (*the likely presidential nominee said*, *the Arizona senator*, *said the California Democrat*).
_ANAPHORIC_NOUNS = frozenset("""
    democrat republican nominee candidate senator congressman congresswoman lawmaker legislator governor
    frontrunner front-runner incumbent challenger contender hopeful politician
    """.split())


def _anaphoric_person(ctx: QuoteContext, head, phrase) -> Speaker | None:
    """*the likely presidential nominee*, *the California Democrat*: the person last the subject nearby.

    Only for a singular definite description headed by one of :data:`_ANAPHORIC_NOUNS`
    that no earlier role names (:meth:`QuoteContext.recent_role` failed) and that is
    not owned (*Obama's nominee* is someone else); the person is the one
    :meth:`QuoteContext.recent_person` gives a pronoun of either gender.
    """
    if head.tag_ in {"NNS", "NNPS"} or not _definite(head) or ctx.quoted(head):
        return None
    if head.lower_ not in _ANAPHORIC_NOUNS and head.lemma_.lower() not in _ANAPHORIC_NOUNS \
            and not head.lower_.endswith("-year-old"):
        return None                      # "the sixty-seven-year-old said": an age stands for the person too
    if any(c.dep_ == "poss" for c in head.children):
        return None
    actor = ctx.recent_person(head.idx, None)
    if actor is None:                    # nobody nearer: the last person subject two paragraphs back
        k = bisect.bisect_left(ctx.subject_starts, head.idx) - 1
        if k >= 0 and ctx.subjects[k][2] >= ctx.para_of(head.idx) - _FAR_PARAGRAPHS:
            actor = ctx.subjects[k][1]
    return Speaker(actor, phrase.text, phrase.start_char, phrase.end_char) if actor else None


def _description_speaker(ctx: QuoteContext, head, phrase) -> Speaker | None:
    """*the minister*, *the company*: the most recent actor with that role, in this or the previous paragraph."""
    lemma = head.lemma_.lower()
    if head.tag_ in {"NNS", "NNPS"} or _indefinite(head):
        return None
    owned = any(c.dep_ == "poss" and ctx.mention_at(c) is not None for c in head.lefts)   # "Iran's ambassador"
    if not (_definite(head) or owned or (head.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in head.lefts))):
        return None
    actor = None
    if role_of(head) is not None:
        mods = frozenset(m[2] for c in head.lefts for t in c.subtree for m in ctx._by_token.get(t.idx, ()))
        actor = ctx.recent_role(head.idx, role_of(head), mods)
        if actor is None and not ctx.quoted(head) and not ctx.person_named_before(head.idx):
            actor = ctx.next_role(head.idx, role_of(head), mods)   # "The director of the CIA has confirmed"
    elif lemma in _COMPANY_NOUNS or lemma in _ORG_NOUNS:
        actor = ctx.recent_organisation(head.idx)
    elif lemma in ctx.descriptors and _definite(head) and head.pos_ == "NOUN":
        actor = ctx.recent_role(head.idx, lemma)   # "interviewer Jake Tapper ... the interviewer said"
    if actor is None:
        return _anaphoric_person(ctx, head, phrase)
    return Speaker(actor, phrase.text, phrase.start_char, phrase.end_char)


def _actor_of_modifiers(ctx: QuoteContext, head, preps) -> str | None:
    for child in head.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod"}:
            m = ctx.mention_at(child)
            if m is not None:
                return m[2]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                m = ctx.mention_at(obj) if obj.dep_ == "pobj" else None
                if m is not None:
                    return m[2]
    return None


#: Group nouns for the people around a person (*the Obama campaign*, *DeLay's staff*, *Clinton aides*):
#: such a group speaks for itself, an unnamed source, not as the person it is named after.
_ENTOURAGE_NOUNS = frozenset("campaign aide aides staff team official officials source sources".split())


def _entourage_of_person(ctx: QuoteContext, head, actor: str) -> bool:
    """*The McCain campaign*, *Odinga's team*, *campaign officials for Obama*: a person's entourage.

    True when ``head`` is one of :data:`_ENTOURAGE_NOUNS` and ``actor`` (the
    actor its modifiers name) is a PERSON; an organisation's or a country's
    officials (*USAF officials*, *the UN team*) stay that organisation.
    """
    lemma = head.lemma_.lower()
    return (lemma in _ENTOURAGE_NOUNS or head.lower_ in _ENTOURAGE_NOUNS) \
        and ctx.actor_types.get(actor) == "PERSON"


def _appositions(head):
    """Appositions of ``head``, also those the parser hung on the object of its preposition.

    *Iran's ambassador to Iraq, Hassan Kazemi-Qomi, said*: the name is parsed
    as an apposition of *Iraq*; a place or organisation there is taken only
    when the apposition is a person (checked by the caller).
    """
    out = [c for c in head.children if c.dep_ == "appos"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "of", "for", "in", "at"}:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += [c for c in obj.children if c.dep_ == "appos"]
    return out


#: Words that open a clause whose subject may be *Name, the adviser*: *when X, the adviser, said*.
_CLAUSE_OPENERS = frozenset("when as while after before because since although though that".split())


def _name_before_comma(ctx: QuoteContext, start: int) -> Speaker | None:
    """*Ali al-Dabbagh, a spokesman for the government, said*: the person named just before the phrase.

    The name must open its sentence or clause (after one of
    :data:`_CLAUSE_OPENERS`: *when Mowaffak al-Rubaie, the current Iraqi
    National Security Advisor said*) and be followed by a comma and the
    speaker phrase (token ``start``); the parser often hangs such a name
    loosely on the verb instead of making the phrase its apposition. Not a
    name that is the object of a verb (*Bush met Karzai, the spokesman said*).
    """
    doc = ctx.doc
    if start < 2 or doc[start - 1].text != ",":
        return None
    m = ctx.mention_at(doc[start - 2], kinds={"name"})
    if m is None or not ctx.is_person(m[2]) or ctx.actor_types.get(m[2]) != "PERSON":
        return None
    first = next((t for t in ctx.tokens_in(m[0], m[1])), None)
    if first is None or not (first.is_sent_start or first.i == 0 or doc[first.i - 1].is_space
                             or doc[first.i - 1].lower_ in _CLAUSE_OPENERS):
        return None
    return Speaker(m[2], m[4], m[0], m[1])


def _known_person(ctx: QuoteContext, head) -> str | None:
    """The person actor whose name ends with the capitalised word ``head`` (one such actor only).

    A surname alone (*Kazemi-Qomi told*) that the entity recogniser did not
    mark is still the person named in full earlier in the article.
    """
    if ctx.mention_at(head) is not None or not head.text[:1].isupper() or head.lower_ in PERSONAL_PRONOUNS:
        return None
    if head.i > 0 and head.doc[head.i - 1].pos_ == "PROPN" and head.doc[head.i - 1].dep_ == "compound":
        return None                      # part of a longer name: the rule is for a surname alone
    hits = {actor for first, actor in ctx.surnames.get(head.text, ()) if first < head.idx}
    return hits.pop() if len(hits) == 1 else None


#: Words that end a capitalised title, never a name (*Senior Counterterrorism Counsel*, *National Security Advisor*).
_TITLE_ENDS = frozenset("""
    counsel adviser advisor director secretary spokesman spokeswoman spokesperson officer correspondent editor
    analyst coordinator commissioner minister ambassador envoy chairman chairwoman chief executive
    """.split())


def _title_word(tok) -> bool:
    """The last word of a capitalised title (:data:`_TITLE_ENDS`)."""
    return tok.lower_ in _TITLE_ENDS or tok.lemma_.lower() in _TITLE_ENDS


def _name_ending_title(ctx: QuoteContext, head) -> Speaker | None:
    """*Director of National Intelligence spokesman Ross Feinstein said*: the person named at the title's end.

    ``head`` is a title word (the parser made it the subject and hung the
    name on its *of* phrase); the phrase must end with a PERSON name that
    follows another title or capitalised word, not a preposition or a
    determiner (*the chief of staff of Nancy Pelosi* is not Pelosi).
    """
    last = head.right_edge
    if last.i <= head.i + 1:
        return None
    m = ctx.mention_at(last, kinds={"name"})
    if m is None or ctx.actor_types.get(m[2]) != "PERSON" or m[1] != last.idx + len(last):
        return None
    first = next(iter(ctx.tokens_in(m[0], m[1])), None)
    if first is None or first.i <= head.i + 1:
        return None
    before = head.doc[first.i - 1]
    if before.pos_ in {"ADP", "DET", "PART", "PUNCT", "CCONJ", "PRON"} or before.dep_ == "poss":
        return None
    return Speaker(m[2], m[4], m[0], m[1])


#: Nouns for an institution that its modifier names (*the Turkish government*, *the US embassy*).
_INSTITUTION_NOUNS = frozenset("government ministry office administration embassy delegation authorities authority"
                               .split()) | _ORG_NOUNS | _COMPANY_NOUNS

#: Verbs by which someone puts out a document of their own (*released a statement*), not one of others.
_ISSUE_VERBS = frozenset("release issue publish post send put make deliver file sign write read".split())


def _document_author(ctx: QuoteContext, head) -> str | None:
    """Who wrote the document ``head``: *a memo posted online by Senator Juan Dalmau*, or, for *the
    statement added*, who *released a statement* earlier in this or the previous paragraph."""
    for child in head.rights:          # "a memo posted by X", "a letter signed by X"
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "by":
                    for obj in agent.children:
                        m = ctx.mention_at(obj, kinds={"name"}) if obj.dep_ == "pobj" else None
                        if m is not None:
                            return m[2]
    if not _definite(head) or any(c.dep_ in {"poss", "compound", "amod"} for c in head.lefts):
        return None
    begin = ctx.paragraphs[max(ctx.para_of(head.idx) - _BACK_PARAGRAPHS, 0)][0] if ctx.paragraphs else 0
    doc = head.doc
    for k in range(head.i - 1, -1, -1):     # "X released a statement saying ... the statement added"
        tok = doc[k]
        if tok.idx < begin:
            break
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN" or ctx.quoted(tok):
            continue
        if tok.dep_ in {"dobj", "obj"} and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _ISSUE_VERBS:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            m = ctx.mention_at(subj) if subj is not None else None
            if m is None and subj is not None and subj.lemma_.lower() in _INSTITUTION_NOUNS:
                # "the Turkish government released a statement"; not "the NSW Auditor-General released"
                m = next((x for c in subj.lefts if c.dep_ in {"amod", "compound", "poss"}
                          for x in [ctx.mention_at(c)] if x is not None), None)
            if m is not None and m[2]:
                return m[2]
        return None                          # the nearest earlier mention of the document decides
    return None


def speaker_of(ctx: QuoteContext, head) -> Speaker | None:
    """Resolve the head token of a speaker phrase to an actor (rule 5 of :mod:`analysis.quotes`)."""
    doc = ctx.doc
    if head.lower_ == "it":
        found = it_of_source(ctx, head)
        if found is not None:
            return found
    mention = ctx.mention_at(head, kinds={"name", "pronoun", "description"})
    if head.lower_ in PERSONAL_PRONOUNS and (mention is None or mention[3] == "pronoun"):
        found = _pronoun_speaker(ctx, head)
        if found is not None:
            return found
    if mention is None and head.lower_.endswith("-year-old"):
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), None)
        if appos is not None:            # "said the sixty-seven-year-old, three-term senator": the senator
            found = speaker_of(ctx, appos)
            if found is not None and found.actor:
                return found
    s, e = _noun_phrase_bounds(head)
    if mention is None or mention[3] != "name" or not ctx.is_person(mention[2]) \
            and ctx.actor_types.get(mention[2]) != "ORG":   # not "The IICD – de Chastelain, ... – reported"
        # "An Afghan government spokesman, Zamari Bashari, said"; "The third-ranking Republican in the
        # Senate, Rick Santorum, said": a person named in apposition to a group or party word
        for child in _appositions(head):
            m = ctx.mention_at(child, kinds={"name"})
            if m is not None and ctx.is_person(m[2]):
                return Speaker(m[2], m[4], m[0], m[1])
    if mention is None or mention[3] != "name":
        named = _name_before_comma(ctx, s)
        if named is None and (_title_word(head) or role_of(head) is not None):
            named = _name_ending_title(ctx, head)
        if named is not None:
            return named
    if (mention is None or mention[3] != "name") and head.dep_ == "appos":
        m = ctx.mention_at(head.head, kinds={"name"})   # "said Brian Faith, a spokesman for X who also said":
        if m is not None and ctx.actor_types.get(m[2]) == "PERSON":   # the relative clause's antecedent
            return Speaker(m[2], m[4], m[0], m[1])                      # is the named person's apposition
    if mention is not None and (head.lower_ in ANONYMOUS_NOUNS or head.lemma_.lower() in ANONYMOUS_NOUNS) \
            and _indefinite(head):
        return Speaker("", doc[s:e].text, doc[s:e].start_char, doc[s:e].end_char)   # "a Microsoft Spokesperson"
    if mention is not None and mention[3] == "name" and not ctx.is_person(mention[2]):
        found = _anaphoric_person(ctx, head, doc[s:e])   # "said the California Democrat": not the party
        if found is not None:
            return found
    if mention is not None:
        return Speaker(mention[2], mention[4], mention[0], mention[1])
    phrase = doc[s:e]
    lemma = head.lemma_.lower()
    if head.pos_ in {"NOUN", "PROPN"}:
        found = _description_speaker(ctx, head, phrase)
        if found is not None:
            return found
        if (lemma in ANONYMOUS_NOUNS or head.lower_ in ANONYMOUS_NOUNS) and _indefinite(head):
            return Speaker("", phrase.text, phrase.start_char, phrase.end_char)
        if lemma in GROUP_NOUNS or head.lower_ in GROUP_NOUNS:
            actor = _actor_of_modifiers(ctx, head, {"of", "from", "for", "at"})
            if actor is not None and _entourage_of_person(ctx, head, actor):
                actor = ""               # "The McCain campaign said", "Clinton aides told": not McCain, not Clinton
            if actor is not None:
                return Speaker(actor, phrase.text, phrase.start_char, phrase.end_char)
        if lemma in DOCUMENT_NOUNS or lemma in SPEECH_NOUNS or lemma in VIEW_NOUNS:
            for child in head.children:      # "Migiro's remarks", "Tsvangirai comments"
                m = ctx.mention_at(child) if child.dep_ in {"poss", "compound"} else None
                if m is not None:
                    return Speaker(m[2], phrase.text, phrase.start_char, phrase.end_char)
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in _DOC_PREPS:
                    for obj in child.children:
                        m = ctx.mention_at(obj) if obj.dep_ == "pobj" else None
                        if m is None and obj.dep_ == "pobj":   # "a statement on the Foreign Ministry web site"
                            m = next((x for c in obj.lefts if c.dep_ in {"compound", "poss"}
                                      for x in [ctx.mention_at(c, kinds={"name"})] if x is not None), None)
                        if m is not None:
                            return Speaker(m[2], phrase.text, phrase.start_char, phrase.end_char)
            author = _document_author(ctx, head)
            if author is not None:
                return Speaker(author, phrase.text, phrase.start_char, phrase.end_char)
    known = _known_person(ctx, head)
    if known is not None:                # "Kazemi-Qomi told": a surname the recogniser missed
        return Speaker(known, head.text, head.idx, head.idx + len(head))
    if head.pos_ == "PROPN":
        names = [t for t in phrase if t.pos_ == "PROPN"]
        if names:                        # the last run of proper nouns: not 'Hutu-extremist rebel group X'
            first = names[-1].i
            while first - 1 >= phrase.start and doc[first - 1].pos_ == "PROPN":
                first -= 1
            names = [t for t in names if t.i >= first]
        name = doc[names[0].i:names[-1].i + 1] if names else phrase
        if names and _title_word(names[-1]):   # "Human Rights Watch's Senior Counterterrorism Counsel said":
            return Speaker("", phrase.text, phrase.start_char, phrase.end_char)   # a title, not a name
        if not all(t.lower_ in ROLE_NOUNS or t.lower_ in GROUP_NOUNS or t.lower_ in ANONYMOUS_NOUNS for t in names):
            return Speaker(name.text, name.text, name.start_char, name.end_char)
        return Speaker("", phrase.text, phrase.start_char, phrase.end_char)
    if head.pos_ in {"NOUN", "PRON", "NUM"} and not head.is_punct:
        return Speaker("", phrase.text, phrase.start_char, phrase.end_char)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if head.pos_ == "ADJ" and head.lower_ in _QUANTIFIERS and of is not None \
            and any(c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in of.children):
        span = doc[head.i:of.right_edge.i + 1]   # "Many of the 305 prisoners at Guantanamo have complained":
        return Speaker("", span.text, span.start_char, span.end_char)   # part of a group, anonymous
    return None


#: Quantifiers that head a subject naming part of a group (*many of the prisoners*).
_QUANTIFIERS = frozenset({"many", "most", "several", "few", "some", "all", "both", "each", "none"})


def _person_named(ctx: QuoteContext | None, tok) -> bool:
    m = ctx.mention_at(tok, kinds={"name"}) if ctx is not None else None
    return m is not None and ctx.actor_types.get(m[2]) == "PERSON"


def _person_before_place(ctx: QuoteContext, subj):
    """*Jo Anne Van Tilburg of the University of California, Los Angeles disagreed*: the person, not the place.

    The parser made the place after the comma closing an *of* phrase the
    subject; when that phrase hangs (through *of* / *at* / *from*) on a
    person's name, the name is the subject. None otherwise.
    """
    if subj.ent_type_ not in {"GPE", "LOC"} or subj.left_edge.i < 2 or subj.doc[subj.left_edge.i - 1].text != ",":
        return None
    tok = subj.doc[subj.left_edge.i - 2]
    while tok.dep_ in {"pobj", "prep", "compound"} and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    if tok.i == subj.doc[subj.left_edge.i - 2].i or tok.pos_ != "PROPN" or not _person_named(ctx, tok):
        return None
    return tok


def _frames_the_quotation(ctx: QuoteContext, verb) -> bool:
    """A main clause the parser hung on the quotation after it (*Gregg was critical of the plan: "These ..."*)."""
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.i != verb.i and _inside_quote_only(ctx, verb.head, verb)


def _inside_quote_only(ctx: QuoteContext | None, head, verb) -> bool:
    """``head`` lies inside quotation marks and ``verb`` outside them (the parser joined a tag to the quotation)."""
    return ctx is not None and ctx.quoted(head) and not ctx.quoted(verb)


def finite_conj_of_infinitive(verb) -> bool:
    """*He urged the public to support X and called on Y to ...*: a finite verb the parser hung as a conjunct
    on the infinitive, though it is coordinated with the verb governing the infinitive (whose subject it
    shares; the infinitive's is that verb's object)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ"} and head.i != verb.i and head.tag_ == "VB" \
        and head.dep_ == "xcomp" and head.head.i != head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def subject_token(verb, depth: int = 0, *, ctx: QuoteContext | None = None):
    """The token naming who does ``verb`` (see rule 5 of :mod:`analysis.quotes`).

    With ``ctx``, a subject outside quotation marks is preferred to one inside.
    """
    if depth > 4:
        return None
    if verb.lemma_.lower() == "quote" and ctx is not None:
        quoted = _quoted_as_saying(verb)    # "the news agency quoted the mourners as saying": the mourners speak
        if quoted is not None:
            return quoted
    subjects = [c for c in verb.children if c.dep_ == "nsubj"
                or (c.dep_ == "nsubjpass" and (verb.lemma_.lower() == "quote" or depth > 0 and _person_named(ctx, c)))]
    if len(subjects) > 1:                # "Dempsey, whose Command is responsible for ..., told": the relative
        subjects = [c for c in subjects if not any(k.lower_ == "whose" for k in c.children)] or subjects
        # clause's subject was hung on the main verb too
    if subjects:                         # "X was quoted as saying", "X was reported ... and later shouted"
        if ctx is not None:
            subjects = [c for c in subjects if not ctx.quoted(c)] or subjects
            subjects = [c for c in subjects if ctx.mention_at(c, kinds={"name"}) is not None] or subjects
        child = min(subjects, key=lambda c: abs(c.i - verb.i))     # not a subject inside the quotation
        if ctx is not None:
            child = _person_before_place(ctx, child) or child
        if child.pos_ == "VERB" and child.tag_ in {"VBN", "VBG"} and ctx is not None:
            # "Asked about the prospects ..., Rod Barton, a member of ..., said": the parser made the
            # participle the subject and hung the name inside it; the last person named there speaks
            named = [t for t in child.subtree if t.pos_ == "PROPN" and not ctx.quoted(t) and _person_named(ctx, t)]
            if named:
                return named[-1]
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        return child
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if verb.dep_ == "conj" and verb.head.i != verb.i and _inside_quote_only(ctx, verb.head, verb):
        return None                      # '"... on the deficit," remarked Spratt': not the quoted verb's subject
    if finite_conj_of_infinitive(verb):
        return subject_token(verb.head.head, depth + 1, ctx=ctx)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        head = verb.head                 # "He said it was X and said he ...": the second *said* is parsed
        if (is_speech_verb(verb) or verb.lemma_.lower() == "make") and head.dep_ == "ccomp" \
                and is_speech_verb(head.head) and not is_speech_verb(head):
            # on the clause ("said that ... but made it clear that"); not "Reuters reported that an
            # official confirmed X, and said that ...": there the official speaks twice
            return subject_token(head.head, depth + 1, ctx=ctx)
        return subject_token(head, depth + 1, ctx=ctx)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        for child in verb.head.children:
            if child.dep_ in {"dobj", "obj"}:
                return child
        return subject_token(verb.head, depth + 1, ctx=ctx)
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (is_speech_noun(verb.head) or verb.head.lemma_ in DOCUMENT_NOUNS
                                                      or verb.head.lemma_.lower() in _DEMAND_TEXT_NOUNS):
        noun = verb.head                # "Migiro's remarks calling ...", "Y released a statement saying ..."
        if any(c.dep_ == "poss" for c in noun.children) or noun.head.i == noun.i:
            return noun
        return subject_token(noun.head, depth + 1, ctx=ctx) if noun.head.pos_ in {"VERB", "AUX"} else noun
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _people_noun(verb.head) and is_speech_verb(verb):
        return verb.head                 # "led to some critics claiming that ...", "protesters demanding ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_speech_verb(verb) and verb.head.dep_ in {"nsubj", "nsubjpass"} \
            and any(c.dep_ == "punct" and c.i == verb.i - 1 for c in verb.head.children) \
            and (verb.head.lemma_.lower() in ROLE_NOUNS or _person_named(ctx, verb.head)):
        return verb.head                 # "The vice president, anticipating a "spirited debate" ..., said"
    if verb.dep_ in {"advcl", "xcomp"} and _goes_on(verb.head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject_token(verb.head, depth + 1, ctx=ctx)   # "Clinton went on to ask for more votes"
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head         # "X said they had set out to A and had B, calling C": past the conjuncts
        if is_speech_verb(verb) and clause.dep_ == "ccomp" and is_speech_verb(clause.head):
            return subject_token(clause.head, depth + 1, ctx=ctx)   # "X said the verdict was A, adding B"
        return subject_token(verb.head, depth + 1, ctx=ctx)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in {"VERB", "AUX"}:
        if verb.head.lower_ == "as":     # "The Post quoted John Weaver as saying": the object speaks
            obj = next((c for c in verb.head.head.children if c.dep_ in {"dobj", "obj"}), None)
            return obj
        return subject_token(verb.head.head, depth + 1, ctx=ctx)   # "X echoed ... in saying", "by asserting that"
    if ctx is not None and depth == 0:
        before = _noun_before_dashes(verb)
        if before is not None:           # "the sixty-five-year-old senior senator—with his family at his
            return before                # side—said": the parser lost the subject across the dashes
        return _name_run_after_quotation(ctx, verb)
    return None


_DASHES = frozenset({"—", "–", "--"})


def _noun_before_dashes(verb):
    """The noun ending right before a dash-delimited aside in front of a subjectless main verb, or None.

    *the senior senator—with his family at his side—said*: the parser hung the noun elsewhere (an
    apposition of the place before it) and left *said* without a subject.
    """
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) \
            or verb.i < 3 or doc[verb.i - 1].text not in _DASHES:
        return None
    k = verb.i - 2
    while k > verb.sent.start and doc[k].text not in _DASHES and verb.i - k < 25:
        k -= 1
    if k <= verb.sent.start or doc[k].text not in _DASHES:
        return None
    noun = doc[k - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ in {"appos", "pobj", "conj", "npadvmod", "dobj"} else None


def _goes_on(verb) -> bool:
    """*went on*, *continued*, *proceeded*: the verbs after which a *to*-infinitive is the subject's next act."""
    lemma = verb.lemma_.lower()
    return lemma in {"continue", "proceed"} or lemma == "go" and any(
        c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "on" for c in verb.children)


def _quoted_as_saying(verb):
    """The object of *quoted X as saying* (the person quoted), or None."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and is_speech_verb(c) for c in prep.children):
            return obj
    return None


#: Texts that call or demand for whoever passes, signs or carries them (*the council passed a resolution
#: calling for a ceasefire*, *demonstrators waved signs calling on the justices to ...*).
_DEMAND_TEXT_NOUNS = frozenset("""
    resolution petition motion sign placard banner poster
    """.split())


#: Plural nouns for people that can hold a participle of speech (*critics claiming that ...*).
_PEOPLE_NOUNS = frozenset("""
    critic opponent supporter voter citizen resident protester protestor activist people person expert analyst
    scientist researcher lawmaker legislator politician parent student worker employee official leader
    """.split())


def _people_noun(tok) -> bool:
    """A common noun naming people (*critics*, *officials*, *lawmakers*), not a thing or a name."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    return lemma in _PEOPLE_NOUNS or lemma in GROUP_NOUNS or lemma in ANONYMOUS_NOUNS


def _name_run_after_quotation(ctx: QuoteContext, verb):
    """``"...," Conyers and Sanchez wrote.``: the parser hung the names on the quotation.

    The words between the closing mark and the verb are only names, pronouns
    and *and*: the first of them speaks.
    """
    run = []
    k = verb.i - 1
    while k >= verb.sent.start and not ctx.quoted(verb.doc[k]) and verb.doc[k].text not in MARKS:
        run.append(verb.doc[k])
        k -= 1
    if k < verb.sent.start or not run or len(run) > 6:
        return None
    words = [t for t in reversed(run) if not t.is_punct]
    if not words or not all(t.pos_ in {"PROPN", "PRON"} or t.lower_ == "and" for t in words):
        return None
    return words[0]


def according_to(tok):
    """``according to X``: the tokens ``according``, ``to`` and X's head, or None."""
    if tok.lower_ != "according":
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    for obj in nxt.children:
        if obj.dep_ == "pobj":
            return tok, nxt, obj
    return None


def attribution(ctx: QuoteContext, cue_tok) -> tuple[Speaker | None, Cue | None]:
    """Speaker and cue of a speech verb (or of ``according``)."""
    acc = according_to(cue_tok)
    if acc is not None:
        a, to, obj = acc
        cue = Cue(ctx.text[a.idx:to.idx + len(to)], a.idx, to.idx + len(to))
        return speaker_of(ctx, obj), cue
    cue = Cue(cue_tok.text, cue_tok.idx, cue_tok.idx + len(cue_tok))
    subj = subject_token(cue_tok, ctx=ctx)
    if subj is None and cue_tok.i > 0 and (ctx.quoted(cue_tok.doc[cue_tok.i - 1]) or cue_tok.doc[cue_tok.i - 1].is_punct):
        for child in cue_tok.rights:         # "..., continued the OSCE": the subject parsed as an object
            if child.dep_ in {"dobj", "attr", "npadvmod", "oprd"} and child.pos_ in {"NOUN", "PROPN"} \
                    and not ctx.quoted(child):
                subj = child
                break
    return (speaker_of(ctx, subj) if subj is not None else None), cue


def cue_in(ctx: QuoteContext, start: int, end: int, *, last: bool = False):
    """First (or last) speech verb or ``according to`` outside quotation marks in ``[start, end)``."""
    found = [t for t in ctx.tokens_in(start, end)
             if not ctx.quoted(t) and (is_speech_verb(t) or according_to(t) is not None)]
    if not found:
        return None
    return found[-1] if last else found[0]
