"""The cue rules of :mod:`analysis.stance`: verbs, nouns, adjectives, relations, evaluations.

Each ``_*_events(tok, ctx)`` function looks at one token and returns the
stance events it is the cue of; the holders and targets come from
:mod:`analysis.stance_context`, the words from :mod:`analysis.stance_lexicon`.
The rules are described in the docstring of :mod:`analysis.stance`.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Token

from .gazetteer import country_lookup
from .lexicon import SPEECH_VERBS
from .stance_context import (_ASKING_VERBS, _INSTITUTION_NOUNS, _members, _SAID_NOUNS, _CARRIER_NOUNS, _CAUSE_VERBS, _CONTAINER_NOUNS, _END_VERBS, _EXPRESS_VERBS,
                             _ENVOY_NOUNS, _FIRST_PERSON, _NEGATION_WORDS, _PHRASAL_NOT_BACKING, _RECEIVE_VERBS, _Context,
                             _Event, _flip, _negations, _np_refs, _pobjs, _polarity_and_modality, _Ref,
                             _evaluation_flip, _own_subjects, _speaker_refs, _subject_refs)
from .stance_lexicon import cue as _cue
from .stance_lexicon import cue_words, preposition_cues, words
from .stance_reported import _affiliated, _dealings_events, _parenthetical_refs, _reporter_refs

_LABEL_VERBS = words("label")
#: Verbs whose ``for`` phrase names what their subject wants (``called for the arrest of X``).
_CALL_FOR_VERBS = frozenset({"call", "push", "press", "appeal", "campaign", "lobby", "ask", "plead", "vote", "argue"})
_DEONTIC = frozenset({"should", "must", "ought", "need"})
_TIES_UP_VERBS = words("ties_up")

# ---------------------------------------------------------------- the cues, from analysis/data/stance_lexicon.csv

def _by_polarity(pos: str, polarity: str, frames=None) -> frozenset:
    return frozenset(lemma for lemma in cue_words(pos) if _cue(lemma, pos).polarity == polarity
                     and (frames is None or _cue(lemma, pos).frame in frames))


#: Verb lemmas whose subject is in favor of their object.
FAVOR_VERBS = _by_polarity("verb", "favor") - {c for c in cue_words("verb") if _cue(c, "verb").frame == "transfer"}
#: Verb lemmas whose subject is against their object.
AGAINST_VERBS = _by_polarity("verb", "against")
#: ``(verb lemma, preposition) -> stance`` for verbs whose target follows a preposition.
PREPOSITION_VERBS = {(c.lemma, c.prep): c.polarity for cs in preposition_cues("verb").values() for c in cs}
#: Verb lemmas that transfer their object to the ``to`` phrase (favor when the object is aid).
TRANSFER_VERBS = _by_polarity("verb", "favor", {"transfer"})
#: Noun lemmas that make a transfer an act of support.
AID_NOUNS = cue_words("aid")
#: Noun lemmas of a favorable act or attitude (``Rutte’s support for Ukraine``).
FAVOR_NOUNS = _by_polarity("noun", "favor") - {"defense", "defence"}
#: Noun lemmas of a hostile act or attitude (``Rutte’s criticism of Hungary``).
AGAINST_NOUNS = _by_polarity("noun", "against")
#: ``(adjective, preposition) -> stance``.
ADJECTIVE_PREPOSITIONS = {(c.lemma, c.prep): c.polarity for cs in preposition_cues("adj").values() for c in cs}
#: Predicate adjectives and nouns that evaluate their subject, for rule 4.
EVALUATIVE_ADJECTIVES = {lemma: _cue(lemma, "evaluation").polarity for lemma in cue_words("evaluation")}
_HAVE_OBJECTS = {lemma: _cue(lemma, "have").polarity for lemma in cue_words("have")}

#: Frames of a hostile act (not an attitude): negated, it is no stance (``did not arrest X``).
_ACT_FRAMES = frozenset({"attack", "sanction", "accuse", "threaten", "remove"})
#: Attack nouns whose ``of`` phrase is the victim, not the agent.
_OF_VICTIM_NOUNS = frozenset({"invasion", "occupation", "bombing", "bombardment", "siege", "annexation"})
#: Subjects that make ``hit`` an attack (``a Hezbollah missile hit Kfar Giladi``).
_WEAPON_NOUNS = frozenset({"rocket", "missile", "shell", "bomb", "mortar", "airstrike", "strike", "drone", "jet",
                           "warplane", "artillery", "troop", "force", "soldier", "gunman", "militant", "fighter"})
#: Nouns of ``put X on trial``, ``bring X to justice``, ``before a court``.
_TRIAL_NOUNS = frozenset({"trial", "justice", "court", "tribunal", "judge"})
#: Verbs that ask an addressee to act (``urged Y to``, ``called on Y to``), for :func:`_demand_events`.
_DEMAND_VERBS = _ASKING_VERBS | frozenset({"demand", "insist", "give"})
#: Objects of *give* that set a deadline (``gave Jammeh 48 hours to step down``, ``gave the rebels a deadline``).
_DEADLINE_NOUNS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "deadline",
                             "ultimatum"})
#: Acts that, demanded of Y, say Y does wrong: stop, withdraw, release, comply, step down ...
_DESIST_VERBS = frozenset({"stop", "halt", "end", "cease", "withdraw", "abandon", "drop",
                           "renounce", "comply", "respect", "refrain", "desist", "resign", "leave", "dismantle",
                           "disarm", "surrender", "suspend", "lift", "reverse", "quit", "abide", "scrap",
                           "close", "shut", "release", "free", "apologise", "apologize"})
#: Nouns of trust whose target is their ``in`` phrase (``confidence in X``).
_TRUST_NOUNS = frozenset({"confidence", "faith", "trust"})
#: Verbs whose subject holds the trust noun they govern (``has confidence in``, ``lost faith in``).
_TRUST_HOLDING = frozenset({"have", "express", "voice", "place", "put", "lose", "retain", "keep", "restore", "show",
                            "reaffirm", "declare"})
#: Nouns of a vote on a trust noun (``a motion of no confidence in X``), and the verbs whose subject moves one.
_MOTION_NOUNS = frozenset({"vote", "motion", "resolution"})
_MOVING_VERBS = frozenset({"pass", "table", "file", "submit", "move", "propose", "back", "approve", "adopt",
                           "launch", "introduce", "initiate", "lodge", "put"})
#: Verbs of a crowd's words (``chanting "down with X"``, ``shouted slogans against X``), for :func:`_chant_events`.
CHANT_VERBS = frozenset({"chant", "shout", "scream", "yell", "cry", "sing", "raise"})
_SLOGAN_NOUNS = frozenset({"slogan", "slogans", "chant", "chants"})
#: Verbs that list the members of a relation noun (``the critics of X included Y``, ``Y was among the critics``).
_LISTING_VERBS = frozenset({"include", "be", "count"})
#: Confidence factor of an unnamed ``pro-X``/``anti-X`` group holder (as an unnamed institution).
_GROUP_CONF = 0.6
#: Verbs whose reported clause accuses its subject (``alleged that Y ...``).
_ALLEGE_VERBS = frozenset({"allege"})
#: Verbs of ``claimed responsibility for``.
_RESPONSIBILITY_VERBS = frozenset({"claim", "accept", "admit", "take", "assume", "acknowledge"})
#: Relation nouns of a client's representative (``X, Y's lawyer``, ``X, counsel for Y``): also with ``for``, and
#: only of a client that is no organisation or place (``the Marines' chief defense counsel`` is an office), never from a title's modifier
#: (``U.S. Attorney Patrick Fitzgerald`` is no client relation).
_COUNSEL_NOUNS = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "counsel"})
_NOT_CLIENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Modifiers that put a relation in the past (``a former ally of Y``).
_PAST_MODIFIERS = frozenset({"former", "ex", "one-time", "onetime", "erstwhile", "once"})
#: Attack nouns of a whole conflict: opposing the war against Iraq is no favor of Iraq.
_CONFLICT_NOUNS = frozenset({"war", "fight", "battle", "struggle", "offensive", "rebellion", "uprising", "revolt",
                             "insurgency", "crackdown"})
#: Frames of a verb that judges an act (``condemned the attack on X``), for :func:`_act_victims`.
_JUDGING_FRAMES = frozenset({"blame", "praise", "oppose", "support"})

#: Nouns that say the stance only through ``against`` (``its defense against Russia``) or ``of`` (favor).
_DEFENSE_NOUNS = frozenset({"defense", "defence", "protection"})
#: Nouns of reaction whose target is whoever caused them (``sparking concern from EU leaders``).
#: Verbs that bestow a favor noun ``on`` someone (``heaped praise on X``).
_BESTOW_VERBS = frozenset({"heap", "shower", "lavish"})
#: ``(light verb, its object) -> (preposition, polarity, strength)``: the object adds no actor of its own and the
#: phrase names the target (``took aim at X``, ``took a swipe at X``, ``threw his weight behind X``).
LIGHT_VERB_CUES = {("take", "aim"): ("at", "against", 0.9), ("take", "swipe"): ("at", "against", 0.9),
                   ("take", "potshot"): ("at", "against", 0.9), ("take", "jab"): ("at", "against", 0.8),
                   ("take", "dig"): ("at", "against", 0.8), ("throw", "weight"): ("behind", "favor", 0.9),
                   ("put", "weight"): ("behind", "favor", 0.9), ("take", "shot"): ("at", "against", 0.8),
                   ("pick", "fight"): ("with", "against", 0.8)}
#: Prepositional cues that are stance only with ``up`` (``stood up for X``, ``stood up to X``; not ``stands for``).
_NEEDS_UP = frozenset({("stand", "for"), ("stand", "to")})
#: Particles and adverbs that a phrasal cue's preposition may hang on (``pushed back against X``).
#: Verbs of seeking an office: ``campaigned for the Senate`` is running for a seat, no backing of the Senate.
_SEEKING_VERBS = frozenset({"campaign", "run", "stand"})
#: Verbs of choosing someone for an office (``the committee elected X as its chairman``): favor only when the
#: verb has its own clause, not as an adjective (``newly elected President X``).
_CHOOSING_VERBS = frozenset({"elect", "re-elect"})
#: Offices and assemblies one campaigns for (:data:`_SEEKING_VERBS`).
_OFFICE_NOUNS = frozenset({"senate", "house", "congress", "parliament", "assembly", "legislature", "presidency",
                           "office", "seat", "governorship", "mayoralty", "nomination", "leadership", "re-election",
                           "reelection", "election", "chair", "chairmanship", "council"})
_PHRASE_ADVERBS = frozenset({"back", "out", "up", "in", "hard"})
_REACTION_NOUNS = frozenset({"concern", "concerns", "anger", "outrage", "criticism", "condemnation",
                             "displeasure", "protest", "protests", "praise", "support", "backing", "boycott",
                             "rebuke", "censure", "sanctions", "objection", "objections", "opposition"})

def _verb_core(tok: Token, ctx: _Context) -> tuple[str, list[_Ref], str, float, list[_Event]] | None:
    """What a cue verb says of whom, before its holder is known.

    Returns ``(stance after negation, targets, cue, confidence, carried)``,
    ``carried`` being stances passed on through an effort or plan object; or
    None when ``tok`` is not a cue verb with an actor target.
    """
    lemma = tok.lemma_.lower()
    base = None
    strength = 1.0
    targets: list[_Ref] = []
    carried: list[tuple[str, _Ref, str, float]] = []
    cue = tok.text
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    entry = _cue(lemma, "verb")
    if lemma in _CHOOSING_VERBS and tok.dep_ == "amod":
        entry = None                                     # the newly elected President X: no elector named
    # back down is no backing; shot down, gunned down, wiped out are still attacks
    if entry is not None and entry.frame != "transfer" and not (prts & _PHRASAL_NOT_BACKING and entry.frame != "attack"):
        base, strength = entry.polarity, entry.strength
        objs = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "obj"})]
        if not objs and not passive:
            objs = _participle_patients(tok)
        if not objs and not passive:
            # support and strengthen the Iraqi government: the object of the coordinated verb
            objs = [o for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _own_subjects(c)
                    for o in c.children if o.dep_ in {"dobj", "obj"}]
        for o in objs:
            inner = _carried(o, tok, ctx)
            if inner:
                carried.extend(inner)
            else:
                refs = _np_refs(o, ctx) or (_sent_from(o, tok, ctx) if entry.frame == "sanction" else [])
                targets.extend(refs or _act_agents(o, ctx))
                if not refs and entry.frame in _JUDGING_FRAMES and lemma != "blame":
                    carried.extend((st, t, c, 0.6 * k) for st, t, c, k in _act_victims(o, ctx))
        if lemma == "blame" and not passive:
            # blamed the attack on Hezbollah: the on phrase is the culprit, not the victim
            targets.extend(r for o in objs if not _np_refs(o, ctx) for _, p in _pobjs(tok, {"on"}) + _pobjs(o, {"on"})
                           for r in _np_refs(p, ctx))
        if lemma == "withdraw":
            # withdraw support from X: against X; withdraw a candidacy is about oneself
            if any(o.lemma_.lower() in FAVOR_NOUNS | AID_NOUNS for o in objs):
                targets = [r for _, p in _pobjs(tok, {"from"}) for r in _np_refs(p, ctx)]
    for entry in preposition_cues("verb").get(lemma, ()):
        if lemma == "withdraw" and any(c.dep_ in {"dobj", "obj"} for c in tok.children):
            continue                                     # withdrew its bill from Parliament: no stance
        if (lemma, entry.prep) in _NEEDS_UP and "up" not in prts and not any(
                c.dep_ == "advmod" and c.lower_ == "up" for c in tok.children):
            continue                                     # MAGA stands for ...; stood up for X is backing
        # lashed out at X, pushed back against X: the phrase may hang on the particle or adverb
        phrases = _pobjs(tok, {entry.prep}) + [pp for c in tok.children if c.dep_ in {"prt", "advmod"}
                                               and c.lower_ in _PHRASE_ADVERBS for pp in _pobjs(c, {entry.prep})]
        if lemma in _SEEKING_VERBS and entry.prep == "for":
            phrases = [(x, p) for x, p in phrases if p.lemma_.lower() not in _OFFICE_NOUNS]  # ran for the Senate
        found = [r for _, p in phrases for r in _np_refs(p, ctx) or _act_agents(p, ctx)]
        if found:
            base, targets, cue, strength = entry.polarity, found, f"{tok.text} {entry.prep}", entry.strength
    phrasal = _cue(lemma, "phrasal", next(iter(prts))) if len(prts) == 1 else None
    if base is None and phrasal is not None and not passive:
        # turned on X, called out X: the particle makes the cue, the object is the target
        base, strength, cue = phrasal.polarity, phrasal.strength, f"{tok.text} {phrasal.prep}"
        targets = [r for c in tok.children if c.dep_ in {"dobj", "obj", "oprd"} and c.lemma_.lower() not in
                   _WEAPON_NOUNS | {"guard", "army", "military", "police"} for r in _np_refs(c, ctx)]
    light = [LIGHT_VERB_CUES[(lemma, c.lemma_.lower())] for c in tok.children
             if c.dep_ in {"dobj", "obj"} and (lemma, c.lemma_.lower()) in LIGHT_VERB_CUES]
    if base is None and light and not passive:
        # took aim at X, threw its weight behind X: the phrase on the verb or on its object
        prep, polarity, weight = light[0]
        objs = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        found = [r for _, p in _pobjs(tok, {prep}) + [pp for o in objs for pp in _pobjs(o, {prep})]
                 for r in _np_refs(p, ctx)]
        if found:
            base, strength, targets, cue = polarity, weight, found, f"{tok.text} {objs[0].text} {prep}"
    if base is None and lemma in {"put", "bring"} and any(
            p.lemma_.lower() in _TRIAL_NOUNS for _, p in _pobjs(tok, {"on", "to", "before"})):
        # put Videla on trial, bring X to justice, brought X before a court: against X
        base, strength = "against", 0.9
        targets = [r for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"} for r in _np_refs(c, ctx)]
    if base is None and lemma == "hit" and not prts and not passive and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _WEAPON_NOUNS for c in tok.children):
        # a Taliban rocket hit Canadian soldiers (a hurricane hitting a city is no actor's act)
        base, strength = "against", 0.8
        targets = [r for c in tok.children if c.dep_ in {"dobj", "obj"} for r in _np_refs(c, ctx)]
    transfer = status = False
    if lemma in TRANSFER_VERBS and base is None:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        status = any(o.lemma_.lower() in _STATUS_NOUNS for o in objs)
        heads = [t for o in objs for t in [o] + [c for c in o.children if c.dep_ == "compound"]
                 + [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]]
        with_aid = [p for _, p in _pobjs(tok, {"with"}) if _aid_word(p)] if lemma in _WITH_TRANSFER else []
        if with_aid and not any(_aid_word(t) for t in heads):
            # provided East Timor with security personnel: the object receives (rule 24)
            targets = [r for o in objs if o.dep_ in {"dobj", "obj"} for r in _np_refs(o, ctx)]
            if targets:
                base, cue, transfer = "favor", f"{tok.text} ... with", True
        elif any(_aid_word(t) for t in heads):
            recipients = _pobjs(tok, {"to"}) + [p for o in objs for p in _pobjs(o, {"to"})]
            targets = [r for _, p in recipients for r in _np_refs(p, ctx)] or _status_recipients(tok, objs, ctx)
            if targets:
                base, cue, transfer = "favor", f"{tok.text} ... to", True
            else:                                        # pledged $200 million for (the rebuilding of) Haiti
                targets = [r for p in _aid_beneficiaries(tok, objs) for r in _np_refs(p, ctx)]
                if targets:
                    base, cue, transfer, strength = "favor", f"{tok.text} ... for", True, 0.7
    if base is None or not (targets or carried):
        return None
    if lemma in _CONTEST_VERBS and _contest(tok):
        return None                                      # defeated by X in the election: a rival, no attitude
    negs, modal = _polarity_and_modality(tok)
    if _evaluation_flip(tok):
        negs += 1
    if negs % 2 and transfer and status:
        return None                                      # declined to grant X citizenship: a refusal, no hostility
    stance = _flip(base) if negs % 2 else base
    conf = (0.85 * min(strength, 1.0) if transfer else 0.9 * strength) * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
    if negs % 2 and base == "against":
        if entry is not None and entry.frame in _ACT_FRAMES and not transfer:
            return None                                  # did not arrest X, would never attack X: no support
        conf *= 0.75                                     # not criticising is weak evidence of favor
    events = []
    for inner_stance, target, inner_cue, inner_conf in carried:
        events.append((inner_stance if stance == "favor" else _flip(inner_stance), target,
                       f"{cue} ... {inner_cue}", conf * inner_conf * 0.8))
    return stance, targets, cue, conf, events


#: Transfer verbs whose recipient may be the object and the aid a ``with`` phrase (``provided Y with weapons``).
_WITH_TRANSFER = frozenset({"provide", "supply"})


def _aid_word(tok: Token) -> bool:
    """An aid noun of the lexicon (``aid``, ``weapons``, ``loans``) or an amount of money written as one token
    (``promised an extra £100m to Iraq``, ``$5bn``), the object of a transfer verb (rule 24)."""
    word = tok.lower_
    return (tok.lemma_.lower() in AID_NOUNS or word in AID_NOUNS
            or (len(word) > 1 and word[0] in "$€£¥" and word[1].isdigit()))


#: Verbs of winning that are no hostility in a contest (``she was defeated by X in the federal election``).
_CONTEST_VERBS = frozenset({"defeat"})
#: Words of an electoral or sporting contest in the sentence of a :data:`_CONTEST_VERBS` verb.
_CONTEST_WORDS = frozenset({"election", "elections", "electoral", "vote", "votes", "voter", "voters", "poll", "polls",
                            "ballot", "ballots", "race", "primary", "primaries", "runoff", "run-off", "caucus",
                            "caucuses", "referendum", "nomination", "candidate", "candidates", "seat", "seats",
                            "riding", "constituency", "incumbent", "match", "game", "final", "semi-final",
                            "tournament", "championship", "cup", "league", "round"})


def _contest(verb: Token) -> bool:
    """Whether the sentence of ``verb`` is about an election or a game (a word of :data:`_CONTEST_WORDS`)."""
    return any(t.lower_ in _CONTEST_WORDS for t in verb.sent)


#: Nouns of relief whose ``of`` phrase (or possessor) is helped: ``$200 million for the rebuilding of Haiti``.
_RELIEF_NOUNS = frozenset({"reconstruction", "rebuilding", "relief", "recovery", "cleanup", "clean-up",
                           "development", "victim", "victims", "people", "refugee", "refugees", "survivor", "survivors",
                           "population"})


#: Legal statuses a transfer verb gives to a person (``granted Fischer citizenship``, ``offered him asylum``).
_STATUS_NOUNS = frozenset({"citizenship", "asylum", "amnesty", "pardon", "clemency"})


def _status_recipients(verb: Token, objs: list[Token], ctx: _Context) -> list[_Ref]:
    """Who receives a legal status without a ``to`` phrase: the indirect object (``granted him asylum``)
    or a person's name the parser hung on the status noun (``grant Bobby Fischer full citizenship``).

    Only for :data:`_STATUS_NOUNS` and, for the names on the noun, only persons: ``US citizenship`` names
    the country that gives it.
    """
    status = [o for o in objs if o.lemma_.lower() in _STATUS_NOUNS]
    if not status:
        return []
    out = [r for c in verb.children if c.dep_ == "dative" and c.pos_ in {"PROPN", "PRON", "NOUN"}
           for r in _np_refs(c, ctx)]
    for o in status:
        for c in o.children:
            ref = ctx.ref(c) if c.dep_ in {"compound", "nmod"} else None
            if ref is not None and ctx.types.get(ref.actor) == "PERSON":
                out.append(ref)
    return out


def _aid_beneficiaries(verb: Token, objs: list[Token]) -> list[Token]:
    """Who an aid transfer is ``for``: a country or people (GPE, NORP), or the ``of`` phrase of a relief noun.

    ``pledged $200 million for Afghanistan``, ``for the reconstruction of Iraq``, ``for Afghan refugees``.
    Companies are left out: ``offered $44 billion for Yahoo`` is a bid, not aid.
    """
    out = []
    for _, p in _pobjs(verb, {"for"}) + [pp for o in objs for pp in _pobjs(o, {"for"})]:
        if p.ent_type_ in {"GPE", "NORP"}:
            out.append(p)
        elif p.lemma_.lower() in _RELIEF_NOUNS:
            out += [g for _, g in _pobjs(p, {"of"}) if g.ent_type_ in {"GPE", "NORP"}]
            out += [c for c in p.children if c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP"}]
    return out


def _act_victims(obj: Token, ctx: _Context) -> list[tuple[str, _Ref, str, float]]:
    """Whom a hostile act named by a cue noun is done to: ``condemned the attack on Israel`` (against
    Israel, so the condemner is for it), ``opposed sanctions against Iran``, ``welcomed the release of X``.

    Returns ``(stance of the act, target, cue, strength of the cue)`` for :func:`_verb_core` to compose
    with the judging verb (weak evidence: condemning an arrest is not yet support for the arrested) and
    for :func:`_responsibility_events`.
    """
    if obj.pos_ != "NOUN":
        return []
    entry = _cue(obj.lemma_.lower(), "noun") or _cue(obj.lower_, "noun")
    if entry is None or entry.frame not in _ACT_FRAMES or obj.lemma_.lower() in _CONFLICT_NOUNS:
        return []                                        # criticised X's support for Y: about X, not Y
    if entry.frame == "remove" or obj.lemma_.lower() in _OF_VICTIM_NOUNS:
        preps = {"against", "on", "of"}                  # the arrest of X, the invasion of X
    else:
        preps = {"against", "on"}                        # the attack of the rebels: an agent
    own = {r.actor for r in _noun_holders(obj, ctx)}
    return [(entry.polarity, r, obj.text, entry.strength) for _, p in _pobjs(obj, preps)
            for r in _np_refs(p, ctx) if r.actor not in own]


def _responsibility_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X claimed responsibility for the attack on Y``, ``for the kidnapping of Y``: X against Y."""
    if tok.lemma_.lower() not in _RESPONSIBILITY_VERBS:
        return []
    found = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "responsibility"]
    acts = [p for r in found for _, p in _pobjs(r, {"for"})] + ([p for _, p in _pobjs(tok, {"for"})] if found else [])
    if not acts:
        return []
    negs, modal = _polarity_and_modality(tok)
    holders = _subject_refs(tok, ctx)
    if negs or not holders:
        return []                                        # no one has claimed responsibility
    return [_Event(tok, f"{tok.text} responsibility for {act.text}", tuple(holders), target, stance,
                   0.8 * strength * (0.9 if modal else 1.0))
            for act in acts for stance, target, _, strength in _act_victims(act, ctx)]


