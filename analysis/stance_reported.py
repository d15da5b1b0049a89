"""Stance in reported speech and in dealings, for :mod:`analysis.stance` (the rules added for issue 12).

* :func:`_reporter_refs` -- who reports a clause: the subject of the speech
  verb it is the content of, or a quotation's speaker;
* :func:`_parenthetical_refs` -- a speaker set into the clause (``Iran, X said, has lied``);
* :func:`_judged_events` -- a verb that judges its own reported subject
  (``"Japan should stop lying"``, ``said Obama's response failed``);
* :func:`_quote_label_events` -- an evaluative modifier or apposition on an
  actor inside quotation marks (``"the corrupt regime of X"``);
* :func:`_dealings_events` -- ending or resuming a dealing with a partner
  (``suspended its sales of gasoline to Iran``, ``denied X entry``);
* :func:`_bad_cause_events` -- a reported actor who supports a cause the
  reporter condemns (``he believes Iran is supporting extremism``,
  ``listing Tehran's support for extremists``): the reporter against it;
* :func:`_affiliated` -- whether a holder's own noun phrase names the target
  (``Sainsbury's chief executive``): an insider.

The words are in ``analysis/data/stance_lexicon.csv`` (pos ``judged`` and
``evaluation``) and ``stance_roles.csv`` (roles ``dealings``, ``end``,
``ties_up``, ``bad_cause``, ``cause_support``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .lexicon import SPEECH_VERBS
from .stance_context import (RELAY_CUES, _END_VERBS, _FIRST_PERSON, _Context, _Event, _flip, _negations, _np_refs, _pobjs,
                             _polarity_and_modality, _Ref, _speaker_refs, _subject_refs)
from .stance_lexicon import cue as _cue
from .stance_lexicon import cue_words, preposition_cues, words

#: Verbs that judge their own subject when reported (``Japan should stop lying``): rule 4.
JUDGED_VERBS = {lemma: _cue(lemma, "judged").polarity for lemma in cue_words("judged")}
#: Verbs whose clause is denied, not reported (``the Times denied that Stewart fabricated stories``): the
#: ``deny`` role of ``stance_roles.csv``, the same list as rule 28's.
_DENIAL_VERBS = words("deny")
#: Phrasal verbs that judge their subject only with their particle (``covered up``, ``let down``; not
#: ``covered the story``): ``lemma -> {particle: Cue}``.
JUDGED_PHRASAL = {lemma: {c.prep: c for c in cues} for lemma, cues in preposition_cues("judged").items()}
#: Predicate adjectives and nouns that evaluate an actor (the same list as rule 4's).
_EVALUATIONS = {lemma: _cue(lemma, "evaluation").polarity for lemma in cue_words("evaluation")}
_DEALINGS = words("dealings")
_TIES_UP_VERBS = words("ties_up")
_BAD_CAUSES = words("bad_cause")
_CAUSE_SUPPORT = words("cause_support")
_REFUSABLE = frozenset({"entry", "reentry", "re-entry", "visa", "visas", "access", "permission", "passage"})
#: Refused things whose pre-modifier, in a misparse, is the one refused (``denied [Chomsky entry]``;
#: not ``a US visa``, where the modifier issues it).
_REFUSED_TO_MODIFIER = frozenset({"entry", "reentry", "re-entry", "access", "passage"})


def _reporter_refs(tok: Token, ctx: _Context) -> list[_Ref]:
    """Who reports the clause of ``tok``: the subject of the speech verb it is the content of, or a quote's speaker."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS | {"declare", "insist", "argue", "believe"} \
            and not ctx.in_quote(node.head):
        if node.head.lower_ in RELAY_CUES:
            return []                                    # X reports: "Y destroyed ...": relayed, not judged (rule 30)
        return [replace(r, conf=r.conf * 0.9) for r in _subject_refs(node.head, ctx)]
    if ctx.in_quote(tok):
        return _speaker_refs(tok, ctx)
    return _parenthetical_refs(node, ctx)


def _parenthetical_refs(node: Token, ctx: _Context) -> list[_Ref]:
    """``Iran, Netanyahu said, has lied``: the subject of a speech verb set into the clause of ``node``."""
    for c in node.children:
        if c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS and not ctx.in_quote(c) and not any(
                g.dep_ in {"ccomp", "dobj", "obj"} for g in c.children):
            return [replace(r, conf=r.conf * 0.9) for r in _subject_refs(c, ctx)]
    return []


