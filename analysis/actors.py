"""Actors: named entities, resolved into canonical actors with all their mentions.

The rules, in the order they apply (each is a small function below):

1. **Names.** spaCy entities of type PERSON, ORG, GPE and NORP are the
   candidate names. A leading ``the`` and titles (``Mr``, ``President``,
   ``Prime Minister``, a country adjective before a title, as in ``Romanian
   President``) are not part of a name; a country name before a person's
   name (a dateline: ``Iraq Ryan Crocker``) is cut off. An office inside an
   organisation entity is cut out (:func:`analysis.names.split_title`:
   ``UN Emergency Relief Coordinator Martin Griffiths`` gives the ORG ``UN``
   and the PERSON ``Martin Griffiths``; ``Vice-President of Visa`` gives
   ``Visa``), and an organisation name ends before a number or currency
   amount (``Microsoft €1.68 billion``).
   **Unicode.** Names are compared and stored under
   :func:`analysis.names.match_key` (NFC, no zero-width spaces or soft
   hyphens), so ``Orba\u0301n`` and ``Orbán`` are one actor; offsets and the
   ``text`` column still point into the original text.
   **Types the tagger gets wrong.** A country name is the state whatever
   its label, and ``US$`` is money; ranks and post-nominal letters are cut
   (``Pte Farr``, ``Margaret Beckett MP``); a PERSON or GPE name ending in an
   organisation word is an ORG (``Cunard Line``, ``Parti Québécois``); names
   of awards, events and agreements are not actors; an ORG name ending in an
   office (``Auditor General``, ``MPs``) is not an organisation; a
   multi-word PERSON that is a city of ``data/places.csv`` is a GPE; an ORG
   or GPE name next to a person's role noun is a person (``porn actress
   Stormy Daniels``).
   **Parties.** A party's name the tagger split is one ORG: two halves around
   *and* (``the Social Democratic and Labour Party``) and a party name before
   *of* and a place (``the Communist Party of Greece``); a name tagged PERSON
   is an ORG where the words around show a party (``Sinn Féin's leader``,
   ``leader of Sinn Féin``, ``Sinn Féin MPs``) or where it ends in a plural
   party name (``Ontario Greens``); a one-word name tagged ORG that is the
   surname of exactly one person's full name joins that person (``Taoiseach
   Bertie Ahern`` ... ``Ahern``).
   **Not actors.** An office's portfolio (``Secretary of Defense``,
   ``minister for Housing and Works``), two countries joined by a hyphen
   (``U.S.-Canada``), time zones (``UTC``) and laws (``Freedom of
   Information Act``) are no names; a role noun before a full name is cut
   (``Lawyer Marx Andryan``), and so is a peer's territorial designation
   (``Baroness Royall of Blaisdon`` -> ``Royall``). **Names the tagger
   misses:** the groups of states ``G7``, ``G8``, ``G20``, ``G77`` (also
   ``G-8``) are organisations; ``Dalai Lama``, ``Panchen Lama`` and ``Aga
   Khan`` are persons' names (``Dalai`` alone joins the Dalai Lama).
   **Kinds of organisation.** A name right after a noun of a kind of
   organisation (``the Irish airline Ryanair``, ``social networking site
   Facebook``) or between *the*/*a*/*former* and a party office (``a former
   Fianna Fáil minister``) is an ORG, found even where the tagger missed it
   after such a noun, unless it has a given name; an office alone tagged ORG (``the Justice``, ``the
   Taoiseach``) is no organisation; a country tagged alone before an untagged
   institution is the institution (``a U.S. Senate plan``: ORG *U.S. Senate*); honorifics such as ``Begum`` and a
   sentence-initial ``Current``/``Several`` are cut from a name.
   **Given names that are places.** A one-word place tagged GPE right before a person's
   name is the person's given name (``said Aden Hashi Ayro``), except a country, a word in
   capitals, at the start of a line or after a preposition (``from Nevada Harry Reid``).
   **Stock indices** (``Sensex``, ``Straits Times Index``, ``the Shanghai Index``), a
   generational suffix alone (``Sr.``) and charters are no actors; a surname joins a full name
   ending in ``Jr.``/``Sr.`` (``Reyes`` -> ``Renato Reyes Jr.``) unless another full name has
   it without one; ``the U.S..`` (a sentence's full stop after ``U.S.``) is the United States.
   **Sports.** In a sports story (a sport slug, or two words only sports
   reports use), a club named after a place (``Caloundra defeated Wynnum``,
   ``Wynnum coach Matt Myers``, ``lost to Noosa``) is a team (ORG) in every
   sentence, while a dateline of the same name stays the place (actor
   ``Caloundra (place)``); a club prefix (``Maccabi Tel Aviv``) makes an
   ORG; a score is cut from a name (``Noosa 32-22``); a sports role before a
   player (``Striker Shearer``) is not part of the name.
   **All caps.** A name inside a stretch of three or more all-capital words,
   or an all-capital PERSON name, is kept only when the same name occurs
   elsewhere in normal case (headlines such as ``BOXES DROPPED`` give no
   actors; ``NATO`` in a normal sentence is an ordinary acronym).
2. **Countries.** A name, adjective (``Dutch``) or capital city (``Moscow``)
   listed in ``data/countries.csv`` is a mention of the country. Adjectives
   are mentions of kind ``adjective``; a plural demonym tagged NORP
   (``Iraqis``) is a name mention of the country; a capital counts only where it acts
   (subject, possessor), not where it is a place (``the summit in
   Washington``). A place name that is not a country is dropped where it
   follows a locative preposition (``in Brussels``). A word inside a larger
   name (``Dutch News``) is never the country.
3. **One actor, many names.** A surname (``Rutte``, ``Mr. Rutte``) joins the
   full name that ends with it (the nearest one before it when several do); a
   first name tagged PERSON joins the only full name that starts with it; an
   acronym (``EU``) joins the multi-word name whose initials it spells (the
   first named of two that spell it: *Royal Irish Regiment*, then *Royal
   Irish Rangers*, then *RIR*); middle
   initials are dropped from the canonical name (``Vladimir V Putin`` ->
   ``Vladimir Putin``); a surname after an Arabic article joins without it
   (``Zawahiri``, ``Ayman al-Zawahiri``). Other forms of one organisation
   or state join one actor (:func:`analysis.names.variant_map`): ``The
   X`` and ``X``, a legal form (``Microsoft Corporation``), ``Republic of
   X``, the country in another form (``U.S. Embassy``), a group's singular,
   other capitals (``Serbian Radical party``) and an institution named by
   the end of exactly one longer name (``the Senate``, ``U.S. Senate``); an
   acronym defined in brackets after a name (``Extraordinary Challenge
   Committee (ECC)``) or spelling the field of ``Department of ...``
   (``HUD``) joins that name.
4. **Type by vote.** An actor is a PERSON if any of its names is a
   multi-word PERSON entity; otherwise the most frequent entity label of its
   names wins (ties: PERSON, ORG, GPE, NORP).
5. **Second pass.** Every name form of an actor found by the steps above is
   searched again in the whole text (case-sensitive, whole tokens), which
   finds the mentions the tagger missed.
6. **Descriptions.** A common-noun apposition to a name (``Camille Grand,
   former deputy secretary general of NATO``) is a ``description`` mention
   of that actor.
7. **Evidence for one-word persons.** A PERSON actor known by one word only
   (``Swansea``, ``Turnout``) is kept only with evidence that it is a person:
   a title or honorific before it (``Mr``, ``President``, also cut out of an
   organisation entity), being the subject of a speech verb (``Smith said``),
   having a description (``Smith, a spokesman,``) or possessing a noun of
   kin, aides, speech or opinion (``Macron's criticism``, ``Smith's wife``).
   Even with evidence it is dropped when it is a place (object of ``in``/``at``/... anywhere in the
   text) or a common word (the same word appears in lower case in the text),
   unless a title supports it (``former`` alone is none). A one-word PERSON
   after ``the``/``a`` (``the Crossrail line``) or that is itself an office
   (``Treasurer``, ``Rapporteur``) is dropped.
8. **Pronouns** (he/she to persons; it/they to organisations, countries and
   groups) resolve by the documented rules of :mod:`analysis.pronouns`.
9. **User table.** An optional table ``(actor, alias)`` renames or merges
   actors (``alias`` is a canonical name or a surface form), adds aliases to
   search in the text, or drops an actor (empty ``actor``).
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import unicodedata
from dataclasses import replace

import pandas as pd
from spacy.attrs import HEAD, ORTH
from spacy.tokens import Doc, Span, Token

from .doc_text import doc_text
from .gazetteer import country_lookup, large_places, place_names
from .lexicon import LOCATIVE_PREPOSITIONS, SPEECH_VERBS, TITLES
from .names import (HEAD_TITLES, Mention, SpanIndex, TokenTable, caps_stretches, dateline_places, is_caps_key,
                    is_english_word, is_ordinary_caps, is_sports_story, is_sports_text, match_key, score_lines,
                    model_norm, split_title, split_person_tail, looks_like_person, is_office,
                    followed_by_title, first_names, variant_map)
from .antecedents import JOINT_SEP, Joint, joint_members
from .pronouns import paragraph_index, resolve_pronouns, sentence_index
from .quotes import quotation_spans
from .stance_lexicon import lexicon
from .typed_frames import rows_frame

__all__ = ["ACTOR_LABELS", "MENTION_COLUMNS", "find_mentions", "read_actor_table", "resolve_pronouns"]

#: spaCy entity labels that can name an actor.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")

#: Columns of the ``mentions`` table.
MENTION_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote",
                   "joint_actors"]

_LABEL_RANK = {label: i for i, label in enumerate(ACTOR_LABELS)}
_INITIAL = re.compile(r"^[A-Z]\.?$")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
#: Nouns whose possessor is a person: kin, aides, speech acts and opinions ('Macron's criticism').
_PERSON_NOUNS = frozenset("""
    wife husband son daughter mother father brother sister child children family widow parents partner
    aide aides adviser advisers advisor lawyer lawyers spokesman spokeswoman spokesperson office
    criticism comment comments remark remarks statement speech words view views opinion position stance
    decision call calls proposal plan campaign candidacy presidency government administration cabinet
    visit resignation death career life memoir interview supporters allies critics rival rivals
    """.split())
_FUNCTION_TAGS = {"IN", "CC", "DT", "TO", "RB", "WDT", "PRP", "PRP$"}
_THE = re.compile(r"^[Tt]he\W*$")
_GOVERNMENT = re.compile(r"^(?:Government of (?:the )?(?P<a>.+)|(?P<b>.+) [Gg]overnment)$")
_Mention = Mention
#: An organisation named ``<head> of <field>``, whose acronym may spell the field only.
_HEAD_OF = re.compile(r"^(?:U\.?S\.? )?(?:Department|Ministry|Office|Bureau) of (?:the )?(.+)$")
#: A surname after an Arabic article (*al-Zawahiri*, *el-Sisi*): news also writes it without (*Zawahiri*).
_ARTICLE_SURNAME = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]r|[Aa]t)-([A-Z][\w'’]+)$")
#: Last words of an organisation's name: a PERSON entity ending in one is an organisation.
_ORG_LAST = frozenset("""
    party parti council committee commission agency society association union tribunal company corporation
    corp inc ltd llc plc group partners bank university college institute foundation ministry department
    army navy division brigade brigades regiment battalion forces airlines airways line lines times
    news herald journal tribune telegraph magazine network radio tv television federation alliance
    coalition movement league authority board services club assembly parliament congress senate cabinet
    government administration hospital school academy centre center fund trust shimbun zeitung
    industries holdings motors systems technologies laboratories liquors
    """.split())
#: Plural names of parties' members that end a party's name (*Ontario Greens*, *Young Liberals*).
_PARTY_PLURALS = frozenset("greens liberals conservatives democrats republicans socialists communists".split())
#: Last words that make a GPE entity an organisation (*Queensland Government*, *Coast Guard*;
#: not *bank*, *line*, *union*: *West Bank*, *Soviet Union*).
_GPE_ORG_LAST = frozenset("""
    party council committee commission agency society association company corporation corp inc ltd group
    university college institute foundation ministry department army navy forces guard airlines airways
    times news herald journal tribune radio tv television federation alliance coalition movement league
    authority board club assembly parliament congress senate government hospital school academy police
    """.split())
#: Last words of names of things and events, not actors (*Peabody Award*, *Bali Bombing*); only
#: in names of two words or more (*Cup* alone may be a surname).
_NOT_ACTOR_LAST = frozenset("""
    award awards prize medal trophy cup bombing bombings massacre pledge festival olympics olympiad
    agreement accord treaty memo memorandum declaration statement ceremony summit round
    championship championships tournament marathon referendum scandal act address amendment charter
    """.split())
#: Words of :data:`TITLES` that only modify a title (*former*, *acting*): no evidence of a person alone.
#: Offices that the tagger takes for an organisation when they stand alone (*the Taoiseach*, *the Justice*).
_ONE_WORD_OFFICES = frozenset("""
    justice chancellor premier governor mayor emperor senator ambassador envoy commissioner judge taoiseach
    tanaiste tánaiste
    """.split())
_MODIFIERS = frozenset({"former", "acting", "outgoing", "incoming", "deputy", "vice"})
#: Nouns of a person's role that stand next to a personal name (lower case).
_PERSON_ROLES = HEAD_TITLES | frozenset("""
    nominee candidate actress actor boss co-leader leader model singer player coach author writer
    journalist reporter editor economist analyst professor student lawyer judge doctor scientist
    researcher activist politician lawmaker founder owner executive manager diplomat musician artist
    producer wife husband son daughter mother father brother sister soldier pilot director-general
    """.split())
#: Role nouns that may head a sentence before a full name (*Lawyer Marx Andryan said*); not kin
#: words, which are also names (*Son Heung-min*).
_ROLES_BEFORE = _PERSON_ROLES - frozenset("wife husband son daughter mother father brother sister".split())
#: Nouns of an office held by a person: an ORG name ending in one is an office, not an organisation.
_OFFICE_NOUNS = HEAD_TITLES | frozenset("""
    prosecutor representative executive bishop archbishop cardinal judge major colonel captain sergeant
    officer owner owners fellow general secretaries ministers spokesmen auditor-general mp mep mla mps
    leader speaker
    """.split())
#: Lower-case words inside personal names (*Osama bin Laden*, *Ludwig van Beethoven*).
_PARTICLES = frozenset("""
    bin bint ibn al el de del della der den di da das do dos du la le van von ter ten zu y e st mc
    """.split())
#: Honorifics and ranks that only stand before a person's name (not *General* of *General Motors*).
_RANKS = frozenset("""
    mr mrs ms dr prof sir dame rev reverend pte pvt cpl sgt lt capt col maj adm sen rep gov vp
    """.split())
#: Peerages, whose holders are named *Lord Taylor of Blackburn* (the place is no part of the name).
_PEERAGES = frozenset({"lord", "lady", "baroness", "baron", "earl", "viscount", "countess", "duke", "duchess",
                       "marquess"})
#: Letters written after a person's name (*Margaret Beckett MP*): not part of the name.
_POST_NOMINALS = frozenset({"mp", "mep", "msp", "mla", "qc", "kc", "obe", "mbe", "cbe"})
#: Gazetteer entries that are not states: they keep the tagger's type (the EU is an organisation).
_NOT_STATES = frozenset({"European Union"})
_MAX_ALIAS_WORDS = 12


# ---------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=None)
def _lookup(kind: str) -> dict[str, str]:
    """The gazetteer of one kind, keyed by :func:`match_key` (cached: read once per process)."""
    return {match_key(form): country for form, country in country_lookup(kind).items()}


def _norm(word: str) -> str:
    return match_key(word).lower().rstrip(".")


#: Honorifics outside :data:`TITLES` that stand before a personal name (*Begum Khaleda Zia*).
_HONORIFICS = frozenset({"begum", "shri", "smt", "datuk", "dato", "mme", "mlle"})
#: Capitalised adjectives that start a sentence before a name without being part of it (*Current Hanover striker*).
_LEADING_ADJECTIVES = frozenset("""
    current several many other some recent previous both local top rival neighbouring neighboring
    """.split())
#: First words of the names of sports clubs (*Maccabi Tel Aviv*, *Dynamo Kiev*, *Real Madrid*).
_CLUB_FIRST = frozenset("""
    maccabi hapoel dynamo dinamo sporting atletico atlético olympique olympiakos olympiacos borussia sparta
    slavia spartak lokomotiv torpedo partizan crvena steaua rapid racing
    """.split())


def _is_title(token: Token) -> bool:
    return _norm(token.text) in TITLES or _norm(token.text) in _HONORIFICS


def _form(doc: Doc, m: Mention) -> str:
    """The mention's name as it is matched and stored (:func:`match_key`)."""
    # the mention's characters are those of its tokens (its offsets are theirs); doc_text is read once per Doc
    return match_key(doc_text(doc)[m.start:m.end])