#: Verbs of a responsibility said of someone: ``X was responsible for``, ``held X responsible for``.
_RESPONSIBLE_VERBS = frozenset({"be", "hold"})
#: Nouns of a harm done to people that make ``responsible for`` blame, besides the hostile cue nouns.
_HARM_NOUNS = frozenset({"death", "deaths", "massacre", "murder", "murders", "atrocities", "atrocity", "shelling",
                         "bombings", "blast", "blasts", "kidnapping", "kidnappings", "abduction", "killings"})


def _hostile_acts(adj: Token, ctx: _Context) -> tuple[bool, list[tuple[str, _Ref, str, float]]]:
    """Whether the ``for`` phrase of *responsible* names a hostile act, and its victims (``for the attack
    on Y``, ``for killing Y``)."""
    hostile, victims = False, []
    for _, act in _pobjs(adj, {"for"}):
        if act.pos_ == "NOUN":
            entry = _cue(act.lemma_.lower(), "noun") or _cue(act.lower_, "noun")
            if entry is not None and entry.polarity == "against" and entry.frame in _ACT_FRAMES \
                    or act.lower_ in _HARM_NOUNS:
                hostile = True
                victims.extend(_act_victims(act, ctx))
        elif act.tag_ == "VBG":
            core = _verb_core(act, ctx)
            if core is not None and core[0] == "against":
                hostile = True
                victims.extend((core[0], t, core[2], core[3]) for t in core[1])
    return hostile, victims