def _judged_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``"Japan should stop lying"``, said X; X said Obama's response failed: the reporter about the subject."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return []
    if lemma in JUDGED_PHRASAL and lemma not in JUDGED_VERBS:
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        entry = next((JUDGED_PHRASAL[lemma][p] for p in particles if p in JUDGED_PHRASAL[lemma]), None)
        if entry is None:
            return []
    elif lemma in JUDGED_VERBS:
        entry = _cue(lemma, "judged")
    else:
        return []
    node = tok
    while node.dep_ in {"xcomp", "conj"} and node.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ == "nsubj" for c in node.children):
        node = node.head                                 # should stop lying: the subject of "stop"
    subjects = [c for c in node.children if c.dep_ == "nsubj" and c.lower_ not in _FIRST_PERSON | {"you"}]
    targets = [r for s in subjects for r in _np_refs(s, ctx)]
    if not targets or lemma == "deserve" and not any(c.dep_ in {"dobj", "obj"} for c in tok.children):
        return []
    negs = _negations(tok) + (_negations(node) if node.i != tok.i else 0)
    if negs or node.dep_ == "ccomp" and node.head.lemma_.lower() in _DENIAL_VERBS:
        return []                                        # "did not lie", "denied that X lied" say little either way
    holders = [h for h in _reporter_refs(node, ctx) if not _affiliated(h, targets, ctx)]
    if not holders:
        return []
    cue_text = tok.text if not entry.prep else f"{tok.text} {entry.prep}"
    return [_Event(tok, cue_text, tuple(holders), t, entry.polarity, 0.5 * entry.strength) for t in targets]


def _bad_cause(tok: Token) -> bool:
    """Whether the noun phrase of ``tok`` names a cause nobody backs openly (terrorism, extremists)."""
    return tok.lemma_.lower() in _BAD_CAUSES or tok.lower_ in _BAD_CAUSES or any(
        c.dep_ == "conj" and _bad_cause(c) for c in tok.children)


def _bad_cause_events(tok: Token, ctx: _Context) -> list[_Event]:
    """A reported actor backing terrorism or extremists: the reporter against that actor, at 0.5.

    A verb of support (``cause_support`` role: support, fund, arm, harbour,
    sponsor ...) whose object is a ``bad_cause`` (terrorism, extremism,
    violence, extremists, insurgents, rebels ...), with an actor subject (or the
    agent of a passive: ``the rebels are supported by Sudan``), in a clause
    reported by a speech or belief verb or inside a quotation; or such a
    support noun with an actor possessor or modifier (``Tehran's support for
    extremists``, ``a state sponsor of terrorism`` said of X). Not when
    negated, nor when the reporter belongs to the actor.
    """
    lemma = tok.lemma_.lower()
    if lemma not in _CAUSE_SUPPORT:
        return []
    targets: list[_Ref] = []
    node = tok
    if tok.pos_ == "VERB":
        if _negations(tok):
            return []
        if any(c.dep_ in {"dobj", "obj"} and _bad_cause(c) for c in tok.children):
            targets = _subject_refs(tok, ctx) if any(c.dep_ == "nsubj" for c in tok.children) else []
        elif any(c.dep_ == "nsubjpass" and _bad_cause(c) for c in tok.children):
            # said the rebels are being supported by Sudan: the agent
            targets = [r for _, p in _pobjs(tok, {"by"}) for r in _np_refs(p, ctx)]
        else:
            return []
    elif tok.pos_ == "NOUN":
        if not any(_bad_cause(p) for _, p in _pobjs(tok, {"for", "of", "to"})):
            return []
        targets = [r for c in tok.children if c.dep_ in {"poss", "compound", "amod"} for r in _np_refs(c, ctx)]
        if not targets and tok.dep_ == "attr" and tok.head.lemma_ == "be" and not _negations(tok.head):
            targets = [r for c in tok.head.children if c.dep_ == "nsubj" for r in _np_refs(c, ctx)]
            node = tok.head
        elif tok.dep_ in {"dobj", "obj", "pobj"}:
            node = tok.head if tok.dep_ != "pobj" else tok.head.head
    if not targets:
        return []
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    holders = [h for h in _reporter_refs(node, ctx) if not _affiliated(h, targets, ctx)]
    return [_Event(tok, tok.text, tuple(holders), t, "against", 0.5) for t in targets if holders]


