"""Crowds, followers and policing: ``supporters of X``, ``police broke up the rally``, ``threw stones at X``.

Rules of :mod:`analysis.stance` (issue 12, stance21: protests, unrest,
policing and crackdowns), each read from the sentence alone:

* **Followers.** ``supporters of X`` / ``followers`` / ``loyalists`` of X
  are an unnamed group named with X (:meth:`_Context.followers_of`) that is
  in favor of X; ``opponents`` / ``critics of X`` are against X (0.8 times
  the group's 0.6). The group then takes part in the other rules
  (``fighting broke out between supporters of X and protesters``).
* **Policing a protest.** A verb that ends or stops a gathering
  (:data:`POLICING_VERBS`: ``suppressed``, ``broke up``, ``dispersed``,
  ``quelled``, ``crushed``) whose object is a protest noun
  (:data:`PROTEST_NOUNS`) is against the protest's stagers: the actor that
  owns the noun (``an opposition rally``, ``the rally of X``) or else
  unnamed ``protesters`` (0.6 times the group's 0.8). A passive takes its
  holder from the ``by`` phrase (``the march was broken up by police``).
* **Missiles.** ``threw / hurled stones (rocks, bottles, petrol bombs ...) at
  X`` and ``pelted X with stones`` are against X (0.8).

A negated verb gives nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .stance_context import _Context, _Event, _members, _np_refs, _pobjs, _polarity_and_modality, _subject_refs
from .stance_resolve import _Ref

#: Group nouns named by whom they follow (:meth:`_Context.followers_of`) and the stance they hold towards them.
FOLLOWER_STANCE = {"supporters": "favor", "followers": "favor", "loyalists": "favor",
                   "opponents": "against", "critics": "against"}
#: Verbs (lemmas) that end or stop a gathering; ``break`` only with its particle ``up``. Not ``ban`` nor
#: ``prevent``: mostly of protests in general or to come (``banned protests``, ``to prevent any violent
#: protests``), whose stagers no one is yet.
POLICING_VERBS = frozenset({"suppress", "disperse", "break", "quell", "crush", "block"})
#: Nouns of a street gathering whose stagers a policing verb is against.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "gathering", "vigil"})
#: Verbs of throwing (lemmas) and the things thrown that make it an attack on the ``at`` object.
THROWING_VERBS = frozenset({"throw", "hurl", "pelt", "lob", "fling"})
MISSILE_NOUNS = frozenset({"stone", "rock", "bottle", "brick", "bomb", "cocktail", "molotov", "egg", "missile",
                           "projectile", "grenade", "firebomb", "object", "debris", "shoe", "shoes", "chair"})
#: Every lemma of the verb rules here (the gate of :mod:`analysis.stance`).
CROWD_VERBS = POLICING_VERBS | THROWING_VERBS
_FOLLOWER_CONF = 0.8
_POLICING_CONF = 0.6
_MISSILE_CONF = 0.8


def follower_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``supporters of X`` -> that group in favor of X; ``opponents / critics of X`` -> against X."""
    stance = FOLLOWER_STANCE.get(tok.lower_)
    if stance is None or tok.pos_ != "NOUN":
        return []
    group = ctx.followers_of(tok, [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i])
    if group is None or _members(tok) or tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
        return []                                 # the supporters of X included Y: the members hold it
    for _, obj in _pobjs(tok, {"of"}):
        target = ctx.ref(obj)
        if target is not None:
            return [_Event(tok, f"{tok.text} of", (group,), target, stance, _FOLLOWER_CONF)]
    return []


def _stagers(noun: Token, ctx: _Context) -> list[_Ref]:
    """Who stages the gathering ``noun``: an actor modifier, possessor or ``of``/``by`` phrase, else unnamed
    ``protesters`` at 0.8 of a group's confidence (the noun itself as the mention)."""
    named = [r for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "poss"} and not _prefixed(c)
             for r in _np_refs(c, ctx)]
    named += [r for _, g in _pobjs(noun, {"of", "by"}) for r in _np_refs(g, ctx)]
    if named:
        return named
    return [_Ref("protesters", noun.idx, noun.idx + len(noun), 0.6 * 0.8)]


def _prefixed(tok: Token) -> bool:
    """A modifier of ``anti-X`` / ``pro-X`` (what a protest is against or for, not who stages it)."""
    doc = tok.doc
    return "-" in tok.text or tok.lower_ in {"anti", "pro"} or tok.i > 0 and doc[tok.i - 1].text == "-"


def _gathering(tok: Token) -> Token | None:
    """The protest noun that ``tok`` is about: itself, or the head of its ``of`` phrase (``a crowd of
    protesters`` is no gathering noun; ``a wave of demonstrations`` is)."""
    if tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() in PROTEST_NOUNS or tok.lower_ in PROTEST_NOUNS:
        return tok
    for _, g in _pobjs(tok, {"of"}):
        if g.lemma_.lower() in PROTEST_NOUNS:
            return g
    return None


def policing_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``police suppressed / broke up / dispersed the demonstration`` -> against the protest's stagers."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in POLICING_VERBS:
        return []
    if lemma == "break" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive:
        holders = [r for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                   for r in _np_refs(g, ctx)]
        objects = passive
    else:
        holders = _subject_refs(tok, ctx)
    gatherings = [g for g in map(_gathering, objects) if g is not None]
    if not holders or not gatherings:
        return []
    conf = _POLICING_CONF * (0.9 if modal else 1.0)
    cue = f"{tok.text} up" if lemma == "break" else tok.text
    return [_Event(tok, cue, tuple(holders), t, "against", conf) for g in gatherings for t in _stagers(g, ctx)]


def missile_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``threw stones at X``, ``hurled petrol bombs at X``, ``pelted X with rocks`` -> against X."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in THROWING_VERBS:
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    if tok.lemma_.lower() == "pelt":
        missiles = [g for _, g in _pobjs(tok, {"with"})]
        targets = [r for o in objects for r in _np_refs(o, ctx)]
    else:
        missiles = objects
        targets = [r for _, g in _pobjs(tok, {"at"}) for r in _np_refs(g, ctx)]
    if not targets or not any(m.lemma_.lower() in MISSILE_NOUNS or m.lower_ in MISSILE_NOUNS for m in missiles):
        return []
    holders = _subject_refs(tok, ctx)
    if not holders:
        return []
    conf = _MISSILE_CONF * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} ... at" if tok.lemma_.lower() != "pelt" else tok.text, tuple(holders),
                   t, "against", conf) for t in targets]


def keep_followers(events: list[_Event], sent_index) -> list[_Event]:
    """Drop a follower row (:func:`follower_events`) whose group takes part in no other row of its sentence.

    ``supporters of X`` is X's side by definition; the row is worth giving only
    when the group acts or is acted on in the sentence (``fighting broke out
    between supporters of X and protesters``), not for every passing mention
    (``the troops met resistance from supporters of X``: the gold readings
    leave such a group out).
    """
    followers = [e for e in events if _is_follower(e)]
    if not followers:
        return events
    active = {(sent_index(e.cue.idx), r.actor) for e in events if not _is_follower(e)
              for r in (*e.holders, e.target)}
    return [e for e in events if not _is_follower(e)
            or any((sent_index(e.cue.idx), h.actor) in active for h in e.holders)]


def _is_follower(ev: _Event) -> bool:
    """A row of :func:`follower_events`: its one holder is the group its cue names (``supporters of X``)."""
    return (ev.cue.lower_ in FOLLOWER_STANCE and len(ev.holders) == 1
            and ev.holders[0].actor.startswith(f"{ev.cue.lower_} of "))
