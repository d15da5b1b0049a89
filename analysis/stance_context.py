"""The parse machinery of :mod:`analysis.stance`: which actor a noun phrase stands for, who holds a cue.

Rules 5-7 of :mod:`analysis.stance` live here: negation and modality over a
cue, the holder of a cue (its subject, or one inherited through
coordination, control, a participle, a message or a quote's speaker), and
what stands for an actor (``its``, a candidacy, ``EU leaders``, ``the
alliance``; the look-ups of titles, pairs, home countries and capitals are
the mixin of :mod:`analysis.stance_resolve`). The word lists are in
``analysis/data/stance_roles.csv``
(:mod:`analysis.stance_lexicon`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from types import SimpleNamespace
from typing import NamedTuple

import numpy as np
import pandas as pd
from spacy.attrs import DEP, IDX, POS, SENT_START, TAG
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from .doc_text import doc_text
from .doc_tokens import doc_tokens
from .gazetteer import country_lookup, place_names
from .antecedents import JOINT_SEP
from .column_lists import column_list
from .lexicon import SPEECH_VERBS
from .names import first_names
from .quotes import quotation_spans
from .stance_lexicon import words
from .word_flags import among
from .stance_resolve import _HOME_GOVERNMENT, _PAIR_NOUNS, _Event, _Ref, _Resolver  # noqa: F401 (_Event re-exported)

_EXPRESS_VERBS = words("express")
_RECEIVE_VERBS = words("receive")
_CAUSE_VERBS = words("cause")
_END_VERBS = words("end")
_ADOPT_VERBS = SPEECH_VERBS | words("adopt")
_MESSAGE_NOUNS = words("message")
_CONTAINER_NOUNS = words("container")
_STANDING_NOUNS = words("standing")
_OWNED_NOUNS = words("owned")
_CARRIER_NOUNS = words("carrier")
_GROUP_NOUNS = words("group")
_ABSTRACT_NOUNS = words("abstract")
_NEGATIVE_CONTROL = words("negative_control")
_NEGATIVE_EVALUATION = words("negative_evaluation")
_VICTIM_VERBS = words("victim")
_RAISING_VERBS = words("raising")
_INSTITUTION_NOUNS = words("institution")
_RESIDENT_NOUNS = words("resident")
#: Plural nouns of a group named by whom it follows or opposes (``supporters of X``).
_FOLLOWER_NOUNS = frozenset({"supporters", "opponents", "critics", "followers", "loyalists"})
#: Quantifiers an unnamed group may carry, left out of its name (``several residents``, ``many protesters``).
_GROUP_QUANTIFIERS = frozenset({"some", "several", "many", "numerous", "dozens", "hundreds", "thousands"})
#: Lower-case words naming a kind of police or forces unit (``riot police``, ``security forces``), that the
#: recogniser may take for a name at the start of a sentence (``Riot police dispersed ...``).
_UNIT_WORDS = frozenset({"riot", "security", "border", "military", "secret", "traffic", "special", "armed",
                         "paramilitary", "federal", "state", "national", "local"})


def _prefixed_name(tok: Token, mods: list) -> _Ref | None:
    """``the anti-Akayev protesters``: a plural group named with its ``anti-`` / ``pro-`` modifier (as the
    adjective rule names it), at 0.6; the modifier's own actor is what the group is against or for."""
    first = min(mods, key=lambda t: t.i, default=None)
    if tok.tag_ != "NNS" or first is None or not (first.lower_ in {"anti", "pro"} or first.lower_.startswith(
            ("anti-", "pro-"))):
        return None
    span = tok.doc[first.i:tok.i + 1]
    return _Ref(span.text.lower(), span.start_char, span.end_char, _INSTITUTION_FACTOR)


def _unit_word(toks: list) -> bool:
    """One sentence-initial word of :data:`_UNIT_WORDS` modifying an ``institution`` noun (``Riot police``)."""
    if len(toks) != 1:
        return False
    tok = toks[0]
    return (tok.i == tok.sent.start and tok.lower_ in _UNIT_WORDS and tok.dep_ in {"compound", "amod"}
            and (tok.head.lemma_.lower() in _INSTITUTION_NOUNS or tok.head.lower_ in _INSTITUTION_NOUNS))


#: Nouns of a gathering that stand for the people of their ``of`` phrase (``a group of about 500 demonstrators``).
_CROWD_NOUNS = frozenset({"group", "throng", "band"})

_NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor"})
#: Conjunctions that do not share a negation with the verb they join (``did not criticise but praised X``).
_CONTRAST = frozenset({"but", "yet"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "will", "shall"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_POSSESSIVE_IT = frozenset({"its", "their"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Verbs that ask an addressee to act (``urged Y to``, ``called on Y to``); the demand rule of
#: :mod:`analysis.stance_rules` adds *demand* and *insist* to them.
_ASKING_VERBS = frozenset({"urge", "call", "appeal", "press", "pressure", "push", "ask", "implore", "exhort"})
#: Verbs of asking someone to act (object control): the object of "urged X to talk with Y" has not acted, so it holds
#: no stance of the infinitive ("the EU asked Turkey to support Greece" is no stance of Turkey).
_REQUEST_VERBS = _ASKING_VERBS | frozenset({"encourage", "invite", "tell", "want", "beg", "challenge", "request",
                                            "advise", "beseech"})
_PHRASAL_NOT_BACKING = frozenset({"down", "off", "away", "out"})
_ALLIANCE_NAMES = {("alliance", "nato"), ("alliance", "north atlantic treaty organization"), ("bloc", "eu"),
                   ("bloc", "european union"), ("bloc", "asean"), ("bloc", "african union"), ("union", "eu")}
#: Owned nouns of something said or decided, whose *of* phrase names the owner (``the statement of X``).
_SAID_NOUNS = frozenset({"statement", "decision", "ruling", "remarks", "comments", "comment", "position", "response",
                         "resolution", "report", "declaration", "communique",
                         "demands", "demand", "request", "allegations", "accusations", "claims", "order", "verdict"})
#: Owned nouns whose *from* phrase and actor modifier name their author (``an offer from X``, ``the UN offer``;
#: not ``a statement from Russia``, a place).
#: Envoys and officials that stand for the actor they come ``from`` (expelled four diplomats from Britain).
_ENVOY_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "official", "delegation", "delegate", "representative",
                          "inspector", "observer", "monitor"})
#: Nouns for a country, owned by the name after ``of`` (the African country of Mauritania), not by a
#: possessor (his country is not the speaker).
_NATION_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate"})
#: Titles whose ``of`` phrase may swallow the holder's name in the parse (``Dutch minister of Foreign Affairs
#: Maxime Verhagen``: the name is the object of ``of``): the person, not the country of the title.
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "director", "chairman", "chairwoman",
                               "head", "chief", "governor", "mayor", "president", "leader", "spokesman",
                               "spokeswoman", "spokesperson", "ambassador"})
_AUTHORED_NOUNS = frozenset({"offer", "request", "demand", "demands", "proposal", "proposals", "ultimatum",
                             "claim", "claims", "allegation", "allegations", "accusation", "accusations"})
#: Abstract nouns whose *in* phrase also names the owner (``reconstruction in Afghanistan``; not ``thousands in X``).
_IN_ABSTRACT = frozenset({"reconstruction", "development", "stability", "peace", "democracy", "rebuilding",
                          "recovery", "security", "freedom"})