def _responsible_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X was responsible for the attack on Y``: X against Y; and the one who says so (``police said X was
    responsible for the bombing``, at 0.6) or holds X responsible (``Israel held Hamas responsible for the
    attack``, at 0.7) against X. Only for a hostile act (an attack-frame cue noun, a harm noun, a gerund
    of a hostile cue verb); not negated."""
    lemma = tok.lemma_.lower()
    if lemma not in _RESPONSIBLE_VERBS:
        return []
    if lemma == "be":
        adjs = [c for c in tok.children if c.dep_ == "acomp" and c.lower_ == "responsible"]
        culprits = [r for c in tok.children if c.dep_ == "nsubj" for r in _np_refs(c, ctx)]
    else:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        adjs = [c for o in objs for c in o.children if c.dep_ == "amod" and c.lower_ == "responsible"]
        adjs += [c for c in tok.children if c.dep_ in {"oprd", "acomp"} and c.lower_ == "responsible"]
        culprits = [r for o in objs for r in _np_refs(o, ctx)]
        if not objs:                                     # held [X responsible]: a small clause
            inner = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"} and c.lower_ == "responsible"]
            adjs += inner
            culprits = [r for a in inner for c in a.children if c.dep_ == "nsubj" for r in _np_refs(c, ctx)]
    if not adjs or not culprits:
        return []
    hostile, victims = False, []
    for adj in adjs:
        h, v = _hostile_acts(adj, ctx)
        hostile, victims = hostile or h, victims + v
    negs, modal = _polarity_and_modality(tok)
    if not hostile or negs:
        return []
    weight = 0.9 if modal else 1.0
    events = [_Event(tok, f"responsible for {cue}", tuple(culprits), target, stance, 0.6 * strength * weight)
              for stance, target, cue, strength in victims]
    if lemma == "hold":
        blamers, conf = _subject_refs(tok, ctx), 0.7
    else:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # Basayev said he was responsible: a claim, not a blame
        blamers = [] if any(c.pos_ == "PRON" for c in subjects) else [
            h for h in _reporter_refs(tok, ctx) if not _affiliated(h, culprits, ctx)]
        conf = 0.6
    events += [_Event(tok, "responsible for", tuple(blamers), c, "against", conf * weight)
               for c in culprits if blamers]
    return events


#: Verbs whose ``on`` phrase names the culprit of the act they are said of (``the attack was blamed on Y``).
_BLAMED_ON_VERBS = frozenset({"blame", "pin"})


def _blamed_on_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``the attack on X was blamed on Y``, ``violence against X, blamed on Y``, ``blamed the bombing of X
    on Y``: the culprit Y against the victim X of the act (reported blame: lower confidence)."""
    if tok.lemma_.lower() not in _BLAMED_ON_VERBS:
        return []
    culprits = [r for _, p in _pobjs(tok, {"on"}) for r in _np_refs(p, ctx)]
    negs, modal = _polarity_and_modality(tok)
    if negs or not culprits:
        return []
    acts = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj", "obj"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        acts.append(tok.head)                            # violence against X, blamed on Y
        acts.extend(p for _, p in _pobjs(tok.head, {"in", "of"}))   # a surge in attacks on X, blamed on Y
    own = {r.actor for r in culprits}
    return [_Event(tok, f"{act.text} ... {tok.text} on", tuple(culprits), target, stance,
                   0.7 * strength * (0.9 if modal else 1.0))
            for act in acts for stance, target, _, strength in _act_victims(act, ctx) if target.actor not in own]


#: Who, demanded to be released, is held wrongly (``urged Hezbollah to release the soldiers``; not ``funds``).
_CAPTIVES = frozenset({"hostage", "prisoner", "soldier", "detainee", "captive", "journalist", "activist", "worker",
                       "sailor", "reporter", "dissident", "civilian", "woman", "man", "child", "people", "citizen",
                       "national", "crew", "them", "him", "her"})


def _released_captives(verb: Token) -> bool:
    """Whether a demanded act desists: ``release``/``free`` only of captives (people), the others always."""
    if verb.lemma_.lower() not in {"release", "free"}:
        return True
    return any(c.dep_ in {"dobj", "obj"} and (c.lemma_.lower() in _CAPTIVES or c.ent_type_ == "PERSON")
               for c in verb.children)


#: What a demand may ask of Y that says Y owes it (``demanded an apology from Y``): against Y.
_OWED_NOUNS = frozenset({"apology", "apologies", "explanation", "explanations", "retraction", "answers",
                         "reparations", "compensation", "accountability"})


def _owed_events(tok: Token, ctx: _Context) -> list[_Event] | None:
    """``X demanded an apology / an explanation from Y``: X against Y at 0.55; None when the verb has no such object.

    Only for *demand*, *insist* and *press* (not *ask*: ``asked for an explanation from`` is mere inquiry).
    """
    if tok.lemma_.lower() not in {"demand", "insist", "press"}:
        return None
    owed = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _OWED_NOUNS]
    owed += [p for _, p in _pobjs(tok, {"on", "for"}) if p.lemma_.lower() in _OWED_NOUNS]
    for noun in list(owed):                              # an explanation and apology from Y
        owed += [c for c in noun.children if c.dep_ == "conj"]
    debtors = [p for n in owed for _, p in _pobjs(n, {"from"})] + ([p for _, p in _pobjs(tok, {"from"})] if owed else [])
    if not debtors:
        return None
    negs, modal = _polarity_and_modality(tok)
    holders = _subject_refs(tok, ctx)
    if negs or not holders:
        return []
    return [_Event(tok, f"{tok.text} {owed[0].text} from", tuple(holders), t, "against",
                   0.55 * (0.9 if modal else 1.0)) for d in debtors for t in _np_refs(d, ctx)]


def _for_infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a ``for Y to ...`` clause (``called for Israel to stop``)."""
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _demand_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X urged Y to stop ...``, ``called on Y to withdraw``, ``called for Y to halt``, ``demanded that Y halt``:
    X against Y, weakly.

    Only a demand to desist (:data:`_DESIST_VERBS`) says that Y does wrong; ``urged Y to join`` is no stance.
    """
    lemma = tok.lemma_.lower()
    if lemma not in _DEMAND_VERBS:
        return []
    owed = _owed_events(tok, ctx)
    if owed is not None:
        return owed
    if lemma == "give":
        return _ultimatum_events(tok, ctx)
    if lemma in {"call", "appeal"}:
        addressees = [p for _, p in _pobjs(tok, {"on", "upon", "to"})]
    else:
        addressees = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    complements = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.pos_ in {"VERB", "AUX"}]
    for c in [c for c in complements if c.dep_ == "ccomp"]:
        addressees += [s for s in c.children if s.dep_ == "nsubj"]          # demanded that Y halt
    for c in [c for c in complements if c.dep_ == "advcl" and _for_infinitive(c)]:
        addressees += [s for s in c.children if s.dep_ == "nsubj"]          # called for Y to stop
    if not addressees or not any(c.lemma_.lower() in _DESIST_VERBS and _released_captives(c)
                                 or c.lemma_.lower() in {"step", "pull", "back"} and any(
                                     p.dep_ == "prt" and p.lower_ in {"down", "out", "off"} for p in c.children)
                                 for c in complements):
        return []
    negs, modal = _polarity_and_modality(tok)
    holders = _subject_refs(tok, ctx)
    if negs or not holders:
        return []
    targets = [r for a in addressees for r in _np_refs(a, ctx)]
    return [_Event(tok, f"{tok.text} ... to", tuple(holders), t, "against", 0.55 * (0.9 if modal else 1.0))
            for t in targets]


