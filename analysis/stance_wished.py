"""Wished in reported speech: ``X said Y must step down``, ``X announced that Y will face trial``.

A rule of :mod:`analysis.stance` (issue 12, item 3, fourth round). In a
clause reported by a speech verb (or a quotation's speaker), an actor Y that

* *must*, *should*, *ought to* or *needs to* desist or go (stop, cease,
  resign, step down, go, apologise ... :data:`DESIST`): ``Obama said Mubarak must step
  down``, ``"Assad must go," the minister said``, or for whom *it is time* to do so
  (``Alkatiri said it is time for Xanana to resign``, ``the time has come for Y to go``); or
* *will face* a trial, charges, prosecution or justice (:data:`TRIAL_OBJECTS`):
  ``Morales announced that Antezana will face trial for treason``

is wished ill by the reporter X: X against Y at 0.5 (0.45 for a quotation's
speaker), unless Y is X's own country or party. A negated clause (``should not resign``) or a first-person subject
(``we must leave``) is no stance. It reads nothing outside the sentence but
the quotation's speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance_context import _Context, _Event, _negations, _np_refs
from .stance_reported import _affiliated, _reporter_refs
from .stance_rules import _DEONTIC as _RULE_DEONTIC

#: Acts that, wished of Y with *must* / *should*, say Y does wrong.
#: Not *leave*, *withdraw* or *comply*: ``Sarkozy said France should leave NATO`` is advice, no hostility.
DESIST = frozenset({"stop", "halt", "cease", "resign", "go", "quit", "desist", "apologise", "apologize", "step"})
_NEEDS_PARTICLE = frozenset({"step"})                          # step down, step aside (not step up)
_PARTICLES = frozenset({"down", "out", "off", "aside"})
_DEONTIC = _RULE_DEONTIC | {"needs"}                        # the verb rules' modals, and "he needs to resign"
#: Objects of *face* that say a reported Y is to be tried.
TRIAL_OBJECTS = frozenset({"trial", "charge", "charges", "prosecution", "justice", "indictment", "extradition",
                           "sentence", "punishment", "court"})
_WISHED_CONF = 0.5
#: Lemmas whose verbs :func:`wished_events` reads (its first test).
WISHED_LEMMAS = DESIST | {"face"}


def _deontic(verb: Token) -> bool:
    """*must* / *should* / *ought to* / *need to* on ``verb`` (``need`` and ``ought`` as the head of ``to``)."""
    if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"need", "ought", "have"} and any(
        c.lower_ == "to" for c in verb.children)


def _time_for(verb: Token) -> bool:
    """``it is time for Y to resign``, ``the time has come for Y to go``: the clause of a *time* noun, with *for*."""
    return verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() == "time" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def wished_events(tok: Token, ctx: _Context) -> list[_Event]:
    """Y must step down / Y will face trial, in a clause reported by X: X against Y."""
    lemma = tok.lemma_.lower()
    if lemma in DESIST:
        if lemma in _NEEDS_PARTICLE and not any(c.dep_ in {"prt", "advmod"} and c.lower_ in _PARTICLES
                                                for c in tok.children):
            return []
        if not _deontic(tok) and not _time_for(tok):
            return []
        if lemma == "go" and any(c.dep_ in {"prep", "dobj", "advmod", "xcomp", "ccomp", "advcl"} for c in tok.children):
            return []                                    # must go to Kenya, should go ahead: not "must go"
        clause = tok
        cue = " ".join([tok.text] + [c.text for c in tok.children if c.dep_ in {"prt", "advmod"} and c.lower_ in _PARTICLES])
    elif lemma == "face":
        if not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in TRIAL_OBJECTS for c in tok.children):
            return []
        clause, cue = tok, f"{tok.text} trial"
    else:
        return []
    if _negations(tok):
        return []
    if clause.dep_ == "xcomp":                          # Y needs to resign: the clause is "need"
        clause = clause.head
        if _negations(clause):
            return []                                    # does not need to resign
    subjects = [s for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in {"we", "i", "us"}]
    if not subjects:
        return []
    # it is time for Y to go: reported with the clause of "time" (``said it was time``), not the relative clause
    holders = _reporter_refs(clause.head.head if _time_for(clause) else clause, ctx)
    targets = [r for s in subjects for r in _np_refs(s, ctx)]
    if not holders or not targets:
        return []
    conf = _WISHED_CONF * (0.9 if ctx.in_quote(tok) else 1.0)
    return [_Event(tok, cue, (h,), t, "against", conf) for t in targets for h in holders
            if not _affiliated(h, [t], ctx)]                # Putin said Russia must stop: his own country