#: Places that stand for the actor they are in (``attacked villages in Darfur`` -> Darfur).
_PLACE_NOUNS = frozenset({"village", "town", "city", "home", "house", "neighbourhood", "neighborhood", "district",
                          "embassy", "consulate"})
#: Qualities judged, owned by a named possessor only (``questioned X's commitment``; not ``his commitment``: on
#: a hold-out the pronoun went to the supporter named in the sentence before; stance25).
_JUDGED_QUALITIES = frozenset({"commitment", "sincerity", "honesty", "motives", "judgment", "judgement",
                               "impartiality", "neutrality", "reliability", "trustworthiness", "patriotism",
                               "fitness"})
#: Abstract nouns whose possessor is also their owner (``Ukraine's sovereignty``; not ``Russia's thousands``).
_POSSESSED_ABSTRACT = frozenset({"sovereignty", "independence", "integrity", "security", "freedom", "rights",
                                 "ability", "credibility", "competence", "legitimacy", "interests", "territory",
                                 *_JUDGED_QUALITIES})
#: Definite common nouns that stand for the nearest actor of a type named before (``the alliance``).
_COMMON_HOLDERS = {
    **dict.fromkeys("alliance bloc union organisation organization party".split(), ("ORG",)),
    **dict.fromkeys("country nation kingdom republic".split(), ("GPE",)),
    **dict.fromkeys("company firm corporation".split(), ("ORG",)),
    **dict.fromkeys("court tribunal council committee commission parliament assembly ministry".split(), ("ORG",)),
}
#: Common nouns that also fit an organisation named with another word (``the court`` -> Iraq Special Tribunal).
_NAME_ALIASES = {"court": ("tribunal",), "tribunal": ("court",), "parliament": ("assembly", "congress", "senate"),
                 "assembly": ("parliament",)}
#: spaCy entity labels that stand for an actor when the ``mentions`` table has none there (``Obama met ...``).
_FALLBACK_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "FAC": "ORG"}
#: Third-person pronouns of a person: they stand for themselves when nobody is named before them (a sentence
#: analysed alone), and inside a quotation "said of Y" they are Y.
_LONE_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
#: Confidence factors of actors the ``mentions`` table does not have: a spaCy entity, an unnamed institution.
_ENTITY_FACTOR, _INSTITUTION_FACTOR = 0.75, 0.6
#: Nouns of a group named by an armed or opposing modifier (``rebel groups``, ``militant factions``).
_GROUP_HEADS = frozenset({"group", "groups", "faction", "factions", "movement", "movements"})
#: Modifiers that make such a group an unnamed actor of its own (``two rebel groups opposing the military``).
_ARMED_MODIFIERS = frozenset({"rebel", "militant", "insurgent", "guerrilla", "separatist", "armed", "opposition"})


def _armed_group(tok: Token) -> bool:
    """``rebel groups``, ``armed groups``, ``militant factions``: a group noun with an armed or opposing
    modifier is an unnamed group like ``rebels`` (issue 12, stance25); only in the plural (``the rebel group``
    is mostly one named before)."""
    return tok.tag_ == "NNS" and (tok.lemma_.lower() in _GROUP_HEADS or tok.lower_ in _GROUP_HEADS) and any(
        c.dep_ in {"compound", "amod"} and c.i < tok.i and c.lower_ in _ARMED_MODIFIERS for c in tok.children)
#: Nouns of a planned deed (``a plot to kill X``): tied by :data:`_CHARGED_OVER` or through another noun
#: (``detained in connection to a plot to kill X``), the subject of a verb above it is not the plotter.
_PLOT_NOUNS = frozenset({"plot", "conspiracy", "attempt", "bid", "scheme", "plan"})
#: Prepositions that tie a plot to an arrest or a charge (``arrested over a plot``), not to its doers (``in a bid``).
_CHARGED_OVER = frozenset({"over", "for", "about", "regarding", "concerning"})
#: Of :data:`_COMMON_HOLDERS`, the nouns that need not be part of the organisation's name (``the company``).
_FIRM_NOUNS = frozenset({"company", "firm", "corporation"})


class _Mention(NamedTuple):
    """A mention that the ``mentions`` table lacks (see :meth:`_Context._add_entities`)."""

    start: int
    end: int
    actor: str
    actor_type: str
    kind: str
    sent_id: int


def _flip(stance: str) -> str:
    return "against" if stance == "favor" else "favor"


# ---------------------------------------------------------------- context: mentions and quotations

def _sentence_starts(doc: Doc) -> list[int]:
    """``[s.start_char for s in doc.sents]`` read with numpy: the first token and those whose
    ``sent_start`` is 1 (as :attr:`Doc.sents` splits a parsed document), without a Span per sentence."""
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [s.start_char for s in doc.sents]           # raises as Doc.sents does
    attrs = doc.to_array([SENT_START, IDX])
    starts = np.flatnonzero(attrs[:, 0] == 1)
    return [int(attrs[0, 1])] + attrs[starts[starts > 0], 1].tolist()


#: Third-person singular pronouns that a quoted speaker uses for someone else.
_THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})
#: How far back (characters) :meth:`_Context.quoted_other` looks for the person a quoted pronoun stands for.
_QUOTED_BACK = 600


#: Words of a speaker phrase that make the quote a poll's finding (``a Gallup poll showed that X is popular``):
#: what it reports is the respondents' view, so the pollster holds no stance from it.
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})
#: Quote cues of a source that only relays what others said or did (``X reports: "..."``): the source holds
#: no stance of the quotation (rule 30; not ``according to X``, most often the speaker itself).
RELAY_CUES = frozenset({"report", "reports", "reported", "reporting"})


