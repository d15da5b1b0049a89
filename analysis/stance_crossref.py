"""Stance across sentences: ``Y condemned the decision`` where the decision is X's.

A rule of :mod:`analysis.stance` (issue 12, stance17). A judging verb (frames
*support, praise, oppose, blame* of the lexicon: ``criticised``,
``welcomed``, ``opposed`` ...) whose direct object is a definite event or
decision noun with no owner in its own sentence (``the decision``, ``the
ruling``, ``the plan``, ``the raid``; :data:`EVENT_KINDS`) takes as target
the owner of the most recent matching event before it, in its own sentence
(before the cue) or the :data:`_BACK` sentences before:

* the same noun with an owner (``X's decision``, ``the plan by X``, ``the
  Israeli raid``, ``X announced a plan``, ``X launched an operation``);
* a verb of that kind in a main or reported clause with its own actor
  subject (``X decided`` -> the decision, ``X proposed`` -> the proposal,
  ``X ruled`` -> the ruling, ``X sent troops`` -> the move; a passive only
  with its ``by`` agent; not a modal ``will raise``: not yet done).

A repeated ``the decision`` without owner is skipped (look further back).
Searching the article's first sentence as well was tried and dropped: on
the cross-sentence set it added 3 right rows and 2 wrong (a lead naming
another act). ``it`` / ``this`` as the object is not handled yet.

The first matching event decides: when it has no owner (``the attack was
carried out by an unknown man``, ``an election date was announced``) there
is no row, so an attack's victims are never taken for its owners. The row
has the cue's polarity at :data:`_CONF` times the cue's strength (lower than
the 0.9 of a verb with both actors in its sentence: the owner is an
inference across sentences), times 0.9 for a modal; a negated cue gives no
row. The owner must not be the holder.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .lexicon import SPEECH_VERBS
from .stance_context import _MODALS, _Context, _Event, _np_ref, _np_refs, _polarity_and_modality, _subject_refs
from .stance_lexicon import cue as _cue

_DECIDE = frozenset({"decide", "announce", "order", "vote", "approve", "choose", "agree"})
_RULE = frozenset({"rule", "acquit", "convict", "overturn", "quash", "uphold", "dismiss", "sentence", "dissolve"})
_PROPOSE = frozenset({"propose", "introduce", "unveil", "announce", "plan", "draft", "table", "sponsor"})
_HIT = frozenset({"attack", "raid", "bomb", "strike", "shell", "invade", "fire", "shoot"})
_ACT = frozenset({"allow", "send", "close", "open", "withdraw", "cut", "suspend", "expel", "halt", "lift", "block",
                  "deploy", "remove", "scrap", "raise", "sell", "buy", "cancel", "recall", "ban", "restrict",
                  "impose", "convert", "grant", "refuse", "reject", "sign", "launch", "release", "fire", "sack",
                  "appoint", "nominate", "veto", "pass", "abandon", "drop", "end", "postpone", "delay", "extend"})
#: Event or decision nouns (lemma) -> verbs that make such an event with its agent as subject.
EVENT_KINDS: dict[str, frozenset] = {
    "decision": _DECIDE | _RULE | _ACT, "ruling": _RULE, "verdict": _RULE,
    "proposal": _PROPOSE, "plan": _PROPOSE, "announcement": frozenset({"announce", "unveil"}),
    "attack": _HIT, "raid": _HIT, "strike": _HIT, "operation": _HIT, "offensive": _HIT, "invasion": _HIT,
    "ban": frozenset({"ban"}), "deal": frozenset({"agree", "sign"}), "agreement": frozenset({"agree", "sign"}),
    "bill": _PROPOSE, "law": _PROPOSE | frozenset({"pass", "enact", "sign"}), "legislation": _PROPOSE,
    "measure": _PROPOSE | _ACT, "policy": _PROPOSE, "reform": _PROPOSE,
    "appointment": frozenset({"appoint", "name", "nominate"}), "visit": frozenset({"visit"}),
    "sanction": frozenset({"impose", "sanction"}),
    "move": _DECIDE | _ACT, "action": _ACT, "step": _DECIDE | _ACT,
}
#: Verbs whose subject makes, issues or carries out the event noun that is their object
#: (``X announced a plan``, ``X launched an offensive``, ``X made the decision``).
_MAKING_VERBS = frozenset({"make", "take", "announce", "unveil", "propose", "launch", "introduce", "issue", "sign",
                           "impose", "conduct", "carry", "order", "reach", "strike", "hand", "table", "present",
                           "submit", "draft", "adopt", "enact", "pass", "mount", "stage", "begin", "start"})
#: Frames of the cue verbs that judge their object.
_JUDGING = frozenset({"support", "praise", "oppose", "blame"})
#: Determiners that make the object definite and anaphoric.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Dependencies of a verb that can state an event (a main or reported clause; not ``called on them to pass``).
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
#: Prepositions of an object's phrase that name an owner or a victim (``the raid on X``, ``the plan by X``).
_OWNER_PREPS = frozenset({"by", "of", "from", "against", "on", "to", "for", "with", "between"})
#: Sentences before the cue's that are searched.
_BACK = 3
#: Confidence of a row before the cue's strength.
_CONF = 0.5
#: Words of the lemmas that can start the rule (the gate of :mod:`analysis.stance`).
CROSSREF_LEMMAS = frozenset({"support", "back", "endorse", "praise", "applaud", "commend", "hail", "laud", "welcome",
                             "embrace", "oppose", "reject", "criticise", "criticize", "condemn", "denounce", "slam",
                             "lambast", "decry", "deplore", "assail", "blast"})


def crossref_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``Y condemned the decision``: Y towards the owner of the decision named before (see the module)."""
    entry = _cue(tok.lemma_.lower(), "verb")
    if entry is None or entry.frame not in _JUDGING or tok.lemma_.lower() not in CROSSREF_LEMMAS:
        return []
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
    noun = None if obj is None else _event_noun(obj, ctx)
    if noun is None or _np_refs(obj, ctx):
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []
    holders = tuple(_subject_refs(tok, ctx))
    if not holders:
        return []
    owners = _owners_before(obj, noun, ctx)
    conf = _CONF * entry.strength * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} the {noun}", holders, o, entry.polarity, conf)
            for o in owners if all(h.actor != o.actor for h in holders)]