def _strip_name(tokens: list[Token], label: str) -> list[Token]:
    """Drop determiners, titles, a leading country adjective and a trailing possessive."""
    adjectives = _lookup("adjective")
    while tokens and match_key(tokens[-1].text) in {"'s", "'"}:
        tokens = tokens[:-1]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if label == "PERSON" and len(tokens) > 3 and _norm(tokens[0].text) in _PEERAGES:
        of = next((k for k, t in enumerate(tokens) if k >= 2 and t.lower_ == "of"), None)
        if of is not None:
            tokens = tokens[:of]                     # 'Baroness Royall of Blaisdon', 'Lord Taylor of Blackburn'
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        first = tokens[0]
        if _THE.match(first.text) and (first.text[:1] == "t" or first.is_sent_start or len(first.text) > 3
                                       or tokens[1].is_punct):   # '[The] African Union'
            tokens, changed = tokens[1:], True
        elif (first.is_punct or first.is_space or (first.is_lower and first.is_alpha)
              or first.tag_ in {"RB", "RBR", "RBS", "CC", "UH", "WRB"}):   # 'Later Orbán'
            tokens, changed = tokens[1:], True
        elif first.is_sent_start and first.lower_ in _LEADING_ADJECTIVES and tokens[1].text[:1].isupper():
            tokens, changed = tokens[1:], True      # 'Current Hanover', 'Several German'

        elif label == "PERSON" and (_is_title(first) or first.lower_ in _SQUAD_NOUNS
                                    or (match_key(first.text) in adjectives and _is_title(tokens[1]))):
            tokens, changed = tokens[1:], True
        elif label == "PERSON" and len(tokens) > 2 and first.text[:1].isupper() and _norm(first.text) in _ROLES_BEFORE:
            tokens, changed = tokens[1:], True      # 'Lawyer Marx Andryan', 'Analyst Peter Kenny'
        elif label == "PERSON" and len(tokens) > 2 and match_key(first.text) in _lookup("name"):
            tokens, changed = tokens[1:], True      # dateline: 'Iraq Ryan Crocker'
    if label == "PERSON" and len(tokens) > 1 and _plural_member(tokens[-1]):
        tokens = tokens[:-1]             # 'Sinn Féin MPs' tagged PERSON: the party's MPs
    while label == "PERSON" and len(tokens) > 2 and _norm(tokens[-1].text) in _POST_NOMINALS:
        tokens = tokens[:-1]                         # 'Margaret Beckett MP'
    brackets = [k for k, t in enumerate(tokens) if t.text in {"(", ")"}]
    if brackets and brackets[-1] + 1 < len(tokens) and (label == "PERSON" or all(tokens[k].text == ")" for k in brackets)):
        tokens = tokens[brackets[-1] + 1:]           # 'Dick) Warburton' of 'Richard (Dick) Warburton', 'Supreme) Court'
    if label == "PERSON":
        while len(tokens) > 1 and (_THE.match(tokens[-1].text) or tokens[-1].is_punct
                                   or (tokens[-1].is_lower and tokens[-1].tag_ in _FUNCTION_TAGS)):
            tokens = tokens[:-1]                     # 'Nepal The' (a dateline before 'The')
    if label in {"ORG", "GPE", "NORP"}:
        for k, tok in enumerate(tokens[1:], 1):      # 'Microsoft €1.68 billion', 'Congress (APC'
            if tok.is_currency or tok.text[:1] in "$€£¥(":
                tokens = tokens[:k]
                break
        while len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].tag_ in _FUNCTION_TAGS:
            tokens = tokens[:-1]                     # 'Stern Review of', 'Candace Windfall as'
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
    return tokens