class _Context(_Resolver):
    """Look-ups over the mentions and quotations of one document."""

    def __init__(self, doc: Doc, mentions: pd.DataFrame, quotes: pd.DataFrame | None):
        self.doc = doc
        # column lists, not itertuples (a pandas row object per mention); the same named fields
        columns = [column_list(mentions, c) for c in _Mention._fields]
        self.mentions = sorted(map(_Mention._make, zip(*columns)), key=lambda m: (m.start, m.end))
        self.types = dict(zip(columns[2], columns[3]))
        # joint pronouns ('Russia and China said they'): (start, end) -> every member, the first being the actor
        self.joint: dict[tuple[int, int], tuple[str, ...]] = {}
        if "joint_actors" in mentions.columns:
            for start, end, joint in zip(columns[0], columns[1], column_list(mentions, "joint_actors")):
                if isinstance(joint, str) and JOINT_SEP in joint:
                    self.joint[(start, end)] = tuple(joint.split(JOINT_SEP))
        self.sent_starts = _sentence_starts(doc)
        self._token_mention: dict[int, object] = {}
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                old = self._token_mention.get(tok.i)
                if old is None or (m.end - m.start) < (old.end - old.start):
                    self._token_mention[tok.i] = m
        self._add_entities()
        self.quote_spans, self.quote_speakers = self._quotes(quotes)
        # name mentions by type, in text order, for ``its`` and ``the alliance`` (bisect, no scans)
        self._named: dict[str, tuple[list[int], list]] = {}
        for m in self.mentions:
            if m.kind in {"name", "adjective"}:
                starts, ms = self._named.setdefault(self.types.get(m.actor), ([], []))
                starts.append(m.start)
                ms.append(m)
        # another stage may resolve it/its/they/their to organisations and countries; then trust it
        self.org_pronouns = any(m.kind == "pronoun" and self.types.get(m.actor) in {"ORG", "GPE"}
                                for m in self.mentions)

    def _add_entities(self) -> None:
        """Person, organisation and place entities of the parse that no mention covers, as ``entity`` mentions.

        The actor stage may drop a name it cannot resolve (``Obama met with
        Putin``, a sentence analysed alone); a cue between two such names is
        still a stance. They join the token look-up only (not the ``its`` /
        ``the alliance`` resolution), under the name of the actor whose name
        ends with them (``Putin`` -> ``Vladimir Putin``), else their own text.
        """
        actors = list(self.types)
        ents = self.doc.ents                      # Spans made once; their tokens from the shared list
        tokens = doc_tokens(self.doc)
        for ent in ents:
            kind = _FALLBACK_LABELS.get(ent.label_)
            if kind is None or any(i in self._token_mention for i in range(ent.start, ent.end)):
                continue
            toks = [t for t in tokens[ent.start:ent.end] if t.lower_ not in {"the", "'s", "’s"} and not t.is_punct]
            if not toks or not any(t.pos_ == "PROPN" or t.text[:1].isupper() and t.i != t.sent.start for t in toks):
                continue
            if _unit_word(toks):
                continue                          # "Riot police dispersed ...": no person named Riot
            self._add_entity(toks, kind, actors)
        # a capitalised name in an argument slot that the entity recogniser missed (Ghimire had been accused by X)
        others = {i for ent in ents for i in range(ent.start, ent.end)}
        doc = self.doc
        # proper nouns tagged NNP in an argument slot only (the first three tests below, on to_array integers)
        attrs = doc.to_array([POS, TAG, DEP])
        strings = doc.vocab.strings
        slots = [strings[d] for d in ("nsubj", "nsubjpass", "dobj", "pobj")]
        candidates = (attrs[:, 0] == PROPN) & (attrs[:, 1] == strings["NNP"]) & among(attrs[:, 2], slots)
        for i in np.flatnonzero(candidates).tolist():
            tok = tokens[i]
            if (tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
                    and tok.i not in self._token_mention and tok.i not in others and tok.text[:1].isupper()
                    and tok.text.isalpha() and not any(c.dep_ in {"det", "prep", "poss"} for c in tok.children)
                    and not (tok.dep_ == "pobj" and tok.head.lower_ not in {"by", "with", "against", "to", "of", "for"})):
                toks = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i] + [tok]
                if any(t.i in self._token_mention or t.i in others for t in toks):
                    continue
                self._add_entity(toks, "UNKNOWN", actors)

    def _add_entity(self, toks: list, kind: str, actors: list) -> None:
        name = self.doc[toks[0].i:toks[-1].i + 1].text
        actor = next((a for a in actors if a.endswith(" " + name) and (kind == "UNKNOWN" or self.types.get(a) == kind)), name)
        self.types.setdefault(actor, kind)
        m = _Mention(toks[0].idx, toks[-1].idx + len(toks[-1]), actor, kind, "entity", self.sent_index(toks[0].idx))
        for t in toks:
            self._token_mention[t.i] = m

    def institution(self, tok: Token) -> _Ref | None:
        """An unnamed institution or group that no actor stands for (``the union``, ``protesters``), at 0.6.

        Also ``he``/``she`` outside quotations when no person is named before
        it (a sentence analysed alone), at 0.48, named ``he`` or ``she``.

        Only a common noun of the ``institution`` role, with ``the`` or, in the
        plural, no determiner, and no modifier or *of* phrase naming an actor;
        its name is the noun with its compound and adjective modifiers
        (``the trade union`` -> ``trade union``).
        """
        if tok.lower_ in _LONE_PRONOUNS and tok.pos_ == "PRON" and not self.in_marks(tok) and not any(
                self.types.get(m.actor) == "PERSON" and m.start < tok.idx for m in self.mentions):
            # a sentence analysed alone: "he" with nobody named before is an actor of its own, weakly
            return _Ref(tok.lower_ if tok.lower_ in {"he", "she"} else {"him": "he", "his": "he"}.get(tok.lower_, "she"),
                        tok.idx, tok.idx + len(tok), _INSTITUTION_FACTOR * 0.8)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _INSTITUTION_NOUNS and tok.lower_ not in _INSTITUTION_NOUNS \
                and not _armed_group(tok):
            return None
        dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"} and c.lower_ not in _GROUP_QUANTIFIERS]
        if not (dets == ["the"] or not dets and tok.tag_ == "NNS"):
            return None
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i
                and c.lower_ not in _GROUP_QUANTIFIERS]
        place = self.resident_place(tok, mods) or self.followers_of(tok, mods) or _prefixed_name(tok, mods)
        if place is not None:
            return place
        if any(self.mention_at(c) is not None or c.pos_ == "PROPN" and not _unit_word([c]) or "-" in c.text
               for c in mods) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None
        first = min([tok] + [c.left_edge for c in mods], key=lambda t: t.i)
        span = self.doc[first.i:tok.i + 1]
        return _Ref(span.text.lower(), span.start_char, span.end_char, _INSTITUTION_FACTOR)

    def resident_place(self, tok: Token, mods: list) -> _Ref | None:
        """People of a named place as a group of their own: ``Bishkek residents`` -> ``bishkek residents``, at 0.6.

        Only a ``resident`` noun (residents, villagers, locals) whose one
        proper-noun modifiers name a place: a city of ``data/places.csv`` (whatever
        the recogniser took it for), else a GPE/LOC/FAC that is no organisation
        or person; the place itself holds no stance (issue 12, unnamed groups).
        """
        if tok.lemma_.lower() not in _RESIDENT_NOUNS and tok.lower_ not in _RESIDENT_NOUNS:
            return None
        names = [c for c in mods if c.pos_ == "PROPN" and c.dep_ == "compound"]
        if not names or len(mods) != len(names):
            return None
        kinds = {self.types.get(getattr(self.mention_at(c), "actor", None)) for c in names}
        ents = {e.label_ for c in names for e in self.doc.ents if e.start <= c.i < e.end}
        text = " ".join(c.text for c in names)
        listed = text in place_names()               # a city the recogniser took for a person
        if not listed and (kinds & {"ORG", "PERSON"} or "PERSON" in ents or not (
                kinds & {"GPE", "LOC", "FAC"} or ents & {"GPE", "LOC", "FAC"})):
            return None
        first = min(c.left_edge.i for c in names)
        span = self.doc[first:tok.i + 1]
        return _Ref(span.text.lower(), span.start_char, span.end_char, _INSTITUTION_FACTOR)

    def followers_of(self, tok: Token, mods: list) -> _Ref | None:
        """``supporters of Akayev``, ``opponents of X``: an unnamed group named with its ``of`` actor, at 0.6."""
        if tok.lower_ not in _FOLLOWER_NOUNS or mods:
            return None
        for _, obj in _pobjs(tok, {"of"}):
            m = self.mention_at(obj)
            if m is not None:
                return _Ref(f"{tok.lower_} of {m.actor}", tok.idx, obj.idx + len(obj), _INSTITUTION_FACTOR)
        return None

    # -- mentions
    def each_member(self, ref: _Ref) -> list[_Ref]:
        """``ref`` and, when it is a joint pronoun (*Russia and China ... they*), a ref of each other member
        at the same offsets and confidence: a stance held by or aimed at *they* is each member's."""
        members = self.joint.get((ref.start, ref.end))
        if not members or ref.actor != members[0]:
            return [ref]
        return [ref] + [replace(ref, actor=a) for a in members[1:]]

    def mention_at(self, tok: Token):
        return self._token_mention.get(tok.i)

    def ref(self, tok: Token, conf: float = 1.0) -> _Ref | None:
        m = self.mention_at(tok)
        if m is None:
            return None
        factor = {"pronoun": 0.9, "description": 0.95, "entity": _ENTITY_FACTOR}.get(m.kind, 1.0)
        if m.kind == "pronoun" and tok.lower_ in _THIRD_PERSON and self.types.get(m.actor) == "PERSON":
            speaker = self.speaker_at(tok) if self.in_marks(tok) else None    # reported speech: "he said he ..."
            if speaker is not None and speaker.actor == m.actor:
                return self.quoted_other(tok, m.actor, conf * 0.8)
        return _Ref(m.actor, m.start, m.end, conf * factor)

    def quoted_other(self, tok: Token, speaker: str, conf: float) -> _Ref | None:
        """``"I will support him," said Brown``: a third-person pronoun in X's quote is not X himself.

        Only inside quotation marks (in reported speech *he said he would*
        the pronoun is the speaker). A quoted speaker calls himself *I*, so a *he*/*him* that the pronoun
        stage gave to the quote's own speaker (a quote continued in a new
        paragraph without a new attribution) stands for the person last named
        or described inside the speaker's quotations before it, within
        :data:`_QUOTED_BACK` characters (*when I met the prime minister ... I
        will support him*); nothing when there is none.
        """
        k = bisect.bisect_left([m.start for m in self.mentions], tok.idx) - 1
        while k >= 0 and self.mentions[k].start >= tok.idx - _QUOTED_BACK:
            m = self.mentions[k]
            k -= 1
            if m.actor == speaker or self.types.get(m.actor) != "PERSON" or not self.marked(m.start):
                continue
            owner = self.speaker_at_char(m.start)
            if owner is not None and owner.actor == speaker:
                return _Ref(m.actor, m.start, m.end, conf)
        return None

    def sent_index(self, char: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def nearest_org_before(self, tok: Token, types=("ORG", "GPE"), *, back: int = 1,
                           conf: float = 0.85, skip: tuple[int, int] = (0, 0), salient: bool = False) -> _Ref | None:
        """The nearest ORG or GPE name mention before ``tok``, in its sentence or ``back`` sentences before.

        Mentions inside the character range ``skip`` (the clause's own subject:
        ``Serbian minister X criticised their decision``) are passed over; with
        ``salient``, so are mentions that are not a subject or a possessor.
        """
        sent = self.sent_index(tok.idx)
        best = None
        for kind in types:
            starts, ms = self._named.get(kind, ([], []))
            k = bisect.bisect_left(starts, tok.idx) - 1
            while k >= 0 and (skip[0] <= ms[k].start < skip[1] or salient and not self._salient(ms[k])):
                k -= 1
            if k >= 0 and sent - back <= self.sent_index(ms[k].start) <= sent and (best is None or ms[k].start > best.start):
                best = ms[k]
        if best is None:
            return None
        return _Ref(best.actor, best.start, best.end, conf)

    def actor_named(self, actor: str) -> _Ref | None:
        """A mention of ``actor`` anywhere in the document (its first), for a holder not written as a mention."""
        if not hasattr(self, "_first"):
            self._first = {}
            for m in self.mentions:
                self._first.setdefault(m.actor, m)
        m = self._first.get(actor)
        return None if m is None else _Ref(m.actor, m.start, m.end, 0.8)

    def _salient(self, m) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in {"compound", "amod", "conj", "appos"} and root.head.i != root.i:
            root = root.head
        return root.dep_ in {"nsubj", "nsubjpass", "poss"}

    def standing_for(self, tok: Token) -> _Ref | None:
        """``the alliance`` -> the nearest organisation named before; ``the country`` -> the nearest country.

        Only a definite common noun of :data:`_COMMON_HOLDERS` without a
        modifier naming someone else, within three sentences.
        """
        if tok.lemma_.lower() in _HOME_GOVERNMENT and tok.pos_ == "NOUN":
            return self.home_country(tok)
        types = _COMMON_HOLDERS.get(tok.lemma_.lower())
        if types is None or tok.pos_ != "NOUN" or tok.tag_ == "NNS" and tok.lemma_.lower() != "rebel":
            return None
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if dets not in (["the"], ["this"]) or any(c.dep_ in {"compound", "amod", "poss", "nmod"} and
                                                 (c.pos_ == "PROPN" or self.mention_at(c) is not None)
                                                 for c in tok.children):
            return None
        found = self.nearest_org_before(tok, types, back=3, conf=0.7)
        if found is None or types == ("GPE",) or tok.lemma_.lower() in _FIRM_NOUNS:
            return found
        name = found.actor.lower()
        lemma = tok.lemma_.lower()
        if lemma in name or (lemma, name) in _ALLIANCE_NAMES or any(a in name for a in _NAME_ALIASES.get(lemma, ())):
            return found
        return None

    def country_of(self, ref: _Ref) -> _Ref | None:
        """The country a person heads, from one of their descriptions (``its leader``, ``prime minister of X``)."""
        if self.types.get(ref.actor) != "PERSON":
            return None
        for m in self.mentions:
            if m.actor != ref.actor or m.kind != "description":
                continue
            inner = [x for x in self.mentions if m.start <= x.start and x.end <= m.end and x.actor != ref.actor
                     and self.types.get(x.actor) == "GPE"]
            if inner:
                return _Ref(inner[0].actor, inner[0].start, inner[0].end, ref.conf * 0.85)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span[0].lower_ in {"its", "their"}:
                found = self.nearest_org_before(span[0], types=("GPE",))
                if found is not None:
                    return replace(found, conf=ref.conf * 0.8)
        return None

    # -- quotations
    def _quotes(self, quotes):
        if quotes is not None and len(quotes):
            spans, speakers = [], []
            # the columns read here and by _unnamed_speaker, as lists; rows as itertuples would give them
            names = [c for c in ("start", "end", "speaker", "speaker_start", "speaker_end", "speaker_text", "cue")
                     if c in quotes.columns]
            for values in zip(*(column_list(quotes, c) for c in names)):
                q = SimpleNamespace(**dict(zip(names, values)))
                spans.append((int(q.start), int(q.end)))
                if _POLL_WORDS & set(str(getattr(q, "speaker_text", "") or "").lower().split()):
                    speakers.append(None)    # a poll's finding is its respondents' view, not the pollster's
                    continue
                if str(getattr(q, "cue", "") or "").lower() in RELAY_CUES:
                    speakers.append(None)    # X reports: "..."; "...," according to X: a source relays (rule 30)
                    continue
                speaker = getattr(q, "speaker", None)
                s_start, s_end = getattr(q, "speaker_start", -1), getattr(q, "speaker_end", -1)
                if isinstance(speaker, str) and speaker and speaker not in self.types:
                    # a speaker named shorter than the actor (Mohamed Nur -> Aden Mohamed Nur)
                    speaker = next((a for a in self.types if self.types[a] == "PERSON"
                                    and a.endswith(" " + speaker)), speaker)
                if isinstance(speaker, str) and speaker:
                    ok = s_start is not None and not pd.isna(s_start) and int(s_start) >= 0
                    if ok:
                        speakers.append(_Ref(speaker, int(s_start), int(s_end), 0.85))
                    else:
                        m = self._any_mention(speaker, q.start)
                        speakers.append(_Ref(speaker, m.start, m.end, 0.8) if m is not None else None)
                else:
                    speakers.append(self._unnamed_speaker(q))
            return spans, speakers
        spans = quotation_spans(doc_text(self.doc))
        return spans, [self._fallback_speaker(a, b) for a, b in spans]

    def _unnamed_speaker(self, q) -> _Ref | None:
        """A speaker the quotes stage left unnamed that is an institution or a lone ``he`` (:meth:`institution`)."""
        start, end = getattr(q, "speaker_start", -1), getattr(q, "speaker_end", -1)
        if start is None or pd.isna(start) or int(start) < 0:
            return None
        span = self.doc.char_span(int(start), int(end), alignment_mode="expand")
        return None if span is None else self.institution(span.root)

    def _any_mention(self, actor: str, near: int):
        ms = [m for m in self.mentions if m.actor == actor]
        return min(ms, key=lambda m: abs(m.start - near)) if ms else None

    def _fallback_speaker(self, a: int, b: int) -> _Ref | None:
        """The subject of the speech verb (outside quotes) nearest the quotation in its paragraph."""
        text = doc_text(self.doc)
        para_start = text.rfind("\n", 0, a) + 1
        para_end = text.find("\n", b)
        para_end = len(text) if para_end < 0 else para_end
        spans = quotation_spans(text)
        best, best_dist = None, None
        for tok in self.doc.char_span(para_start, para_end, alignment_mode="expand") or []:
            if tok.pos_ != "VERB" or tok.lemma_ not in SPEECH_VERBS or _in_spans(spans, tok.idx):
                continue
            for child in tok.children:
                if child.dep_ == "nsubj":
                    ref = self.ref(child)
                    if ref is not None:
                        dist = 0 if a <= tok.idx <= b + 3 else min(abs(tok.idx - a), abs(tok.idx - b))
                        if best_dist is None or dist < best_dist:
                            best, best_dist = replace(ref, conf=0.85), dist
        return best

    def speaker_at(self, tok: Token) -> _Ref | None:
        return self.speaker_at_char(tok.idx)

    def speaker_at_char(self, char: int) -> _Ref | None:
        """The speaker of the quote whose span holds the character offset ``char``, or None."""
        for (a, b), speaker in zip(self.quote_spans, self.quote_speakers):
            if a <= char < b:
                return speaker
        return None

    def in_quote(self, tok: Token) -> bool:
        return _in_spans(self.quote_spans, tok.idx)

    def in_marks(self, tok: Token) -> bool:
        """Whether ``tok`` is inside quotation marks (a direct quotation, not reported speech)."""
        return self.marked(tok.idx)

    def marked(self, char: int) -> bool:
        """Whether the character offset ``char`` is inside quotation marks."""
        if not hasattr(self, "_marks"):
            self._marks = quotation_spans(doc_text(self.doc))  # in text order, disjoint: bisect, no scan
            self._mark_starts = [a for a, _ in self._marks]
        k = bisect.bisect_right(self._mark_starts, char) - 1
        return k >= 0 and char < self._marks[k][1]


def _in_spans(spans, char: int) -> bool:
    return any(a <= char < b for a, b in spans)


# ---------------------------------------------------------------- actors of noun phrases

_LIST_NAME_TYPES = frozenset({"GPE", "ORG", "NORP"})


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" or _listed_appos(tok, child):
            out.extend(_conjuncts(child))
    return out


def _listed_appos(tok: Token, child: Token) -> bool:
    """``The United States, Canada, Israel and the EU``: a list of names the parser hangs as an apposition
    (``Canada`` appos, then conj): a country or organisation name in apposition to another one, with a
    ``conj`` of its own, is a further member of the list, not a second name of the first."""
    return (child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "PROPN"
            and child.ent_type_ in _LIST_NAME_TYPES and tok.ent_type_ in _LIST_NAME_TYPES
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children))