def _event_noun(obj: Token, ctx: _Context) -> str | None:
    """The event kind of a definite object without an owner in its phrase, or None."""
    lemma = obj.lemma_.lower()
    kind = lemma if lemma in EVENT_KINDS else (lemma[:-1] if lemma.endswith("s") and lemma[:-1] in EVENT_KINDS
                                                else None)
    if kind is None or obj.pos_ != "NOUN":
        return None
    dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
    if not dets or dets[0] not in _DEFINITE:
        return None
    if any(c.dep_ in {"poss", "compound", "nmod"} or c.dep_ == "amod" and ctx.ref(c) is not None
           or c.dep_ == "prep" and c.lower_ in _OWNER_PREPS or c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)
           for c in obj.children):
        return None                                  # the Israeli raid, the raid on X, the plan to ...: not alone
    return kind


def _owners_before(obj: Token, noun: str, ctx: _Context) -> list:
    """Owners of the most recent event of kind ``noun`` before ``obj``: this sentence, then the :data:`_BACK` before."""
    for t in _tokens_back(obj):
        found = _event_at(t, noun, ctx)
        if found is not None:
            return found
    return []


def _tokens_back(tok: Token):
    """The tokens before ``tok``, nearest first: its sentence, then the :data:`_BACK` sentences before."""
    doc = tok.doc
    spans = [(tok.sent.start, tok.i)]
    first = tok.sent.start
    for _ in range(_BACK):
        if first == 0:
            break
        start = doc[first - 1].sent.start
        spans.append((start, first))
        first = start
    for a, b in spans:
        for i in range(b - 1, a - 1, -1):
            yield doc[i]


def _event_at(t: Token, noun: str, ctx: _Context) -> list | None:
    """None when ``t`` is no event of kind ``noun``; else its owners (maybe none: no row then)."""
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN" and (lemma == noun or lemma == noun + "s") and t.dep_ != "compound":
        owners = _noun_owners(t, ctx)
        if not owners and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
            return None                              # the ruling again, still without owner: look further back
        return owners
    if (t.pos_ == "VERB" and lemma in EVENT_KINDS[noun] and t.dep_ in _CLAUSE_DEPS
            and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children)):   # will raise: not yet done
        owners = _verb_agents(t, ctx)
        if not owners and EVENT_KINDS[noun] is not _HIT:
            return None                              # ruled that X should be suspended: the ruling, not the passive
        return owners
    return None


def _noun_owners(t: Token, ctx: _Context) -> list:
    """The owner of an event noun: in its phrase, or the subject of a making verb it is the object of."""
    for c in t.children:
        if c.dep_ == "poss" or c.dep_ in {"amod", "compound", "nmod"} and ctx.ref(c) is not None:
            ref = _np_ref(c, ctx) if c.dep_ == "poss" else ctx.ref(c)
            return [] if ref is None else [replace(ref, conf=ref.conf * 0.9)]
        if c.dep_ == "prep" and c.lower_ == "by":
            return [r for g in c.children if g.dep_ == "pobj" for r in _np_refs(g, ctx)]
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS | _PROPOSE:  # proposed by X
            return _agent_refs(c, ctx)
    head = t.head
    if t.dep_ in {"dobj", "obj"} and head.pos_ == "VERB" and head.lemma_.lower() in _MAKING_VERBS:
        return _verb_agents(head, ctx)
    if t.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in _MAKING_VERBS:  # announced by X
        return _agent_refs(head, ctx)
    return []


def _verb_agents(v: Token, ctx: _Context) -> list:
    """The agents of an event verb: its subject (inherited as for a cue), or a passive's ``by`` agent."""
    if v.lemma_.lower() in SPEECH_VERBS and v.lemma_.lower() != "announce":
        return []
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        return _agent_refs(v, ctx)
    if _polarity_and_modality(v)[0]:
        return []                                    # X did not decide: no decision of X
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if subjects:                                     # its own subject only (not one inherited through a participle)
        return [r for c in subjects for r in _np_refs(c, ctx)]
    return list(_subject_refs(v, ctx)) if v.dep_ == "conj" else []