def _ultimatum_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X gave Y until August 31 to halt ...``, ``gave Y 48 hours to step down``, ``gave Y a deadline to withdraw``:
    a deadline to desist (:data:`_DESIST_VERBS`), X against Y at 0.55 like a demand; not when negated."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    deadlines = [o for o in objects if o.lemma_.lower() in _DEADLINE_NOUNS or o.lower_ in _DEADLINE_NOUNS]
    until = bool(_pobjs(tok, {"until", "till"}))
    if not deadlines and not until:
        return []
    addressees = [c for c in tok.children if c.dep_ == "dative"] or (
        [o for o in objects if o not in deadlines] if until else [])
    complements = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"]
    complements += [c for o in deadlines for c in o.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"]
    if not addressees or not any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and (
            c.lemma_.lower() in _DESIST_VERBS and _released_captives(c) or c.lemma_.lower() in {"step", "pull"} and any(
                p.dep_ == "prt" and p.lower_ in {"down", "out", "off"} for p in c.children)) for c in complements):
        return []
    negs, modal = _polarity_and_modality(tok)
    holders = _subject_refs(tok, ctx)
    if negs or not holders:
        return []
    return [_Event(tok, f"{tok.text} ... to", tuple(holders), t, "against", 0.55 * (0.9 if modal else 1.0))
            for a in addressees for t in _np_refs(a, ctx)]


#: Nouns of a demand whose ``for Y to ...`` clause names the addressee (``the EU's call for Hamas to end ...``).
DEMAND_NOUNS = frozenset({"call", "calls", "demand", "demands", "appeal", "appeals"})