def _clause_subject(tok: Token) -> tuple[int, int]:
    """Character range of the subject of the clause ``tok`` is in (``(0, 0)`` if none)."""
    node = tok
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i != tok.i and not (child.left_edge.i <= tok.i <= child.right_edge.i):
                return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head                         # condemned X and warned their nationals: the shared subject
    return 0, 0


def _np_refs(tok: Token, ctx: _Context, *, depth: int = 0) -> list[_Ref]:
    """Actors that the noun phrase headed by ``tok`` (and its conjuncts) stands for."""
    out = []
    for t in _conjuncts(tok):
        ref = _np_ref(t, ctx, depth=depth)
        if ref is not None:
            out.append(ref)
            out.extend(_joint_owners(t, ref, ctx))
            out.extend(_joint_modifiers(t, ref, ctx))
        elif t.lower_ in _PAIR_NOUNS and any(c.lower_ in {"two", "both"} for c in t.children):
            out.extend(ctx.last_two(t))              # the two sides agreed to support X: the pair named before
        elif t.pos_ == "NOUN" and t.tag_ == "NNS" and depth < 3:
            # condemned by international organisations, such as the OSCE: the members named stand for them
            out.extend(replace(r, conf=r.conf * 0.85) for m in _members(t) for r in _np_refs(m, ctx, depth=depth + 1))
    return out