def _quote_label_events(tok: Token, ctx: _Context) -> list[_Event]:
    """Inside quotation marks, an evaluative word on an actor's noun phrase: the speaker about that actor.

    ``"the corrupt regime of X"``, ``"X, a terrorist organisation, ..."``,
    ``"the brave people of Ukraine"``: the word is an evaluation of
    :data:`_EVALUATIONS` used as a modifier or an apposition (a
    predicate is rule 4's); the holder is the quotation's speaker.
    """
    word = tok.lemma_.lower()
    if word not in _EVALUATIONS or not ctx.in_marks(tok):
        return []
    if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"}:
        node = tok.head
        if node.dep_ == "appos":
            node = node.head                             # X, a terrorist organisation
    elif tok.dep_ == "appos" and tok.pos_ == "NOUN":
        node = tok.head
    else:
        return []
    targets = _np_refs(node, ctx)
    holders = _speaker_refs(tok, ctx)
    if not targets or not holders:
        return []
    stance = _EVALUATIONS[word]
    return [_Event(tok, tok.text, tuple(holders), t, stance, 0.45) for t in targets]


def _dealings_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``suspended its sales of gasoline to Iran``, ``froze business deals with Iran``: against the partner.

    An ending verb (``end`` role, or ``freeze``/``stop``) whose object is a
    dealing (``dealings`` role: sales, exports, deals, flights ...) is against
    the partner named by a ``to``/``with``/``from`` phrase on the verb or the
    noun; a restoring verb (``ties_up`` role: resume, restore) is favor.
    """
    lemma = tok.lemma_.lower()
    ending = lemma in _END_VERBS or lemma in {"freeze", "stop", "cancel", "curb", "restrict", "deny", "refuse"}
    if not ending and lemma not in _TIES_UP_VERBS:
        return []
    deals = [c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}
             and (c.lemma_.lower() in _DEALINGS or c.lower_ in _DEALINGS)]
    if lemma in {"deny", "refuse"}:
        deals = [d for d in deals if d.lemma_.lower() in _REFUSABLE]   # denied allegations: no dealing
    if not deals:
        return []
    preps = {"to", "with", "from"}
    targets = [r for _, p in _pobjs(tok, preps) for r in _np_refs(p, ctx)]
    # denied U.S. ships entry; X was denied entry: the one refused
    targets += [r for c in tok.children if c.dep_ in {"dative", "iobj"} or c.dep_ == "nsubjpass" and c not in deals
                for r in _np_refs(c, ctx)]
    if lemma in {"deny", "refuse"} and not targets:      # misparsed: denied [Chomsky entry], refused [the Russian vessels entry]
        for d in deals:
            if d.lemma_.lower() in _REFUSED_TO_MODIFIER:
                for c in d.children:
                    if c.dep_ in {"amod", "compound", "nmod"} and c.i < d.i:
                        refs = _np_refs(c, ctx) or [ctx.ref(g) for g in c.children
                                                    if g.dep_ in {"amod", "compound"} and ctx.ref(g) is not None]
                        targets += [replace(r, conf=r.conf * 0.9) for r in refs]
    for d in deals:
        for prep, p in _pobjs(d, preps | {"of"}):
            if prep != "of":
                targets += _np_refs(p, ctx)
            else:                                        # sales of gasoline to Iran
                targets += [r for _, q in _pobjs(p, preps) for r in _np_refs(q, ctx)]
    if not targets:
        return []
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        holders = [r for _, p in _pobjs(tok, {"by"}) for r in _np_refs(p, ctx)]
    else:
        holders = _subject_refs(tok, ctx)
    negs, modal = _polarity_and_modality(tok)
    stance = "against" if ending else "favor"
    stance = _flip(stance) if negs % 2 else stance
    conf = 0.8 * 0.7 * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} ... {deals[0].text}", tuple(holders), t, stance, conf) for t in targets] \
        if holders else []


def _affiliated(holder: _Ref, targets: list[_Ref], ctx: _Context) -> bool:
    """Whether the holder's mention carries a target (``Sainsbury's chief executive Justin King``): an insider."""
    span = ctx.doc.char_span(holder.start, holder.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in {"appos", "compound"} and root.head.i != root.i:
        root = root.head
    words = []
    for child in [root] + [c for c in root.children if c.dep_ == "appos"]:
        for c in child.children:                  # titles and affiliations, not relative clauses
            if c.dep_ in {"compound", "amod", "poss", "nmod"} or c.dep_ == "prep" and c.lower_ in {"of", "for", "at"}:
                stack = [c]
                while stack:                      # the phrase, without a relative clause hanging on it
                    t = stack.pop()
                    words.append(t)
                    stack.extend(g for g in t.children if g.dep_ not in {"relcl", "acl", "advcl", "conj", "cc"})
    inside = {getattr(ctx.mention_at(t), "actor", None) for t in words}
    return any(t.actor in inside for t in targets)


#: Frames of a hostile act whose victim, reporting it, is against its agent (rule 29, :func:`complaint_events`).
_COMPLAINED_FRAMES = frozenset({"attack", "remove", "threaten", "sanction"})
#: Verbs of saying or claiming whose clause's victim complains through them (not ``realise``, ``predict``,
#: ``promise``, ``urge``: no report of an act done).
_CLAIMING_VERBS = frozenset({"say", "claim", "allege", "complain", "tell", "state", "insist", "report", "write",
                             "accuse", "charge", "argue", "declare", "assert", "contend", "add", "testify", "tweet",
                             "post", "reveal", "explain", "warn", "maintain", "note", "stress"})


#: Verbs on the way from an act up to its reporter that make the act only wished or expected, not done
#: (``said that he expects the United Nations to implement new sanctions against Iran``).
_WISHING_VERBS = frozenset({"expect", "hope", "want", "wish", "urge", "ask", "call", "demand", "propose", "suggest",
                            "predict", "require", "seek", "need"})


def _wished_act(tok: Token) -> bool:
    """Whether a verb of :data:`_WISHING_VERBS` governs ``tok`` below its sentence's root (up to 8 heads)."""
    node, steps = tok, 0
    while node.head.i != node.i and steps < 8:
        node, steps = node.head, steps + 1
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in _WISHING_VERBS:
            return True
    return False