def _demand_noun_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``the EU's call for Hamas to end its violence``, ``demands by the US for Iran to halt ...``: against Y, weakly.

    As :func:`_demand_events`, only a demand to desist (:data:`_DESIST_VERBS`); the holder is the noun's
    possessor, actor modifier or ``by`` phrase (:func:`_noun_holders`), at 0.5.
    """
    if tok.lower_ not in DEMAND_NOUNS and tok.lemma_.lower() not in DEMAND_NOUNS:
        return []
    clauses = [c for c in tok.children if c.dep_ in {"advcl", "acl"} and c.pos_ in {"VERB", "AUX"}
               and _for_infinitive(c) and c.lemma_.lower() in _DESIST_VERBS and _released_captives(c)]
    if not clauses:
        return []
    holders = _noun_holders(tok, ctx)
    targets = [r for c in clauses for s in c.children if s.dep_ == "nsubj" for r in _np_refs(s, ctx)]
    return [_Event(tok, f"{tok.text} for ... to", tuple(holders), t, "against", 0.5)
            for t in targets] if holders else []


def _allege_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X alleged that Y gave special treatment to ...``: X against Y, the active subject of the clause.

    Not a passive (``alleged Navalny was poisoned``: the victim) nor a pronoun subject.
    """
    if tok.lemma_.lower() not in _ALLEGE_VERBS or _negations(tok):
        return []
    subjects = [s for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
                and not any(g.dep_ in {"nsubjpass", "auxpass"} for g in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
    if not subjects:
        return []
    holders = _subject_refs(tok, ctx)
    targets = [r for s in subjects for r in _np_refs(s, ctx)]
    return [_Event(tok, tok.text, tuple(holders), t, "against", 0.55) for t in targets] if holders else []


def _sent_from(obj: Token, verb: Token, ctx: _Context) -> list[_Ref]:
    """``banned inspectors from the IAEA from ...``: the organisation right after an envoy object, when the parse
    hangs its ``from`` phrase on the verb (only an organisation: ``expelled diplomats from Iraq`` may be a place)."""
    if obj.lemma_.lower() not in _ENVOY_NOUNS:
        return []
    after = obj.right_edge.i + 1
    return [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == after
            for p in c.children if p.dep_ == "pobj" for r in _np_refs(p, ctx) if ctx.types.get(r.actor) == "ORG"]


def _participle_patients(tok: Token) -> list[Token]:
    """What a passive without ``nsubjpass`` is done to: ``Hamas, supported by Iran`` (a participle on its
    noun), ``Mugabe, hailed as a hero by X`` (a participle parsed as the main verb, its agent kept)."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"} and _agents(tok):
        return [tok.head]
    if any(c.dep_ == "agent" for c in tok.children) and not any(c.dep_ in {"dobj", "obj"} for c in tok.children):
        own = [c for c in tok.children if c.dep_ == "nsubj"]
        if own or tok.dep_ != "conj" or tok.tag_ != "VBN":
            return own
        # praised by Castro and criticised by Bush: the passive subject of the first participle
        return [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return []


def _agents(tok: Token) -> list[Token]:
    """The ``by`` phrases of a passive verb, also one hung on its ``as`` phrase (``hailed as a hero by X``)."""
    found = [p for _, p in _pobjs(tok, {"by"})]
    found += [g for _, a in _pobjs(tok, {"as"}) for _, g in _pobjs(a, {"by"})]
    return found


def _act_agents(obj: Token, ctx: _Context) -> list[_Ref]:
    """The agent of an act named by a cue noun (``condemned Israeli strikes`` -> Israel), at lower confidence."""
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or _cue(lemma, "noun") is None and _cue(obj.lower_, "noun") is None:
        return []
    return [replace(r, conf=r.conf * 0.8) for r in _noun_holders(obj, ctx)]


def _reciprocal(tok: Token, ctx: _Context, stance: str, cue: str, conf: float) -> list[_Event]:
    """``Japan and China clashed``, ``the US and Iran broke off ties``: each subject towards the others."""
    subjects = [r for c in tok.children if c.dep_ == "nsubj" for r in _np_refs(c, ctx)]
    if len({r.actor for r in subjects}) < 2:
        return []
    negs, modal = _polarity_and_modality(tok)
    stance = _flip(stance) if negs % 2 else stance
    conf *= 0.75 * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
    return [_Event(tok, cue, (h,), t, stance, conf) for h in subjects for t in subjects if h.actor != t.actor]


def _verb_events(tok: Token, ctx: _Context) -> list[_Event]:
    core = _verb_core(tok, ctx)
    if core is None:
        with_cue = _cue(tok.lemma_.lower(), "verb", "with")
        if with_cue is not None and with_cue.lemma != "agree" and not _pobjs(tok, {"with"}) and not any(
                c.dep_ in {"dobj", "obj", "nsubjpass"} for c in tok.children):
            return _reciprocal(tok, ctx, with_cue.polarity, tok.text, 0.9 * with_cue.strength)
        ties = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and _cue(c.lemma_.lower(), "noun") is not None
                and _cue(c.lemma_.lower(), "noun").frame == "ties" and not _pobjs(c, {"with"})]
        lemma = tok.lemma_.lower()
        if ties and (lemma in _END_VERBS or lemma in _TIES_UP_VERBS):
            stance = "against" if lemma in _END_VERBS else "favor"
            return _reciprocal(tok, ctx, stance, f"{tok.text} ... {ties[0].text}", 0.8 * 0.6)
        return _dealings_events(tok, ctx)
    stance, targets, cue, conf, carried = core
    if any(c.dep_ == "nsubjpass" for c in tok.children) or _participle_patients(tok) and not any(
            c.dep_ in {"dobj", "obj"} for c in tok.children):
        holders = [r for p in _agents(tok) for r in _np_refs(p, ctx)]
        if not holders and not _pobjs(tok, {"by"}) and any(
                c.dep_ == "aux" and c.lower_ in _DEONTIC for c in tok.children):
            # "Mugabe should be suspended", said X: an agentless passive wished for in reported speech
            holders = [replace(r, conf=r.conf * 0.7) for r in _reporter_refs(tok, ctx)]
    else:
        holders = _subject_refs(tok, ctx)
    if not holders and cue.endswith("... to"):
        # "promised 3 million euros of EU aid to Gaza": the actor named on the aid gives it
        holders = [replace(r, conf=r.conf * 0.8) for o in tok.children if o.dep_ in {"dobj", "obj", "nsubjpass"}
                   for a in [o] + [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
                   if a.lemma_.lower() in AID_NOUNS or a.lower_ in AID_NOUNS
                   for c in a.children if c.dep_ in {"compound", "amod", "poss"} for r in _np_refs(c, ctx)]
    if tok.lemma_.lower() in _PROCEEDING_VERBS:
        holders = [r for r in holders if not _is_pronoun(tok.doc, r)]
    if not holders:
        return []
    events = [_Event(tok, cue, tuple(holders), t, stance, conf) for t in targets]
    events += [_Event(tok, c, tuple(holders), t, s, k) for s, t, c, k in carried]
    return events


def _carried(obj: Token, verb: Token, ctx: _Context) -> list[tuple[str, _Ref, str, float]]:
    """Stances in the clause of an effort or plan: ``support NATO efforts to send aid to Ukraine``."""
    if obj.lemma_.lower() not in _CARRIER_NOUNS and obj.lower_ not in _CARRIER_NOUNS:
        return []
    out = []
    for t in obj.subtree:
        if t.i != verb.i and t.i != obj.i and t.pos_ in {"VERB", "AUX"}:
            core = _verb_core(t, ctx)
            if core is not None:
                stance, targets, cue, conf, _ = core
                out.extend((stance, target, cue, conf) for target in targets)
    return out


def _noun_holders(tok: Token, ctx: _Context) -> list[_Ref]:
    """Holders of a cue noun: its possessor, an actor modifier, a ``by``/``from``/``among`` phrase."""
    holders: list[_Ref] = []
    for child in tok.children:
        if child.dep_ == "poss":
            holders.extend(_np_refs(child, ctx))
        elif child.dep_ in {"compound", "amod", "nmod"}:
            ref = ctx.ref(child)
            if ref is not None:
                holders.append(replace(ref, conf=ref.conf * 0.9))
    holders.extend(r for _, p in _pobjs(tok, {"by", "from", "among"}) for r in _np_refs(p, ctx))
    # charges filed against him by X, sanctions imposed by the EU: the agent of a participle on the noun
    holders.extend(replace(r, conf=r.conf * 0.9) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for _, p in _pobjs(c, {"by"}) for r in _np_refs(p, ctx))
    return holders


_NOUN_PREPS = {"favor": frozenset({"of", "for", "to", "toward", "towards", "with"}),
               "against": frozenset({"of", "to", "against", "on", "toward", "towards", "over", "with", "at", "about"})}
_REACTION_PREPS = frozenset({"over", "about", "at", "toward", "towards", "with"})
#: Nouns of a reaction whose target is a phrase of :data:`_REACTION_PREPS` (``disappointment at X's decision``).
_REACTION_PREP_NOUNS = frozenset({"concern", "concerns", "anger", "outrage", "disappointment", "dissatisfaction",
                             "frustration", "dismay", "indignation"})
#: Nouns of an inquiry, whose target is the one inquired into (``an investigation into X``, ``a probe of X``);
#: other accusation nouns take only ``against`` (``the case against X``, not ``the case of X``).
_INQUIRY_NOUNS = frozenset({"investigation", "investigations", "probe", "inquiry"})
_INQUIRY_PREPS = frozenset({"into", "of", "against"})
#: Nouns of a warrant, whose target is the one sought (``issued an arrest warrant for X``).
_WARRANT_NOUNS = frozenset({"warrant", "warrants"})
#: Nouns of proceedings whose pronoun holder is not trusted (``its case against him``, ``what action he took into
#: investigating X``: on Wikinews the pronoun went to the wrong actor in 2 of 3 such rows).
_PROCEEDING_NOUNS = _INQUIRY_NOUNS | _WARRANT_NOUNS | {"case", "cases", "testimony"}
_PROCEEDING_VERBS = frozenset({"investigate"})
#: Nouns of collective action that hold a stance only with ``against`` (a rally against X; a rally of X, for X,
#: in X is no stance of the organisers towards X).
_AGAINST_ONLY_NOUNS = frozenset({"demonstration", "demonstrations", "rally", "rallies", "march", "marches",
                                 "campaign", "campaigns", "challenge", "challenges", "petition"})
#: Nouns of collective action whose stager holds the stance of an ``anti-X``/``pro-X`` modifier.
_ACTION_NOUN_LEMMAS = frozenset({"protest", "demonstration", "rally", "march", "campaign", "boycott", "strike",
                                 "movement", "vigil"})
#: Verbs whose subject stages an against-noun they take: staged protests against X, joined the boycott of X.
_STAGING_VERBS = frozenset({"stage", "stag", "hold",   # "staged" is lemmatised "stag"
                             "organise", "organize", "lead", "join", "start", "begin", "spearhead"})


#: Nouns of ``came under attack from X`` (the subject is the target, the ``from`` phrase the holder).
_UNDER_NOUNS = frozenset({"attack", "attacks", "criticism", "assault", "fire"})


#: Frames of the nouns of an opinion whose ``of`` phrase, received, is the holder (``won the backing of X``;
#: not ``secured the release of X``, whose ``of`` phrase undergoes it).
_OPINION_FRAMES = frozenset({"support", "praise", "blame", "oppose"})
#: Verbs whose complement is only wanted or required (``seeks to win the support of X``).
_UNREAL_HEADS = frozenset({"require", "need", "want", "seek", "try", "hope", "aim", "fight", "struggle", "attempt",
                           "strive", "work"})


def _the(tok: Token) -> bool:
    """Whether the noun ``tok`` has the article ``the``, or none at all (``under attack``): not ``a``, ``his``."""
    return not any(c.dep_ in {"det", "poss"} and c.lower_ != "the" for c in tok.children)


def _unreal(verb: Token) -> bool:
    """Whether ``verb`` is only needed, wished or tried (``must have``, ``an attempt to win``, ``requires that X
    receive``)."""
    return any(c.dep_ == "aux" and c.lower_ in _DEONTIC | {"would", "could", "might", "may", "can"}
               for c in verb.children) or verb.head.lemma_.lower() in _UNREAL_HEADS or (
        verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _of_owners(tok: Token, ctx: _Context) -> list[_Ref]:
    """The actors of the noun's ``of`` phrase (``the support of X``)."""
    return [r for _, p in _pobjs(tok, {"of"}) for r in _np_refs(p, ctx)]


def _done_of(tok: Token, ctx: _Context) -> bool:
    """Whether a noun of the ``remove`` frame names its victim in an ``of`` phrase and its agent before it:
    a possessor or an actor modifier (``the US killing of Soleimani``, ``Israel's arrest of X``).

    ``Saddam's overthrow`` (no ``of`` phrase) and ``the arrest of X by Y`` (a ``by`` phrase) are not such nouns.
    """
    if _pobjs(tok, {"by"}) or not any(_np_refs(p, ctx) for _, p in _pobjs(tok, {"of"})):
        return False
    return any(c.dep_ == "poss" and _np_refs(c, ctx) or c.dep_ in {"compound", "amod", "nmod"} and ctx.ref(c)
               for c in tok.children)


def _is_pronoun(doc, ref: _Ref) -> bool:
    """Whether the mention of ``ref`` is a pronoun (``its``, ``he``)."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "PRON"


#: Verbs (lemmas) of losing or lacking an attitude owned by an ``of`` / ``from`` phrase (``lost the support of X``,
#: ``lacked trust from X``): X towards the subject, flipped, like the receiving verbs (``won the backing of X``).
_LOSING_VERBS = frozenset({"lose", "lack"})
#: Frames of a cue noun that an expressing verb may aim ``at`` its target (``issued heavy criticism at X``,
#: ``levelled accusations at X``), besides ``against`` / ``on``.
_AIMED_FRAMES = frozenset({"blame", "accuse"})
#: Entity types that an ``at`` phrase may name as a venue, not a target (``voiced criticism at the UN in Geneva``,
#: ``at the White House``): only people and groups are aimed at.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})

def _noun_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``Rutte’s criticism of Hungary``, ``a statement of support for X``, ``Y drew criticism from X``."""
    if tok.pos_ != "NOUN" or tok.dep_ == "compound":       # air defense systems
        return []
    lemma = tok.lemma_.lower()
    entry = _cue(lemma, "noun") or _cue(tok.lower_, "noun")
    if entry is None:
        return []
    base = entry.polarity
    if lemma in _TRUST_NOUNS and any(c.lower_ == "no" and c.dep_ in {"det", "neg", "amod", "compound"}
                                     for c in tok.children):
        base = "against"                                  # a vote of no confidence in X, no faith in X
    if lemma in _DEFENSE_NOUNS:
        found = [("against", r) for _, p in _pobjs(tok, {"against"}) for r in _np_refs(p, ctx)]
        found += [("favor", r) for _, p in _pobjs(tok, {"of"}) for r in _np_refs(p, ctx)]
    else:
        preps = (_REACTION_PREPS if lemma in _REACTION_PREP_NOUNS
                 else {"in"} if lemma in _TRUST_NOUNS
                 else _INQUIRY_PREPS if lemma in _INQUIRY_NOUNS
                 else {"for", "against"} if lemma in _WARRANT_NOUNS
                 else {"against"} if entry.frame == "accuse" or lemma in _AGAINST_ONLY_NOUNS
                 else _NOUN_PREPS[base])
        found = [(base, r) for _, p in _pobjs(tok, preps) for r in _np_refs(p, ctx)]
        # charges filed against him, sanctions imposed on Iran: the phrase hangs on a participle of the noun
        found += [(base, replace(r, conf=r.conf * 0.9)) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in _EXPRESS_VERBS for _, p in _pobjs(c, {"against", "on"} if base == "against"
                                                                            else {"for", "to"}) for r in _np_refs(p, ctx)]
    holders = _noun_holders(tok, ctx)
    # the lawsuit he filed against the UK, the sanctions it imposed on Iran: a relative clause of the noun
    for c in ([] if tok.head.lemma_.lower() in _END_VERBS else tok.children):  # not: lifted the sanctions it imposed
        if c.dep_ == "relcl" and c.lemma_.lower() in _EXPRESS_VERBS and not any(
                g.dep_ in {"dobj", "obj"} and g.lower_ not in {"that", "which"} for g in c.children):
            rel = [(base, replace(r, conf=r.conf * 0.9)) for _, p in _pobjs(c, {"against", "on"} if base == "against"
                                                                          else {"for", "to"}) for r in _np_refs(p, ctx)]
            if rel:
                found += rel
                # the attacks that are being launched by the PKK against X: a passive clause's agent only,
                # never the subject inherited from its sentence (the reporter)
                passive = any(g.dep_ in {"nsubjpass", "auxpass"} for g in c.children)
                doers = ([r for _, p in _pobjs(c, {"by"}) for r in _np_refs(p, ctx)] if passive
                         else _subject_refs(c, ctx))
                holders = holders or [replace(r, conf=r.conf * 0.9) for r in doers]
    if lemma in _PROCEEDING_NOUNS:
        holders = [r for r in holders if not _is_pronoun(tok.doc, r)]
    if entry.frame == "remove" and _done_of(tok, ctx):
        # the United States' killing of Soleimani, Israel's arrest of X: with a victim in the of phrase,
        # the possessor (or an actor modifier) is the agent
        victims = {(r.start, r.end) for _, p in _pobjs(tok, {"of"}) for r in _np_refs(p, ctx)}
        holders = [r for r in holders if (r.start, r.end) not in victims]
    elif entry.frame == "remove":
        # Saddam's overthrow, Karami's resignation: the possessor undergoes it; only an agent phrase holds it
        found += [(base, r) for c in tok.children if c.dep_ == "poss" for r in _np_refs(c, ctx)]
        holders = [r for _, p in _pobjs(tok, {"by"}) for r in _np_refs(p, ctx)]
    conf = 0.8 * entry.strength
    if entry.frame == "ties":
        # restored ties with X (favor), cut ties with X (against); mere relations are no stance
        if tok.dep_ not in {"dobj", "obj"} or tok.head.lemma_.lower() not in _TIES_UP_VERBS | _END_VERBS:
            return []
        holders = []
    # a statement of support for X, a show of solidarity with X: the container noun carries the holder
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _CONTAINER_NOUNS:
        node = tok.head.head
        if not holders:
            holders = _noun_holders(node, ctx)
        conf *= 0.9
    if not holders and tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"} and (
            tok.head.lower_ == "in" and (entry.frame == "support" or lemma in {"protest", "solidarity"})
            or tok.head.lower_ in {"in", "into"} and entry.frame in {"negotiate", "cooperate"}):
        # voted in favour of X, made their choice in support of X, entered into talks with X: the verb's subject
        holders = [replace(r, conf=r.conf * 0.9) for c in tok.head.head.children if c.dep_ == "nsubj"
                   for r in _np_refs(c, ctx)]
    negs, modal = 0, False
    if not holders and node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.pos_ == "VERB" \
            and node.head.head.lemma_.lower() in _CALL_FOR_VERBS:
        # called for the arrest of X, pushed for sanctions against X: the caller
        verb = node.head.head
        holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(verb, ctx)]
        negs, modal = _polarity_and_modality(verb)
    if not holders and lemma in _TRUST_NOUNS and node.dep_ == "pobj" and node.head.lower_ == "of":
        # passed / tabled a motion of no confidence in X: the mover (not "survived a vote of ... in X")
        motion = node.head.head
        if motion.lemma_.lower() in _MOTION_NOUNS and motion.dep_ in {"dobj", "obj"} and \
                motion.head.lemma_.lower() in _MOVING_VERBS:
            holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(motion.head, ctx)]
            negs, modal = _polarity_and_modality(motion.head)
    if not holders and node.dep_ == "nsubjpass" and node.head.lemma_.lower() in _EXPRESS_VERBS:
        # "The fight against X will be waged ...", said Turkey's officials: the agent, else who reports it
        verb = node.head
        holders = [r for _, p in _pobjs(verb, {"by"}) for r in _np_refs(p, ctx)] or [
            replace(r, conf=r.conf * 0.8) for r in _reporter_refs(verb, ctx)]
        negs, modal = _polarity_and_modality(verb)
    if node.dep_ == "pobj" and node.head.head.pos_ in {"VERB", "AUX"} and _the(node) and (
            node.head.lower_ == "with" and entry.frame == "support" and not holders
            or node.head.lower_ == "under" and lemma in _UNDER_NOUNS and not found):
        # formed a government with the support of X, came under attack from X: X towards the verb's subject
        # (or its agent: drafted by Germany with the support of X)
        verb = node.head.head
        holders = _of_owners(node, ctx) if node.head.lower_ == "with" else holders or [
            r for _, p in _pobjs(verb, {"from", "by"}) for r in _np_refs(p, ctx)]
        if holders:
            doers = [r for _, p in _pobjs(verb, {"by"}) for r in _np_refs(p, ctx)] or [
                r for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for r in _np_refs(c, ctx)]
            found = [(base, replace(r, conf=r.conf * 0.9)) for r in doers]
            negs, modal = _polarity_and_modality(verb)
    governor = node.head if node.dep_ in {"dobj", "obj"} else None
    received = False
    losing = governor is not None and governor.lemma_.lower() in _LOSING_VERBS and entry.frame in {"support", "praise"} \
        and bool(_pobjs(tok, {"of", "from"}) or _pobjs(governor, {"from"})) and not _unreal(governor)
    if governor is not None and not holders and entry.frame in _OPINION_FRAMES and _the(tok) and (
            governor.lemma_.lower() in _RECEIVE_VERBS or governor.lemma_.lower() == "have" and entry.frame == "support"
            or losing) and not _unreal(governor):
        # won the backing of X, has the support of X, drew the criticism of X: the of-phrase gives it, the subject gets it
        holders = _of_owners(tok, ctx)
        kept = {(r.start, r.end) for r in holders}
        found = [(b, r) for b, r in found if (r.start, r.end) not in kept]
        received = bool(holders)
    if lemma in _TRUST_NOUNS and governor is not None and not holders and governor.lemma_.lower() in _TRUST_HOLDING:
        # has full confidence in X, lost faith in X: the subject of the verb holds it ("they" is too vague)
        if not any(c.dep_ == "nsubj" and c.lower_ in {"they", "them", "people"} for c in governor.children):
            holders = _subject_refs(governor, ctx)
        negs, modal = _polarity_and_modality(governor)
        negs += governor.lemma_.lower() == "lose"
        governor = None
    if governor is not None:
        g_lemma = governor.lemma_.lower()
        if not found and lemma not in _DEFENSE_NOUNS and g_lemma in _EXPRESS_VERBS:
            # launched strikes on X, voiced support for X: the phrase hangs on the verb
            # threw its support behind X; heaped praise on X (on is favor only after heap, shower, lavish)
            preps = {"against", "on"} if base == "against" else {"for", "to", "with", "behind"} | (
                {"on", "upon"} if g_lemma in _BESTOW_VERBS else set())
            if entry.frame in _AIMED_FRAMES:
                preps = preps | {"at"}       # levelled criticism at X (not a place: criticism at the UN summit)
            found = [(base, replace(r, conf=r.conf * 0.9)) for prep, p in _pobjs(governor, preps)
                     for r in _np_refs(p, ctx) if prep != "at" or ctx.types.get(r.actor) not in _PLACE_TYPES]
        if g_lemma in _RECEIVE_VERBS or g_lemma in _CAUSE_VERBS or received or losing:
            if not holders:
                holders = [r for _, p in _pobjs(governor, {"by", "from", "among"}) for r in _np_refs(p, ctx)]
            if holders and not found and (g_lemma in _RECEIVE_VERBS or received or losing or lemma in _REACTION_NOUNS):
                found = [(base, replace(r, conf=r.conf * 0.9)) for r in _subject_refs(governor, ctx)]
                # Israel's raid prompted a boycott by Turkey: the raid's agent
                found = found or [(base, r) for c in governor.children if c.dep_ == "nsubj" for r in _act_agents(c, ctx)]
                negs, modal = _polarity_and_modality(governor)
                negs += losing                    # lost the support of X, lacked trust from X: X is against
        elif not holders and (g_lemma in _EXPRESS_VERBS | _END_VERBS | _TIES_UP_VERBS
                              or base == "against" and g_lemma in _STAGING_VERBS):
            holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(governor, ctx)]
            negs, modal = _polarity_and_modality(governor)
            if g_lemma not in _EXPRESS_VERBS | _END_VERBS | _TIES_UP_VERBS:
                # staged protests against X, joined the boycott of X; not "led a strike of bus workers"
                kept = {(r.start, r.end) for _, p in _pobjs(tok, {"against", "on"} | (
                    {"of"} if entry.frame == "sanction" else set())) for r in _np_refs(p, ctx)}
                found = [(b, r) for b, r in found if (r.start, r.end) in kept]
            if g_lemma in _END_VERBS:
                negs += 1
    if not holders and found and lemma in _PROTEST_LEMMAS and base == "against":
        holders = _unstaged_protest(tok)          # violent demonstrations against China: unnamed protesters
    carried = _judged_acts(tok, entry, ctx) if not found and holders else []
    if not (found or carried) or not holders:
        return []
    out = []
    for stance, target in found:
        s = _flip(stance) if negs % 2 else stance
        c = conf * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
        out.append(_Event(tok, tok.text, tuple(holders), target, s, c))
    for inner, target, inner_cue, strength in carried:
        # support for sanctions against Iran: against Iran, as the verb rule's "opposed sanctions against Iran"
        s = inner if base == "favor" else _flip(inner)
        s = _flip(s) if negs % 2 else s
        c = conf * 0.6 * strength * 0.8 * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
        out.append(_Event(tok, f"{tok.text} ... {inner_cue}", tuple(holders), target, s, c))
    return out


