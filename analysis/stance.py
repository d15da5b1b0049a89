"""Stance: who is for or against whom.

A stance row says that a *holder* actor is in **favor** of, or **against**, a
*target* actor, with the cue word that says so, the character offsets of the
two mentions and a confidence.

The rules, each a small function below, work on spaCy's dependency parse and
on the resolved ``mentions`` table of :func:`analysis.actors.find_mentions`:

1. **Verbs.** An evaluative or political verb (:data:`FAVOR_VERBS`,
   :data:`AGAINST_VERBS`: ``support``, ``back``, ``criticise``, ``block``,
   ...) with an actor subject and an actor object; a passive verb takes its
   holder from the ``by`` phrase. Phrasal uses (``ally with``, ``stand by``,
   ``fight against``) are in :data:`PREPOSITION_VERBS`; ``back down`` is not
   backing. A transfer verb (``provide``, ``send``, ``deliver``) whose
   object is aid, weapons or money (:data:`AID_NOUNS`) is favor of the
   recipient (``to X``).
2. **Nouns.** ``Rutte’s criticism of Hungary``, ``EU sanctions against
   Russia``, ``support from the United States``: the holder is the
   possessor, a name modifier or a ``by``/``from`` phrase; the target the
   ``of``/``for``/``to``/``against``/``on`` phrase. A noun without a holder
   takes the subject of the verb it is the object of: of an expressing verb
   (``Germany pledged support for Ukraine``) as holder, of a receiving verb
   (``he secured support from the United States``) as target, of a causing
   verb (``..., sparking concern from EU leaders``) as target.
3. **Adjectives.** ``pro-X`` / ``anti-X`` and ``loyal to X``, ``critical
   of X`` (:data:`ADJECTIVE_PREPOSITIONS`), held by the subject of the
   copula or by the noun they modify.
4. **Evaluations in reported speech.** Inside a quotation, or in a clause
   reported by a speech verb, a predicate about an actor (``he was never
   difficult``, ``Hungary no longer has any right to ...``) is a stance of
   the speaker towards that actor (:data:`EVALUATIVE_ADJECTIVES`).
5. **Negation and modality.** ``not``, ``never``, ``no longer`` on the cue
   (or shared through a coordination: ``would not provide or otherwise
   support``), and a negative control verb (``refused to support``) flip the
   polarity; a modal (``would``, ``could``) lowers the confidence.
6. **Who holds it.** The subject of the cue; for a verb without its own
   subject, the subject inherited through coordination, control
   (``prompting Rutte to declare`` -> Rutte), a participle modifying a noun
   (``NATO allies backing X``), or the owner of a message the clause is
   the content of (``Rutte echoed NATO’s message that supporting Ukraine
   ...`` -> NATO and Rutte). Inside a quotation ``I``/``we`` and a
   subject-less cue are the speaker's (from the ``quotes`` table when
   given, else the nearest speech verb of the paragraph).
7. **What stands for an actor.** A candidacy, government, policy or
   campaign stands for its owner (``backing Rutte’s candidacy`` -> Rutte);
   a group noun modified by a name stands for it (``EU leaders`` -> EU);
   ``its``/``their`` is the nearest organisation or country before it in
   the sentence; a person's government is the country their description
   names (``its leader`` / ``prime minister of the Netherlands``). An effort
   or plan whose clause carries a stance passes it on: ``would not support
   NATO efforts to continue sending aid to Ukraine`` -> against Ukraine.

Rows whose holder or target is not an actor, and self-stance (holder ==
target), are dropped.

Confidence (0-1) starts from the kind of evidence -- 0.9 for a verb with an
explicit subject and object, 0.85 for a transfer of aid, 0.8 for a noun or
an adjective, 0.6 for an evaluation in reported speech -- and is multiplied
by 0.9 for a pronoun, a noun modifier, a candidacy-like noun, negation or a
modal (and by a further 0.75 for a negated hostile verb: not criticising someone is weak evidence
of favor), 0.85 for ``its``/``their``, a quote's speaker or an inherited
subject, 0.8 for a holder taken from a message or a participle's head, and
0.8 for a stance passed on through an effort or plan.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import pandas as pd
from spacy.tokens import Doc, Token

from .lexicon import SPEECH_VERBS
from .quotes import quotation_spans

__all__ = [
    "STANCE_COLUMNS",
    "EDGE_COLUMNS",
    "FAVOR_VERBS",
    "AGAINST_VERBS",
    "PREPOSITION_VERBS",
    "TRANSFER_VERBS",
    "AID_NOUNS",
    "FAVOR_NOUNS",
    "AGAINST_NOUNS",
    "ADJECTIVE_PREPOSITIONS",
    "EVALUATIVE_ADJECTIVES",
    "extract_stance",
    "stance_edges",
    "stance_matrix",
]

#: Columns of the ``stance`` table.
STANCE_COLUMNS = ["doc_id", "sent_id", "holder", "target", "stance", "cue", "holder_start", "holder_end",
                  "target_start", "target_end", "evidence", "confidence"]

#: Columns of :func:`stance_edges`.
EDGE_COLUMNS = ["holder", "target", "favor", "against", "net", "n"]

# ---------------------------------------------------------------- lexicons (CC0, written for this package)

#: Verb lemmas whose subject is in favor of their object.
FAVOR_VERBS = frozenset(
    """
    support back endorse praise defend help aid assist champion welcome applaud commend congratulate
    embrace favor favour protect arm fund finance reward hail thank nominate bolster reassure
    """.split()
)

#: Verb lemmas whose subject is against their object.
AGAINST_VERBS = frozenset(
    """
    oppose criticise criticize block condemn accuse sanction veto abandon frustrate attack denounce
    reject blame punish threaten invade fight resist obstruct undermine boycott expel isolate slam
    rebuke censure withdraw betray snub ostracize ostracise antagonize antagonise bomb shell
    """.split()
)

#: ``(verb lemma, preposition) -> stance`` for verbs whose target follows a preposition.
PREPOSITION_VERBS = {
    ("ally", "with"): "favor", ("side", "with"): "favor", ("stand", "with"): "favor",
    ("stand", "by"): "favor", ("stand", "behind"): "favor", ("rally", "behind"): "favor",
    ("rally", "around"): "favor", ("vote", "for"): "favor", ("campaign", "for"): "favor",
    ("lobby", "for"): "favor", ("fight", "for"): "favor", ("cooperate", "with"): "favor",
    ("fight", "against"): "against", ("campaign", "against"): "against", ("vote", "against"): "against",
    ("lobby", "against"): "against", ("protest", "against"): "against", ("turn", "against"): "against",
    ("speak", "against"): "against", ("rail", "against"): "against", ("withdraw", "from"): "against",
    ("break", "with"): "against", ("side", "against"): "against", ("lash", "at"): "against",
}

#: Verb lemmas that transfer their object to the ``to`` phrase (favor when the object is aid).
TRANSFER_VERBS = frozenset("provide send give deliver supply ship pledge offer grant transfer extend donate lend".split())

#: Noun lemmas that make a transfer an act of support.
AID_NOUNS = frozenset(
    """
    aid support assistance help weapon weapons arms ammunition munition munitions system systems missile
    missiles tank tanks jet jets equipment funding fund funds money loan loans billion million dollar
    dollars euro euros supply supplies shell shells drone drones troops artillery package
    """.split()
)

#: Noun lemmas of a favorable act or attitude (``Rutte’s support for Ukraine``).
FAVOR_NOUNS = frozenset(
    "support backing endorsement praise aid assistance help solidarity sympathy approval protection".split()
)

#: Noun lemmas of a hostile act or attitude (``Rutte’s criticism of Hungary``).
AGAINST_NOUNS = frozenset(
    """
    criticism condemnation opposition sanction sanctions veto attack attacks accusation accusations hostility
    concern concerns objection objections protest protests boycott defense defence war aggression invasion
    resistance rebuke displeasure anger outrage
    """.split()
)

#: Nouns that say the stance only through ``against`` (``its defense against Russia``) or ``of`` (favor).
_DEFENSE_NOUNS = frozenset({"defense", "defence", "protection"})

#: Nouns of reaction whose target is whoever caused them (``sparking concern from EU leaders``).
_REACTION_NOUNS = frozenset({"concern", "concerns", "anger", "outrage", "criticism", "condemnation",
                             "displeasure", "protest", "protests", "praise", "support", "backing"})

#: ``(adjective, preposition) -> stance``.
ADJECTIVE_PREPOSITIONS = {
    ("loyal", "to"): "favor", ("supportive", "of"): "favor", ("friendly", "to"): "favor",
    ("friendly", "towards"): "favor", ("friendly", "toward"): "favor", ("sympathetic", "to"): "favor",
    ("close", "to"): "favor", ("committed", "to"): "favor", ("devoted", "to"): "favor",
    ("critical", "of"): "against", ("hostile", "to"): "against", ("hostile", "towards"): "against",
    ("hostile", "toward"): "against", ("opposed", "to"): "against", ("skeptical", "of"): "against",
    ("sceptical", "of"): "against", ("wary", "of"): "against", ("suspicious", "of"): "against",
}

#: Predicate adjectives (and ``have`` objects) that evaluate their subject, for rule 4.
EVALUATIVE_ADJECTIVES = {
    **dict.fromkeys("""loyal reliable trustworthy competent capable excellent great good strong honest
                       pragmatic experienced qualified respected right""".split(), "favor"),
    **dict.fromkeys("""difficult aggressive dangerous corrupt authoritarian weak unreliable unfit incompetent
                       divisive hostile wrong untrustworthy""".split(), "against"),
}
_HAVE_OBJECTS = {"right": "favor", "legitimacy": "favor", "place": "favor", "support": "favor"}

#: Verbs whose subject expresses the noun they take (``voiced criticism``).
_EXPRESS_VERBS = frozenset(
    """express voice offer pledge announce declare signal give provide extend show reiterate repeat echo
    lend throw promise state confirm renew impose introduce adopt levy slap launch mount wage""".split()
)
#: Verbs whose subject receives the noun they take (``secured support from``).
_RECEIVE_VERBS = frozenset("secure win receive gain get enjoy obtain earn garner attract draw".split())
#: Verbs whose subject causes the reaction noun they take (``sparking concern``).
_CAUSE_VERBS = frozenset("spark cause provoke trigger draw prompt raise fuel stir attract".split())
#: Verbs that take over a message's content (``echoed NATO’s message that``).
_ADOPT_VERBS = SPEECH_VERBS | frozenset("echo repeat reiterate share endorse embrace adopt deliver convey".split())
#: Nouns whose clause is someone's message (``NATO’s core message that ...``).
_MESSAGE_NOUNS = frozenset(
    """message view position argument call claim belief demand promise pledge insistence stance
    commitment line warning conviction case""".split()
)
#: Nouns that stand for their owner (``Rutte’s candidacy`` -> Rutte).
_STANDING_NOUNS = frozenset(
    """candidacy candidature bid nomination campaign government administration cabinet regime
    policy policies leadership presidency re-election reelection election plan plans proposal
    initiative effort efforts cause membership application accession""".split()
)
#: Standing nouns whose clause can pass its stance on (``efforts to send aid to Ukraine``).
_CARRIER_NOUNS = frozenset("effort efforts plan plans proposal initiative policy policies campaign bid".split())
#: Group nouns that stand for the actor named in their modifier (``NATO allies``).
_GROUP_NOUNS = frozenset(
    """ally allies leader leaders official officials government governments minister ministers diplomat
    diplomats troops forces army military authorities parliament lawmakers legislators envoy envoys
    negotiators delegation spokesman spokeswoman spokesperson president members member state states
    people""".split()
)
#: Nouns through whose ``of`` phrase a target is reached (``the freedom of the Ukrainian people``).
_ABSTRACT_NOUNS = frozenset(
    "freedom security sovereignty independence interests interest rights people territory integrity".split()
)
#: Control verbs that negate their complement (``refused to support``).
_NEGATIVE_CONTROL = frozenset("refuse decline fail stop cease hesitate balk".split())
#: Adjectives that, said of a stance, turn it around (``supporting X is a mistake``).
_NEGATIVE_EVALUATION = frozenset("wrong mistaken futile pointless dangerous counterproductive".split())
_NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "will", "shall"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_POSSESSIVE_IT = frozenset({"its", "their"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PHRASAL_NOT_BACKING = frozenset({"down", "off", "away", "out"})


# ---------------------------------------------------------------- small data types

@dataclass(frozen=True)
class _Ref:
    """An actor found for a holder or target: the actor, the mention and how sure we are."""

    actor: str
    start: int
    end: int
    conf: float = 1.0


@dataclass(frozen=True)
class _Event:
    cue: Token
    cue_text: str
    holders: tuple
    target: _Ref
    stance: str
    conf: float


def _flip(stance: str) -> str:
    return "against" if stance == "favor" else "favor"


# ---------------------------------------------------------------- context: mentions and quotations

class _Context:
    """Look-ups over the mentions and quotations of one document."""

    def __init__(self, doc: Doc, mentions: pd.DataFrame, quotes: pd.DataFrame | None):
        self.doc = doc
        rows = mentions[["start", "end", "actor", "actor_type", "kind", "sent_id"]].itertuples(index=False)
        self.mentions = sorted(rows, key=lambda m: (m.start, m.end))
        self.types = dict(zip(mentions["actor"], mentions["actor_type"]))
        self.sent_starts = [s.start_char for s in doc.sents]
        self._token_mention: dict[int, object] = {}
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                old = self._token_mention.get(tok.i)
                if old is None or (m.end - m.start) < (old.end - old.start):
                    self._token_mention[tok.i] = m
        self.quote_spans, self.quote_speakers = self._quotes(quotes)

    # -- mentions
    def mention_at(self, tok: Token):
        return self._token_mention.get(tok.i)

    def ref(self, tok: Token, conf: float = 1.0) -> _Ref | None:
        m = self.mention_at(tok)
        if m is None:
            return None
        factor = {"pronoun": 0.9, "description": 0.95}.get(m.kind, 1.0)
        return _Ref(m.actor, m.start, m.end, conf * factor)

    def sent_index(self, char: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def nearest_org_before(self, tok: Token, types=("ORG", "GPE")) -> _Ref | None:
        """The nearest ORG or GPE name mention before ``tok`` in its sentence (else the previous one)."""
        sent = self.sent_index(tok.idx)
        best = None
        for m in self.mentions:
            if m.start >= tok.idx:
                break
            if self.types.get(m.actor) in types and m.kind in {"name", "adjective"} \
                    and self.sent_index(m.start) in {sent, sent - 1}:
                best = m
        if best is None:
            return None
        return _Ref(best.actor, best.start, best.end, 0.85)

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
            for q in quotes.itertuples(index=False):
                spans.append((int(q.start), int(q.end)))
                speaker = getattr(q, "speaker", None)
                s_start, s_end = getattr(q, "speaker_start", -1), getattr(q, "speaker_end", -1)
                if isinstance(speaker, str) and speaker:
                    ok = s_start is not None and not pd.isna(s_start) and int(s_start) >= 0
                    if ok:
                        speakers.append(_Ref(speaker, int(s_start), int(s_end), 0.85))
                    else:
                        m = self._any_mention(speaker, q.start)
                        speakers.append(_Ref(speaker, m.start, m.end, 0.8) if m is not None else None)
                else:
                    speakers.append(None)
            return spans, speakers
        spans = quotation_spans(self.doc.text)
        return spans, [self._fallback_speaker(a, b) for a, b in spans]

    def _any_mention(self, actor: str, near: int):
        ms = [m for m in self.mentions if m.actor == actor]
        return min(ms, key=lambda m: abs(m.start - near)) if ms else None

    def _fallback_speaker(self, a: int, b: int) -> _Ref | None:
        """The subject of the speech verb (outside quotes) nearest the quotation in its paragraph."""
        text = self.doc.text
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
        for (a, b), speaker in zip(self.quote_spans, self.quote_speakers):
            if a <= tok.idx < b:
                return speaker
        return None

    def in_quote(self, tok: Token) -> bool:
        return _in_spans(self.quote_spans, tok.idx)


def _in_spans(spans, char: int) -> bool:
    return any(a <= char < b for a, b in spans)


# ---------------------------------------------------------------- actors of noun phrases

def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _np_refs(tok: Token, ctx: _Context, *, depth: int = 0) -> list[_Ref]:
    """Actors that the noun phrase headed by ``tok`` (and its conjuncts) stands for."""
    out = []
    for t in _conjuncts(tok):
        ref = _np_ref(t, ctx, depth=depth)
        if ref is not None:
            out.append(ref)
    return out


def _np_ref(tok: Token, ctx: _Context, *, depth: int = 0) -> _Ref | None:
    if depth > 3:
        return None
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return _np_ref(tok.head.head, ctx, depth=depth + 1)
    if tok.lower_ in _FIRST_PERSON and ctx.in_quote(tok):
        speaker = ctx.speaker_at(tok)
        return None if speaker is None else replace(speaker, conf=speaker.conf * (1.0 if tok.lower_ in {"i", "me", "my"} else 0.9))
    ref = ctx.ref(tok)
    if ref is not None:
        return ref
    if tok.lower_ in _POSSESSIVE_IT and tok.dep_ == "poss":
        return ctx.nearest_org_before(tok)
    lemma = tok.lemma_.lower()
    if lemma in _STANDING_NOUNS or tok.lower_ in _STANDING_NOUNS:
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
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        owner = _np_ref(obj, ctx, depth=depth + 1)
                        if owner is not None:
                            return replace(owner, conf=owner.conf * 0.9)
    if lemma in _GROUP_NOUNS or tok.lower_ in _GROUP_NOUNS or lemma in _STANDING_NOUNS:
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "nmod", "poss"}:
                owner = ctx.ref(child)
                if owner is not None:
                    return replace(owner, conf=owner.conf * 0.9)
    if lemma in _ABSTRACT_NOUNS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        owner = _np_ref(obj, ctx, depth=depth + 1)
                        if owner is not None:
                            return replace(owner, conf=owner.conf * 0.9)
    return None


# ---------------------------------------------------------------- holders

def _own_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "csubj", "expl"}]


def _subject_refs(verb: Token, ctx: _Context, *, depth: int = 0) -> list[_Ref]:
    """Holders of a verb: its subject, or one inherited (coordination, control, participle, message)."""
    if depth > 6:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        refs = [r for s in subjects for r in _np_refs(s, ctx)]
        if refs:
            return refs
        if any(s.lower_ not in _RELATIVE for s in subjects):
            if ctx.in_quote(verb) and any(s.lower_ in _FIRST_PERSON for s in subjects):
                return []
            return _speaker_refs(verb, ctx) if ctx.in_quote(verb) and not any(
                s.pos_ in {"NOUN", "PROPN"} for s in subjects) else []
    dep, head = verb.dep_, verb.head
    if head is verb:
        return _speaker_refs(verb, ctx)
    if dep == "conj":
        return _subject_refs(head, ctx, depth=depth + 1)
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
        refs = [r for o in objects for r in _np_refs(o, ctx)]
        if objects and refs:
            return [replace(r, conf=r.conf * 0.95) for r in refs]
        if head.pos_ in {"VERB", "AUX"}:
            return [replace(r, conf=r.conf * 0.95) for r in _subject_refs(head, ctx, depth=depth + 1)]
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"} and (
            verb.tag_ in {"VBG", "VBN"} or head.lemma_.lower() in _CARRIER_NOUNS):
        refs = _np_refs(head, ctx)
        if refs:
            return [replace(r, conf=r.conf * 0.8) for r in refs]
    # "criticised X for (not) supporting Y": the gerund's subject is X
    if dep == "pcomp" and head.lower_ == "for" and head.head.pos_ == "VERB":
        objects = [c for c in head.head.children if c.dep_ in {"dobj", "obj"}]
        if objects:
            return [replace(r, conf=r.conf * 0.85) for o in objects for r in _np_refs(o, ctx)]
    # a verb without a subject: the owner of the message it is the content of, or a governing verb
    out = []
    node = verb
    for _ in range(8):
        parent = node.head
        if parent is node:
            break
        if parent.pos_ == "NOUN" and parent.lemma_.lower() in _MESSAGE_NOUNS and node.dep_ in {"acl", "relcl", "ccomp"}:
            for child in parent.children:
                if child.dep_ == "poss":
                    out.extend(replace(r, conf=r.conf * 0.8) for r in _np_refs(child, ctx))
            if parent.dep_ in {"dobj", "obj"} and parent.head.lemma_ in _ADOPT_VERBS:
                out.extend(replace(r, conf=r.conf * 0.8) for r in _subject_refs(parent.head, ctx, depth=depth + 1))
            break
        if node.dep_ in {"advcl", "pcomp", "csubj", "xcomp", "conj", "prep", "pobj", "ccomp", "acomp"} \
                and parent.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in parent.children):
            subj = [c for c in parent.children if c.dep_ == "nsubj"]
            refs = [r for s in subj for r in _np_refs(s, ctx)]
            out.extend(replace(r, conf=r.conf * 0.8) for r in refs)
            break
        if node.dep_ not in {"advcl", "pcomp", "csubj", "xcomp", "conj", "prep", "pobj", "acl", "ccomp", "acomp"}:
            break
        node = parent
    if not out:
        out = _speaker_refs(verb, ctx)
    return out


def _speaker_refs(tok: Token, ctx: _Context) -> list[_Ref]:
    speaker = ctx.speaker_at(tok) if ctx.in_quote(tok) else None
    return [] if speaker is None else [speaker]


# ---------------------------------------------------------------- negation and modality

def _negations(verb: Token) -> int:
    n = 0
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in _NEGATION_WORDS and child.dep_ in {"advmod", "det"}:
            n += 1
        elif child.dep_ == "advmod" and any(g.dep_ == "neg" or g.lower_ == "no" for g in child.children):
            n += 1                                   # no longer
    return n


def _polarity_and_modality(verb: Token) -> tuple[int, bool]:
    """Number of negations over the cue (its own, shared through coordination, from control) and modality."""
    negs = _negations(verb)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    node = verb
    for _ in range(6):
        if node.dep_ == "conj" and not _own_subjects(node) and not any(
                c.dep_ in {"aux", "neg"} for c in node.children):
            node = node.head
            negs += _negations(node)
            modal = modal or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
        elif node.dep_ == "xcomp":
            node = node.head
            negs += _negations(node)
            if node.lemma_ in _NEGATIVE_CONTROL:
                negs += 1
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


def _verb_core(tok: Token, ctx: _Context) -> tuple[str, list[_Ref], str, float, list[_Event]] | None:
    """What a cue verb says of whom, before its holder is known.

    Returns ``(stance after negation, targets, cue, confidence, carried)``,
    ``carried`` being stances passed on through an effort or plan object; or
    None when ``tok`` is not a cue verb with an actor target.
    """
    lemma = tok.lemma_.lower()
    base = None
    targets: list[_Ref] = []
    carried: list[tuple[str, _Ref, str, float]] = []
    cue = tok.text
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if lemma in FAVOR_VERBS or lemma in AGAINST_VERBS:
        if lemma == "back" and prts & _PHRASAL_NOT_BACKING:
            return None
        base = "favor" if lemma in FAVOR_VERBS else "against"
        objs = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "obj"})]
        for o in objs:
            inner = _carried(o, tok, ctx)
            if inner:
                carried.extend(inner)
            else:
                targets.extend(_np_refs(o, ctx))
        if lemma == "withdraw":
            # withdraw support from X: against X; withdraw a candidacy is about oneself
            if any(o.lemma_.lower() in FAVOR_NOUNS | AID_NOUNS for o in objs):
                targets = [r for _, p in _pobjs(tok, {"from"}) for r in _np_refs(p, ctx)]
    for (verb, prep), stance in PREPOSITION_VERBS.items():
        if lemma == verb:
            found = [r for _, p in _pobjs(tok, {prep}) for r in _np_refs(p, ctx)]
            if found:
                base, targets, cue = stance, found, f"{tok.text} {prep}"
    transfer = False
    if lemma in TRANSFER_VERBS and base is None:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        if any(t.lemma_.lower() in AID_NOUNS or t.lower_ in AID_NOUNS for o in objs for t in o.subtree):
            recipients = _pobjs(tok, {"to"}) + [p for o in objs for p in _pobjs(o, {"to"})]
            targets = [r for _, p in recipients for r in _np_refs(p, ctx)]
            if targets:
                base, cue, transfer = "favor", f"{tok.text} ... to", True
    if base is None or not (targets or carried):
        return None
    negs, modal = _polarity_and_modality(tok)
    if _evaluation_flip(tok):
        negs += 1
    stance = _flip(base) if negs % 2 else base
    conf = (0.85 if transfer else 0.9) * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
    if negs % 2 and base == "against":
        conf *= 0.75                                     # not criticising is weak evidence of favor
    events = []
    for inner_stance, target, inner_cue, inner_conf in carried:
        events.append((inner_stance if stance == "favor" else _flip(inner_stance), target,
                       f"{cue} ... {inner_cue}", conf * inner_conf * 0.8))
    return stance, targets, cue, conf, events


def _verb_events(tok: Token, ctx: _Context) -> list[_Event]:
    core = _verb_core(tok, ctx)
    if core is None:
        return []
    stance, targets, cue, conf, carried = core
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        holders = [r for _, p in _pobjs(tok, {"by"}) for r in _np_refs(p, ctx)]
    else:
        holders = _subject_refs(tok, ctx)
    if not holders:
        return []
    events = [_Event(tok, cue, tuple(holders), t, stance, conf) for t in targets]
    events += [_Event(tok, c, tuple(holders), t, s, k) for s, t, c, k in carried]
    return events


def _carried(obj: Token, verb: Token, ctx: _Context) -> list[tuple[str, _Ref, str, float]]:
    """Stances in the clause of an effort or plan: ``support NATO efforts to send aid to Ukraine``."""
    if obj.lemma_.lower() not in _CARRIER_NOUNS and obj.lower_ not in _CARRIER_NOUNS:
        return []
    out = []
    for t in obj.subtree:
        if t.i != verb.i and t.i != obj.i and t.pos_ in {"VERB", "AUX"}:
            core = _verb_core(t, ctx)
            if core is not None:
                stance, targets, cue, conf, _ = core
                out.extend((stance, target, cue, conf) for target in targets)
    return out


def _noun_events(tok: Token, ctx: _Context) -> list[_Event]:
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if tok.pos_ != "NOUN" or not (lemma in FAVOR_NOUNS or lemma in AGAINST_NOUNS or word in AGAINST_NOUNS):
        return []
    if tok.dep_ == "compound":
        return []                                        # air defense systems
    base = "favor" if lemma in FAVOR_NOUNS else "against"
    if lemma in _DEFENSE_NOUNS:
        found = [("against", r) for _, p in _pobjs(tok, {"against"}) for r in _np_refs(p, ctx)]
        found += [("favor", r) for _, p in _pobjs(tok, {"of"}) for r in _np_refs(p, ctx)]
    else:
        preps = {"of", "for", "to", "against", "on", "toward", "towards", "over", "with", "at", "about"}
        if lemma in {"concern", "concerns", "anger", "outrage"}:
            preps = {"over", "about", "at", "toward", "towards", "with"}
        found = [(base, r) for _, p in _pobjs(tok, preps) for r in _np_refs(p, ctx)]
    holders: list[_Ref] = []
    conf = 0.8
    for child in tok.children:
        if child.dep_ == "poss":
            holders.extend(_np_refs(child, ctx))
        elif child.dep_ in {"compound", "amod", "nmod"}:
            ref = ctx.ref(child)
            if ref is not None:
                holders.append(replace(ref, conf=ref.conf * 0.9))
    holders.extend(r for _, p in _pobjs(tok, {"by", "from", "among"}) for r in _np_refs(p, ctx))
    governor = tok.head if tok.dep_ in {"dobj", "obj"} else None
    negs, modal = 0, False
    if governor is not None:
        g_lemma = governor.lemma_.lower()
        if not found and holders and (g_lemma in _RECEIVE_VERBS or (g_lemma in _CAUSE_VERBS and lemma in _REACTION_NOUNS)):
            found = [(base, replace(r, conf=r.conf * 0.9)) for r in _subject_refs(governor, ctx)]
            negs, modal = _polarity_and_modality(governor)
        elif not holders and g_lemma in _EXPRESS_VERBS | {"withdraw", "block", "veto", "end", "cut", "halt", "suspend"}:
            holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(governor, ctx)]
            negs, modal = _polarity_and_modality(governor)
            if g_lemma in {"withdraw", "block", "veto", "end", "cut", "halt", "suspend"}:
                negs += 1
    if not found or not holders:
        return []
    out = []
    for stance, target in found:
        s = _flip(stance) if negs % 2 else stance
        c = conf * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
        out.append(_Event(tok, tok.text, tuple(holders), target, s, c))
    return out


def _adjective_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``pro-NATO``, ``anti-Russian``, ``loyal to X``, ``critical of X``."""
    word = tok.lower_
    found: list[tuple[str, _Ref]] = []
    anchor = tok
    cue = tok.text
    if word in {"pro", "anti"}:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text == "-" and tok.i + 2 < len(tok.doc):
            ref = ctx.ref(tok.doc[tok.i + 2])
            if ref is not None:
                found.append(("favor" if word == "pro" else "against", ref))
                cue = tok.doc[tok.i:tok.i + 3].text
    elif word.startswith(("pro-", "anti-")):
        prefix, _, rest = word.partition("-")
        if rest:
            ref = ctx.ref(tok)
            if ref is not None:
                found.append(("favor" if prefix == "pro" else "against", ref))
    elif tok.pos_ in {"ADJ", "VERB"}:
        for (adj, prep), stance in ADJECTIVE_PREPOSITIONS.items():
            if word == adj or tok.lemma_.lower() == adj:
                refs = [r for _, p in _pobjs(tok, {prep}) for r in _np_refs(p, ctx)]
                found.extend((stance, r) for r in refs)
                if refs:
                    cue = f"{tok.text} {prep}"
    if not found:
        return []
    if anchor.dep_ in {"amod", "compound"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        holders = _np_refs(anchor.head, ctx)
        negs = 0
    else:
        verb = anchor.head if anchor.dep_ in {"acomp", "attr", "oprd", "advmod", "amod"} else anchor
        while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
            verb = verb.head
        holders = _subject_refs(verb, ctx)
        negs, _ = _polarity_and_modality(verb)
        negs += _negations(verb) if verb is anchor else 0
    if not holders:
        return []
    out = []
    for stance, target in found:
        out.append(_Event(tok, cue, tuple(holders), target, _flip(stance) if negs % 2 else stance,
                          0.8 * (0.9 if negs else 1.0)))
    return out


def _evaluation_events(tok: Token, ctx: _Context) -> list[_Event]:
    """A predicate about an actor in reported speech: a stance of the speaker towards that actor."""
    if tok.pos_ not in {"AUX", "VERB"} or tok.lemma_ not in {"be", "have", "remain", "seem"}:
        return []
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    verdict = None
    cue = None
    for child in tok.children:
        if child.dep_ == "acomp" and child.lemma_.lower() in EVALUATIVE_ADJECTIVES:
            verdict, cue = EVALUATIVE_ADJECTIVES[child.lemma_.lower()], child
        elif tok.lemma_ == "have" and child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in _HAVE_OBJECTS:
            verdict, cue = _HAVE_OBJECTS[child.lemma_.lower()], child
    if verdict is None:
        return []
    targets = [r for s in subjects for r in _np_refs(s, ctx) if s.lower_ not in _FIRST_PERSON]
    if not targets:
        return []
    holders: list[_Ref] = []
    node = tok
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS | {"declare"} and not ctx.in_quote(node.head):
        holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(node.head, ctx)]
    if not holders and ctx.in_quote(tok):
        holders = _speaker_refs(tok, ctx)
    if not holders:
        return []
    negs = _negations(tok)
    stance = _flip(verdict) if negs % 2 else verdict
    return [_Event(tok, cue.text if negs == 0 else f"{_neg_word(tok)} {cue.text}", tuple(holders), t,
                   stance, 0.6) for t in targets]


