"""A weak fallback of :mod:`analysis.stance`: a verb the stance lexicon lacks, signed by its VADER valence.

A rule of :mod:`analysis.stance` (issue 12, item 2 of the sixth round). A
verb linking two actors -- an actor subject and an actor direct object, or
an actor in the phrase of one of :data:`PREPOSITIONS` hung on the verb or on
its particle (``sneered at X``) -- whose lemma is not a cue of the lexicon
(``analysis/data/stance_lexicon.csv``) but whose VADER valence (the
MIT-licensed ``vader_lexicon.txt`` of :func:`analysis.sentiment.vader_analyzer`)
is at least :data:`THRESHOLD` away from zero gives a stance of that sign:
``X adores Y`` favor, ``X loathes Y`` against. It is weak evidence: confidence
:data:`CONFIDENCE` (0.9 of it under a modal), and no row when negated, passive
or when the verb is one of :data:`NOT_STANCE` (winning or losing against
someone, suffering, fearing, missing: a valence of the event, not of an
attitude to the object).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .stance_context import _Context, _Event, _np_refs, _polarity_and_modality, _pobjs, _subject_refs
from .stance_lexicon import lexicon

__all__ = ["CONFIDENCE", "NOT_STANCE", "PREPOSITIONS", "THRESHOLD", "valence_events", "valence_verbs"]

#: Smallest absolute VADER valence (the lexicon's scale runs from -4 to 4) that signs a verb.
THRESHOLD = 1.5
#: Confidence of a row of this rule (a cue of the lexicon with named actors scores 0.9).
CONFIDENCE = 0.4
#: Prepositions whose object a valence verb is directed at (``smiled on X``, ``sneered at X``).
PREPOSITIONS = frozenset({"at", "on", "against", "toward", "towards", "upon"})
#: Verbs whose valence is that of an event or of the subject's own state, not of an attitude to the object
#: (``Joe Biden won Pennsylvania``, ``Spain lost to Italy``, ``Israel feared Iran``, ``X missed Y``).
NOT_STANCE = frozenset({
    "win", "lose", "beat", "defeat", "triumph", "prevail", "succeed", "fail", "miss", "suffer", "die",
    "fear", "worry", "dread", "panic", "cry", "mourn", "grieve", "lead", "join", "pray", "kiss", "hug",
    "bless", "please", "amuse", "entertain", "surprise", "shock", "stun", "alarm", "scare", "frighten",
    "terrify", "bore", "excite", "thrill", "inspire", "impress", "relieve", "comfort", "cure", "heal", "treat",
    "save", "free", "share", "offer", "escape", "survive", "rank", "top", "dominate", "share", "ease",
    "celebrate", "enjoy", "like", "prefer", "want", "wish", "hope", "care", "need", "charm", "kill",
})


@functools.lru_cache(maxsize=1)
def valence_verbs() -> dict[str, float]:
    """``lemma -> VADER valence`` of the words this rule may sign: clear valence, no cue of the stance lexicon.

    Returns
    -------
    dict
        Lower-case words of ``vader_lexicon.txt`` with ``abs(valence) >= THRESHOLD`` that are neither a cue
        of :func:`analysis.stance_lexicon.lexicon` (any part of speech) nor in :data:`NOT_STANCE`.
    """
    from .sentiment import vader_analyzer

    cues = {c.lemma for c in lexicon().values()}
    return {w: v for w, v in vader_analyzer().lexicon.items()
            if abs(v) >= THRESHOLD and w.isalpha() and w not in cues and w not in NOT_STANCE}


def valence_events(tok: Token, ctx: _Context) -> list[_Event]:
    """``X adores Y``, ``X loathes Y``, ``X sneered at Y``: X favor / against Y at :data:`CONFIDENCE`."""
    lemma = tok.lemma_.lower()
    valence = valence_verbs().get(lemma)
    if valence is None or tok.pos_ != "VERB" or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return []
    negs, modal = _polarity_and_modality(tok)
    if negs:
        return []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    phrases = _pobjs(tok, PREPOSITIONS) + [pp for c in tok.children if c.dep_ == "prt" for pp in _pobjs(c, PREPOSITIONS)]
    targets = [r for o in objects + [p for _, p in phrases] for r in _np_refs(o, ctx)]
    if not targets:
        return []
    holders = tuple(_subject_refs(tok, ctx))
    if not holders:
        return []
    stance = "favor" if valence > 0 else "against"
    conf = CONFIDENCE * (0.9 if modal else 1.0)
    return [_Event(tok, tok.text, holders, t, stance, conf) for t in targets]