def _judged_acts(tok: Token, entry, ctx: _Context) -> list[tuple[str, _Ref, str, float]]:
    """The victims of a hostile act that an opinion noun is about: ``support for sanctions against Iran``
    (Iran, against), ``opposition to the arrest of X``, ``condemnation of the attack on X`` (:func:`_act_victims`).

    Only nouns of a judging frame (support, oppose, praise, blame) whose own phrase names an act, not an actor;
    not nouns of collective action (``a rally against Israeli attacks on Gaza``: on the hold-out, the victims
    of such a phrase were places and bystanders mis-parsed into it).
    """
    lemma = tok.lemma_.lower()
    if entry.frame not in _JUDGING_FRAMES or lemma in _REACTION_PREP_NOUNS | _TRUST_NOUNS | _AGAINST_ONLY_NOUNS \
            or lemma in _ACTION_NOUN_LEMMAS or tok.lower_ in _AGAINST_ONLY_NOUNS:
        return []
    preps = {"for", "of", "to", "with"} if entry.polarity == "favor" else {"of", "to", "against", "over"}
    return [victim for _, p in _pobjs(tok, preps) if not _np_refs(p, ctx) for victim in _act_victims(p, ctx)]


@functools.lru_cache(maxsize=4096)
def _adjective_cues(word: str, lemma: str) -> tuple:
    """The ``((adjective, preposition), stance)`` items of :data:`ADJECTIVE_PREPOSITIONS` for ``word`` or
    ``lemma``, in the table's order (looked up once per word form, not scanned per token)."""
    return tuple(item for item in ADJECTIVE_PREPOSITIONS.items() if item[0][0] in (word, lemma))


def _chant_events(tok: Token, ctx: _Context) -> list[_Event]:
    """Protesters chanting "down with X", shouting slogans against X: the chanters are against X.

    The verb is one of :data:`CHANT_VERBS`; its holder is its subject (a participle: the subject of the verb
    it hangs on), else the quotation's speaker. ``down with X`` must be the verb's own words (an ``advmod``
    *down* with a *with* phrase); ``slogans`` must be its object, with an ``against`` phrase.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CHANT_VERBS:
        return []
    targets, cue = [], tok.text
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ == "down":
            for _, p in _pobjs(c, {"with"}):              # down with the Akayev clans: the name modifier
                targets += _np_refs(p, ctx) or [r for m in p.children if m.dep_ in {"compound", "poss"}
                                                for r in [ctx.ref(m)] if r is not None]
            cue = f"{tok.text} ... down with"
        elif c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _SLOGAN_NOUNS:
            targets += [r for _, p in _pobjs(c, {"against"}) + _pobjs(tok, {"against"}) for r in _np_refs(p, ctx)]
            cue = f"{tok.text} {c.text} against"
    if not targets:
        return []
    holders = _subject_refs(tok, ctx)
    if not holders and tok.dep_ in {"advcl", "xcomp", "conj"}:
        holders = _subject_refs(tok.head, ctx)
    holders = holders or _speaker_refs(tok, ctx)
    negs, modal = _polarity_and_modality(tok)
    if not holders or negs:
        return []
    return [_Event(tok, cue, tuple(holders), t, "against", 0.8 * (0.9 if modal else 1.0)) for t in targets]


def _surname_ref(tok: Token, ctx: _Context) -> _Ref | None:
    """``anti-Akayev``: a capitalised word the parser folded into an ``anti-X`` entity, as the person of the
    article whose name ends with it (``Askar Akayev``), at 0.9; else ``None``."""
    if not tok.text[:1].isupper() or not tok.text.isalpha():
        return None
    actor = next((a for a, kind in ctx.types.items() if kind == "PERSON" and (a == tok.text or a.endswith(" " + tok.text))),
                 None)
    return None if actor is None else _Ref(actor, tok.idx, tok.idx + len(tok), 0.9)


#: Nouns of a street protest whose stagers, when no one is named, are unnamed ``protesters``.
_PROTEST_LEMMAS = frozenset({"protest", "demonstration", "rally", "march"})


def _unstaged_protest(noun: Token) -> list[_Ref]:
    """``demonstrations against China`` with no stager named: unnamed protesters
    hold it, at :data:`_GROUP_CONF` times 0.8 (the stance of the protest, not of a named actor)."""
    if noun.lemma_.lower() not in _PROTEST_LEMMAS or noun.pos_ != "NOUN" or (
            noun.lower_ == "protest" and noun.dep_ in {"dobj", "obj"}):
        return []                                 # issued / lodged a protest against X: a statement of its sender
    return [_Ref("protesters", noun.idx, noun.idx + len(noun), _GROUP_CONF * 0.8)]


def _prefixed_group(anchor: Token, head: Token) -> list[_Ref]:
    """``anti-Akayev protesters``: an unnamed group (an ``institution`` noun) named with its ``pro-``/``anti-``
    modifier, as a holder of its own at :data:`_GROUP_CONF` (``protesters`` alone stays another group)."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.i < anchor.i or (
            head.lemma_.lower() not in _INSTITUTION_NOUNS and head.lower_ not in _INSTITUTION_NOUNS):
        return []
    span = head.doc[anchor.i:head.i + 1]
    return [_Ref(span.text.lower(), span.start_char, span.end_char, _GROUP_CONF)]


