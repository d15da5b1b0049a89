"""Votes on a nominee: ``the Senate voted to confirm X``, ``X voted against confirming Y``.

A rule of :mod:`analysis.stance` (issue 12, seventh round). *Confirm* is no
cue word by itself (``officials confirmed X's death``, ``I confirm Bernard
Matthews passed away``); it is a stance only when it is voted or done by a
legislature:

* its head is *vote* (``voted to confirm X``, ``a vote confirming X``) or
  its subject is a chamber (:data:`CHAMBERS`: ``the Senate confirmed X``):
  the voter is in favor of X, 0.7;
* it hangs on *against* under *vote* (``voted against confirming X``):
  against X, 0.7;
* it is passive with a chamber as its agent (``X was confirmed by the
  Senate``, ``X's nomination was approved by the committee``): the chamber
  is in favor of X, 0.7.

*Approve* is read the same way (issue 12, batch 11): ``the committee
approved X's nomination``, ``voted to approve X's appointment``; its object
stands for its owner as usual (a nomination for the nominee, a bill for its
possessor), so ``the Senate approved the bill`` names nobody.

The object must be an actor (a nominee); a negated vote (``the Senate has
not confirmed him``: not yet) is no stance. It reads nothing outside the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs, _polarity_and_modality, _subject_refs

#: Lemmas whose verbs :func:`vote_events` reads (its first test).
VOTE_LEMMAS = frozenset({"confirm", "reconfirm", "approve"})
#: Subjects that make *confirm* a vote on a nominee.
CHAMBERS = frozenset({"senate", "parliament", "congress", "assembly", "house", "committee", "legislature",
                      "senator", "senators", "lawmakers", "legislators", "mps"})
_CONF = 0.7


def vote_events(tok: Token, ctx: _Context) -> list[_Event]:
    """X voted to confirm Y (favor), X voted against confirming Y (against), the Senate confirmed Y (favor)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in VOTE_LEMMAS:
        return []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    chambers = [g for c in tok.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in CHAMBERS]
    if not objects and chambers:
        return _passive_vote(tok, chambers, ctx)        # X was confirmed by the Senate
    if not objects:
        return []
    head, stance, voter = tok.head, "favor", None
    if tok.dep_ in {"xcomp", "acl", "advcl"} and head.lemma_.lower() == "vote":
        voter = head                                     # voted to confirm X, a vote confirming X
    elif tok.dep_ == "pcomp" and head.lower_ == "against" and head.head.lemma_.lower() == "vote":
        voter, stance = head.head, "against"             # voted against confirming X
    elif any(c.dep_ == "nsubj" and c.lemma_.lower() in CHAMBERS for c in tok.children):
        voter = tok                                      # the Senate confirmed X
    if voter is None:
        return []
    holders = _subject_refs(voter, ctx) if voter.pos_ in {"VERB", "AUX"} else []
    if not holders and voter.i != tok.i:
        holders = _subject_refs(tok, ctx)
    negs, modal = _polarity_and_modality(voter)
    if negs or _polarity_and_modality(tok)[0]:
        return []                                        # the Senate had not confirmed him (yet): no vote against
    targets = [r for o in objects for r in _np_refs(o, ctx)]
    conf = _CONF * (0.9 if modal else 1.0)
    return [_Event(tok, f"{voter.text} ... {tok.text}", tuple(holders), t, stance, conf) for t in targets if holders]


def _passive_vote(tok: Token, chambers: list[Token], ctx: _Context) -> list[_Event]:
    """``X was confirmed by the Senate``, ``X's nomination was approved by the committee``: the chamber (the
    agent) is in favor of the passive subject, 0.7; not when negated (``was not confirmed by the Senate``)."""
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []
    holders = tuple(r for g in chambers for r in _np_refs(g, ctx))
    targets = [r for c in tok.children if c.dep_ == "nsubjpass" for r in _np_refs(c, ctx)]
    conf = _CONF * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} by", holders, t, "favor", conf) for t in targets if holders]