def canonical_person(name: str) -> str:
    """Full name without middle initials: ``Vladimir V Putin`` -> ``Vladimir Putin``."""
    words = name.split()
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return " ".join(words)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _is_possessed(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and match_key(nxt.text) in {"'s", "'"}


def _is_currency_prefix(span: Span) -> bool:
    """The name is glued to a currency sign after it (``US$``, ``NZ$``), also in
    pre-tokenized text (``US $ 78 million``: a short capital code, the sign, a number)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text[:1] not in "$€£¥":
        return False
    if not span[-1].whitespace_:
        return True
    sign = doc[span.end]
    return (len(span) == 1 and span.text.isupper() and len(span.text) <= 3 and sign.text in "$€£¥"
            and span.end + 1 < len(doc) and doc[span.end + 1].like_num)


def _is_title_word(word: str) -> bool:
    """A noun of an office held by a person, also as an all-capital plural (*Prosecutor*, *MPs*)."""
    low = word.lower().rstrip(".")
    if word[:-1].isupper() and word.endswith("s"):
        low = low[:-1]                   # 'MPs', 'MEPs'
    return low in _OFFICE_NOUNS


def _is_place(doc: Doc, span: Span, form: str) -> bool:
    """A listed city or US state that is not a listed given name and has no title before it."""
    if form not in place_names() or (form.split()[0] in first_names() and form not in large_places()):
        return False                    # 'Paris Hilton' is a person, 'Abu Dhabi' a city
    prev = span.start - 1
    while prev >= 0 and (doc[prev].is_space or doc[prev].text == "."):
        prev -= 1
    return prev < 0 or not (_is_title(doc[prev]) or _norm(doc[prev].text) in HEAD_TITLES)


def _is_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


class _Occupied:
    """Which tokens are already part of a name (O(length) tests, no scans of all names)."""

    def __init__(self, n: int):
        self.flags = bytearray(n)

    def mark(self, s: int, e: int) -> None:
        self.flags[s:e] = b"\x01" * (e - s)

    def any(self, s: int, e: int) -> bool:
        return any(self.flags[s:e])


# ---------------------------------------------------------------- step 1-2: names

def _name_candidates(doc: Doc) -> tuple[list[Mention], list[tuple[int, int]], set[str]]:
    """Entity mentions worth resolving, the token ranges of every entity, and
    the names that carry a title inside an organisation entity."""
    ents = _join_party_names(doc, _join_place_given_names(doc, doc.ents))   # doc.ents: a new tuple each access
    out, taken, titled = [], [(ent.start, ent.end) for ent in ents], set()
    for ent, part in ((ent, part) for ent in ents if ent.label_ in ACTOR_LABELS for part in _score_parts(ent)):
        tokens = _strip_name(_extend_unusual(doc, part), ent.label_)
        if not tokens:
            continue
        if ent.label_ == "ORG" and _titled_person(tokens):
            pieces = [(tokens[1:], "PERSON")]   # 'Pte Farr', 'Rev Matiya Nkhoma' tagged ORG
        else:
            pieces = split_title(tokens) if ent.label_ == "ORG" else [(tokens, ent.label_)]
        if ent.label_ == "ORG":          # 'U.S. Department of State Sean McCormack': the person at the end
            pieces = [p for piece, label in pieces
                      for p in ((label == "ORG" and split_person_tail(piece)) or [(piece, label)])]
        for piece, label in pieces:
            if piece is not tokens:
                piece = _strip_name(piece, label)
            if not piece or not any(ch.isupper() for t in piece for ch in t.text):
                continue                 # 'militia', 'follow-on': no capital letter, no name
            if label == "ORG" and is_office(piece) and followed_by_title(piece):
                continue                 # 'Justice' of 'Justice Minister Kim Kyung Han'
            span = doc[piece[0].i:piece[-1].i + 1]
            m = _classify(doc, span, label)
            if m is not None:
                out.append(m)
                if label == "PERSON" and label != ent.label_:
                    titled.add(m.actor or _form(doc, m))
    return out, taken, titled


#: Last words of a party's or movement's name (*Labour Party*, *National Front*, *Orange Democratic Movement*).
_PARTY_LAST = frozenset("party front movement league congress alliance union coalition federation".split())
_ADJECTIVE_END = ("ic", "al", "ist", "ive", "an")


def _party_and_left(doc: Doc, ent: Span, prev: Span | None) -> int | None:
    """Where a party name with *and* inside starts, for the entity *ent* that ends in a party
    word and follows *and*: the ORG entity or untagged capitalised adjectives before *and*
    (*the Social Democratic and Labour Party*), else None."""
    i = ent.start - 1
    if i < 1 or len(ent) < 2 or doc[i].lower_ != "and" or ent[-1].lower_ not in _PARTY_LAST or ent[0].lower_ == "the":
        return None
    if prev is not None and prev.end == i and prev.label_ == "ORG" and len(prev) <= 3:
        words = [t for t in prev if t.lower_ != "the"]
        if words and words[-1].text[:1].isupper() and words[-1].lower_.endswith(_ADJECTIVE_END) \
                and words[-1].lower_ not in _ORG_LAST:
            return prev.start
        return None
    j = i
    while j - 1 >= 0 and i - j < 3 and not doc[j - 1].ent_type_ and doc[j - 1].text[:1].isupper() \
            and doc[j - 1].is_alpha and not doc[j - 1].is_sent_start:
        j -= 1
    if j < i and doc[i - 1].lower_.endswith(_ADJECTIVE_END) and not any(_is_title_word(t.text) for t in doc[j:i]):
        return j
    return None


def _join_party_names(doc: Doc, ents) -> list[Span]:
    """The entities, with a party's name the tagger split joined into one ORG: two halves
    around *and* (*the Social Democratic and Labour Party*, *the Liberal and Country Party*)
    and a party name before *of* and a place (*the Communist Party of Greece*).

    Examples
    --------
    >>> from analysis.nlp import parse
    >>> [e.text for e in _join_party_names(*(lambda d: (d, d.ents))(parse(
    ...     "The Communist Party of Greece won 8% of the vote.")))]
    ['The Communist Party of Greece', '8%']
    """
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if ent.label_ == "ORG":
            left = _party_and_left(doc, ent, prev)
            if left is not None:
                if prev is not None and prev.start == left:
                    out.pop()
                out.append(Span(doc, left, ent.end, label="ORG"))
                continue
        if (prev is not None and ent.label_ == "GPE" and prev.label_ == "ORG" and prev[-1].lower_ in _PARTY_LAST
                and ent.start == prev.end + 1 and doc[prev.end].lower_ == "of"):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        if ent.label_ == "ORG" and len(ent) > 2 and ent[-1].lower_ == "of" and ent[-2].lower_ in _PARTY_LAST:
            end = ent.end               # 'the Communist Party of' tagged, 'Greece' not
            while end < len(doc) and end - ent.end < 3 and not doc[end].ent_type_ and doc[end].is_alpha \
                    and doc[end].text[:1].isupper():
                end += 1
            if end > ent.end:
                out.append(Span(doc, ent.start, end, label="ORG"))
                continue
        out.append(ent)
    return out


def _join_place_given_names(doc: Doc, ents) -> list[Span]:
    """The entities, with a one-word place tagged GPE right before a person's name joined to it:
    a given name that is also a place (*said Aden Mohamed Nur*: PERSON *Aden Mohamed Nur*, not the
    city *Aden* and *Mohamed Nur*). Not a country's name, nor a word in capitals or at the start of
    a line (a dateline: *BAGHDAD Ryan Crocker*, *Iraq Ryan Crocker*), nor after a preposition
    (*from Nevada Harry Reid*).

    Examples
    --------
    >>> from analysis.nlp import parse
    >>> [e.text for e in _join_place_given_names(*(lambda d: (d, d.ents))(parse(
    ...     "The bill was passed, said Aden Mohamed Nur, the parliamentary speaker.")))]
    ['Aden Mohamed Nur']
    """
    ents, out, skip = list(ents), [], False
    names, adjectives = _lookup("name"), _lookup("adjective")
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and ent.label_ == "GPE" and nxt.label_ == "PERSON" and len(ent) == 1
                and nxt.start == ent.end and ent[0].whitespace_ == " " and not ent[0].is_upper
                and ent[0].text[:1].isupper() and ent[0].is_alpha
                and match_key(ent.text) not in names and match_key(ent.text) not in adjectives
                and not (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
                                         or doc[ent.start - 1].tag_ == "IN")):    # 'from Nevada Harry Reid'
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            skip = True
        else:
            out.append(ent)
    return out


def _score_parts(ent: Span) -> list[list[Token]]:
    """An entity cut at the bare numbers inside it when they are scores of a results
    line run together (``Inter 2 Milan 1 Lazio``, ``Kashima 3 Urawa`` tagged PERSON:
    two or more numbers, any number inside a person's name, or one followed by
    another score: ``Genova 1 Torino 1``); one number inside an organisation
    stays (``Channel 4 News``, ``The 700 Club``). A last number that starts a score
    (``Noosa 32`` of ``Noosa 32-22``) is cut off."""
    tokens, doc = list(ent), ent.doc
    inner = [t.i for t in tokens[1:-1] if _is_score(t)]
    scored = ent.end < len(doc) and _is_score(doc[ent.end])       # 'Genova 1 Torino 1'
    if len(tokens) > 1 and (_MATCH_SCORE.match(tokens[-1].text) or (
            _is_score(tokens[-1]) and ent.end + 1 < len(doc) and doc[ent.end].text in {"-", "\u2013"}
            and _is_score(doc[ent.end + 1]))):
        return [tokens[:-1]]                          # 'Noosa 32-22', 'Noosa 32 - 22': a side and its score
    if not inner or (len(inner) < 2 and ent.label_ != "PERSON" and not scored):
        return [tokens]
    parts, part = [], []
    for t in tokens:
        if _is_score(t):                              # 'Sampdoria 1' at the end too
            parts.append(part)
            part = []
        else:
            part.append(t)
    return [p for p in parts + [part] if p]


def _is_score(token: Token) -> bool:
    return token.is_digit and len(token.text) <= 3


def _titled_person(tokens: list[Token]) -> bool:
    """An honorific or rank (:data:`_RANKS`) and one to three capitalised words that end no
    organisation's name: a person the tagger took for an organisation."""
    rest = tokens[1:]
    return (bool(rest) and len(rest) <= 3 and _norm(tokens[0].text) in _RANKS
            and all(t.text[:1].isupper() and t.is_alpha for t in rest)
            and rest[-1].lower_ not in _ORG_LAST)


def _extend_unusual(doc: Doc, tokens: list[Token]) -> list[Token]:
    """Add a capitalised neighbour written with format characters or decomposed
    accents (``Mark Ru\u00adtte``): the tagger may have missed it because of them."""
    def usable(i: int) -> bool:
        if not 0 <= i < len(doc):
            return False
        tok = doc[i]                     # one Token object (doc[i] makes a new one on every access)
        if tok.ent_type_:
            return False
        text = tok.text
        return model_norm(text) is not None and match_key(text)[:1].isupper()

    i = tokens[-1].i + 1
    while usable(i):
        tokens = tokens + [doc[i]]
        i += 1
    i = tokens[0].i - 1
    while usable(i):
        tokens = [doc[i]] + tokens
        i -= 1
    return tokens


def _classify(doc: Doc, span: Span, label: str) -> Mention | None:
    """Step 2 for one name: a country, its adjective or capital, a place, or a candidate actor."""
    form = match_key(doc_text(doc)[span.start_char:span.end_char])   # span.text joins its tokens again
    mention = Mention(span.start_char, span.end_char, span.start, span.end, label, "name")
    adjectives, names, capitals = _lookup("adjective"), _lookup("name"), _lookup("capital")
    if form in adjectives:               # 'Dutch'; 'Sri Lankan' tagged PERSON
        return replace(mention, kind="adjective", actor=adjectives[form])
    if label == "NORP" and form.endswith("s") and form[:-1] in adjectives:
        return replace(mention, actor=adjectives[form[:-1]], label="GPE")   # 'Iraqis': the country's people
    if form not in names and form + "." in names and span.end < len(doc) and doc[span.end].text[:1] == ".":
        form = form + "."                # 'the U.S.' ending a sentence: its last period read as the full stop
    if form in names:
        if _is_currency_prefix(span):
            return None                 # 'US$100 million', 'A$5': a currency, not the country
        country = names[form]           # 'Botswana' tagged ORG, 'Sri Lanka' tagged PERSON: still the state
        return replace(mention, actor=country, label=label if country in _NOT_STATES else "GPE")
    if _is_portfolio(span, form, label) or _is_country_pair(form) or form in _TIME_ZONES:
        return None                      # 'Secretary of Defense', 'U.S.-Canada', 'UTC': not actors
    if form in _GENERATIONAL or _is_stock_index(span, form):
        return None                      # 'Sr.' of 'Niel Tupas, Sr.'; 'Sensex', 'the Shanghai Index': no actors
    gov = _GOVERNMENT.match(form)
    if gov is not None and label == "ORG":   # 'Government of Burundi', 'Iraqi Government': the state
        country = names.get(gov["a"] or gov["b"]) or adjectives.get(gov["a"] or gov["b"])
        if country is not None:
            return replace(mention, actor=country, label="GPE")
    if form in capitals:
        if span.root.dep_ in _SUBJECT_DEPS or _is_possessed(span):   # span.root only where it is read
            return replace(mention, actor=capitals[form])
        return None
    words = form.split()
    if label == "PERSON" and any(w[:1].islower() and w.lower() not in _PARTICLES and "-" not in w for w in words):
        return None                      # 'Acropora millepora': a species, not a person
    if label != "NORP" and len(words) > 1 and (words[-1].lower() in _NOT_ACTOR_LAST or words[0] == "Operation"):
        return None                      # 'Peabody Award', 'Bali Bombing', 'Operation Ajax': a thing or an event
    if label == "ORG" and (_is_title_word(words[-1]) or (len(words) == 1 and words[0].lower() in _ONE_WORD_OFFICES)):
        return None                      # 'Auditor General', 'Travis County Prosecutor', 'MPs', 'the Justice': an office
    if len(words) > 1 and label in {"PERSON", "GPE"} and words[0].lower() in _CLUB_FIRST:
        label = "ORG"                    # 'Maccabi Tel Aviv', 'Dynamo Kiev' tagged PERSON or GPE: a club
        mention = replace(mention, label=label)
    if len(words) > 1 and ((label == "PERSON" and (words[-1].lower() in _ORG_LAST or words[-1].lower() in _CLUB_LAST
                                                   or words[-1].lower() in _PARTY_PLURALS))
                           or (label == "GPE" and (words[-1].lower() in _GPE_ORG_LAST or words[-1].lower() in _CLUB_LAST))
                           or (label in {"PERSON", "GPE"} and words[0].lower() in {"parti", "partido", "partito"})):
        label = "ORG"                    # 'Cunard Line', 'Parti Québécois', 'Manchester United': an organisation
        mention = replace(mention, label=label)
    if label == "PERSON" and (words[-1][:1].isdigit() or (len(words) > 1 and _is_place(doc, span, form))):
        if words[-1][:1].isdigit():
            return None                  # 'Elizabeth 2' of 'RMS Queen Elizabeth 2': a ship, not a person
        label = "GPE"                    # 'Chiang Mai', 'Tak Bai': a city ('Obama', 'Allen' are surnames too)
        mention = replace(mention, label=label)
    if label == "ORG" and form in place_names() and _is_locative(span.root):
        return None                      # 'in Lahore' tagged ORG: a place
    if label == "NORP":
        root = span.root
        if root.pos_ in {"NOUN", "PROPN"} and root.dep_ not in {"amod", "compound"}:
            return mention
        return None
    if label == "GPE" and _is_locative(span.root):
        return None
    return mention


#: Offices named after a portfolio (*Secretary of Defense*, *Minister for Housing and Works*).
_PORTFOLIO_HOLDERS = frozenset({"secretary", "minister", "commissioner", "undersecretary", "under-secretary"})
#: Time zones, which the tagger may type ORG (*10:04 UTC*).
_TIME_ZONES = frozenset("UTC GMT EDT PDT CEST AEST AEDT".split())   # not MST, the Landless Workers' Movement


#: Stock indices the tagger types ORG or GPE (lower case); names ending in *Index* or
#: *Composite* are indices too (:func:`_is_stock_index`).
_STOCK_INDICES = frozenset({"sensex", "nikkei", "kospi", "topix", "dax", "ftse", "nifty", "hang seng",
                            "all ordinaries", "nasdaq composite", "s&p 500", "s&p/asx 200", "ftse 100",
                            "ftse 250", "cac 40", "ibex 35", "euro stoxx 50", "dow jones industrial average"})
#: Indices named like the firm or exchange behind them (*Dow Jones*, *Nasdaq*): indices only in a
#: sentence that gives points or a percentage (*the Dow Jones surged nearly 200 points*) and speaks
#: of no shares (*Dow is paying US$78 per share, a 74 percent premium*: the firm), not after *on*
#: (*down 8% on the NASDAQ*: the exchange).
_FIRM_INDICES = frozenset({"dow jones", "nasdaq", "dow"})
_INDEX_MOVES = frozenset({"point", "points", "%", "percent", "per cent"})
_INDEX_WORDS = frozenset({"index", "indices", "composite"})


def _is_stock_index(span: Span, form: str) -> bool:
    """A stock index, not an actor: a listed index (*Sensex*, *All Ordinaries*), a name ending in
    *Index* or *Composite* (*Shanghai Composite Index*, *Straits Times Index*), or a name right
    before a capitalised *Index*/*Composite* (*the Shanghai Index*); not a name after *at* or *for*
    (*a strategist at IG Index*: a firm someone works at).

    Examples
    --------
    >>> from analysis.nlp import parse
    >>> d = parse("In the past year, the Shanghai Index has lost value.")
    >>> _is_stock_index(d[6:7], "Shanghai")
    True
    """
    words, doc = form.lower().split(), span.doc
    k = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if k >= 0 and doc[k].lower_ in {"at", "for"}:
        return False                     # 'chief market strategist at IG Index': a firm someone works at
    if form.lower() in _STOCK_INDICES or (len(words) > 1 and words[-1] in _INDEX_WORDS):
        return True
    if form.lower() in _FIRM_INDICES and (k < 0 or doc[k].lower_ != "on"):   # 'traded on the Nasdaq'
        words = {t.lower_ for t in span.sent}
        return bool(words & _INDEX_MOVES) and not words & {"share", "shares", "per"}
    return span.end < len(doc) and doc[span.end].text in {"Index", "Composite"}


def _is_portfolio(span: Span, form: str, label: str) -> bool:
    """An ORG of common words right after an office and *of*/*for*, without *the*: the office's
    portfolio (*Secretary of Defense*), not an organisation (*Secretary-General of the United Nations*
    and *Secretary General of NATO* keep theirs)."""
    if label != "ORG" or span.start < 2:
        return False
    prep, office = span.doc[span.start - 1], span.doc[span.start - 2]
    return (prep.lower_ in {"of", "for"} and _norm(office.text) in _PORTFOLIO_HOLDERS
            and all(w.lower() in {"and", "&"} or is_english_word(w.lower()) for w in form.split()))


def _is_country_pair(form: str) -> bool:
    """Two countries joined by a hyphen (*U.S.-Canada*, *Sino-Japanese*): a relation, not an actor."""
    names, adjectives = _lookup("name"), _lookup("adjective")
    parts = form.split("-")
    return len(parts) == 2 and all(p in names or p in adjectives for p in parts)


def _caps_filter(doc: Doc, cands: list[Mention], table: TokenTable) -> list[Mention]:
    """All-caps rule: names in shouted stretches (or all-caps persons) need a normal-case twin."""
    stretch = caps_stretches(doc, table=table)
    normal: dict[str, str] = {}
    suspect = []
    for m in cands:
        form = _span_key(table.keys, m)
        words = [k for k in table.keys[m.tok_start:m.tok_end] if any(c.isalpha() for c in k)]
        all_caps = bool(words) and all(is_caps_key(k) for k in words)
        bad = any(stretch[m.tok_start:m.tok_end]) or (all_caps and m.label == "PERSON")
        suspect.append((bad, form))
        if not bad and not (all_caps and len(words) > 1):
            normal.setdefault(_fold(form), form)
    out = []
    for m, (bad, form) in zip(cands, suspect):
        if m.tok_end - m.tok_start == 1 and is_ordinary_caps(form):
            continue                     # 'DROPPED', 'BOXES': an English word in capitals, no name
        if not bad:
            out.append(m)
            continue
        twin = normal.get(_fold(form))
        if twin is not None:
            out.append(m if m.actor is not None else replace(m, actor=twin))
            continue
        country = _caps_country(form)
        if country is not None:          # 'NORWAY', 'NORTH KOREA' in a headline: a known name
            out.append(replace(m, label="GPE", actor=country))
    return out


def _fold(form: str) -> str:
    """Case-folded and without accents: capitals in wire copy drop them (``CALDERON`` for *Calderón*)."""
    folded = form.casefold()
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", folded)
                                                if not unicodedata.combining(c)))


