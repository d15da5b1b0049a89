"""Antecedent bookkeeping shared by the pronoun resolvers.

:class:`Antecedents` keeps an article's mentions sorted by position with a
token -> actor index, so that :mod:`analysis.pronouns` (he/she) and
:mod:`analysis.group_pronouns` (it/they) look candidates up with
:mod:`bisect`; :func:`sentence_index` and :func:`paragraph_index` number the
tokens; :func:`reported_subject` finds the subject of the speech or thought
verb that reports a pronoun's clause (*Orban suggested he would*, *Iran
signalled it would*); :class:`Joint` is the actor of a pronoun that refers to
several coordinated actors at once (*Russia and China ... they*).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from .lexicon import SPEECH_VERBS
from .names import Mention, TokenTable

__all__ = ["JOINT_SEP", "MAX_LOOKBACK", "SUBJECT_DEPS", "THINK_VERBS", "Antecedents", "Joint", "joint_members",
           "sentence_index", "paragraph_index", "reported_subject"]

#: Largest number of earlier mentions looked at for one pronoun.
MAX_LOOKBACK = 60

#: Dependency labels of a clause subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Verbs that report a clause (speech and thought).
THINK_VERBS = SPEECH_VERBS | {"think", "believe", "hope", "expect", "know", "find", "feel", "decide"}


#: Separator of the members in the ``joint_actors`` column of the mentions table.
JOINT_SEP = ";"


class Joint(str):
    """A joint referent: the first-named member's actor name, with every member in ``members``.

    *Russia and China said they*: the pronoun has one mention row whose
    ``actor`` is the first-named member (what a reader or a one-actor scorer
    expects) and whose ``joint_actors`` column lists all members. Being a
    ``str``, a Joint compares, hashes and prints as that first member, so
    code that reads one actor per mention keeps working.

    Parameters
    ----------
    members : sequence of str
        The distinct actors, in text order (at least two).
    """

    members: tuple[str, ...]

    def __new__(cls, members):
        members = tuple(dict.fromkeys(members))
        obj = super().__new__(cls, members[0])
        obj.members = members
        return obj

    def __reduce__(self):
        return (Joint, (self.members,))


def joint_members(actor) -> tuple[str, ...]:
    """The members of a :class:`Joint` actor; ``()`` for a plain actor name."""
    return tuple(getattr(actor, "members", ()))


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (one pass over ``doc.sents``)."""
    out = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = k
    return out


def paragraph_index(doc: Doc, table: TokenTable | None = None) -> list[int]:
    """Paragraph number of every token (a white-space token with a newline ends one)."""
    table = table or TokenTable(doc)
    para, out = 0, [0] * len(doc)
    for i, (text, space) in enumerate(zip(table.text, table.is_space)):
        out[i] = para
        if space and "\n" in text:
            para += 1
    return out


class Antecedents:
    """Mentions sorted by position, with a token -> actor index.

    Parameters
    ----------
    mentions : iterable of Mention
        The antecedents known before resolution starts.
    actor_at : dict
        Token index -> actor; filled with the tokens of ``mentions`` (and of
        every mention added later, by its first token). Shared with the caller.
    """

    def __init__(self, mentions, actor_at: dict[int, str]):
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.actor_at = actor_at
        for m in self.items:
            for i in range(m.tok_start, m.tok_end):
                actor_at.setdefault(i, m.actor)

    def add(self, m: Mention) -> None:
        k = bisect.bisect_right(self.starts, m.start)
        self.starts.insert(k, m.start)
        self.items.insert(k, m)
        self.actor_at[m.tok_start] = m.actor

    def before(self, pos: int, first_sent: int, sent_of: list[int]):
        """Mentions starting before `pos`, most recent first, back to sentence `first_sent`."""
        k = bisect.bisect_left(self.starts, pos) - 1
        stop = max(k - MAX_LOOKBACK, -1)
        while k > stop and sent_of[self.items[k].tok_start] >= first_sent:
            yield self.items[k]
            k -= 1


def reported_subject(tok: Token, actor_at: dict[int, str]) -> str | None:
    """The actor that is the subject of the speech or thought verb reporting ``tok``'s clause, or None.

    ``tok`` must be the subject of a clause complement (``ccomp``, ``advcl``,
    ``xcomp``, through conjuncts) of a verb of :data:`THINK_VERBS`; the
    verb's ``nsubj`` must be in ``actor_at``.
    """
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "advcl", "xcomp"}:
        return None
    verb = clause.head
    if verb.lemma_ not in THINK_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i in actor_at:
            return actor_at[child.i]
    return None