def _neg_word(tok: Token) -> str:
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in _NEGATION_WORDS:
            return child.text
        if child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children):
            return f"{[g for g in child.children if g.dep_ == 'neg'][0].text} {child.text}"
    return "not"


# ---------------------------------------------------------------- the stage

def extract_stance(doc: Doc, mentions: pd.DataFrame, *, quotes: pd.DataFrame | None = None,
                   doc_id: str = "text") -> pd.DataFrame:
    """Find holder -> target stances (favor or against) between actors.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article parsed by :func:`analysis.nlp.parse`.
    mentions : pandas.DataFrame
        Its ``mentions`` table (:func:`analysis.actors.find_mentions`).
    quotes : pandas.DataFrame, optional
        Its ``quotes`` table (columns ``start``, ``end``, ``speaker`` and,
        optionally, ``speaker_start``, ``speaker_end``); the speaker holds
        the stances expressed inside a quotation without their own subject.
        Without it, quotation marks are found here and the speaker is the
        subject of the nearest speech verb of the paragraph.
    doc_id : str, default "text"
        Written into the ``doc_id`` column.

    Returns
    -------
    pandas.DataFrame
        The ``stance`` table, one row per (sentence, holder, target,
        stance), in text order: ``doc_id``, ``sent_id`` (as in
        ``mentions``), ``holder``, ``target`` (canonical actors, never
        equal), ``stance`` (``favor`` or ``against``), ``cue`` (the cue
        word(s)), ``holder_start``, ``holder_end``, ``target_start``,
        ``target_end`` (character offsets of a mention of the holder and of
        the target: the one expressing it, or for ``its``, a quote's speaker
        or a person's country, the mention it was resolved to),
        ``evidence`` (the sentence), ``confidence`` (0-1, see the module
        docstring).
    """
    if mentions is None or mentions.empty or len(doc) == 0:
        return _empty()
    ctx = _Context(doc, mentions, quotes)
    events: list[_Event] = []
    for tok in doc:
        if tok.is_space or tok.is_punct:
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            events.extend(_verb_events(tok, ctx))
            events.extend(_evaluation_events(tok, ctx))
        if tok.pos_ == "NOUN":
            events.extend(_noun_events(tok, ctx))
        events.extend(_adjective_events(tok, ctx))
    mention_sent = {(m.start, m.end): m.sent_id for m in ctx.mentions}
    sents = list(doc.sents)
    rows = []
    for ev in events:
        sent = sents[ctx.sent_index(ev.cue.idx)]
        evidence = sent.text.strip()
        sent_id = mention_sent.get((ev.target.start, ev.target.end))
        if sent_id is None or not (sent.start_char <= ev.target.start < sent.end_char):
            same = [m.sent_id for m in ctx.mentions if sent.start_char <= m.start < sent.end_char]
            sent_id = same[0] if same else ctx.sent_index(ev.cue.idx)
        for holder in ev.holders:
            if holder.actor == ev.target.actor:
                continue
            conf = round(min(max(ev.conf * holder.conf * ev.target.conf, 0.0), 1.0), 2)
            rows.append((doc_id, int(sent_id), holder.actor, ev.target.actor, ev.stance, ev.cue_text,
                         holder.start, holder.end, ev.target.start, ev.target.end, evidence, conf, ev.cue.i))
    if not rows:
        return _empty()
    table = pd.DataFrame(rows, columns=STANCE_COLUMNS + ["_cue_i"])
    table = (table.sort_values(["confidence"], ascending=False, kind="mergesort")
             .drop_duplicates(["doc_id", "sent_id", "holder", "target", "stance"])
             .sort_values(["sent_id", "_cue_i", "holder", "target"], kind="mergesort"))
    return table[STANCE_COLUMNS].reset_index(drop=True)


