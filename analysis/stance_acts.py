"""Acts between two actors as weak stance evidence (issue 12): ``X arrested Y``, ``X funded Y``.

A rule of :mod:`analysis.stance`. A crowd asked "does p hold a positive or
negative opinion toward q?" about a news sentence counts plain hostile acts
(attacking, killing, detaining, suing, sanctioning, boycotting, clashing with)
as against and friendly ones (helping, funding, rescuing, protecting,
congratulating) as favor. The cue rules of :mod:`analysis.stance_rules` read
many of these words already, but only with a holder and a target in the
places they trust. This rule reads the act words of
``analysis/data/act_words.csv`` (lemma, part of speech, polarity, and for a
noun whether its possessor is the one acted on) with a looser reading of who
did what to whom:

* **Verbs.** The agent is the subject (for a verb without one, a holder
  inherited as the cue rules inherit it), the patient the direct object or the object of ``against``,
  ``at`` or ``upon`` (``with`` only for ``clashed with``, ``interfered
  with``; ``in`` only for ``interfered in``); a passive takes its agent from the ``by`` phrase and
  its patient from its subject; an agentless passive is nobody's act.
* **Nouns.** ``the arrest of Y by X``, ``X's attack on Y``, ``US sanctions on
  Iran``: the agent is an actor modifier, the ``by`` phrase or (for a noun
  whose possessor is not its patient) the possessor; the patient the ``of``,
  ``on``, ``against`` or ``into`` phrase or, for ``Y's arrest``, the possessor.
* **Who stands in a noun phrase.** The actors the cue rules find (``a
  Palestinian group``, ``Russian troops``); for a phrase without one, an
  actor modifier or an actor of its ``from`` phrase (``an Israeli strike``,
  ``surfers from Australia``); not an ``of`` phrase (``fought the sale of
  Telstra`` is no act against Telstra); never a modifier of a named actor
  (``Massachusetts Senator Edward Kennedy`` is Kennedy only), nor a clause.

A negated or modal act (``did not attack``, ``would sanction``) is no
evidence. The rows have confidence :data:`ACT_CONF` (0.35, times the
confidence of the two actors): acts are weaker evidence of an attitude than
a stated opinion (a court that convicts, police that detain, a company that
sues act by office), so ``extract_stance(..., min_confidence=0.4)`` drops
them all. :func:`analysis.stance.extract_stance` keeps an act row only when
no other row of its sentence joins the same two actors (either way round).
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs, _pobjs, _polarity_and_modality, _subject_refs
from .stance_resolve import _Ref

#: Confidence of an act row (before the actors' own factors): below the 0.4 of the weakest cue rows.
ACT_CONF = 0.35
#: Prepositions whose object is the patient of an act verb without a direct object (``fought against X``,
#: ``shot at X``); more only for the verbs of :data:`VERB_PREPS` (``clashed with X``, ``interfered in X``;
#: not ``fought with X``, ``armed with rifles``, ``fought in Afghanistan``, ``clashed with police in Ottawa``).
PATIENT_PREPS = frozenset({"against", "at", "upon"})
VERB_PREPS = {"clash": frozenset({"with"}), "interfere": frozenset({"with", "in"})}
#: Prepositions whose object is the patient of an act noun (``the arrest of X``, ``sanctions on X``).
NOUN_PATIENT_PREPS = frozenset({"of", "on", "against", "into", "upon"})


@dataclass(frozen=True)
class ActEvent(_Event):
    """An :class:`_Event` read from an act word: kept only where no other row joins its two actors."""


@functools.lru_cache(maxsize=1)
def act_words() -> dict[tuple[str, str], tuple[str, bool]]:
    """The act words: ``(lemma, pos) -> (polarity, possessor is the patient)``.

    Returns
    -------
    dict
        Read from ``analysis/data/act_words.csv``; ``pos`` is ``verb`` or ``noun``.
    """
    path = importlib.resources.files("analysis") / "data" / "act_words.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = {}
    for row in rows:
        if row["polarity"] not in {"favor", "against"} or row["pos"] not in {"verb", "noun"}:
            raise ValueError(f"bad act word row: {row}")
        out[(row["lemma"], row["pos"])] = (row["polarity"], row["possessor"] == "patient")
    return out


#: Lemmas of act verbs and nouns (the first test of :func:`act_verb_events` and :func:`act_noun_events`).
ACT_VERBS = frozenset(lemma for lemma, pos in act_words() if pos == "verb")
ACT_NOUNS = frozenset(lemma for lemma, pos in act_words() if pos == "noun")


def inside_refs(tok: Token, ctx: _Context, *, depth: int = 0) -> list[_Ref]:
    """The actors a noun phrase headed by ``tok`` stands for, and those named inside it (not in a clause)."""
    out = list(_np_refs(tok, ctx)) if depth == 0 else []
    ref = ctx.ref(tok)
    if ref is not None:
        out.append(ref)
    elif not out and depth < 3:                      # a phrase without an actor of its own: one named in it
        for child in tok.children:
            if child.dep_ in {"pobj", "compound", "amod"} or child.dep_ == "prep" and child.lower_ == "from":
                out.extend(inside_refs(child, ctx, depth=depth + 1))
    seen, unique = set(), []
    for r in out:
        if r.actor not in seen:
            seen.add(r.actor)
            unique.append(r)
    return unique


def _events(cue: Token, agents: list[_Ref], patients: list[_Ref], stance: str) -> list[ActEvent]:
    agents = [a for a in agents if a.actor not in {p.actor for p in patients}]
    if not agents:
        return []
    return [ActEvent(cue, cue.text, tuple(agents), p, stance, ACT_CONF) for p in patients]


def act_verb_events(tok: Token, ctx: _Context) -> list[ActEvent]:
    """``X arrested Y``, ``X clashed with Y``, ``Y was funded by X``: the agent's act towards the patient."""
    if tok.pos_ != "VERB":
        return []
    word = act_words().get((tok.lemma_.lower(), "verb"))
    if word is None:
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs or modal:
        return []
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive:
        agents = [r for c in tok.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj" for r in inside_refs(g, ctx)]
        patients = [r for s in passive for r in inside_refs(s, ctx)]
    else:
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        if not objects:
            preps = PATIENT_PREPS | VERB_PREPS.get(tok.lemma_.lower(), frozenset())
            objects = [g for _, g in _pobjs(tok, preps)]
        patients = [r for o in objects for r in inside_refs(o, ctx)]
        if not patients:
            return []
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # an own subject that is no actor (``they supported``, unresolved) lends no other holder
        agents = [r for s in subjects for r in inside_refs(s, ctx)] if subjects else _subject_refs(tok, ctx)
    return _events(tok, agents, patients, word[0])


def act_noun_events(tok: Token, ctx: _Context) -> list[ActEvent]:
    """``X's attack on Y``, ``the arrest of Y by X``, ``US sanctions on Iran``, ``Y's arrest by X``."""
    if tok.pos_ != "NOUN":
        return []
    word = act_words().get((tok.lemma_.lower(), "noun"))
    if word is None:
        return []
    stance, possessed_patient = word
    agents = [r for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} for r in inside_refs(c, ctx)]
    agents += [r for _, g in _pobjs(tok, {"by"}) for r in inside_refs(g, ctx)]
    patients = [r for _, g in _pobjs(tok, NOUN_PATIENT_PREPS) for r in inside_refs(g, ctx)]
    owners = [r for c in tok.children if c.dep_ == "poss" for r in inside_refs(c, ctx)]
    if possessed_patient and not patients:
        patients = owners
    elif not possessed_patient or patients:
        agents += owners
    if not patients:
        return []
    return _events(tok, agents, patients, stance)


def keep_acts(events: list[_Event], sent_of) -> list[_Event]:
    """Drop the act events whose two actors another event of the same sentence joins (either way round).

    Parameters
    ----------
    events : list of _Event
        All events of a document, acts (:class:`ActEvent`) among them.
    sent_of : callable
        ``char offset -> sentence index``.

    Returns
    -------
    list of _Event
        The events, acts only where no other event of their sentence joins their holder and target.
    """
    pairs = {(sent_of(ev.cue.idx), frozenset((h.actor, ev.target.actor)))
             for ev in events if not isinstance(ev, ActEvent) for h in ev.holders}
    out = []
    for ev in events:
        if isinstance(ev, ActEvent):
            sent = sent_of(ev.cue.idx)
            holders = tuple(h for h in ev.holders if (sent, frozenset((h.actor, ev.target.actor))) not in pairs)
            if not holders:
                continue
            ev = replace(ev, holders=holders)
        out.append(ev)
    return out