def _agent_refs(v: Token, ctx: _Context) -> list:
    """The actors of the ``by`` agent phrase of a passive verb or participle (``proposed by X``)."""
    return [r for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            for r in _np_refs(g, ctx)]


#: Verbs of a claim of responsibility (``the Taliban claimed responsibility``).
CLAIM_LEMMAS = frozenset({"claim", "accept", "admit"})
#: Nouns a claim of responsibility may be for (``claimed responsibility for the bombing``).
_CLAIMED_ACTS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
                           "strike", "strikes", "raid", "raids", "ambush", "assault", "shooting", "shootings",
                           "killing", "killings", "kidnapping", "abduction", "assassination", "rocket", "rockets"})
#: Verbs of an attack whose object (or passive subject) is the victim.
_VICTIM_VERBS = _HIT | frozenset({"target", "kill", "ambush", "hit", "kidnap", "abduct", "assassinate", "storm"})
#: Confidence of a claimed attack's victim found before the claim.
_CLAIM_CONF = 0.5


def claim_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``Gunmen attacked Pakistani soldiers. The Taliban claimed responsibility (for the attack).``: the claimant
    against the victims of the most recent attack before the claim (issue 12, stance25).

    Only a claim whose ``for`` phrase, if any, is an act noun of :data:`_CLAIMED_ACTS` naming no victim of its own
    (``the attack on X`` is read in its sentence by rule 9). The attack is a verb of :data:`_VICTIM_VERBS` in a
    main or reported clause (its object, or a passive's subject, the victims) or an act noun with an ``on`` /
    ``against`` phrase, in the claim's sentence before the claim or the :data:`_BACK` sentences before; the
    first found decides (one without an actor victim gives no row). A negated claim (``no group has claimed
    responsibility``) gives nothing.
    """
    if tok.lemma_.lower() not in CLAIM_LEMMAS or tok.pos_ != "VERB":
        return []
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "responsibility"), None)
    if obj is None:
        return []
    acts = [g for v in (tok, obj) for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    if any(a.lower_ not in _CLAIMED_ACTS or any(c.dep_ == "prep" and c.lower_ in {"on", "against", "in"}
                                                for c in a.children) for a in acts):
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs or any(c.dep_ == "nsubj" and any(g.lower_ == "no" for g in c.children) for c in tok.children):
        return []
    holders = tuple(_subject_refs(tok, ctx))
    if not holders:
        return []
    conf = _CLAIM_CONF * (0.9 if modal else 1.0)
    victims = _victims_before(tok, ctx, {a.lemma_.lower() for a in acts}) if acts else []
    victims = victims or _victims_before(tok, ctx)
    return [_Event(tok, f"{tok.text} responsibility", holders, v, "against", conf)
            for v in victims if all(h.actor != v.actor for h in holders)]


def _victims_before(tok: Token, ctx: _Context, nouns: set | None = None) -> list:
    """Victims of the most recent attack before ``tok``: its sentence, then the :data:`_BACK` before; with
    ``nouns``, only an act noun of those lemmas (``claimed responsibility for the raid``: the raid on X)."""
    for t in _tokens_back(tok):
        found = _victims_at(t, ctx, nouns)
        if found is not None:
            return found
    return []


def _victims_at(t: Token, ctx: _Context, nouns: set | None = None) -> list | None:
    """None when ``t`` is no attack (of ``nouns`` when given); else the actors attacked (maybe none).

    A passive verb whose victims are two actors or more (``two Israeli soldiers and two Palestinian gunmen were
    killed``) counts the attackers among the dead: no attack, look further back.
    """
    lemma = t.lemma_.lower()
    if nouns is None and t.pos_ == "VERB" and lemma in _VICTIM_VERBS and t.dep_ in _CLAUSE_DEPS | {"advcl"}:
        if _polarity_and_modality(t)[0] or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
            return None
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children)
        deps = {"nsubjpass"} if passive else {"dobj", "obj"}
        victims = [r for c in t.children if c.dep_ in deps for r in _np_refs(c, ctx)]
        return None if passive and len({r.actor for r in victims}) > 1 else victims
    if t.pos_ == "NOUN" and t.lower_ in _CLAIMED_ACTS and t.dep_ != "compound" and (
            nouns is None or lemma in nouns):
        victims = [r for c in t.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                   for g in c.children if g.dep_ == "pobj" for r in _np_refs(g, ctx) or _modifier_refs(g, ctx)]
        return victims or None                       # an attack noun without a victim: look further back
    return None


def _modifier_refs(noun: Token, ctx: _Context) -> list:
    """Actors of the adjective or compound modifiers of a victim that is no actor (``a Canadian military
    convoy`` -> Canada)."""
    refs = (ctx.ref(c) for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i)
    return [r for r in refs if r is not None]