def _empty() -> pd.DataFrame:
    dtypes = {"sent_id": "int64", "holder_start": "int64", "holder_end": "int64", "target_start": "int64",
              "target_end": "int64", "confidence": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, object)) for c in STANCE_COLUMNS})


# ---------------------------------------------------------------- aggregates

def stance_edges(stance: pd.DataFrame) -> pd.DataFrame:
    """Holder -> target edges summed over sentences and documents.

    Parameters
    ----------
    stance : pandas.DataFrame
        The ``stance`` table (one or several documents).

    Returns
    -------
    pandas.DataFrame
        One row per (holder, target), the most frequent first: ``holder``,
        ``target``, ``favor`` (rows saying favor), ``against`` (rows saying
        against), ``net`` (``favor - against``), ``n`` (all rows).
    """
    if stance.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in {"favor", "against", "net", "n"} else object)
                             for c in EDGE_COLUMNS})
    counts = (pd.crosstab([stance["holder"], stance["target"]], stance["stance"])
              .reindex(columns=["favor", "against"], fill_value=0))
    edges = counts.reset_index().rename_axis(columns=None)
    edges = edges.assign(net=edges["favor"] - edges["against"], n=edges["favor"] + edges["against"])
    edges = edges.sort_values(["n", "holder", "target"], ascending=[False, True, True], kind="mergesort")
    return edges[EDGE_COLUMNS].astype({c: "int64" for c in ["favor", "against", "net", "n"]}).reset_index(drop=True)