def _joint_modifiers(tok: Token, ref: _Ref, ctx: _Context) -> list[_Ref]:
    """The other actors of modifiers joined by *and* to the modifier that a group noun ``tok`` was resolved
    to: ``Israeli and Jordanian security forces`` stand for Jordan as well as Israel, ``US and Iraqi troops``
    for Iraq as well (issue 12, stance25: an actor reached through its forces).

    Only a group or standing noun (``troops``, ``forces``, ``officials``, ``policies``), only conjuncts of the one modifier that
    gave ``ref`` and only named actors (each with the confidence of ``ref``).
    """
    if not (tok.lemma_.lower() in _GROUP_NOUNS or tok.lower_ in _GROUP_NOUNS or tok.lemma_.lower() in _STANDING_NOUNS):
        return []
    out = []
    for child in tok.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < tok.i:
            own = ctx.ref(child)
            if own is None or own.actor != ref.actor:
                continue
            for other in child.conjuncts:
                named = ctx.ref(other)
                if named is not None and named.actor != ref.actor and all(named.actor != r.actor for r in out):
                    out.append(replace(named, conf=ref.conf))
    return out


def _joint_owners(tok: Token, ref: _Ref, ctx: _Context) -> list[_Ref]:
    """The other owners joined to the owner ``ref`` that a standing noun ``tok`` was resolved to through its
    ``of`` phrase: ``the government of President A and Prime Minister B`` stands for B as well as A.

    Only when ``ref`` is the actor of the ``of`` phrase's head (not a possessor, nor a country of a person),
    and only named actors of the conjuncts (each with the owner's confidence).
    """
    if not (tok.lemma_.lower() in _STANDING_NOUNS or tok.lower_ in _STANDING_NOUNS):
        return []
    for _, obj in _pobjs(tok, {"of"}):
        own = ctx.ref(obj)
        if own is not None and own.actor == ref.actor:
            return [replace(named, conf=named.conf * ref.conf / max(own.conf, 1e-9))
                    for named in (ctx.ref(other) for other in _conjuncts(obj)[1:])
                    if named is not None and named.actor != ref.actor]
    return []


#: Standing nouns for a body that someone leads: ``the government led by X`` stands for X.
_LED_NOUNS = frozenset({"government", "regime", "administration", "cabinet", "coalition"})
#: Verbs (lemmas) of a participle or relative clause naming the leader of a :data:`_LED_NOUNS` body.
_LEADING_VERBS = frozenset({"lead", "head"})


