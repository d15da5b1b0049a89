"""The word lists of :mod:`analysis.stance`, read from ``analysis/data``.

Two CSV files (CC0, written for this package; see ``analysis/data/README.md``):

``stance_lexicon.csv``
    The cues: one row per ``(lemma, pos, prep)`` with its ``polarity``
    (``favor`` or ``against``), ``strength`` (0-1, how explicit the cue is;
    multiplied into a row's confidence) and ``frame`` (``support``,
    ``oppose``, ``praise``, ``blame``, ``accuse``, ``attack``, ``sanction``,
    ``threaten``, ``ally``, ``cooperate``, ``aid``, ``recognize``,
    ``negotiate``, ``transfer``, ``defense``, ``ties``, ``remove``: a noun
    whose possessor undergoes it, ``Saddam's overthrow``). ``pos`` is
    ``verb`` (direct
    object is the target, or the ``prep`` phrase when ``prep`` is set),
    ``phrasal`` (a verb whose particle, in ``prep``, makes the cue, the
    direct object being the target: ``turned on X``, ``called out X``),
    ``noun`` (a nominalisation: ``criticism of``), ``adj`` (``critical of``),
    ``evaluation`` (a predicate adjective or noun said of an actor in
    reported speech: ``X is reliable``, ``X is a threat``), ``have`` (an
    object of ``have`` said of an actor: ``X has no right``), ``relation`` (a
    noun of a relation to the ``prep`` phrase: ``a critic of X``,
    ``a close ally of X``), ``hyphen`` (the second half of ``Iranian-backed``)
    ``aid`` (a noun that makes a transfer verb an act of support: ``sent
    weapons to``) or ``judged`` (a verb that, reported, judges its own
    subject: ``"Japan should stop lying"``; ``polarity`` is the reporter's
    stance towards that subject).
``stance_roles.csv``
    Grammatical helper lists, one ``(word, role)`` per row; the roles are
    described in :data:`ROLES`.

Examples
--------
>>> from analysis.stance_lexicon import cue
>>> cue("condemn", "verb").polarity
'against'
>>> cue("ally", "verb", "with").frame
'ally'
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
from typing import NamedTuple

__all__ = ["Cue", "ROLES", "lexicon", "cue", "words", "cue_words"]

#: The roles of ``stance_roles.csv`` and what they mean.
ROLES = {
    "express": "verb whose subject expresses the noun it takes (voiced criticism of X)",
    "receive": "verb whose subject receives the noun it takes (secured support from X; faced criticism)",
    "cause": "verb whose subject causes the reaction noun it takes (sparking concern from X)",
    "end": "verb that ends the act its object names (withdrew support for X): flips the stance",
    "adopt": "verb that takes over a message's content (echoed NATO's message that ...)",
    "message": "noun whose clause is someone's message (NATO's message that ...)",
    "container": "noun whose of-phrase names the act it carries (a statement of support for X)",
    "standing": "noun that stands for its owner (Rutte's candidacy -> Rutte, the Trump administration)",
    "owned": "noun that stands for its possessor only (criticised Obama's decision -> Obama; not the abortion ban)",
    "carrier": "standing noun whose clause passes its stance on (efforts to send aid to X)",
    "group": "group noun that stands for the actor in its modifier (NATO allies, Russian troops)",
    "abstract": "noun through whose of-phrase a target is reached (the freedom of the Ukrainian people)",
    "negative_control": "control verb that negates its complement (refused to support X)",
    "negative_evaluation": "adjective that turns a judged stance around (supporting X is a mistake)",
    "victim": "verb of suffering: its subject is a target, never a holder",
    "label": "verb that labels its object (considered X a threat, called X a liar)",
    "raising": "passive verb that lends its subject to its complement (X is believed to have killed Y)",
    "ties_up": "verb that makes ties or relations with X an act of favor (restored ties with X)",
    "institution": "common noun that is an actor of its own when no named actor stands for it (the union, protesters)",
    "resident": "people of a place, an unnamed group named with the place (Bishkek residents), not the place itself",
    "bad_cause": "noun of a cause nobody backs openly (terrorism, extremists): backing it, reported, is blamed",
    "cause_support": "verb or noun of backing a cause (support, fund, harbour, sponsor of)",
    "dealings": "noun of trade or contact that an ending verb stops (suspended sales to X, froze deals with X)",
    "pact": "noun of an agreement made with X: a neutral dealing, no favor row (only its ending or refusal is against)",
    "deny": "verb that denies the clause or claim it governs (denied that X attacked Y, doubted that, rebutted claims that)",
}


class Cue(NamedTuple):
    """One row of ``stance_lexicon.csv``."""

    lemma: str
    pos: str
    prep: str
    polarity: str
    strength: float
    frame: str


def _read(name: str) -> list[dict]:
    path = importlib.resources.files("analysis") / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str, str], Cue]:
    """All cues, keyed by ``(lemma, pos, prep)`` (``prep`` is ``""`` for a direct object).

    Returns
    -------
    dict
        ``(lemma, pos, prep) -> Cue``.
    """
    out = {}
    for row in _read("stance_lexicon.csv"):
        c = Cue(row["lemma"], row["pos"], row["prep"], row["polarity"], float(row["strength"]), row["frame"])
        if c.polarity not in {"favor", "against"} or not 0 < c.strength <= 1:
            raise ValueError(f"bad stance lexicon row: {row}")
        out[(c.lemma, c.pos, c.prep)] = c
    return out


def cue(lemma: str, pos: str, prep: str = "") -> Cue | None:
    """The cue for a lemma, part of speech and preposition, or None."""
    return lexicon().get((lemma, pos, prep))


@functools.lru_cache(maxsize=None)
def cue_words(pos: str, *, prep: bool = False) -> frozenset:
    """Lemmas of one part of speech (with a preposition when ``prep``; without otherwise)."""
    return frozenset(c.lemma for c in lexicon().values() if c.pos == pos and bool(c.prep) == prep)


@functools.lru_cache(maxsize=None)
def preposition_cues(pos: str) -> dict[str, list[Cue]]:
    """``lemma -> [Cue, ...]`` for the cues of ``pos`` that take a preposition."""
    out: dict[str, list[Cue]] = {}
    for c in lexicon().values():
        if c.pos == pos and c.prep:
            out.setdefault(c.lemma, []).append(c)
    return out


@functools.lru_cache(maxsize=None)
def words(role: str) -> frozenset:
    """The words of one role of ``stance_roles.csv`` (see :data:`ROLES`)."""
    if role not in ROLES:
        raise KeyError(f"unknown role {role!r}; known: {sorted(ROLES)}")
    return frozenset(r["word"] for r in _read("stance_roles.csv") if r["role"] == role)