def _adjective_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``pro-NATO``, ``anti-Russian``, ``loyal to X``, ``critical of X``."""
    word = tok.lower_
    found: list[tuple[str, _Ref]] = []
    anchor = tok
    cue = tok.text
    if word in {"pro", "anti"}:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text == "-" and tok.i + 2 < len(tok.doc):
            ref = ctx.ref(tok.doc[tok.i + 2]) or _surname_ref(tok.doc[tok.i + 2], ctx)
            if ref is not None:
                found.append(("favor" if word == "pro" else "against", ref))
                cue = tok.doc[tok.i:tok.i + 3].text
    elif word.startswith(("pro-", "anti-")):
        prefix, _, rest = word.partition("-")
        if rest:
            ref = ctx.ref(tok)
            if ref is not None:
                found.append(("favor" if prefix == "pro" else "against", ref))
    elif tok.pos_ == "ADJ" or tok.pos_ == "VERB" and (tok.tag_ == "VBN" or tok.dep_ in {"acomp", "amod"}):
        # opposed to X, allied with X (participles); not a finite verb: threatened to close the strait to X
        for (adj, prep), stance in _adjective_cues(word, tok.lemma_.lower()):
            refs = [r for _, p in _pobjs(tok, {prep}) for r in _np_refs(p, ctx)]
            found.extend((stance, r) for r in refs)
            if refs:
                cue = f"{tok.text} {prep}"
    if not found:
        return []
    if anchor.dep_ in {"amod", "compound"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        holders = _np_refs(anchor.head, ctx)
        head = anchor.head
        if not holders and head.pos_ == "NOUN" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN":
            ref = ctx.ref(head.doc[head.i + 1], 0.9)     # the anti-American cleric Moqtada al-Sadr: the name after
            holders = [ref] if ref is not None else []
        if not holders and (word in {"pro", "anti"} or word.startswith(("pro-", "anti-"))):
            holders = _prefixed_group(anchor, head)       # anti-Akayev protesters, pro-Telangana activists
        if not holders and head.dep_ in {"dobj", "obj"} and head.lemma_.lower() in _ACTION_NOUN_LEMMAS and (
                head.head.lemma_.lower() in _STAGING_VERBS | _EXPRESS_VERBS):
            holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(head.head, ctx)]  # held an anti-X rally
        negs = 0
    else:
        verb = anchor.head if anchor.dep_ in {"acomp", "attr", "oprd", "advmod", "amod"} else anchor
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        holders = _subject_refs(verb, ctx)
        if not holders and verb.i == anchor.i:          # was disappointed by X: the passive subject feels it
            holders = [r for c in verb.children if c.dep_ == "nsubjpass" for r in _np_refs(c, ctx)]
        negs, _ = _polarity_and_modality(verb)
        negs += _negations(verb) if verb.i == anchor.i else 0
    if not holders:
        return []
    out = []
    for stance, target in found:
        out.append(_Event(tok, cue, tuple(holders), target, _flip(stance) if negs % 2 else stance,
                          0.8 * (0.9 if negs else 1.0)))
    return out


#: Lemmas of the verbs :func:`_evaluation_events` reads: a copula or *have*, and *do* / *make* of a performance.
EVALUATION_LEMMAS = frozenset({"be", "have", "remain", "seem", "do", "make"})
#: Verbs that raise the subject of their ``to be`` clause (``X's claims turned out to be unfounded``).
_RAISING_VERBS = frozenset({"turn", "prove", "seem", "appear"})
#: How well a job was done (``had done a great job``, ``would make a terrible president``), besides the
#: evaluative adjectives: words too vague to judge an actor alone (``the situation is bad``).
_JOB_QUALITY = {"good": "favor", "great": "favor", "fine": "favor", "fantastic": "favor", "wonderful": "favor",
                "superb": "favor", "excellent": "favor", "terrific": "favor", "outstanding": "favor",
                "poor": "against", "bad": "against", "terrible": "against", "lousy": "against", "awful": "against",
                "horrible": "against", "dreadful": "against", "miserable": "against", "abysmal": "against"}
#: Objects of *make* that judge the subject by themselves (``said X had made a mistake``).
_MISTAKES = frozenset({"mistake", "mistakes", "error", "errors", "blunder", "blunders"})


def _performance(verb: Token) -> tuple[str | None, Token | None]:
    """The verdict of *did a great job* / *would make a terrible president* / *made a mistake*, and its word."""
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj", "attr", "oprd"} and c.pos_ == "NOUN"):
        lemma = obj.lemma_.lower()
        if verb.lemma_ == "make" and lemma in _MISTAKES and not any(
                g.dep_ == "amod" and g.lower_ in {"no", "few"} or g.dep_ == "det" and g.lower_ == "no"
                for g in obj.children):
            return "against", obj
        if verb.lemma_ == "do" and lemma not in {"job", "work"}:
            continue
        for amod in (g for g in obj.children if g.dep_ == "amod"):
            word = amod.lower_
            verdict = _JOB_QUALITY.get(word) or (EVALUATIVE_ADJECTIVES.get(amod.lemma_.lower())
                                                 if verb.lemma_ == "make" else None)
            if verdict is not None:
                return verdict, amod
    return None, None


#: Conjunctions that make an evaluation a condition or a question (``asked why ... if X is a threat``).
_CONDITIONS = frozenset({"if", "whether", "unless"})


#: Verbs (lemmas) of a right to learn or ask (``the right to know``): a claim on information, not approval.
#: Not ``be``: *no longer has any right to be part of the EU* is a verdict (the seed's Rutte -> Hungary row);
#: *the right to be informed / heard* has ``inform`` / ``hear`` as its verb.
_ASKING_RIGHTS = frozenset({"ask", "know", "question", "see", "hear", "learn", "expect", "demand", "inform"})


def _right_to_know(noun: Token) -> bool:
    """``the right to ask whether ...``, ``the right to know``, ``the right to be informed``: no stance.

    Parameters
    ----------
    noun : Token
        The object of *have* (``right``).

    Returns
    -------
    bool
        True when ``noun`` is *right* (not *no right*) with an infinitive of asking or learning.
    """
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False                                     # has no right to demand: against, kept
    return noun.lemma_.lower() == "right" and any(
        c.dep_ in {"acl", "xcomp", "relcl"} and c.lemma_.lower() in _ASKING_RIGHTS
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in noun.children)


def _evaluation_events(tok: Token, ctx: _Context) -> list[_Event]:
    """A predicate about an actor in reported speech: a stance of the speaker towards that actor."""
    if tok.pos_ not in {"AUX", "VERB"} or tok.lemma_ not in EVALUATION_LEMMAS:
        return []
    clause = tok
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _RAISING_VERBS:
        clause = tok.head                                # X's claims turned out to be unfounded: X's claims
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children):
        return []                                        # "if indeed X is a security threat": no verdict
    verdict = None
    cue = None
    if tok.lemma_ in {"do", "make"}:
        verdict, cue = _performance(tok)
    for child in ([] if tok.lemma_ in {"do", "make"} else tok.children):
        if child.dep_ == "xcomp" and child.lemma_ == "blame" and any(g.lower_ == "to" for g in child.children):
            verdict, cue = "against", child              # X was to blame
            continue
        if child.dep_ == "acomp" and child.lemma_.lower() in EVALUATIVE_ADJECTIVES:
            verdict, cue = EVALUATIVE_ADJECTIVES[child.lemma_.lower()], child
        elif child.dep_ == "attr" and (child.pos_ == "NOUN" or child.lower_ == "one"):
            # "Russia is a terrorist state", "Germany is a reliable partner", "X was one of the most popular figures"
            noun = child if child.lower_ != "one" else next((p for _, p in _pobjs(child, {"of"})), child)
            for word in [noun] + [g for g in noun.children if g.dep_ == "amod"]:
                if word.lemma_.lower() in EVALUATIVE_ADJECTIVES:
                    verdict, cue = EVALUATIVE_ADJECTIVES[word.lemma_.lower()], word
        elif tok.lemma_ == "have" and child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in _HAVE_OBJECTS:
            if _right_to_know(child):
                continue                                 # the American people have the right to ask whether ...
            verdict, cue = _HAVE_OBJECTS[child.lemma_.lower()], child
            if any(g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                verdict = _flip(verdict)                 # has no right to
    if verdict is None:
        return []
    # "It's a farce": an "it" judged is mostly a situation, not the organisation last named
    targets = [r for s in subjects for r in _np_refs(s, ctx) if s.lower_ not in _FIRST_PERSON | {"it", "this", "that"}]
    act = not targets
    if act:
        # "These attacks by the PKK are unacceptable": an act judged is its agent judged, more weakly
        targets = [r for s in subjects for r in _act_agents(s, ctx)]
    if not targets:
        return []
    holders: list[_Ref] = []
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS | {"declare"} and not ctx.in_quote(node.head):
        holders = [replace(r, conf=r.conf * 0.9) for r in _subject_refs(node.head, ctx)]
    if not holders and ctx.in_quote(tok):
        holders = _speaker_refs(tok, ctx)
    if not holders:
        holders = _parenthetical_refs(node, ctx)
    if not holders:
        return []
    negs = _negations(tok) + (_negations(clause) if clause.i != tok.i else 0)
    stance = _flip(verdict) if negs % 2 else verdict
    return [_Event(tok, cue.text if negs == 0 else f"{_neg_word(tok)} {cue.text}", tuple(holders), t,
                   stance, 0.6 * (0.8 if act else 1.0)) for t in targets]


def _listed_members(tok: Token, ctx: _Context) -> tuple[list[_Ref], int]:
    """The actors a relation noun lists: ``the supporters of X included Y``, ``Y was among the critics of X``,
    ``among the opponents of X were Y``; none when the verb is negated (``Y was not among ...``: no stance)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "among" else tok.head
    if verb.pos_ not in {"AUX", "VERB"} or verb.lemma_.lower() not in _LISTING_VERBS or not (
            tok.dep_ == "nsubj" and verb.lemma_.lower() == "include" or tok.head.lower_ == "among"):
        return [], 0
    slots = {"dobj", "obj"} if verb.lemma_.lower() == "include" else {"nsubj", "nsubjpass"}
    if _negations(verb):
        return [], 0
    return [replace(r, conf=r.conf * 0.9) for c in verb.children if c.dep_ in slots for r in _np_refs(c, ctx)], 0