def _caps_country(form: str) -> str | None:
    """The country an all-capital name spells (``NORTH KOREA`` -> ``North Korea``), if any."""
    return _caps_lookup().get(_fold(form))


@functools.lru_cache(maxsize=1)
def _caps_lookup() -> dict[str, str]:
    """Country names of the gazetteer by their case-folded form (not ``us``: a pronoun in capitals)."""
    return {_fold(form): country for form, country in _lookup("name").items()
            if len(form) > 2 and form.casefold() != "us"}


# ---------------------------------------------------------------- wire copy

#: Last words of a sports club's name (*Manchester United*, *Blackburn Rovers*); in a score
#: line also *City*, *Town*, *County* (*Coventry City*).
_CLUB_LAST = frozenset("united rovers wanderers albion hotspur athletic rangers celtic".split())
_CLUB_LAST_IN_SCORES = _CLUB_LAST | frozenset("city town county villa".split())
#: Labels of a line of scorers in results (*Scorers : Saka 12 , Havertz 9*).
_SCORER_LABELS = frozenset({"scorers", "scorer", "goalscorers", "goals", "try scorers", "tries"})


def _score_line_names(doc: Doc, cands: list[Mention], listed: set[str]) -> list[Mention]:
    """Names in the lines of a results table, read from the line itself, not the tagger.

    The tagger joins a results line into one name (*Leeds 2 Chelsea 1* PERSON) or
    cuts it anywhere. In a score line (:func:`analysis.names.score_lines`) every
    run of capitalised words between numbers and brackets is a name: a country
    of the gazetteer is the country, a name followed by a country in brackets
    (*Bernhard Langer (Germany) 68 66*) or starting with a listed given name
    (*Colin Montgomerie 69 67*) is a person, any other a team (ORG). The forms of
    the persons are added to `listed` (evidence for a one-word person: *Smith 23*).
    """
    text = doc_text(doc)                 # doc.text joins the tokens on every access: once per Doc
    lines = score_lines(text)
    if not lines:
        return cands
    starts = [s for s, _ in lines]

    def line_of(char: int) -> int | None:
        k = bisect.bisect_right(starts, char) - 1
        return k if k >= 0 and char < lines[k][1] else None

    keep = [m for m in cands if line_of(m.start) is None and line_of(m.end - 1) is None]
    runs: list[list[Token]] = []
    current: list[Token] = []
    last_line = None
    for tok in doc:
        k = line_of(tok.idx)
        word = tok.is_alpha or (tok.text[:1].isalpha() and all(c.isalpha() or c in ".'-" for c in tok.text))
        extends = current and k == last_line and not current[-1].whitespace_.count("\n")
        if k is not None and word and (tok.text[:1].isupper() or (extends and tok.lower_ in _PARTICLES)):
            if not extends:
                current = []
                runs.append(current)
            current.append(tok)
        else:
            current = []
        last_line = k
    first, countries = first_names(), _lookup("name")
    rows, label_of, blocks = [], {}, _blocks(lines)
    for run in runs:
        while run and run[-1].lower_ in _PARTICLES:
            run = run[:-1]
        if not run:
            continue
        span = doc[run[0].i:run[-1].i + 1]
        form = match_key(span.text)
        words = form.split()
        nxt = doc[span.end] if span.end < len(doc) else None
        k = line_of(span.start_char)
        before = text[lines[k][0]:span.start_char]
        if nxt is not None and nxt.text == ":":
            label_of[k] = form.lower()   # 'Scorers :', 'Attendance :': a label, not a name
            continue
        if (len(words) == 1 and is_english_word(form) and not (nxt is not None and nxt.text.isdigit())
                and form not in countries and form not in place_names()):
            continue                     # 'Halftime 1-0': a word, not a name ('Arsenal 45' is a team)
        bracket = ""
        if nxt is not None and nxt.text == "(":
            close = next((t.i for t in doc[span.end:span.end + 6] if t.text == ")"), None)
            bracket = match_key(doc[span.end + 1:close].text) if close is not None else ""
        if form in countries or form in _lookup("adjective"):
            kind = "GPE"
        elif label_of.get(k) in _SCORER_LABELS or (before.count("(") > before.count(")") and nxt is not None
                                                      and nxt.like_num):
            kind = "PERSON"              # 'Scorers : Saka 12', 'Leeds 2 ( Smith 23 )': a scorer and the minute
        elif bracket in countries or (len(words) >= 2 and words[0] in first and form not in place_names()):
            kind = "PERSON"              # 'Bernhard Langer (Germany) 68 66', 'Colin Montgomerie 69 67'
        elif len(words) == 1 or words[-1].lower() in _CLUB_LAST_IN_SCORES or form in place_names():
            kind = "ORG"                 # 'Leeds 2 Chelsea 1', 'Coventry City 0', 'Newcastle 4 3 1 0 8 2 10'
        else:
            kind = None                  # 'Ernie Els 71 67', 'Borussia Dortmund 2': decided by the table
        rows.append((span, kind, blocks[k]))
    votes: dict[int, int] = {}
    for _, kind, block in rows:
        votes[block] = votes.get(block, 0) + (kind == "PERSON") - (kind == "ORG")
    for span, kind, block in rows:
        label = kind or ("PERSON" if votes[block] > 0 else "ORG")   # a table of players or of teams
        m = _classify(doc, span, label)
        if m is not None:
            keep.append(replace(m, label=label) if m.kind == "name" and m.actor is None else m)
            if label == "PERSON":
                listed.add(match_key(span.text))    # a player in results: evidence of a person
    keep.sort(key=lambda m: m.start)
    return keep


#: Verbs (lemmas) of a match result (*Barcelona beat Valencia 2-1*, *drew 1-1 with Liverpool*).
_RESULT_VERBS = frozenset("""
    beat defeat draw lose hold win thrash edge overcome rout trounce upset down crush outclass outplay
    eliminate oust knock stun hammer whip overpower play tie
    """.split())
_MATCH_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


def _result_teams(doc: Doc, cands: list[Mention]) -> list[Mention]:
    """Clubs in the match reports of a sports story are teams (ORG), not places or persons.

    In a text whose headline slug is a sport (:func:`analysis.names.is_sports_story`),
    a name that is no country of the gazetteer, in a sentence with a score
    (*2-1*), and the subject or object of a result verb (*Barcelona beat Valencia
    2-1*, *drew 1-1 with Liverpool*, *held 0-0 by Feyenoord*, *lost 3-0 to Real
    Madrid*) is a team. National sides stay countries (GPE), as CoNLL's LOC.
    """
    if not is_sports_story(doc_text(doc)):
        return cands
    scored = {sent.start for sent in doc.sents if any(_MATCH_SCORE.match(t.text) for t in sent)}
    if not scored:
        return cands
    out = []
    for m in cands:
        span = m.span(doc)
        if (m.kind == "name" and m.actor is None and m.label in {"GPE", "PERSON"}
                and span.sent.start in scored and (m.label == "GPE" or m.tok_end - m.tok_start == 1)
                and _in_result(span.root)):
            m = replace(m, label="ORG")
        out.append(m)
    return out


#: Verbs (lemmas) that only a match result takes (not *hold*, *win*, *play*: a city holds talks).
_DEFEAT_VERBS = _RESULT_VERBS - frozenset({"hold", "win", "play", "tie", "lose", "draw"})
#: Nouns after a club's name that make it a team (*Wynnum coach Matt Myers*, *Wolfsburg player*).
_SQUAD_NOUNS = frozenset("""
    coach player players captain skipper striker midfielder defender goalkeeper keeper winger forward
    fullback halfback half-back manager batsman bowler
    """.split())
#: Nouns of a match result (*victory over Noosa*).
_RESULT_NOUNS = frozenset("victory win defeat loss draw".split())


def _place_teams(doc: Doc, cands: list[Mention], *, sports: bool) -> list[Mention]:
    """Clubs named after a place in a sports story are teams (ORG) wherever the story names them.

    In a sports story (:func:`analysis.names.is_sports_text`) a one-word name
    that is a city of the gazetteer or that the tagger types PERSON or GPE
    (no country: national sides stay GPE) is a team when it is the subject or
    object of a defeat verb (*Caloundra defeated Wynnum*, *Maroochydore defeated
    Caboolture 43-5*), the object of *against* or of a result's *over*, *to*,
    *with* (*lost to Noosa*, *victory over Noosa*) or stands before a squad noun (*Wynnum coach Matt Myers*,
    *Wolfsburg player*); the name is then a team in every sentence of the story
    (the tagger calls the same club a person, a place and an organisation in
    turn). A capitalised word the tagger left out is added when it is such a
    side and a city of the gazetteer. Surnames of persons in the text are never
    teams (*Federer beat Nadal*). ``sports`` is :func:`~analysis.names.is_sports_text` of the text.
    """
    if not sports:
        return cands
    text = doc_text(doc)
    names, places = _lookup("name"), place_names()
    surnames = {w for m in cands if m.label == "PERSON" and m.tok_end - m.tok_start > 1
                for w in [match_key(doc[m.tok_end - 1].text)]}
    firsts = first_names()

    def side(tok: Token) -> bool:
        if tok.dep_ == "compound" and _MATCH_SCORE.match(tok.head.text):
            tok = tok.head               # 'defeated Gladstone 20-18': the score heads the side
        head = tok.head
        if tok.dep_ in {"nsubj", "dobj", "nsubjpass"} and head.lemma_.lower() in _DEFEAT_VERBS:
            return True
        if tok.dep_ == "pobj" and (head.lower_ == "against" or (
                head.lower_ in {"over", "to", "with"} and head.head.lemma_.lower() in _RESULT_VERBS | _RESULT_NOUNS)):
            return True                  # 'the match against Noosa', 'lost to Noosa', 'victory over Noosa'
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is not None and nxt.lower_ in _SQUAD_NOUNS and nxt.is_lower

    def candidate(form: str) -> bool:
        return (" " not in form and form not in names and form not in surnames and form not in firsts
                and form[:1].isupper() and (form in places or not is_english_word(form)))   # 'Reading', 'Bath'

    teams, covered = set(), set()
    for m in cands:
        covered.update(range(m.tok_start, m.tok_end))
        form = match_key(text[m.start:m.end])
        if (m.kind == "name" and m.actor is None and m.tok_end - m.tok_start == 1 and candidate(form)
                and (m.label in {"PERSON", "GPE"} or form in places) and side(doc[m.tok_start])):
            teams.add(form)
    extra = []
    for tok in doc:
        if (tok.i not in covered and tok.tag_ == "NNP" and candidate(match_key(tok.text))
                and match_key(tok.text) in places and side(tok)):
            teams.add(match_key(tok.text))
            extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, "ORG", "name"))
    if not teams:
        return cands
    out = [replace(m, label="ORG") if (m.kind == "name" and m.actor is None
                                       and match_key(text[m.start:m.end]) in teams) else m for m in cands]
    return sorted(out + extra, key=lambda m: m.start)


#: Words after a city's name that make a place or a thing, not a team's nickname (*Sacramento River*).
_NOT_NICKNAMES = frozenset("""
    river lake beach bay island islands airport station stadium arena park street avenue road bridge
    county city state province region valley mountains hills harbour harbor port square hall tower
    games open grand national police
    """.split()) | _NOT_ACTOR_LAST | _ORG_LAST
#: Tags of a nickname's words: the tagger reads *Kings*, *Thunder* as common nouns too.
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})


def _nickname_at(doc: Doc, j: int, covered: set[int]) -> int:
    """How many tokens from *j* make a team's nickname (*Jazz*, *Red Sox*): one or two
    capitalised nouns outside every name and the gazetteer, then no third one; else 0."""
    k = j
    while (k < len(doc) and k - j < 2 and k not in covered and doc[k].tag_ in _NOUN_TAGS
           and doc[k].text.istitle() and doc[k].lower_ not in _NOT_NICKNAMES
           and match_key(doc[k].text) not in place_names() and match_key(doc[k].text) not in first_names()):
        k += 1
    if k == j or (k < len(doc) and doc[k].tag_ in {"NNP", "NNPS"} and doc[k].text[:1].isupper()):
        return 0
    return k - j