def _clause_reporters(tok: Token, ctx: _Context) -> list[_Ref]:
    """The reporter of the clause ``tok`` is in, walking up its heads (``claimed the movement is part of a plan by
    the U.S. to overthrow and kill him``): the subject of the first verb of :data:`_CLAIMING_VERBS` whose
    ``ccomp`` holds it, or the speaker of the quotation marks it is in."""
    if ctx.in_marks(tok):
        return _speaker_refs(tok, ctx)
    node, steps = tok, 0
    while node.head.i != node.i and steps < 8:
        if node.dep_ == "ccomp" and node.head.pos_ in {"VERB", "AUX"} and node.head.lemma_.lower() in _CLAIMING_VERBS:
            return [replace(r, conf=r.conf * 0.9) for r in _subject_refs(node.head, ctx)]
        node, steps = node.head, steps + 1
    return []


def complaint_events(events: list[_Event], ctx: _Context) -> list[_Event]:
    """Rule 29: a victim reporting a hostile act against itself is against the act's agent.

    ``Chávez claimed the movement is part of a plan by the U.S. to overthrow and kill him`` gives, besides
    the reported United States -> Chávez row, Chávez against the United States; so does a reporter whose own
    title names the victim (``Hamas spokesman X said Israel attacked Hamas``, :func:`_affiliated`). Only
    ``against`` events of the hostile frames :data:`_COMPLAINED_FRAMES` with an explicit holder (confidence at
    least 0.4: not the weak acts of rule 21), at 0.9 of the event's confidence.

    Parameters
    ----------
    events : list of _Event
        The events of all rules.
    ctx : _Context
        The article's context.

    Returns
    -------
    list of _Event
        The new events (one per reporter and agent).
    """
    out = []
    for ev in events:
        if ev.stance != "against" or ev.conf < 0.4:
            continue
        lemma = ev.cue.lemma_.lower()
        entry = _cue(lemma, "verb" if ev.cue.pos_ in {"VERB", "AUX"} else "noun")
        if entry is None or entry.frame not in _COMPLAINED_FRAMES or _wished_act(ev.cue):
            continue
        for reporter in _clause_reporters(ev.cue, ctx):
            if reporter.actor != ev.target.actor and not _affiliated(reporter, [ev.target], ctx):
                continue
            for agent in ev.holders:
                if agent.actor not in {reporter.actor, ev.target.actor}:
                    out.append(_Event(ev.cue, ev.cue_text, (reporter,), agent, "against", ev.conf * 0.9))
    return out
