"""Joint stance: ``X joined Y in condemning Z`` is Y's stance too.

A rule of :mod:`analysis.stance` (issue 12, item 3, fourth round). The cue
rules give the gerund of ``X joined Y in condemning Z`` the subject of *join*
(X) as holder; the actor that X joined (Y, the object of *join*) holds the
same stance towards Z, at 0.8 of the confidence, about as sure as the
joiner, whose holder is inherited (``Britain joined France in condemning
Syria`` -> France against Syria as well). Only *join* with an
``in`` + gerund phrase; ``X joined the talks`` or ``X joined NATO`` alone is
no stance here. It reads nothing outside the sentence.

An elliptical clause ``..., as did Y`` / ``..., and so did Y`` on the verb of
a cue (``X voted in support for Z, as did Y``; ``France condemned Z, as did
Germany``) gives Y the same stance, at 0.8 as well (issue 12, stance20); a
title before the name (``as did Utah Senator Orrin Hatch``, where the parse
makes the name an apposition of the state) is read as the person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs

_JOIN_VERBS = frozenset({"join"})
#: Auxiliaries of an elliptical ``as did Y`` / ``so did Y`` clause.
_ELLIPSIS_VERBS = frozenset({"do", "have"})
_PARTNER_CONF = 0.8


def joined_partners(tok: Token, ctx: _Context) -> list:
    """The actors joined by the subject of *join* when ``tok`` is the gerund of ``join Y in <tok>ing``."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return []
    join = tok.head.head
    if join.lemma_.lower() not in _JOIN_VERBS:
        return []
    return [r for c in join.children if c.dep_ in {"dobj", "obj"} for r in _np_refs(c, ctx)]


def with_partners(events: list[_Event], partners: list) -> list[_Event]:
    """Copies of ``events`` held by each of ``partners`` (never towards itself), confidence times 0.8."""
    out = []
    for ev in events:
        for p in partners:
            if p.actor != ev.target.actor and all(p.actor != h.actor for h in ev.holders):
                out.append(replace(ev, holders=(p,), conf=ev.conf * _PARTNER_CONF))
    return out


def ellipsis_partners(tok: Token, ctx: _Context) -> list:
    """The subjects of ``as did Y`` / ``so did Y`` hung on the verb of the cue ``tok`` (the cue itself or the
    nearest verb above it: ``voted in support for Z, as did Y``)."""
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    out = []
    for c in verb.children:
        if c.lemma_.lower() not in _ELLIPSIS_VERBS or c.i < tok.i:
            continue
        if not (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                or c.dep_ == "conj" and any(m.dep_ == "advmod" and m.lower_ == "so" for m in c.children)):
            continue
        for subj in c.children:
            if subj.dep_ != "nsubj":
                continue
            named = [r for a in subj.children if a.dep_ == "appos" for r in _np_refs(a, ctx)
                     if ctx.types.get(r.actor) == "PERSON"]
            out.extend(named or _np_refs(subj, ctx))
    return out