def _nickname_teams(doc: Doc, cands: list[Mention], *, sports: bool) -> list[Mention]:
    """In a sports story a city or US state of the gazetteer followed by a nickname the tagger
    left out (*the Utah Jazz*, *the Sacramento Kings*) is a team (ORG) over both, and the
    nickname alone is that team again later (*the Jazz's game*). ``sports`` is
    :func:`~analysis.names.is_sports_text` of the text.
    """
    if not sports:
        return cands
    text, places = doc_text(doc), place_names()
    covered = {i for m in cands for i in range(m.tok_start, m.tok_end)}
    place_at = {m.tok_start: m for m in cands if m.kind == "name" and m.label == "GPE" and m.actor is None}
    drop, teams, out, i = set(), {}, [], 0
    while i < len(doc):
        m = place_at.get(i)
        end = m.tok_end if m is not None else next(
            (e for e in (i + 3, i + 2, i + 1) if e <= len(doc) and not any(t in covered for t in range(i, e))
             and doc[i].text[:1].isupper() and match_key(text[doc[i].idx:doc[e - 1].idx + len(doc[e - 1])]) in places),
            None)
        n = _nickname_at(doc, end, covered) if end is not None and end < len(doc) else 0
        if n and (m is not None or doc[i].tag_ in {"NNP", "NNPS"}):
            if m is not None:
                drop.add(id(m))
            last = doc[end + n - 1]
            out.append(Mention(doc[i].idx, last.idx + len(last), i, end + n, "ORG", "name"))
            teams[match_key(text[doc[end].idx:last.idx + len(last)])] = end + n - i
            covered.update(range(i, end + n))
            i = end + n
        else:
            i += 1
    if not out:
        return cands
    for tok in doc:                      # the nickname alone: 'the Jazz'
        form = match_key(tok.text)
        if tok.i not in covered and form in teams and not tok.is_sent_start and _nickname_at(doc, tok.i, covered) == 1:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, "ORG", "name"))
    return sorted([m for m in cands if id(m) not in drop] + out, key=lambda m: m.start)


def _in_result(token: Token) -> bool:
    """The token is a side of a match result: up to four steps through subjects, objects,
    prepositions, conjuncts and compounds lead to a result verb or a score (*2-1*)."""
    for _ in range(4):
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "compound", "agent", "appos"}:
            return False
        token = token.head
        if token.lemma_.lower() in _RESULT_VERBS or _MATCH_SCORE.match(token.text):
            return True
    return False


def _blocks(lines: list[tuple[int, int]]) -> list[int]:
    """The number of the table (a run of consecutive score lines) of each line."""
    out, block = [], 0
    for k, (start, _) in enumerate(lines):
        if k and start != lines[k - 1][1] + 1:
            block += 1
        out.append(block)
    return out


def _bracket_country_persons(doc: Doc, cands: list[Mention]) -> list[Mention]:
    """A person listed with a country in brackets in results (*Pete Sampras ( U.S. ) beat ...*).

    Two or three capitalised words before a bracketed country of the gazetteer
    are a person when they are no country, city or organisation's name and
    either start with a listed given name, are a PERSON entity already, or
    stand in a line with numbers (a list of results). The tagger often misses
    such names or types them ORG.
    """
    names, text = _lookup("name"), doc_text(doc)
    first = first_names()
    persons_at = {m.tok_start for m in cands if m.label == "PERSON"}
    found = []
    paren = doc.vocab.strings["("]     # the hash of '(': the brackets found in the token array, no Token per token
    brackets = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth == paren] if "(" in text else []
    for tok in (doc[i] for i in brackets):
        if tok.text != "(" or tok.i < 2:
            continue
        close = next((t.i for t in doc[tok.i + 1:tok.i + 6] if t.text == ")"), None)
        if close is None or match_key(doc[tok.i + 1:close].text) not in names:
            continue
        run, i = [], tok.i - 1
        while i >= 0 and len(run) < 3 and doc[i].text[:1].isupper() and "\n" not in doc[i].whitespace_ \
                and (doc[i].is_alpha or re.fullmatch(r"[A-Z][\w'.-]*", doc[i].text)):
            run.insert(0, doc[i])
            i -= 1
        if len(run) < 2:
            continue
        span = doc[run[0].i:run[-1].i + 1]
        form = match_key(span.text)
        words = form.split()
        if (form in names or form in place_names() or _THE.match(words[0])
                or words[-1].lower() in _ORG_LAST or words[-1].lower() in _CLUB_LAST_IN_SCORES
                or any(w in names or w in _lookup("adjective") for w in words)):
            continue
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if words[0] in first or span.start in persons_at or re.search(r"\d", line):
            found.append(span)
    if not found:
        return cands
    out = [m for m in cands if not any(m.tok_start < sp.end and sp.start < m.tok_end for sp in found)]
    out += [Mention(sp.start_char, sp.end_char, sp.start, sp.end, "PERSON", "name") for sp in found]
    out.sort(key=lambda m: m.start)
    return out


def _datelines(doc: Doc, cands: list[Mention], *, sports: bool) -> list[Mention]:
    """The place of a dateline (``MEXICO CITY 1996-08-22``) is a place (GPE), not what the tagger says.

    Its actor is the name in title case (*Mexico City*), or the country it spells; where the
    story names a club after the place (an ORG of the same name), the place is the actor
    *Caloundra (place)* in a sports story (``sports``), so that the club keeps its type.
    """
    places = dateline_places(doc_text(doc))
    if not places:
        return cands
    out = []
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in places]
    spans = [sp for sp in spans if sp is not None]
    for m in cands:
        if not any(m.tok_start < sp.end and sp.start < m.tok_end for sp in spans):
            out.append(m)
    text = doc_text(doc)
    teams = ({_fold(match_key(text[m.start:m.end])) for m in out if m.label == "ORG" and m.actor is None}
             if sports else set())
    for sp in spans:
        title = " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                         for w in match_key(sp.text).split())
        actor = _caps_country(match_key(sp.text)) or title
        if _fold(actor) in teams:
            actor = f"{actor} (place)"   # 'BARCELONA 1996-09-01' above 'Barcelona beat Valencia': the city, not the club
        out.append(Mention(sp.start_char, sp.end_char, sp.start, sp.end, "GPE", "name", actor))
    out.sort(key=lambda m: m.start)
    return out


def _gazetteer_matches(doc: Doc, occupied: _Occupied, keys: list[str]) -> list[Mention]:
    """Country names and adjectives the tagger did not mark as entities."""
    out = []
    for kind in ("name", "adjective"):
        lookup = _lookup(kind)
        for s, e, form in _match_forms(keys, lookup, _max_words(kind), _first_words(kind)):
            if occupied.any(s, e):
                continue
            span = doc[s:e]
            if kind == "adjective" and span.root.pos_ not in {"ADJ", "PROPN"}:
                continue
            if _is_currency_prefix(span):
                continue
            out.append(Mention(span.start_char, span.end_char, s, e, "GPE", kind, lookup[form]))
    return out


#: Titles that are the name a person is known by in the news (the tagger rarely marks them).
_TITLE_NAMES = {("Dalai", "Lama"): "Dalai Lama", ("Panchen", "Lama"): "Panchen Lama", ("Aga", "Khan"): "Aga Khan"}


def _title_names(doc: Doc, names: list[Mention], keys: list[str]) -> list[Mention]:
    """*Dalai Lama*, *Panchen Lama*, *Aga Khan*: a person's name; a name found inside one
    (*Dalai* tagged ORG) gives way to it, and its first word alone (*the Dalai clique*) and a name in
    apposition (*Tenzin Gyatso, the Dalai Lama*) name it. Not before another capitalised word (*Aga Khan Foundation*)."""
    found = []
    for i in range(len(keys) - 1):
        name = _TITLE_NAMES.get((keys[i], keys[i + 1]))
        if name is None or (i + 2 < len(doc) and doc[i + 2].text[:1].isupper()):
            continue
        found.append(Mention(doc[i].idx, doc[i + 1].idx + len(doc[i + 1].text), i, i + 2, "PERSON", "name", name))
    if not found:
        return names
    cover = {k for m in found for k in range(m.tok_start, m.tok_end)}
    longer = {k for m in names for k in range(m.tok_start, m.tok_end)
              if not cover.issuperset(range(m.tok_start, m.tok_end))}
    found = [m for m in found if not longer.intersection(range(m.tok_start, m.tok_end))]
    cover = {k for m in found for k in range(m.tok_start, m.tok_end)}
    kept = [m for m in names if not cover.intersection(range(m.tok_start, m.tok_end))]
    short = {name.split()[0]: name for name in dict.fromkeys(m.actor for m in found)}   # text order, not a set's
    countries = set(_lookup("name").values())
    persons = [m for m in kept if m.kind == "name" and " " in m.actor and m.actor not in countries]
    ends = {m.tok_end: m.actor for m in persons}
    starts = {m.tok_start: m.actor for m in persons}
    for m in found:                     # 'Tenzin Gyatso, the Dalai Lama', 'the Dalai Lama, Tenzin Gyatso'
        if m.tok_start >= 3 and keys[m.tok_start - 1].lower() == "the" and keys[m.tok_start - 2] == ",":
            short.setdefault(ends.get(m.tok_start - 2), m.actor)
        if m.tok_end < len(keys) and keys[m.tok_end] == ",":
            short.setdefault(starts.get(m.tok_end + 1), m.actor)
    short.pop(None, None)
    kept = [replace(m, actor=short[m.actor], label="PERSON") if m.actor in short else m for m in kept]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


#: The groups of states named by a letter and number (*G8*, *G-20*, *G77*).
_STATE_GROUP = re.compile(r"^G-?(7|8|20|77)$")


def _group_matches(doc: Doc, names: _Occupied, keys: list[str], taken: set[int]) -> list[Mention]:
    """Mentions of the groups of states *G7*, *G8*, *G20*, *G77* (also *G-8*), which the tagger
    often types PRODUCT or misses; the actor is the form without hyphen, an organisation.

    Not inside an actor's name, and not before another capitalised word (*G7 Market Economics*,
    a company desk) other than *Summit*.
    """
    out = []
    for i, key in enumerate(keys):
        group = _STATE_GROUP.match(key)
        if group is None or names.any(i, i + 1) or i in taken:
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.text.lower() not in {"summit", "summits"}:
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and _norm(prev.text) != "the":
            continue                    # 'Canon G7', 'Nokia G20': a product
        tok = doc[i]
        out.append(Mention(tok.idx, tok.idx + len(tok.text), i, i + 1, "ORG", "name", "G" + group[1]))
    return out


@functools.lru_cache(maxsize=4)
def _max_words(kind: str) -> int:
    return max(len(form.split()) for form in _lookup(kind))


@functools.lru_cache(maxsize=4)
def _first_words(kind: str) -> frozenset[str]:
    """The first words of the gazetteer's forms of one kind (for :func:`_match_forms`)."""
    return frozenset(f.split(" ", 1)[0] for f in _lookup(kind))


def _match_forms(keys: list[str], forms, max_words: int, firsts=None):
    """Whole-token matches of `forms` (space-joined keys), longest first at each token, no overlaps.

    Linear: at most `max_words` look-ups per token. A white-space token
    ends a match (as spaCy's PhraseMatcher on ``ORTH`` would). ``firsts``:
    the first words of ``forms``, when the caller keeps them.
    """
    if firsts is None:
        firsts = {f.split(" ", 1)[0] for f in forms}
    n, i = len(keys), 0
    while i < n:
        if keys[i] not in firsts:
            i += 1
            continue
        words, ends, j = [], [], i
        while j < n and len(words) < max_words and keys[j]:
            words.append(keys[j])
            ends.append(j + 1)
            j += 1
        hit = None
        for k in range(len(words), 0, -1):
            if " ".join(words[:k]) in forms:
                hit = (i, ends[k - 1], " ".join(words[:k]))
                break
        if hit is None:
            i += 1
            continue
        yield hit
        i = hit[1]


# ---------------------------------------------------------------- step 3-4: clusters

def _resolve_names(doc: Doc, cands: list[Mention]) -> list[Mention]:
    """Give every name mention its canonical actor."""
    forms = [_form(doc, m) for m in cands]
    full = {}                       # canonical full name -> first position
    for m, form in zip(cands, forms):
        if m.actor is None and m.label == "PERSON" and len(form.split()) >= 2:
            full.setdefault(canonical_person(form), m.start)
    surnames: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}    # 'López Obrador' of 'Andrés Manuel López Obrador'
    for name in full:
        surnames.setdefault(_surname(name), []).append(name)
        article = _ARTICLE_SURNAME.match(name.split()[-1])
        if article is not None:                  # 'Zawahiri' of 'Ayman al-Zawahiri'
            surnames.setdefault(article[1], []).append(name)
        firsts.setdefault(name.split()[0], []).append(name)
        words = name.split()
        if _titled_start(words[0]):
            continue                     # 'Presidente Luiz Inácio Lula da Silva', 'M. Gilles de Robien': no owner
        for k in range(2, len(words)):
            if words[-k][:1].isupper():
                tails.setdefault(" ".join(words[-k:]), []).append(name)
            elif words[-k] in _PARTICLES:    # 'Da Silva' heading a sentence, of 'Luiz Inácio Lula da Silva'
                tails.setdefault(" ".join([words[-k].capitalize()] + words[-k + 1:]), []).append(name)
    # in order of first appearance, not a set's: of two names with one acronym the first named owns it
    # ('Royal Irish Regiment (RIR)' ... 'Royal Irish Rangers' ... 'the RIR')
    orgs = list(dict.fromkeys(form for m, form in zip(cands, forms) if m.actor is None
                              and m.label in {"ORG", "GPE", "NORP"} and len(form.split()) >= 2))
    acronyms: dict[str, str] = {}
    for o in orgs:
        if len(_acronym(o)) >= 2:
            acronyms.setdefault(_acronym(o), o)
    for o in orgs:                      # 'HUD': Department of Housing and Urban Development
        head = _HEAD_OF.match(o)
        if head is not None and len(_acronym(head[1])) >= 2:
            acronyms.setdefault(_acronym(head[1]), o)
    positions = sorted((m.start, canonical_person(form)) for m, form in zip(cands, forms)
                       if m.label == "PERSON" and canonical_person(form) in full)
    kin = _introduced_as_kin(doc_text(doc), cands, forms, full)
    starts = [p for p, _ in positions]

    out = []
    for m, form in zip(cands, forms):
        if m.actor is not None:
            out.append(m)
            continue
        if form in tails:
            actor = _nearest_before(positions, starts, tails[form], m.start)
        elif canonical_person(form) in full:
            actor = canonical_person(form)
        elif form in surnames:
            owners = [c for c in surnames[form] if c not in tails] or surnames[form]   # not 'Bin Laden' itself
            owners = [c for c in owners if c.split()[-1] not in _GENERATIONAL] or owners   # 'King': Coretta King
            actor = _nearest_before(positions, starts, _main_namesakes(owners, kin), m.start)
        elif m.label == "PERSON" and len(firsts.get(form, ())) == 1:
            actor = firsts[form][0]         # 'Cindy' where the text has 'Cindy Sheehan' (and no other Cindy)
        elif form.isupper() and form.replace(".", "") in acronyms:
            actor = acronyms[form.replace(".", "")]
        else:
            actor = form
        out.append(replace(m, actor=actor))
    return out


