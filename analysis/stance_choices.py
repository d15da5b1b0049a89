"""Choosing someone as one's own running mate or successor: ``Biden chose Harris as his running mate``.

A rule of :mod:`analysis.stance` (issue 12, election campaigns). Choosing,
naming or announcing a person for an office is no stance by itself
(``named X head of the agency``); choosing them as one's *running mate*,
*successor*, *heir* or *deputy* (:data:`ROLE_NOUNS`) puts them on one's own
side: the chooser is in favor of them, 0.7.

The role is the ``as`` phrase of the verb or of its object (``picked Palin as
his running mate``) an object predicate or an apposition to the object (``named Brown his successor``). A
negated choice (``did not pick X as running mate``) is no stance. It reads
nothing outside the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs, _pobjs, _polarity_and_modality, _subject_refs

#: Lemmas whose verbs :func:`choice_events` reads (its first test).
CHOOSING_LEMMAS = frozenset({"choose", "pick", "select", "name", "announce", "tap", "appoint", "designate",
                             "unveil", "introduce"})
#: Roles on the chooser's own side.
ROLE_NOUNS = frozenset({"mate", "successor", "heir", "deputy", "understudy", "protege", "protégé"})
_CONF = 0.7


def _roles(verb: Token, objects: list[Token]) -> list[Token]:
    """The role nouns of ``verb``: its (or its objects') ``as`` phrase and its object predicates."""
    phrases = [p for _, p in _pobjs(verb, {"as"})] + [p for o in objects for _, p in _pobjs(o, {"as"})]
    phrases += [c for c in verb.children if c.dep_ == "oprd"]
    phrases += [c for o in objects for c in o.children if c.dep_ == "appos"]       # named X his successor
    return [p for p in phrases if p.lemma_.lower() in ROLE_NOUNS or p.lower_ in ROLE_NOUNS]


def choice_events(tok: Token, ctx: _Context) -> list[_Event]:
    """X chose / picked / named Y as his running mate (successor, deputy): X favor Y."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CHOOSING_LEMMAS:
        return []
    objects = ([c for c in tok.children if c.dep_ in {"dobj", "obj"}]
               or [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"])  # named Brown (oprd) as ...
    if not objects or not _roles(tok, objects):
        return []
    negs, modal = _polarity_and_modality(tok)
    holders = _subject_refs(tok, ctx)
    if negs or not holders:
        return []
    targets = [r for o in objects for r in _np_refs(o, ctx)]
    conf = _CONF * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} ... as", tuple(holders), t, "favor", conf) for t in targets]
