"""Joint stance: ``X joined Y in condemning Z`` is Y's stance too.

A rule of :mod:`analysis.stance` (issue 12, item 3, fourth round). The cue
rules give the gerund of ``X joined Y in condemning Z`` the subject of *join*
(X) as holder; the actor that X joined (Y, the object of *join*) holds the
same stance towards Z, at 0.8 of the confidence, about as sure as the
joiner, whose holder is inherited (``Britain joined France in condemning
Syria`` -> France against Syria as well). Only *join* with an
``in`` + gerund phrase; ``X joined the talks`` or ``X joined NATO`` alone is
no stance here. It reads nothing outside the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs

_JOIN_VERBS = frozenset({"join"})
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