#: Generational suffixes after a surname (*Renato Reyes Jr.*, *Hermogenes Esperon Jr.*, *Niel Tupas, Sr.*).
_GENERATIONAL = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def _surname(name: str) -> str:
    """The surname of a full name, before a generational suffix.

    Examples
    --------
    >>> _surname("Renato Reyes Jr."), _surname("Jovito Palparan")
    ('Reyes', 'Palparan')
    """
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in _GENERATIONAL else words[-1]


#: A relative named after the words that introduce them: *his wife Hillary Clinton*,
#: *Mendez's wife Jonna Mendez*, *the victim's father, Leopold Przemyk*.
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower|nephew|niece|"
    r"cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter)\s*,?\s*$",
    re.IGNORECASE)


def _introduced_as_kin(text: str, cands: list[Mention], forms: list[str], full: dict) -> set[str]:
    """Full person names whose first mention follows a kinship word (*whose wife Hillary Clinton*).

    Parameters
    ----------
    text : str
        The article text.
    cands, forms : list
        The name mentions and their match forms.
    full : dict
        Canonical full person name -> first position.

    Returns
    -------
    set of str
        The names introduced as a relative of someone else in the article.
    """
    kin = set()
    for m, form in zip(cands, forms):
        name = canonical_person(form)
        if m.label == "PERSON" and full.get(name) == m.start and _KIN_BEFORE.search(text[max(0, m.start - 40):m.start]):
            kin.add(name)
    return kin


def _main_namesakes(choices: list[str], kin: set[str]) -> list[str]:
    """The full names a bare surname may mean: a relative introduced as such (*his wife
    Hillary Clinton*) is named in full again in news style, so *Clinton* alone is the
    other person (*Bill Clinton*) when there is one."""
    main = [c for c in choices if c not in kin]
    return main if main and len(main) < len(choices) else choices


def _follow_caps_twins(doc: Doc, names: list[Mention]) -> list[Mention]:
    """A name in capitals given its normal-case twin (``NIKOLIC`` -> *Nikolić*) joins the
    actor that twin resolved to (*Tomislav Nikolić*), not a one-word actor of its own."""
    text, resolved = doc_text(doc), {}
    for m in names:
        if m.kind == "name" and not text[m.start:m.end].isupper():
            resolved.setdefault(_form(doc, m), m.actor)
    out = []
    for m in names:
        actor = resolved.get(m.actor, m.actor) if text[m.start:m.end].isupper() else m.actor
        out.append(m if actor == m.actor else replace(m, actor=actor))
    return out


_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&.-]{1,9})\s*\)")


def _join_variants(doc: Doc, names: list[Mention]) -> list[Mention]:
    """Names of one organisation or state in other forms join one actor (:func:`analysis.names.variant_map`),
    and an acronym defined in brackets after a name (*Extraordinary Challenge Committee (ECC)*) joins it."""
    text = doc_text(doc)
    votes: dict[str, dict[str, int]] = {}
    for m in names:
        if m.kind == "name":
            box = votes.setdefault(m.actor, {})
            box[m.label] = box.get(m.label, 0) + 1
    types = {a: max(box, key=lambda lab: (box[lab], -_LABEL_RANK.get(lab, 9))) for a, box in votes.items()}
    renames = variant_map(types, adjectives=_lookup("adjective"), countries=_lookup("name"))
    for m in names:
        if m.kind == "name" and types.get(m.actor) == "ORG" and " " in m.actor and " The " not in m.actor:
            acronym = _DEFINED_ACRONYM.match(text, m.end)
            if acronym and types.get(acronym[1]) == "ORG" and acronym[1] not in renames and m.actor not in renames:
                renames[acronym[1]] = m.actor
    if not renames:
        return names
    countries = set(_lookup("name").values()) - _NOT_STATES
    return [m if m.actor not in renames else
            replace(m, actor=renames[m.actor], label="GPE" if renames[m.actor] in countries else m.label)
            for m in names]


def _titled_start(word: str) -> bool:
    """A title left at the start of a name, also in another language or spelling
    (*Presidente*, *Sheik*) or a one-letter abbreviation (*M.*)."""
    low = _norm(word)
    return (low in TITLES or low.rstrip("e") in TITLES or low + "h" in TITLES
            or (len(word) == 2 and word.endswith(".")))


def _join_typed_surnames(doc: Doc, names: list[Mention], types: dict[str, str]) -> list[Mention]:
    """A one-word name tagged ORG that is the surname of exactly one full name typed PERSON joins it
    (*Taoiseach Bertie Ahern* ... *Blair and Ahern*, *Ahern* tagged ORG both times). Not an acronym,
    a place or a word ending an organisation's name."""
    owners: dict[str, list[str]] = {}
    for actor, kind in types.items():
        words = actor.split()
        if kind == "PERSON" and len(words) >= 2:
            owners.setdefault(words[-1], []).append(actor)
    out = []
    for m in names:
        form = _form(doc, m)
        if (m.kind == "name" and m.label == "ORG" and m.actor == form and m.tok_end - m.tok_start == 1
                and types.get(m.actor) == "ORG" and len(owners.get(form, ())) == 1 and not form.isupper()
                and form not in place_names() and form.lower() not in _ORG_LAST):
            m = replace(m, actor=owners[form][0], label="PERSON")
        out.append(m)
    return out


def _nearest_before(positions, starts, choices: list[str], at: int) -> str:
    """The name among `choices` whose last full mention is nearest before `at` (else the first)."""
    k = bisect.bisect_right(starts, at) - 1
    for _ in range(200):
        if k < 0:
            break
        if positions[k][1] in choices:
            return positions[k][1]
        k -= 1
    return choices[0]


def _actor_types(doc: Doc, mentions: list[Mention], roles: dict | None = None) -> dict[str, str]:
    """Actor -> PERSON, ORG, GPE or NORP by the labels of its names (an actor tagged PERSON whose
    name follows a noun of :data:`_ORG_NOUNS` and has no given name is an ORG); ``roles`` keeps
    :func:`_has_person_role` by token range between calls on the same doc."""
    votes: dict[str, dict[str, int]] = {}
    roles = {} if roles is None else roles
    person, roled, orged = set(), set(), set()
    long_votes: dict[str, dict[str, int]] = {}     # labels of the full name, of two tokens or more
    for m in mentions:
        box = votes.setdefault(m.actor, {})
        if m.kind == "name":
            box[m.label] = box.get(m.label, 0) + 1
            if m.label in {"ORG", "GPE"} and m.actor not in roled:
                key = (m.tok_start, m.tok_end)     # it depends on the tokens only: asked once per range
                if key not in roles:
                    roles[key] = _has_person_role(doc, m)
                if roles[key]:
                    roled.add(m.actor)
            if m.tok_end - m.tok_start >= 2 and _form(doc, m) == m.actor:
                long_box = long_votes.setdefault(m.actor, {})
                long_box[m.label] = long_box.get(m.label, 0) + 1
            if m.label == "PERSON" and m.tok_end - m.tok_start >= 2:
                person.add(m.actor)
            if m.label == "PERSON" and m.actor not in orged and _party_context(doc, m):
                orged.add(m.actor)       # "Sinn Féin's leader", 'leader of Sinn Féin', 'Sinn Féin MPs'
            if m.tok_start > 0 and m.actor not in orged:
                prev = doc[m.tok_start - 1]
                after = doc[m.tok_end:m.tok_end + 2]
                if (prev.lower_ in {"the", "a", "an", "former"} and len(after)
                        and after[0].lower_ in _PARTY_OFFICES):
                    orged.add(m.actor)   # 'the Sinn Féin President said', 'a former Fianna Fáil minister'
                elif (prev.is_lower and prev.lower_ in _ORG_NOUNS and prev.tag_ == "NN"
                        and not (len(after) == 2 and after[0].lower_ in {"'s", "\u2019s"}
                                 and after[1].text[:1].isupper())):   # "retailer Dick's Sporting Goods"
                    orged.add(m.actor)
    types = {}
    for actor, box in votes.items():
        if actor in orged and box.get("PERSON") and not looks_like_person(actor):
            types[actor] = "ORG"         # 'the Irish airline Ryanair' tagged PERSON: a company
        elif ((actor in person and not _outvoted_person(actor, long_votes.get(actor, {})))
              or (box and not box.get("NORP") and (looks_like_person(actor) or actor in roled))):
            types[actor] = "PERSON"      # 'Morgan Tsvangirai' typed ORG: a given name is evidence
        elif box:
            types[actor] = max(box, key=lambda lab: (box[lab], -_LABEL_RANK.get(lab, 9)))
        else:
            types[actor] = "GPE"
    return types


def _outvoted_person(actor: str, box: dict[str, int]) -> bool:
    """A name of two words or more that the tagger calls ORG more often than PERSON (and than
    anything else) and that has no given name (*Sinn Féin* tagged ORG four times, PERSON once):
    an organisation. ``box`` counts the labels of the full name only: a surname tagged ORG
    (*Ahern*, *López Obrador*) is no vote against *Bertie Ahern*."""
    org = box.get("ORG", 0)
    return org > box.get("PERSON", 0) and org >= max(box.values(), default=0) and not looks_like_person(actor)


#: Words that show the name before them (*X's leader*, *X MPs*) or after them (*leader of X*) to be a party's.
_PARTY_MEMBERS = frozenset("""
    leader leaders mps tds meps msps mlas councillors senators lawmakers members
    """.split())   # not 'leadership': "al-Zarqawi's leadership"


def _plural_member(token: Token) -> bool:
    """A plural of :data:`_PARTY_MEMBERS` (*MPs*, *members*; the tagger may call *MPs* NNP)."""
    return token.lower_ in _PARTY_MEMBERS and token.lower_.endswith("s")


def _party_context(doc: Doc, m: Mention) -> bool:
    """A name tagged PERSON that the words around show to be a party or movement: *X's leader*,
    *X MPs*, *leader of X* (not *Blair's spokesman*: persons have spokesmen and deputies)."""
    after = doc[m.tok_end:m.tok_end + 2]
    if len(after) and _plural_member(after[0]):
        return True                      # 'Sinn Féin MPs'
    if len(after) == 2 and after[0].lower_ in {"'s", "\u2019s"} and after[1].lower_ in _PARTY_MEMBERS:
        return True                      # "Sinn Féin's leader"
    i = m.tok_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _PARTY_MEMBERS


#: Nouns of a kind of organisation right before its name (*the Irish airline Ryanair*,
#: *social networking site Facebook*): the name is the organisation's, whatever the tagger says.
_ORG_NOUNS = frozenset("""
    airline carrier company firm corporation conglomerate party website site network newspaper
    magazine retailer supermarket manufacturer carmaker automaker insurer bank lender brewer club charity
    """.split())


#: Offices held in a party or an organisation, after its name (*a former Fianna Fáil minister*).
_PARTY_OFFICES = frozenset("""
    minister mp td mep mla msp senator councillor leader president chairman chairwoman candidate deputy
    politician lawmaker member members
    """.split())


#: Institutions a country's name stands before (*U.S. Senate*, *US Army*).
_STATE_BODIES = frozenset("""
    senate congress army navy parliament embassy treasury cabinet marines military
    """.split())


def _state_bodies(doc: Doc, cands: list[Mention]) -> list[Mention]:
    """A country tagged alone before an untagged institution is the institution (ORG):
    *a U.S. Senate plan* where the tagger marks only *U.S.*; *Supreme Court*, *Air Force*
    and the like are taken up to the last capitalised word."""
    names, text, out = _lookup("name"), doc_text(doc), []
    for m in cands:
        e = m.tok_end
        if (m.kind == "name" and m.label == "GPE" and e < len(doc) and not doc[e].ent_type_
                and doc[e].lower_ in _STATE_BODIES and doc[e].text[:1].isupper()
                and match_key(text[m.start:m.end]) in names):
            span = doc[m.tok_start:e + 1]
            m = Mention(span.start_char, span.end_char, span.start, span.end, "ORG", "name")
        out.append(m)
    return out


def _org_noun_names(doc: Doc, cands: list[Mention]) -> list[Mention]:
    """A name the tagger missed right after a noun of a kind of organisation is an ORG
    (*social networking site Facebook*, *the online magazine Salon*).

    One to three capitalised words (proper nouns, no entity of the tagger, no
    title, not a country or a listed given name) after a lower-case noun of
    :data:`_ORG_NOUNS`; the second pass then finds its other mentions.
    """
    covered = set()
    for m in cands:
        covered.update(range(m.tok_start, m.tok_end))
    names, firsts, out = _lookup("name"), first_names(), []
    k = 1
    while k < len(doc):
        prev = doc[k - 1]
        if not (prev.is_lower and prev.tag_ == "NN" and prev.lower_ in _ORG_NOUNS):
            k += 1
            continue
        e = k
        while (e < len(doc) and e - k < 3 and e not in covered and not doc[e].ent_type_
               and doc[e].tag_ == "NNP" and doc[e].text[:1].isupper() and doc[e].is_alpha
               and doc[e].lower_ not in TITLES):
            e += 1
        after = doc[e:e + 2]
        if len(after) == 2 and after[0].lower_ in {"'s", "\u2019s"} and after[1].text[:1].isupper():
            e = k                        # "retailer Dick's Sporting Goods": the name goes on
        if e > k:
            form = match_key(doc[k:e].text)
            if form not in names and form.split()[0] not in firsts and not is_ordinary_caps(form.upper()):
                span = doc[k:e]
                out.append(Mention(span.start_char, span.end_char, k, e, "ORG", "name"))
        k = e + 1
    if not out:
        return cands
    return sorted(cands + out, key=lambda m: m.start)