def _relation_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X, a critic of Y``; ``X is a close ally of Y``: a relation noun said of X."""
    if tok.pos_ != "NOUN":
        return []
    entry = _cue(tok.lower_, "relation", "of") or _cue(tok.lemma_.lower(), "relation", "of")
    if entry is None or any(c.lower_ in _PAST_MODIFIERS for c in tok.children if c.dep_ in {"amod", "advmod"}):
        return []                                        # a former ally of Y: no longer, and maybe now an enemy
    counsel = tok.lemma_.lower() in _COUNSEL_NOUNS or tok.lower_ in _COUNSEL_NOUNS
    targets = [r for _, p in _pobjs(tok, {"of", "for"} if counsel else {"of"}) for r in _np_refs(p, ctx)
               if not counsel or ctx.types.get(r.actor) not in _NOT_CLIENTS]
    if not targets:
        # Ecuador and its ally Venezuela: the one named (the noun or its apposition) about the possessor
        owners = [r for c in tok.children if c.dep_ == "poss" for r in _np_refs(c, ctx)
                  if not counsel or ctx.types.get(r.actor) not in _NOT_CLIENTS]
        named = ctx.ref(tok) or next((ctx.ref(c) for c in tok.children if c.dep_ == "appos" and ctx.ref(c)), None)
        if not owners and not counsel and tok.dep_ in {"compound", "appos"} and tok.head.pos_ == "PROPN":
            # Kremlin critic Alexei Navalny, Graham, a Donald Trump loyalist: the name about the actor modifier
            owners = [r for c in tok.children if c.dep_ in {"compound", "nmod"} for r in [ctx.ref(c)] if r is not None]
            named = named or ctx.ref(tok.head)
            if named is not None and any(o.actor == named.actor or o.start == named.start for o in owners):
                return []
        if owners and named is not None:
            return [_Event(tok, f"{tok.text}", (named,), t, entry.polarity, 0.7 * entry.strength) for t in owners]
        if owners and named is None:
            # Obama's critics, including McCain; Venezuela is Cuba's closest ally; X, Obama's longtime critic
            holders = [r for m in _members(tok) for r in _np_refs(m, ctx)]
            if not holders and tok.dep_ == "appos":
                holders = _np_refs(tok.head, ctx)
            elif not holders and tok.dep_ in {"attr", "oprd"} and tok.head.pos_ in {"AUX", "VERB"} and not _negations(
                    tok.head):
                holders = _subject_refs(tok.head, ctx)
            return [_Event(tok, f"{tok.text}", tuple(holders), t, entry.polarity, 0.7 * entry.strength)
                    for t in owners] if holders else []
        return []
    members = [r for m in _members(tok) for r in _np_refs(m, ctx)]
    if members:
        # critics of Erdogan, including Gulen: the members named hold it
        holders, negs = members, 0
    elif tok.dep_ == "appos":
        holders = _np_refs(tok.head, ctx)
        negs = 0
    elif tok.dep_ in {"attr", "oprd"} and tok.head.pos_ in {"AUX", "VERB"}:
        verb = tok.head
        holders = _subject_refs(verb, ctx) or [r for c in verb.children if c.dep_ == "nsubjpass"
                                               for r in _np_refs(c, ctx)]
        negs = _negations(verb)
    else:
        holders, negs = _listed_members(tok, ctx)
        if not holders:
            return []
    stance = _flip(entry.polarity) if negs % 2 else entry.polarity
    conf = 0.75 * entry.strength * (0.9 if negs else 1.0)
    return [_Event(tok, f"{tok.text} of", tuple(holders), t, stance, conf) for t in targets]


#: Common nouns that may be capitalised before a hyphen cue (``Government-sponsored``): no name of a backer.
_COMMON_BACKERS = words("institution") | words("group") | words("standing") | {"non", "self", "co", "state", "privately"}


def _hyphen_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``an Iranian-backed militia``: the country or actor before the hyphen backs the noun."""
    first, sep, second = tok.text.rpartition("-")
    if not sep or not first or _cue(second.lower(), "hyphen") is None or tok.dep_ not in {"amod", "compound"}:
        return []
    holder = None
    m = ctx.mention_at(tok)
    if m is not None and m.start >= tok.idx and m.end <= tok.idx + len(first):
        holder = _Ref(m.actor, m.start, m.end, 0.9)
    else:
        country = country_lookup("adjective").get(first) or country_lookup("name").get(first)
        named = ctx.actor_named(country) if country else None
        if named is not None:
            holder = named
        elif country:                                    # a sentence alone: "Iran-backed Hezbollah", Iran named nowhere else
            holder = _Ref(country, tok.idx, tok.idx + len(first), 0.75)
        elif first[:1].isupper() and first.replace(".", "").isalpha() and tok.i > tok.sent.start and (
                first.lower() not in _COMMON_BACKERS):
            holder = _Ref(first, tok.idx, tok.idx + len(first), 0.6)  # the Trump-backed candidate, a name alone
    targets = _np_refs(tok.head, ctx) if holder is not None else []
    if holder is not None and not targets:               # the Trump-backed candidate Kari Lake: the apposed name
        targets = [r for c in tok.head.children if c.dep_ == "appos" for r in _np_refs(c, ctx)]
    return [_Event(tok, tok.text, (holder,), t, _cue(second.lower(), "hyphen").polarity, 0.7) for t in targets]


def _label_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``considered Iran a threat``, ``called X a liar``, ``described X as reliable``: the subject about X."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _LABEL_VERBS:
        return []
    # Hamas is considered a terrorist group by Israel: the passive subject is the one labelled, the agent labels
    # (the "by" phrase often hangs on the label)
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    objects = passive or [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    labels = [c for c in tok.children if c.dep_ in {"oprd", "xcomp", "attr", "acomp"}]
    for small in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"NOUN", "ADJ"}):
        objects += [g for g in small.children if g.dep_ == "nsubj"]   # considered [Iran a threat]
        labels.append(small)
    labels += [g for _, g in _pobjs(tok, {"as"})] + [g for o in objects for _, g in _pobjs(o, {"as"})]
    labels += _as_adjectives(tok)                        # labeled by X as dangerous: the parse hangs the adjective on "as"
    labels += [g for o in objects for g in o.children if g.dep_ == "amod" and g.i > o.i]   # [remarks unacceptable]
    verdict, cue = None, None
    for label in labels:
        for word in [label] + [g for g in label.children if g.dep_ == "amod"]:
            if any(g.dep_ == "neg" for g in word.children):
                continue                                 # found Simpson not guilty: no verdict against him
            if word.lemma_.lower() in EVALUATIVE_ADJECTIVES:
                verdict, cue = EVALUATIVE_ADJECTIVES[word.lemma_.lower()], word
    if verdict is None:
        return []
    targets = [r for o in objects for r in _np_refs(o, ctx)]
    if not targets:                                      # called Putin's remarks unacceptable: about Putin
        targets = [replace(r, conf=r.conf * 0.8) for o in objects if o.lower_ in _SAID_NOUNS
                   for c in o.children if c.dep_ == "poss" for r in _np_refs(c, ctx)]
    if passive:
        holders = [r for v in [tok, *labels] for _, p in _pobjs(v, {"by"}) for r in _np_refs(p, ctx)] if targets else []
    else:
        holders = _subject_refs(tok, ctx) if targets else []
    if not holders:
        return []
    negs, modal = _polarity_and_modality(tok)
    stance = _flip(verdict) if negs % 2 else verdict
    conf = 0.7 * (0.9 if negs else 1.0) * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} ... {cue.text}", tuple(holders), t, stance, conf) for t in targets]


def _as_adjectives(tok: Token) -> list[Token]:
    """Adjectives the parse hangs on the ``as`` of a labelling verb instead of an object (``has been labeled by
    the Malaysian government as dangerous``: ``dangerous`` an ``amod`` of ``as``), the label.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The labelling verb.

    Returns
    -------
    list of spacy.tokens.Token
        The adjectives, in text order (none when ``as`` has a ``pobj``: those are read already).
    """
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and not any(g.dep_ == "pobj" for g in prep.children):
            out += [g for g in prep.children if g.pos_ == "ADJ" and g.dep_ in {"amod", "acomp", "advmod"}]
    return out


def _neg_word(tok: Token) -> str:
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in _NEGATION_WORDS:
            return child.text
        if child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children):
            return f"{[g for g in child.children if g.dep_ == 'neg'][0].text} {child.text}"
    return "not"


_AT_ODDS = frozenset({"odds", "loggerheads", "war"})


#: Plural nouns a copula says two coordinated subjects are to each other (``India and Pakistan are bitter
#: rivals``, ``X and Y remain close allies``): the stance each holds towards the other.
RECIPROCAL_NOUNS = {"rival": "against", "enemy": "against", "foe": "against", "adversary": "against",
                    "opponent": "against", "arch-rival": "against", "archrival": "against", "ally": "favor"}
_ODDS_LEMMAS = frozenset({"be", "remain", "stay", "become"})
#: Adverbs that deny a relation noun (``were barely allies``).
_HARDLY = frozenset({"barely", "hardly", "scarcely"})


def _odds_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``Iran and Israel have long been at odds``, ``X is at war with Y``: against, both ways when reciprocal;
    ``X and Y are bitter rivals`` / ``remain close allies`` (:data:`RECIPROCAL_NOUNS`): both ways."""
    if tok.lemma_ not in _ODDS_LEMMAS:
        return []
    odds = [p for _, p in _pobjs(tok, {"at"}) if p.lower_ in _AT_ODDS] if tok.lemma_ != "become" else []
    if not odds:
        return _mutual_noun_events(tok, ctx)
    others = [r for o in odds for _, p in _pobjs(o, {"with"}) for r in _np_refs(p, ctx)]
    others += [r for _, p in _pobjs(tok, {"with"}) for r in _np_refs(p, ctx)]
    cue = f"at {odds[0].text}"
    if not others:
        return _reciprocal(tok, ctx, "against", cue, 0.8)
    holders = _subject_refs(tok, ctx)
    negs, modal = _polarity_and_modality(tok)
    if not holders or negs:
        return []
    conf = 0.7 * (0.9 if modal else 1.0)
    return [_Event(tok, cue, tuple(holders), t, "against", conf) for t in others] + \
        [_Event(tok, cue, (t,), h, "against", conf * 0.9) for t in others for h in holders]


def _mutual_noun_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``India and Pakistan are bitter rivals``: a copula whose attribute is a plural noun of
    :data:`RECIPROCAL_NOUNS` without an ``of`` phrase (``rivals of X`` is another relation) and whose
    subjects, joined by *and*, are two actors or more: each towards the others (0.8 before
    :func:`_reciprocal`'s 0.75). Not ``the two nations``: the pair named before was a wrong pair on a hold-out."""
    attrs = [c for c in tok.children if c.dep_ == "attr" and c.tag_ == "NNS"
             and RECIPROCAL_NOUNS.get(c.lemma_.lower()) and not _pobjs(c, {"of"})]
    if not any(t.dep_ == "conj" for c in tok.children if c.dep_ == "nsubj" for t in c.subtree):
        return []                                        # "the two nations have been allies": the pair named before
                                                         # is often not the one meant (Wikinews, batch 9)
    if not attrs or _polarity_and_modality(tok)[0] or any(
            c.dep_ == "advmod" and c.lower_ in _HARDLY for t in (tok, attrs[0]) for c in t.children):
        return []                                        # are not / barely allies: no stance either way
    return _reciprocal(tok, ctx, RECIPROCAL_NOUNS[attrs[0].lemma_.lower()], attrs[0].text, 0.8)


#: Verbs that send envoys away or home: ``expelled four diplomats from Britain``, ``recalled its ambassador from X``.
ENVOY_VERBS = frozenset({"expel", "recall", "withdraw", "pull", "summon"})
_DIPLOMAT_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "consul"})


def _envoy_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``Iran recalled its ambassador from Britain``, ``Russia expelled diplomats from Britain``: against the
    actor the envoys are sent away from (the ``from`` phrase on the verb)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ENVOY_VERBS:
        return []
    # diplomats only: a UN that pulled its officials from Iraq for safety takes no stance
    envoys = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _DIPLOMAT_NOUNS]
    if not envoys:
        return []
    targets = [r for v in [tok, *envoys] for _, p in _pobjs(v, {"from"}) for r in _np_refs(p, ctx)]
    holders = _subject_refs(tok, ctx) if targets else []
    if not holders:
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs % 2:
        return []                                        # did not recall its ambassador: no stance either way
    conf = 0.7 * (0.9 if modal else 1.0)
    return [_Event(tok, f"{tok.text} {envoys[0].text} from", tuple(holders), t, "against", conf) for t in targets]