def _led_by(tok: Token, ctx: _Context, *, depth: int) -> _Ref | None:
    """The leader in ``the government (which is) led / headed by X``: X, at 0.9 of its confidence.

    Only a passive participle (``acl``) or a passive relative clause of ``lead`` / ``head`` on ``tok``
    with an agent phrase that is an actor (``the current Austrian government which is led by chancellor
    Wolfgang Schuessel`` -> Wolfgang Schuessel, not Austria).
    """
    for clause in tok.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in _LEADING_VERBS or clause.tag_ != "VBN":
            continue
        for _, obj in _pobjs(clause, {"by"}):
            owner = _np_ref(obj, ctx, depth=depth + 1)
            if owner is not None:
                return replace(owner, conf=owner.conf * 0.9)
    return None


def _members(tok: Token) -> list[Token]:
    """The heads of ``including Y``, ``such as Y``, ``like Y`` on a plural noun (``critics of X, including Y``)."""
    out = []
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in {"including", "like"} or child.lower_ == "as" and any(
                g.lower_ == "such" for g in child.children) or child.lower_ == "as" and child.i > 0 and \
                child.doc[child.i - 1].lower_ == "such":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _of_owner(tok: Token, ctx, *, depth: int, preps=frozenset({"of"})):
    """The actor of an *of* phrase on ``tok`` (*the army of Russia*), with its confidence lowered."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    owner = _np_ref(obj, ctx, depth=depth + 1)
                    if owner is not None:
                        return replace(owner, conf=owner.conf * 0.9)
    return None


#: Capitalised words of a minister's portfolio (``Foreign Affairs``), that the recogniser may join to a name.
_PORTFOLIOS = frozenset({"Foreign", "Affairs", "Defence", "Defense", "Finance", "Interior", "Justice", "Health",
                         "State", "Home", "Economy", "Trade", "Education", "Agriculture", "Environment", "Labour",
                         "Energy", "Transport", "Culture", "Information", "Internal", "External", "Security"})


def _said_of(tok: Token, ctx: _Context) -> _Ref | None:
    """The person of a ``said of Y`` phrase on a speech verb outside the quotation ``tok`` is in (its sentence)."""
    for verb in tok.sent:
        if verb.pos_ == "VERB" and verb.lemma_ in SPEECH_VERBS and not ctx.in_marks(verb):
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        ref = ctx.ref(obj) if obj.dep_ == "pobj" else None
                        if ref is not None and ctx.types.get(ref.actor) == "PERSON":
                            return replace(ref, conf=ref.conf * 0.9)
    return None


def _portfolio_name(tok: Token, ctx: _Context) -> _Ref | None:
    """The person named at the end of a title's ``of`` phrase (``minister of Foreign Affairs Maxime Verhagen``).

    Only a name that follows capitalised portfolio words in the same phrase (its compounds), so ``the
    spokesman of Vladimir Putin`` (the spokesman's master) is no such name.
    """
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                ref = ctx.ref(obj)
                words = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if ref is not None and len(words) >= 2 and (ctx.types.get(ref.actor) == "PERSON" or any(
                        w.text in first_names() for w in words[1:]) or words[0].text in _PORTFOLIOS and
                        words[-1].text not in _PORTFOLIOS):   # the recogniser's ORG "Foreign Affairs Maxime Verhagen"
                    return ref
    return None


#: Verbs (lemmas) of a participle that places people abroad (``Indians living in Bahrain``).
_ABROAD_VERBS = frozenset({"live", "reside", "base", "settle", "stay", "work", "study"})


def _abroad(tok: Token, ref: _Ref, ctx: _Context) -> bool:
    """``Indians living in Bahrain``, ``Filipinos in Kuwait``: a plural demonym placed in another country.

    Such people (a diaspora) are not their country's side: a complaint they
    file is theirs, not their government's.

    Parameters
    ----------
    tok : Token
        The plural demonym (its text ends in *s* and names a country's people).
    ref : _Ref
        The actor the mentions table gave it.
    ctx : _Context
        The document context.

    Returns
    -------
    bool
        True when a participle of living or a bare ``in`` phrase places them
        in another country or its capital (``Iraqis in Baghdad`` stay Iraq's).
    """
    if not (tok.tag_ in {"NNS", "NNPS"} and tok.text.endswith("s") and ctx.types.get(ref.actor) == "GPE"):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
    for acl in tok.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _ABROAD_VERBS:
            preps += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
    for prep in preps:
        for obj in prep.children:
            place = ctx.ref(obj) if obj.dep_ == "pobj" else None
            if place is not None and _foreign_place(place.actor, ref.actor):
                return True
    return False


def _foreign_place(place: str, country: str) -> bool:
    """``place`` is a country other than ``country``, or the capital of one (not a town of unknown country)."""
    if place in set(country_lookup("name").values()):
        return place != country
    capital_of = country_lookup("capital").get(place)
    return capital_of is not None and capital_of != country


def _np_ref(tok: Token, ctx: _Context, *, depth: int = 0) -> _Ref | None:
    if depth > 3:
        return None
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        antecedent = tok.head.head
        if tok.lower_ in {"who", "whom"} and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of":
            person = ctx.ref(antecedent.head.head)       # Nikolić of the Radical Party, who ...: the person
            if person is not None and ctx.types.get(person.actor) == "PERSON":
                return person
        return _np_ref(antecedent, ctx, depth=depth + 1)
    if tok.lower_ in _FIRST_PERSON and ctx.in_quote(tok):
        speaker = ctx.speaker_at(tok)
        return None if speaker is None else replace(speaker, conf=speaker.conf * (1.0 if tok.lower_ in {"i", "me", "my"} else 0.9))
    if tok.lower_ in _LONE_PRONOUNS and tok.pos_ == "PRON" and ctx.in_marks(tok):
        about = _said_of(tok, ctx)                   # "He is a great leader," X said of Y: he is Y
        if about is not None:
            return about
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in _PORTFOLIO_TITLES:
        named = _portfolio_name(tok, ctx)
        if named is not None:
            return named
    ref = ctx.ref(tok)
    if ref is not None and _abroad(tok, ref, ctx):
        return None                                  # Indians living in Bahrain: people, not India
    if ref is not None:
        return ctx.capital_country(tok, ref) or ref
    if tok.pos_ in {"NOUN", "PROPN"}:
        for child in tok.children:                   # the deposed Iraqi President, Saddam Hussein: the name
            if child.dep_ == "appos" and child.i > tok.i and ctx.ref(child) is not None:
                return ctx.ref(child, 0.95)
    if not ctx.org_pronouns and (tok.lower_ in _POSSESSIVE_IT and tok.dep_ == "poss"
                                 or tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
                                 and tok.head.lemma_ not in {"be", "have", "seem", "remain", "become"}):
        return ctx.nearest_org_before(tok, conf=0.85 if tok.lower_ != "it" else 0.75, skip=_clause_subject(tok),
                                      salient=True)
    if tok.lemma_.lower() in _NATION_NOUNS:         # the African country of Mauritania: not the country named before
        owner = _of_owner(tok, ctx, depth=depth)
        if owner is not None:
            return owner
    if tok.lower_ in _CROWD_NOUNS and tok.pos_ == "NOUN":  # a group of demonstrators: the demonstrators
        for _, obj in _pobjs(tok, {"of"}):
            return _np_ref(obj, ctx, depth=depth + 1)
    common = ctx.standing_for(tok) or ctx.titled_person(tok)
    if common is not None:
        return common
    if tok.dep_ == "appos" and tok.pos_ == "NOUN":
        return _np_ref(tok.head, ctx, depth=depth + 1)  # Lashkar-e-Toiba, a group which ...
    lemma = tok.lemma_.lower()
    if (lemma in _OWNED_NOUNS or tok.lower_ in _OWNED_NOUNS) and tok.lower_ not in _GROUP_NOUNS:
        for child in tok.children:
            if child.dep_ == "poss":
                owner = _np_ref(child, ctx, depth=depth + 1)
                if owner is not None:
                    return replace(owner, conf=owner.conf * 0.85)
        agents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                  if g.dep_ == "pobj"]
        agents += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                   if a.dep_ in {"agent", "prep"} and a.lower_ == "by" for g in a.children if g.dep_ == "pobj"]
        if lemma in _AUTHORED_NOUNS:                 # an offer from the AU, a request from the United States
            agents += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                       if g.dep_ == "pobj"]
        for p in agents:                             # a joint statement issued by the United States and Japan
            owner = _np_ref(p, ctx, depth=depth + 1)     # all acts by the government of Belarus
            if owner is not None:
                return replace(owner, conf=owner.conf * 0.85)
        if lemma in _SAID_NOUNS and lemma not in _AUTHORED_NOUNS:
            for _, p in _pobjs(tok, {"from"}):       # a report from a UN Human Rights Council mission
                owner = _np_ref(p, ctx, depth=depth + 1)
                if owner is not None and ctx.types.get(owner.actor) in {"ORG", "PERSON"}:   # not from Baghdad
                    return replace(owner, conf=owner.conf * 0.8)
        if lemma in _AUTHORED_NOUNS or lemma in _SAID_NOUNS:
            for child in tok.children:               # the UN offer, a Lebanese offer, the British demand
                owner = ctx.ref(child) if child.dep_ in {"amod", "compound", "nmod"} else None
                if owner is not None and (child.dep_ == "amod" or ctx.types.get(owner.actor) in {"ORG", "PERSON"}):
                    return replace(owner, conf=owner.conf * 0.8)
        if lemma in _SAID_NOUNS:                     # the statement of the Chairman of SADC
            owner = _of_owner(tok, ctx, depth=depth)
            if owner is None and tok.head.pos_ == "VERB" and tok.head.lemma_ in SPEECH_VERBS and (
                    tok.dep_ in {"npadvmod", "appos", "dep"}
                    or tok.dep_ == "dobj" and any(c.dep_ == "ccomp" for c in tok.head.children)):
                # Iran maintains that ..., a position backed by Russia: the position of the speaker
                owner = next(iter(_subject_refs(tok.head, ctx, depth=depth + 1)), None)
                return None if owner is None else replace(owner, conf=owner.conf * 0.8)
            return None if owner is None else replace(owner, conf=owner.conf * 0.9)
        if lemma == "rule":                          # authoritarian rule in Belarus
            return _of_owner(tok, ctx, depth=depth, preps=frozenset({"in"}))
        return None
    if lemma in _STANDING_NOUNS or tok.lower_ in _STANDING_NOUNS:
        if lemma in _LED_NOUNS:
            leader = _led_by(tok, ctx, depth=depth)
            if leader is not None:
                return leader
        if lemma in {"government", "regime", "administration"}:
            for child in tok.children:               # Afghanistan's Taliban government: the Taliban
                if child.dep_ == "compound" and ctx.types.get(getattr(ctx.mention_at(child), "actor", None)) == "ORG":
                    return ctx.ref(child, 0.9)
        for child in tok.children:
            if child.dep_ == "poss":
                owner = _np_ref(child, ctx, depth=depth + 1)
                if owner is None:
                    continue
                if lemma in {"government", "administration", "cabinet", "regime"}:
                    country = ctx.country_of(owner)
                    if country is not None:
                        return country
                return replace(owner, conf=owner.conf * 0.9)
        owner = _of_owner(tok, ctx, depth=depth, preps=frozenset({"of", "by"}))
        if owner is not None:
            return owner
    if lemma in _RESIDENT_NOUNS or tok.lower_ in _RESIDENT_NOUNS:     # Bishkek residents: not Bishkek
        place = ctx.institution(tok)
        if place is not None:
            return place
    if lemma in _GROUP_NOUNS or tok.lower_ in _GROUP_NOUNS or lemma in _STANDING_NOUNS:
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod"} or child.dep_ == "poss" and lemma not in _NATION_NOUNS:
                owner = ctx.ref(child) if child.dep_ != "poss" else _np_ref(child, ctx, depth=depth + 1)
                if owner is not None:
                    return replace(owner, conf=owner.conf * 0.9)
    if lemma in _GROUP_NOUNS or tok.lower_ in _GROUP_NOUNS:
        for child in tok.children:                   # the president of Gabon, leaders of the EU, diplomats from Britain
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and lemma in _ENVOY_NOUNS):
                for obj in child.children:
                    owner = ctx.ref(obj) if obj.dep_ == "pobj" else None
                    if owner is not None:
                        return replace(owner, conf=owner.conf * 0.85)
    if lemma in _PLACE_NOUNS:
        for child in tok.children:                   # villages in Darfur, Sudanese villages
            if child.dep_ in {"amod", "compound"} and ctx.ref(child) is not None:
                return ctx.ref(child, 0.85)
        owner = _of_owner(tok, ctx, depth=depth, preps=frozenset({"in", "of"}))
        if owner is not None:
            return replace(owner, conf=owner.conf * 0.95)
    if lemma in _ABSTRACT_NOUNS and lemma in _POSSESSED_ABSTRACT:
        for child in tok.children:                   # violated Ukraine's sovereignty, questioned Rudd's credibility
            if child.dep_ == "poss" and not (lemma in _JUDGED_QUALITIES and child.pos_ == "PRON"):
                owner = _np_ref(child, ctx, depth=depth + 1)
                if owner is not None:
                    return replace(owner, conf=owner.conf * 0.9)
    if lemma in _ABSTRACT_NOUNS:                     # the freedom of the Ukrainian people, reconstruction in Afghanistan
        owner = _of_owner(tok, ctx, depth=depth, preps=frozenset({"of", "in"} if lemma in _IN_ABSTRACT else {"of"}))
        if owner is not None:
            return owner
    return ctx.institution(tok)


# ---------------------------------------------------------------- holders

def _own_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "csubj", "expl"}]


def _misjoined_report(verb: Token) -> bool:
    """``X said the act was a murder and insulted Y``: a past verb joined to the clause a speech verb reports,
    whose subject is a common noun (no actor), and which has no subject of its own: the speaker's act (also when
    joined to the clause's predicate: ``said the plan was flawed and criticised Y``)."""
    head = verb.head
    if head.dep_ in {"acomp", "attr"} and head.head.i != head.i:
        head = head.head
    return (verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.lemma_ in SPEECH_VERBS
            and head.head.tag_ == "VBD" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children))


def _subject_refs(verb: Token, ctx: _Context, *, depth: int = 0) -> list[_Ref]:
    """Holders of a verb: its subject, or one inherited (coordination, control, participle, message)."""
    if depth > 6:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        refs = [r for s in subjects for r in _np_refs(s, ctx)]
        if refs:
            return refs
        if all(s.lower_ in _RELATIVE for s in subjects):
            return []                                    # the people who killed X: not an actor
        if any(s.lower_ not in _RELATIVE for s in subjects):
            if ctx.in_quote(verb) and any(s.lower_ in _FIRST_PERSON for s in subjects):
                return []
            return _speaker_refs(verb, ctx) if ctx.in_quote(verb) and not any(
                s.pos_ in {"NOUN", "PROPN"} for s in subjects) else []
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return _speaker_refs(verb, ctx)
    if dep == "conj":
        refs = _subject_refs(head, ctx, depth=depth + 1)
        if not refs and _misjoined_report(verb):
            # X said the act was a "murder" and insulted Y: the parse joins "insulted" to the reported clause
            clause = head.head if head.dep_ in {"acomp", "attr"} else head
            refs = [replace(r, conf=r.conf * 0.8) for r in _subject_refs(clause.head, ctx, depth=depth + 1)]
        return refs
    if dep == "xcomp" and head.lemma_.lower() in _RAISING_VERBS:
        # X is believed to have killed Y: X, hedged
        raised = [r for c in head.children if c.dep_ == "nsubjpass" for r in _np_refs(c, ctx)]
        if raised:
            return [replace(r, conf=r.conf * 0.8) for r in raised]
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
        if objects and head.lemma_.lower() in _REQUEST_VERBS:
            return []                                    # urged X to talk with Y: a wish, not X's act
        refs = [r for o in objects for r in _np_refs(o, ctx)]
        if objects and refs:
            return [replace(r, conf=r.conf * 0.95) for r in refs]
        if head.pos_ in {"VERB", "AUX"}:
            return [replace(r, conf=r.conf * 0.95) for r in _subject_refs(head, ctx, depth=depth + 1)]
    if dep == "acl" and head.pos_ == "NOUN" and verb.tag_ == "VB":
        # Kennedy's decision to endorse Y, the decision by Kennedy to endorse Y
        owners = [r for c in head.children if c.dep_ == "poss" for r in _np_refs(c, ctx)]
        owners += [r for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj" for r in _np_refs(g, ctx)]
        if owners:
            return [replace(r, conf=r.conf * 0.85) for r in owners]
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"} and (
            verb.tag_ in {"VBG", "VBN"} or head.lemma_.lower() in _CARRIER_NOUNS):
        refs = _np_refs(head, ctx)
        if refs:
            return [replace(r, conf=r.conf * 0.8) for r in refs]
    # "criticised X for (not) supporting Y", "accused X of providing": the gerund's subject is X
    if dep == "pcomp" and head.lower_ in {"for", "of"} and head.head.pos_ == "VERB":
        objects = [c for c in head.head.children if c.dep_ in {"dobj", "obj"}]
        if objects:
            return [replace(r, conf=r.conf * 0.85) for o in objects for r in _np_refs(o, ctx)]
    # a verb without a subject: the owner of the message it is the content of, or a governing verb
    out = []
    node = verb
    through_noun = False
    for _ in range(8):
        parent = node.head
        if parent.i == node.i:
            break
        if node.dep_ == "csubj" and not _evaluation_flip(node):
            return []                                    # recognizing X would harm ...: nobody's act
        if parent.pos_ == "NOUN" and parent.lemma_.lower() in _MESSAGE_NOUNS and node.dep_ in {"acl", "relcl", "ccomp"}:
            for child in parent.children:
                if child.dep_ == "poss":
                    out.extend(replace(r, conf=r.conf * 0.8) for r in _np_refs(child, ctx))
            if parent.dep_ in {"dobj", "obj"} and parent.head.lemma_ in _ADOPT_VERBS:
                out.extend(replace(r, conf=r.conf * 0.8) for r in _subject_refs(parent.head, ctx, depth=depth + 1))
            break
        if node.dep_ == "acl" and parent.pos_ == "NOUN" and parent.lemma_.lower() in _PLOT_NOUNS and \
                parent.dep_ == "pobj" and (parent.head.lower_ in _CHARGED_OVER or parent.head.head.pos_ == "NOUN"):
            return []                                    # held in connection to a plot to kill X: plotters unnamed
        if node.dep_ in {"advcl", "pcomp", "csubj", "xcomp", "conj", "prep", "pobj", "ccomp", "acomp"} \
                and parent.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in parent.children):
            subj = [c for c in parent.children if c.dep_ == "nsubj"]
            refs = [r for s in subj for r in _np_refs(s, ctx)]
            if not refs and not any(s.lower_ in _FIRST_PERSON for s in subj):
                return []                                # a country at war cannot focus on attacking X; "by
                                                         # targeting X, they show ...": their act, not the speaker's
            out.extend(replace(r, conf=r.conf * 0.8) for r in refs)
            break
        if node.dep_ not in {"advcl", "pcomp", "csubj", "xcomp", "conj", "prep", "pobj", "acl", "ccomp", "acomp"}:
            break
        through_noun = through_noun or parent.pos_ in {"NOUN", "PROPN", "PRON"}
        node = parent
    if not out and not through_noun:
        out = _speaker_refs(verb, ctx)              # not for a cue buried in a noun phrase (its efforts on attacking X)
    return out


def _speaker_refs(tok: Token, ctx: _Context) -> list[_Ref]:
    speaker = ctx.speaker_at(tok) if ctx.in_quote(tok) else None
    return [] if speaker is None else [speaker]


# ---------------------------------------------------------------- negation and modality

def _negations(verb: Token) -> int:
    n = 0
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and any(
                g.lower_ in {"not", "no", "neither"} for g in child.children if g.dep_ in {"det", "neg", "advmod", "predet"}
        ) or child.dep_ in {"nsubj", "nsubjpass"} and any(
                g.lower_ == "not" for g in child.subtree if g.i < child.i and g.dep_ in {"neg", "advmod", "preconj"}):
            n += 1                                   # no country backed X; not all Americans agree with X
        if child.dep_ == "neg" or child.lower_ in _NEGATION_WORDS and child.dep_ in {"advmod", "det"}:
            n += 1
        elif child.dep_ == "advmod" and any(g.dep_ == "neg" or g.lower_ == "no" for g in child.children):
            n += 1                                   # no longer
    return n


#: Finite verb tags: a finite verb coordinated with a verb of another form has its own tense, aux and negation.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _polarity_and_modality(verb: Token) -> tuple[int, bool]:
    """Number of negations over the cue (its own, shared through coordination, from control) and modality."""
    negs = _negations(verb)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    node = verb
    for _ in range(6):
        if node.dep_ == "conj" and node.tag_ in _FINITE and node.head.tag_ != node.tag_:
            break                                    # "it was not doing anything", and criticised X: its own clause
        if node.dep_ == "conj" and not _own_subjects(node) and not any(
                c.dep_ in {"aux", "neg"} for c in node.children):
            contrast = any(c.dep_ == "cc" and c.lower_ in _CONTRAST and node.head.i < c.i < node.i
                           for c in node.head.children)
            node = node.head
            if contrast:                             # has not mentioned X, but called Pakistan an ally
                modal = modal or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
                continue
            negs += _negations(node)
            modal = modal or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
        elif node.dep_ == "xcomp":
            node = node.head
            negs += _negations(node)
            if node.lemma_ in _NEGATIVE_CONTROL or node.lemma_ == "rule" and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in node.children):
                negs += 1                            # refused to back X; has not ruled out striking X
            modal = modal or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
        else:
            break
    return negs, modal


def _evaluation_flip(verb: Token) -> bool:
    """``supporting X is a mistake``: a gerund subject judged negatively."""
    if verb.dep_ != "csubj":
        return False
    judge = verb.head
    return any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _NEGATIVE_EVALUATION for c in judge.children)


# ---------------------------------------------------------------- cues

def _pobjs(tok: Token, preps: set[str]) -> list[tuple[str, Token]]:
    out = []
    for child in tok.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            out.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
    return out