def _has_person_role(doc: Doc, m: Mention) -> bool:
    """A personal name the tagger took for an organisation or a place: two or three capitalised words that
    end no organisation's name, next to a noun of a person's role (*porn actress Stormy Daniels*,
    *Pascal Lamy, Director-General of the WTO*, *co-leader, Tariana Turia said*)."""
    span = m.span(doc)
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if (words[-1].lower() in _ORG_LAST or span.text in place_names()
            or any(w in _lookup("name") or w in _lookup("capital") or w in _lookup("adjective") for w in words)):
        return False
    prev = m.tok_start - 1
    if prev >= 0 and doc[prev].text == ",":
        prev -= 1
    if prev >= 0 and doc[prev].lower_ in _PERSON_ROLES:
        return True
    root = span.root
    near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(t.lower_ in _PERSON_ROLES for t in near)


def _drop_stray_persons(doc: Doc, mentions: list[Mention], types: dict[str, str]) -> list[Mention]:
    """A one-word PERSON that never has a full name and modifies a common noun
    (``Patriot air defense systems``) is a product or brand, not an actor."""
    keep = []
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.actor] = counts.get(m.actor, 0) + 1
    for m in mentions:
        root = m.span(doc).root
        if (types.get(m.actor) == "PERSON" and len(m.actor.split()) == 1 and counts[m.actor] == 1
                and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN"):
            continue
        keep.append(m)
    return keep


#: Personal pronouns that show a one-word subject before them is a person.
_GENDERED = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})

#: Verbs of human agency, cognition or speech whose subject, tagged PERSON, is a person (``Corzine
#: shut down``); not verbs a company does (announce, sign, agree, plan, decide).
_AGENCY_VERBS = frozenset("""
    meet urge vote resign visit campaign believe want think hope fear feel know apologise apologize vow insist
    demand thank endorse accuse blame criticise criticize praise tell
    """.split())

#: Verbs whose direct object, tagged PERSON, is a person (``met Merkel``, ``appointed Kemp``); not *tell*
#: or *ask*, whose objects are often news outlets (``told Yonhap``).
_PERSON_OBJECT_VERBS = frozenset("""
    meet urge appoint nominate thank congratulate endorse accuse blame criticise criticize praise
    pardon impeach indict elect marry
    """.split())

#: Frames of :mod:`analysis.stance_lexicon` whose verbs judge or side with a person; not transfers, attacks,
#: sanctions or aid, which companies and armies do and undergo (``Dell selling``, ``supply Somerfield``).
_PERSON_FRAMES = frozenset({"support", "praise", "blame", "accuse", "threaten", "ally", "negotiate"})

#: Nouns whose possessor, tagged PERSON, is a person (``Jefferson's allegations``, ``Comey's job``), beside
#: the kin and opinion nouns of step 7.
_OWNED_BY_PERSONS = frozenset("""
    allegation allegations accusation accusations claim claims response reply testimony job successor predecessor
    nomination appointment victory election reelection re-election attorney attorneys camp party
    """.split())

#: Label verbs whose object is named by a noun after it (``called Schiff a liar``).
_LABEL_VERBS = frozenset({"call", "brand", "label", "dub"})


@functools.lru_cache(maxsize=1)
def _stance_verbs() -> tuple[frozenset, dict[str, frozenset]]:
    """Verbs of the person frames of the stance lexicon and label verbs, and ``lemma -> prepositions``
    of those that take their target after a preposition (``sided with X``)."""
    cues = [c for c in lexicon().values() if c.pos == "verb" and c.frame in _PERSON_FRAMES
            and c.lemma not in {"sue", "charge", "protect", "bolster", "defend", "trust", "reinstate"}]
    preps: dict[str, set] = {}
    for c in cues:
        if c.prep:
            preps.setdefault(c.lemma, set()).add(c.prep)
    direct = frozenset(c.lemma for c in cues if not c.prep) | _LABEL_VERBS
    return direct, {k: frozenset(v) for k, v in preps.items()}


