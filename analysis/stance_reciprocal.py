"""Reciprocal hostility: ``clashes between X and Y``, ``X and Y exchanged fire``.

Two rules of :mod:`analysis.stance` (issue 12, item 3, fourth round) for a
hostility that two actors hold towards each other, so each is ``against`` the
other (two rows, one each way):

* a conflict noun with a ``between X and Y`` phrase, its own or that of the
  verb it is the subject of (``fighting between Hamas and Fatah``, ``a
  battle broke out between X and Y``, ``the border conflict between Eritrea and Ethiopia``,
  ``tensions between Iran and Israel``); the armed nouns (``clashes``,
  ``fighting``, ``war``) at 0.6, the quarrels (``dispute``, ``tensions``,
  ``row``) at 0.5;
* a verb *trade* / *exchange* whose object is a hostile noun (``fire``,
  ``accusations``, ``insults``, ``blows``) with two coordinated subjects
  (``Wałęsa and Kaczyński traded harsh words``) or a subject and a ``with Y``
  phrase (``the troops exchanged fire with Pakistani troops``), at 0.6; the
  noun ``exchange of fire between X and Y`` is the first rule.
  (``X and Y continued their attacks`` is no rule: allies attack together.)

Neither rule reads any context outside the sentence, so both fire on a
sentence analysed alone. ``talks between X and Y``, ``the match between X and
Y`` and ``a rivalry`` are no stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs, _pobjs, _polarity_and_modality, _subject_refs

#: Nouns of armed hostility with a ``between`` phrase: both sides against each other at 0.6.
ARMED_NOUNS = frozenset({"clash", "clashes", "conflict", "fighting", "war", "hostilities", "battle", "battles",
                         "skirmish", "skirmishes", "violence", "gunfight", "firefight", "exchange"})
#: Nouns of a quarrel with a ``between`` phrase: both sides against each other at 0.5.
QUARREL_NOUNS = frozenset({"dispute", "row", "feud", "tension", "tensions", "standoff", "stand-off",
                           "confrontation", "spat", "hostility", "animosity", "enmity", "quarrel", "rift"})
#: Objects of *trade* / *exchange* that make the exchange hostile.
HOSTILE_EXCHANGES = frozenset({"fire", "gunfire", "accusation", "accusations", "insult", "insults", "blow", "blows",
                               "barb", "barbs", "threat", "threats", "shot", "shots", "jab", "jabs", "attack",
                               "attacks", "allegation", "allegations", "recrimination", "recriminations", "word",
                               "words", "criticism", "charge", "charges", "salvo", "salvos", "strike", "strikes"})
EXCHANGE_VERBS = frozenset({"trade", "exchange"})
_ARMED_CONF, _QUARREL_CONF, _EXCHANGE_CONF = 0.6, 0.5, 0.6


def _pairwise(refs, tok: Token, cue: str, conf: float) -> list[_Event]:
    """``against`` events from each actor of ``refs`` towards each other actor."""
    return [_Event(tok, cue, (h,), t, "against", conf) for h in refs for t in refs if h.actor != t.actor]


def between_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``clashes between X and Y``: X against Y and Y against X."""
    word = tok.lower_
    if word in ARMED_NOUNS:
        conf = _ARMED_CONF
    elif word in QUARREL_NOUNS:
        conf = _QUARREL_CONF
    else:
        return []
    if word == "exchange" and not any(o.lemma_.lower() in HOSTILE_EXCHANGES for _, o in _pobjs(tok, {"of"})):
        return []                                        # an exchange of prisoners, of views
    phrases = _pobjs(tok, {"between"}) or _verb_between(tok)
    refs = []
    for r in sorted((r for _, p in phrases for r in _np_refs(p, ctx)), key=lambda r: r.start):
        if len({x.actor for x in refs} | {r.actor}) > 2:
            break                                        # the rift between Russia and the US, Boeing's Carson said: two sides
        refs.append(r)
    if len({r.actor for r in refs}) < 2:
        refs += [r for _, p in phrases for r in _misjoined_side(p, ctx)]
    if len({r.actor for r in refs}) < 2:
        return []
    return _pairwise(refs, tok, f"{tok.text} between", conf)


def _misjoined_side(side: Token, ctx: _Context) -> list:
    """The second side that the parse joined into the first side's ``of`` phrase: ``between supporters of
    Akayev and the protesters`` (``protesters`` a conjunct of ``Akayev``): the common nouns joined to the
    ``of`` object, only when the first side is a group named by it (``supporters of X``)."""
    if not any(r.actor.startswith(side.lower_ + " of ") for r in _np_refs(side, ctx)):
        return []
    return [r for _, obj in _pobjs(side, {"of"}) for c in obj.conjuncts
            if c.i > obj.i and c.pos_ == "NOUN" for r in _np_refs(c, ctx)]


def _verb_between(tok: Token) -> list:
    """The ``between`` phrase of the verb a conflict noun is the subject of (``a battle broke out between X
    and Y``, ``fighting erupted between X and Y``), when that verb has no object of its own."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    return _pobjs(verb, {"between"})


def exchange_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X and Y traded accusations``, ``X exchanged fire with Y``: each against the other."""
    if tok.lemma_.lower() not in EXCHANGE_VERBS:
        return []
    objs = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in HOSTILE_EXCHANGES]
    if not objs:
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []                                        # did not exchange fire: no stance either way
    conf = _EXCHANGE_CONF * (0.9 if modal else 1.0)
    cue = f"{tok.text} {objs[0].text}"
    subjects = _subject_refs(tok, ctx)
    others = [r for _, p in _pobjs(tok, {"with"}) for r in _np_refs(p, ctx)]
    others += [r for o in objs for _, p in _pobjs(o, {"with"}) for r in _np_refs(p, ctx)]
    if others:
        return [e for h in subjects for t in others if h.actor != t.actor
                for e in (_Event(tok, cue, (h,), t, "against", conf), _Event(tok, cue, (t,), h, "against", conf))]
    if len({r.actor for r in subjects}) < 2:
        return []
    return _pairwise(subjects, tok, cue, conf)