def stance_matrix(stance: pd.DataFrame, *, value: str = "net") -> pd.DataFrame:
    """Holder x target matrix of stance counts.

    Parameters
    ----------
    stance : pandas.DataFrame
        The ``stance`` table.
    value : {"net", "favor", "against", "count"}, default "net"
        What each cell holds: favor rows minus against rows, favor rows,
        against rows, or all rows.

    Returns
    -------
    pandas.DataFrame
        Integer matrix, index ``holder`` (rows), columns ``target``, both
        ordered by how many stance rows the actor takes part in (most first,
        ties by name); pairs without a stance are 0.
    """
    column = {"net": "net", "favor": "favor", "against": "against", "count": "n"}
    if value not in column:
        raise ValueError(f"value must be one of {sorted(column)}, not {value!r}")
    edges = stance_edges(stance)
    if edges.empty:
        return pd.DataFrame(dtype="int64").rename_axis(index="holder", columns="target")
    matrix = edges.pivot(index="holder", columns="target", values=column[value]).fillna(0).astype("int64")
    rows = edges.groupby("holder")["n"].sum()
    cols = edges.groupby("target")["n"].sum()
    rows = sorted(rows.index, key=lambda a: (-rows[a], a))
    cols = sorted(cols.index, key=lambda a: (-cols[a], a))
    return matrix.loc[rows, cols].rename_axis(index="holder", columns="target")