def _role_evidence(token: Token) -> set[str]:
    """The grammatical roles of a one-word name that show a person (see :data:`PERSON_ROLE_KINDS`).

    A name coordinated with another (``Trump and Pence met``) takes the role
    of the first conjunct; the object of a passive's *by* is its subject and
    the passive's subject its object.
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    dep, head = token.dep_, token.head
    if dep == "pobj" and head.dep_ == "agent":
        dep, head = "nsubj", head.head
    stance, preps = _stance_verbs()
    lemma = head.lemma_.lower()
    kinds = set()
    if dep in {"nsubj", "agent"} and head.pos_ in {"VERB", "AUX"}:
        if lemma in stance or any(c.dep_ == "prep" and c.lower_ in preps.get(lemma, ()) for c in head.children):
            kinds.add("stance_subject")     # 'sided with', not 'Somerfield agreed on a deal'
        if lemma in _AGENCY_VERBS:
            kinds.add("agency_subject")
        if (token.tag_ == "NNP" and head.pos_ == "VERB" and lemma not in {"remain", "become", "seem", "appear"}
                and not is_english_word(token.text)):
            kinds.add("any_subject")        # not 'Turnout was low', 'Dell would cut jobs'
    elif dep in {"dobj", "dative", "nsubjpass"} and head.pos_ == "VERB":   # not oprd: "an area called Taji"
        if lemma in stance:
            kinds.add("stance_object")
        if lemma in _PERSON_OBJECT_VERBS:
            kinds.add("agency_object")
    elif dep == "poss" and head.lower_ in _OWNED_BY_PERSONS:
        kinds.add("possessor")
    elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb, prep = head.head.lemma_.lower(), head.lower_
        if prep in preps.get(verb, ()):
            kinds.add("stance_object")
        if verb == "meet" and prep == "with":
            kinds.add("agency_object")
    return kinds


def _is_short(doc: Doc, most: int = 3) -> bool:
    """At most ``most`` sentences: a text too short to introduce its people by their full names."""
    return sum(1 for _ in zip(range(most + 1), doc.sents)) <= most


#: Kinds of :func:`_role_evidence` accepted as evidence of a one-word person in any text. Checked on the
#: one-word PERSON actors they add on 2 x 300 random Wikinews articles (3 added, all persons) and on 3,369
#: of their sentences analysed alone (12 added, all persons). Tried and left out: a listed given name
#: (3 of 8 added were places: Lithgow, Rachel), coordination or apposition with a person's name (11 of 11
#: junk: lists and titles misparsed), the subject of any verb in a whole article (8 of 12 junk: companies).
PERSON_ROLE_KINDS = frozenset({"stance_subject", "stance_object", "agency_subject", "agency_object", "possessor"})

#: Kinds accepted only in a text of at most three sentences (one sentence of a benchmark), where a person
#: has no room to be introduced by full name: the subject of any verb, not an English word (21 of 22
#: added on the Wikinews sentences analysed alone were persons; junk: Arcelor).
SHORT_TEXT_KINDS = frozenset({"any_subject"})


def _unsupported_persons(doc: Doc, mentions: list[Mention], types: dict[str, str], titled: set[str],
                         table: TokenTable) -> set[str]:
    """Step 7: one-word PERSON actors without evidence of being a person.

    Evidence: a title, a description, the subject of a speech verb, the
    possessor of a kin or opinion noun, a he/she after it, or a role in a
    verb of stance or agency (:func:`_role_evidence`; in a text of at most
    three sentences the subject of any verb). Against: *the*/*a* before it,
    a locative preposition, the word in lower case elsewhere; a listed place
    that is no given name, or a determiner before it, also vetoes the role
    evidence (``visited Annapolis``, ``this Bill``).
    """
    singles = {a for a, t in types.items() if t == "PERSON" and len(a.split()) == 1}
    if not singles:
        return set()
    lower_words = {t for t, low, alpha in zip(table.text, table.is_lower, table.is_alpha) if low and alpha}
    titled_ = set(titled) & singles
    evidence, against = set(), set()
    places, short = place_names(), None
    for m in mentions:
        if m.actor not in singles:
            continue
        if m.kind == "description":
            evidence.add(m.actor)
            continue
        if m.kind != "name":
            continue
        prev = m.tok_start - 1
        while prev >= 0 and (doc[prev].is_space or doc[prev].text == "."):
            prev -= 1
        if (prev >= 0 and (_is_title(doc[prev]) or _norm(doc[prev].text) in HEAD_TITLES)
                and _norm(doc[prev].text) not in _MODIFIERS):
            titled_.add(m.actor)            # not 'Former Beatle': 'former' is no title by itself
        if prev >= 0 and doc[prev].lower_ in {"the", "a", "an"}:
            against.add(m.actor)            # 'the Crossrail line', 'a Swansea fan': not a person's name
        root = m.span(doc).root
        if root.dep_ in {"nsubj", "agent"} and root.head.lemma_ in SPEECH_VERBS:
            evidence.add(m.actor)
        if root.dep_ == "poss" and root.head.lemma_.lower() in _PERSON_NOUNS:
            evidence.add(m.actor)           # 'Macron's criticism', 'Hoagland's son'
        if root.dep_ in {"nsubj", "nsubjpass"} and any(
                table.text[i].lower() in _GENDERED for i in range(m.tok_end, min(len(table.text), m.tok_end + 40))):
            evidence.add(m.actor)           # 'Kowalczyk was praised ... for her work': a he/she refers back
        if ((m.actor not in places or m.actor in first_names()) and m.tok_end - m.tok_start == 1
                and m.actor[:1].isupper() and not (prev >= 0 and doc[prev].tag_ == "DT")):   # 'this Bill', not
            # 'said that Widodo'; a listed place only if also a given name (as in _is_place)
            kinds = _role_evidence(root)
            if kinds & SHORT_TEXT_KINDS and not kinds & PERSON_ROLE_KINDS and short is None:
                short = _is_short(doc)
            if kinds & PERSON_ROLE_KINDS or (short and kinds & SHORT_TEXT_KINDS):
                evidence.add(m.actor)       # 'Obama thanked Merkel'; 'Cruz took aim at Google' alone
        if _is_locative(root):
            against.add(m.actor)
        if m.actor.lower() in lower_words:
            against.add(m.actor)
    offices = {a for a in singles if _norm(a) in TITLES or _norm(a) in HEAD_TITLES}   # 'Treasurer'
    return (singles - titled_ - (evidence - against)) | offices


# ---------------------------------------------------------------- step 5: second pass

#: An acronym as written in brackets after a name: capitals, digits and *&* (*CTBA*, *UNIFIL*, *G8*).
_BRACKET_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def _is_initialism(acronym: str, name: str) -> bool:
    """*acronym* starts with the name's first letter and its letters come in order in the name
    (*CTBA*: Chinese Taipei Baseball Association; *UNIFIL*: United Nations Interim Force in Lebanon).

    Examples
    --------
    >>> _is_initialism("CTBA", "Chinese Taipei Baseball Association"), _is_initialism("NYT", "Daily News")
    (True, False)
    """
    letters = iter(name.lower())
    return (acronym[:1].lower() == name[:1].lower() and len(acronym) <= len(name.split()) + 3
            and all(ch in letters for ch in acronym.lower() if ch.isalpha()))


def _bracket_acronyms(doc: Doc, names: list[Mention], occupied: _Occupied, types: dict[str, str]) -> list[Mention]:
    """The acronym in brackets right after an organisation's name is a name of that organisation
    (*Chinese Taipei Baseball Association (CTBA)*), also where the tagger left it out; the alias
    step then finds it again in the text."""
    text, out = doc_text(doc), []
    for m in names:
        k = m.tok_end
        if (m.kind != "name" or types.get(m.actor) != "ORG" or k + 2 >= len(doc)
                or doc[k].text != "(" or doc[k + 2].text != ")" or occupied.any(k + 1, k + 2)):
            continue
        tok = doc[k + 1]
        if _BRACKET_ACRONYM.fullmatch(tok.text) and _is_initialism(tok.text, text[m.start:m.end]):
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, "ORG", "name", m.actor))
            occupied.mark(tok.i, tok.i + 1)
    return out


#: Last words of a company's name that news drops after naming it once (*Salling Group* ... *Salling*).
_COMPANY_TAILS = frozenset("group holdings corporation corp inc ltd limited plc ag sa nv gmbh".split())


def _company_short_form(form: str, label: str | None) -> str | None:
    """The name of an ORG without its last word when that is a company word of :data:`_COMPANY_TAILS`
    (*Salling Group* -> *Salling*), unless what is left is an English word or a place (*Virgin*, *China*).

    Examples
    --------
    >>> _company_short_form("Salling Group", "ORG"), _company_short_form("Liberty Group", "ORG")
    ('Salling', None)
    """
    words = form.split()
    if label != "ORG" or len(words) < 2 or words[-1].lower().rstrip(".") not in _COMPANY_TAILS:
        return None
    short = " ".join(words[:-1]).rstrip(",")
    if not short[:1].isupper() or short in place_names() or short in _lookup("name") or short in _lookup("adjective"):
        return None
    if len(words) == 2 and (is_english_word(short) or short in first_names()):
        return None
    return short


def _alias_matches(doc: Doc, mentions: list[Mention], occupied: _Occupied, keys: list[str],
                   types: dict[str, str], extra_aliases: dict[str, str]) -> list[Mention]:
    aliases: dict[str, str] = {}
    shorts: dict[str, set[str]] = {}
    ambiguous = set()
    text = doc_text(doc)
    normal = {_fold(_span_key(keys, m)): m.actor for m in mentions
              if m.kind == "name" and not text[m.start:m.end].isupper()}
    for m in mentions:
        if m.kind != "name":
            continue
        forms = {_span_key(keys, m)}
        if types.get(m.actor) == "PERSON" and len(m.actor.split()) >= 2:
            forms.add(m.actor.split()[-1])
        short = _company_short_form(_span_key(keys, m), types.get(m.actor))
        if short:
            shorts.setdefault(short, set()).add(m.actor)
        for form in forms:
            actor = normal.get(_fold(form), m.actor) if form.isupper() else m.actor   # 'BARCELONA': the club
            if aliases.get(form, actor) != actor:
                ambiguous.add(form)
            aliases[form] = actor
    for short, owners in shorts.items():    # a name of its own ('Instinet') or of two companies stays as it is
        if len(owners) == 1 and short not in aliases and short not in ambiguous:
            aliases[short] = next(iter(owners))
    extra = {match_key(k): v for k, v in extra_aliases.items() if match_key(k)}
    aliases.update(extra)
    for form in ambiguous - set(extra):
        aliases.pop(form, None)
    if not aliases:
        return []
    longest = min(max(len(f.split()) for f in aliases), _MAX_ALIAS_WORDS)
    out = []
    for s, e, form in _match_forms(keys, aliases, longest):
        if occupied.any(s, e):
            continue
        span = doc[s:e]
        if e - s == 1 and span[0].tag_ not in {"NNP", "NNPS"} and span[0].is_sent_start:
            continue
        if not span.text[:1].isupper():
            continue
        actor = aliases[form]
        label = types.get(actor, "ORG")
        out.append(Mention(span.start_char, span.end_char, s, e, label, "name", actor))
        occupied.mark(s, e)
    return out


def _caps_matches(doc: Doc, mentions: list[Mention], occupied: _Occupied, table: TokenTable,
                  types: dict[str, str]) -> list[Mention]:
    """Known names written in capitals in a headline or other all-capital stretch.

    The tagger misses most names in capitals (*SOCCER - LEEDS BEAT CHELSEA*). A
    run of capitals there that spells, case-folded, a name found elsewhere in
    the text (or the surname of a person found there) or a country of the
    gazetteer is a mention of it; words the text also writes in lower case
    (*HOME*, *home*) and English words (:func:`analysis.names.is_ordinary_caps`)
    are not names.
    """
    stretch = caps_stretches(doc, table=table)
    if not any(stretch):
        return []
    lower_words = {t.lower() for t, low, alpha in zip(table.text, table.is_lower, table.is_alpha) if low and alpha}
    aliases: dict[str, str] = {}
    text = doc_text(doc)
    # normal-case names first: a dateline in capitals (*CALOUNDRA*, the place) yields to the club in the text
    for m in sorted(mentions, key=lambda m: text[m.start:m.end].isupper()):
        if m.kind != "name" or any(stretch[m.tok_start:m.tok_end]):
            continue
        forms = {_span_key(table.keys, m)}
        if types.get(m.actor) == "PERSON" and len(m.actor.split()) >= 2:
            forms.add(m.actor.split()[-1])
        for form in forms:
            if " " not in form and (form.lower() in lower_words or is_ordinary_caps(form.upper())):
                continue
            aliases.setdefault(_fold(form), m.actor)
    for folded, country in _caps_lookup().items():
        aliases.setdefault(folded, country)
    keys = [_fold(k) if flag and (is_caps_key(k) or not any(c.isalpha() for c in k)) else ""
            for k, flag in zip(table.keys, stretch)]
    out = []
    longest = min(max(len(f.split()) for f in aliases), _MAX_ALIAS_WORDS)
    for s, e, form in _match_forms(keys, aliases, longest):
        if occupied.any(s, e) or not doc[s].text[:1].isalpha():
            continue
        actor = aliases[form]
        label = types.get(actor) or ("GPE" if actor in _lookup("name").values() else "ORG")
        span = doc[s:e]
        out.append(Mention(span.start_char, span.end_char, s, e, label, "name", actor))
        occupied.mark(s, e)
    return out


def _span_key(keys: list[str], m: Mention) -> str:
    """The mention's token keys joined by single spaces (the key :func:`_match_forms` compares)."""
    return " ".join(k for k in keys[m.tok_start:m.tok_end] if k)


# ---------------------------------------------------------------- step 6: descriptions

def _descriptions(doc: Doc, mentions: list[Mention], deps: list[str] | None = None) -> list[Mention]:
    """Appositions of names (``deps``: every token's dependency label, e.g. ``TokenTable.dep``)."""
    deps = deps if deps is not None else [t.dep_ for t in doc]
    appos = [i for i, dep in enumerate(deps) if dep == "appos"]
    if not appos:
        return []
    heads = doc.to_array(HEAD).astype("int64").tolist()     # offsets to the head
    # a name's root is one of its tokens: only names with an apposition or its head in them can have one
    marked = set(appos) | {i + heads[i] for i in appos}
    out, seen = [], set()
    for m in mentions:
        if m.kind != "name" or not any(i in marked for i in range(m.tok_start, m.tok_end)):
            continue
        root = m.span(doc).root
        pieces = []
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                pieces.append(_noun_phrase(child))
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            head = root.head
            pieces.append([t for t in _noun_phrase(head) if t.i < root.left_edge.i])
        for toks in pieces:
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks = toks[:-1]
            while toks and (toks[0].is_punct or toks[0].is_space):
                toks = toks[1:]
            if not toks or toks[0].i >= toks[-1].i + 1:
                continue
            s, e = toks[0].i, toks[-1].i + 1
            if (s, e) in seen or (s < m.tok_end and m.tok_start < e):
                continue
            seen.add((s, e))
            span = doc[s:e]
            out.append(Mention(span.start_char, span.end_char, s, e, "DESC", "description", m.actor))
    return out


def _noun_phrase(head: Token) -> list[Token]:
    """The head's subtree without relative clauses and what follows them."""
    cut = [c.left_edge.i for c in head.children if c.dep_ in {"relcl", "acl", "appos"}]
    stop = min(cut) if cut else head.right_edge.i + 1
    return [t for t in head.subtree if t.i < stop]


# ---------------------------------------------------------------- user table

def read_actor_table(table) -> pd.DataFrame:
    """Read a user's actor table.

    Parameters
    ----------
    table : pandas.DataFrame, str or os.PathLike
        A table, or the path of a CSV file, with columns ``actor`` (the name
        to use; empty to drop) and ``alias`` (a canonical actor name found by
        the package, or a surface form to look for in the text).

    Returns
    -------
    pandas.DataFrame
        Columns ``actor`` (str, ``""`` means drop) and ``alias``.
    """
    if isinstance(table, (str, os.PathLike)):
        table = pd.read_csv(table, dtype=str, keep_default_na=False)
    missing = {"actor", "alias"} - set(table.columns)
    if missing:
        raise ValueError(f"actor table needs columns 'actor' and 'alias'; missing {sorted(missing)}")
    return table[["actor", "alias"]].fillna("").astype(str).apply(lambda c: c.str.strip())


def _apply_actor_table(doc: Doc, mentions: list[Mention], table: pd.DataFrame) -> list[Mention]:
    rename = dict(zip(table["alias"], table["actor"]))
    out = []
    for m in mentions:
        members = joint_members(m.actor)
        if members:             # a joint pronoun: each member renamed, those the table drops left out
            kept = [a for a in (rename.get(a, a) for a in members) if a]
            if kept:
                out.append(replace(m, actor=Joint(kept) if len(set(kept)) > 1 else kept[0]))
            continue
        new = rename.get(m.actor, rename.get(m.span(doc).text, m.actor))
        if new:
            out.append(replace(m, actor=new))
    return out


# ---------------------------------------------------------------- the stage

def find_mentions(doc: Doc, *, doc_id: str = "text", sentence_starts: list[int] | None = None,
                  actor_table=None) -> pd.DataFrame:
    """Find and resolve every actor mention of a parsed article.

    Linear in the length of the article: every step is one pass over the
    tokens or the mentions, with precomputed token -> sentence, paragraph and
    occupancy indexes.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article parsed by :func:`analysis.nlp.parse` (``doc.text`` is the
        original text).
    doc_id : str
        Written into the ``doc_id`` column.
    sentence_starts : list of int, optional
        Character offsets where sentences start (from the ``sentences``
        table); spaCy's sentences are used when omitted.
    actor_table : pandas.DataFrame or path, optional
        See :func:`read_actor_table`.

    Returns
    -------
    pandas.DataFrame
        The ``mentions`` table, one row per mention in text order:
        ``doc_id``, ``sent_id``, ``start``, ``end`` (character offsets),
        ``text`` (``text[start:end]``, the original characters), ``actor``
        (canonical name, Unicode NFC without format characters),
        ``actor_type`` (PERSON, ORG, GPE or NORP), ``kind`` (name, pronoun,
        adjective, description), ``in_quote`` (inside quotation marks),
        ``joint_actors`` (a pronoun that refers to several coordinated actors
        at once, *Russia and China ... they*: all of them, ``;``-joined, the
        first being ``actor``; empty otherwise).
    """
    table = read_actor_table(actor_table) if actor_table is not None else None
    text = doc_text(doc)                # doc.text joins the tokens on every access: once per Doc
    quotes = SpanIndex(quotation_spans(text))
    tokens = TokenTable(doc)
    keys = tokens.keys
    cands, taken, titled = _name_candidates(doc)
    cands = _score_line_names(doc, cands, titled)
    cands = _bracket_country_persons(doc, cands)
    cands = _result_teams(doc, cands)
    sports = is_sports_text(doc_text(doc))          # read once for both steps below
    cands = _place_teams(doc, cands, sports=sports)
    cands = _nickname_teams(doc, cands, sports=sports)
    cands = _org_noun_names(doc, cands)
    cands = _state_bodies(doc, cands)
    cands = _caps_filter(doc, cands, tokens)
    cands = _datelines(doc, cands, sports=sports)
    names = _join_variants(doc, _follow_caps_twins(doc, _resolve_names(doc, cands)))
    if table is not None:
        names = _apply_actor_table(doc, names, table)
    roles: dict[tuple[int, int], bool] = {}
    types = _actor_types(doc, names, roles)
    names = _join_typed_surnames(doc, names, types)
    names = _drop_stray_persons(doc, names, types)
    names = _title_names(doc, names, keys)

    occupied = _Occupied(len(doc))
    in_names = _Occupied(len(doc))
    for m in names:
        in_names.mark(m.tok_start, m.tok_end)
    known_forms = {_form(doc, m) for m in names if m.kind == "name" and m.tok_end - m.tok_start > 1}
    known_forms |= {_form(doc, m).split()[-1] for m in names if m.kind == "name" and m.tok_end - m.tok_start > 1
                    and types.get(m.actor) == "PERSON"} - place_names()   # 'according to Kidston' tagged GPE
    for s, e in taken:                  # entities that are not actors still hide what is inside them,
        if not in_names.any(s, e) and match_key(doc[s:e].text) not in known_forms:
            occupied.mark(s, e)         # unless they are exactly a known name ('Ayman Nour' tagged WORK_OF_ART)
    for m in names:
        occupied.mark(m.tok_start, m.tok_end)
    extra = {}
    if table is not None:
        known = {m.actor for m in names}
        extra = {row.alias: row.actor for row in table.itertuples()
                 if row.actor and row.alias and row.alias not in known}
    gaz = _gazetteer_matches(doc, occupied, keys)
    gaz += _group_matches(doc, in_names, keys, {m.tok_start for m in gaz})
    for m in gaz:
        occupied.mark(m.tok_start, m.tok_end)
    names = names + gaz
    names = names + _bracket_acronyms(doc, names, occupied, types)
    names = names + _alias_matches(doc, names, occupied, keys, types, extra)
    names = names + _caps_matches(doc, names, occupied, tokens, types)
    types = _actor_types(doc, names, roles)
    names = names + _descriptions(doc, names, tokens.dep)
    unsupported = _unsupported_persons(doc, names, types, titled, tokens)
    if table is not None:
        unsupported -= set(table["actor"])      # the user vouches for these
    if unsupported:
        names = [m for m in names if m.actor not in unsupported]
    sent_of, para_of = sentence_index(doc), paragraph_index(doc, tokens)
    mentions = names + resolve_pronouns(doc, names, types, quotes, sent_of, para_of, tokens)
    if table is not None:
        mentions = _apply_actor_table(doc, mentions, table)
        types = _actor_types(doc, mentions, roles)
    mentions.sort(key=lambda m: (m.start, m.end))

    starts = sentence_starts if sentence_starts is not None else [s.start_char for s in doc.sents]
    rows = [(doc_id, max(bisect.bisect_right(starts, m.start) - 1, 0), m.start, m.end, text[m.start:m.end],
             str(m.actor), types.get(m.actor, "GPE"), m.kind, quotes.inside(m.start, m.end),
             JOINT_SEP.join(joint_members(m.actor))) for m in mentions]
    return rows_frame(rows, dict(zip(MENTION_COLUMNS, ("str", "int64", "int64", "int64", "str", "str", "str", "str",
                                                       "bool", "str"))))
