"""Pronoun resolution: he/she to persons; it/they to organisations, countries and groups.

Every third-person pronoun (tag ``PRP``/``PRP$``) is visited once, in reading
order; earlier resolved pronouns become antecedents of later ones. Antecedents
are looked up in sorted lists with :mod:`bisect` and through a token -> actor
index, so the stage is linear in the length of the article (the look-back is
capped at a few sentences and :data:`MAX_LOOKBACK` mentions).

He/she (``he him his himself she her hers herself``) -> a PERSON actor
------------------------------------------------------------------------
a. A pronoun that is the subject of a clause reported by a speech or thought
   verb (``Orban suggested he would``) refers to that verb's subject, if that
   subject is a person (or a pronoun already resolved).
b. Inside a quotation, a third-person pronoun does not refer to the speaker
   (``“He was always pretty mainstream,” Mr. Grand said``): it takes the
   referent of the previous third-person pronoun inside a quote of the same
   paragraph, otherwise the most recent person mentioned before it who is not
   speaking in that paragraph.
c. Otherwise the most recent person mentioned before the pronoun, in the same
   sentence or up to three sentences back, whose known gender does not
   contradict the pronoun (gender is learned from pronouns already resolved),
   and who is not the subject of the pronoun's own verb when the pronoun is an
   object (``Scholz thanked him``: him is not Scholz).

It/they (``it its itself`` / ``they them their theirs themselves``) -> ORG, GPE, NORP
------------------------------------------------------------------------------------
Rules d-h (pleonastic *it*, agreement, which pronouns, salience, syntactic
constraints, descriptions) are in :mod:`analysis.group_pronouns`; *his
government* (rule h) links a person's pronoun to the person's country there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .antecedents import (MAX_LOOKBACK, SUBJECT_DEPS as _SUBJ, Antecedents, paragraph_index,
                          reported_subject as _reported_subject, sentence_index)
from .group_pronouns import GROUP_PRONOUNS, GROUP_SENTENCES_BACK, GroupPronouns, is_pleonastic, refers_to_thing
from .lexicon import PERSONAL_PRONOUNS, SPEECH_VERBS
from .names import Mention, SpanIndex, TokenTable, first_name_gender

__all__ = ["GROUP_PRONOUNS", "GROUP_SENTENCES_BACK", "MAX_LOOKBACK", "resolve_pronouns", "sentence_index",
           "paragraph_index", "is_pleonastic", "refers_to_thing"]

_PERSON_SENTENCES_BACK = 3


def resolve_pronouns(doc: Doc, mentions: list[Mention], types: dict[str, str], quotes: SpanIndex,
                     sent_of: list[int] | None = None, para_of: list[int] | None = None,
                     table: TokenTable | None = None) -> list[Mention]:
    """Resolve third-person pronouns to actors by the rules of this module.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    mentions : list of Mention
        Name, adjective and description mentions with their actors.
    types : dict
        Actor -> PERSON, ORG, GPE or NORP.
    quotes : SpanIndex
        Quotation spans.
    sent_of, para_of : list of int, optional
        Sentence and paragraph number of every token (computed when omitted).
    table : TokenTable, optional
        The doc's token attributes (computed when omitted).

    Returns
    -------
    list of Mention
        One mention of kind ``pronoun`` per resolved pronoun.
    """
    table = table or TokenTable(doc)
    sent_of = sent_of if sent_of is not None else sentence_index(doc)
    para_of = para_of if para_of is not None else paragraph_index(doc, table)
    person_at: dict[int, str] = {}
    persons = Antecedents([m for m in mentions if types.get(m.actor) == "PERSON"], person_at)
    groups = GroupPronouns(doc, mentions, types, quotes, sent_of, para_of, table, person_at)
    speakers = _speakers_by_paragraph(doc, persons.items, quotes, para_of)
    gender: dict[str, str] = {}
    last_in_quote: dict[int, str] = {}
    resolved: list[Mention] = []

    for i, (tag, text) in enumerate(zip(table.tag, table.text)):
        if tag not in {"PRP", "PRP$"}:
            continue
        low = text.lower()
        if low not in PERSONAL_PRONOUNS and low not in GROUP_PRONOUNS:
            continue
        tok = doc[i]
        if low in PERSONAL_PRONOUNS:
            actor = _resolve_person(tok, PERSONAL_PRONOUNS[low], persons, gender, last_in_quote, speakers,
                                    quotes, sent_of, para_of)
            target = persons
        elif low in GROUP_PRONOUNS:
            actor = groups.resolve(tok)
            target = groups
        else:
            continue
        if actor is None:
            continue
        m = Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, "PRON", "pronoun", actor)
        target.add(m)
        resolved.append(m)
        if target is persons:      # rule h: 'his government ... it' is the person's country
            groups.add_state_noun(tok, actor, persons.items)
    return resolved


def _resolve_person(tok: Token, g: str, persons: Antecedents, gender, last_in_quote, speakers, quotes,
                    sent_of, para_of) -> str | None:
    in_q = quotes.inside(tok.idx, tok.idx + len(tok))
    para = para_of[tok.i]
    excluded: set[str] = set()
    if tok.tag_ == "PRP" and tok.dep_ not in _SUBJ and not tok.lower_.endswith("self"):
        # principle B: 'Scholz thanked him' -- him is not the subject of its own verb
        excluded = {persons.actor_at[c.i] for c in tok.head.children
                    if c.dep_ in _SUBJ and c.i in persons.actor_at}
    candidates = [m for m in persons.before(tok.idx, sent_of[tok.i] - _PERSON_SENTENCES_BACK, sent_of)
                  if gender.get(m.actor, first_name_gender(m.actor) or g) == g and m.actor not in excluded]
    actor = None
    if not in_q:
        actor = _reported_subject(tok, persons.actor_at)
        if actor is None and candidates:
            actor = candidates[0].actor
            if tok.dep_ in _SUBJ and tok.head.dep_ == "ROOT":   # a main-clause subject continues the last subject
                near = sent_of[candidates[0].tok_start]
                for m in candidates:
                    if sent_of[m.tok_start] < near - 1:
                        break
                    if m.kind != "pronoun" and tok.doc[m.tok_start:m.tok_end].root.dep_ in _SUBJ \
                            and not quotes.inside(m.start, m.end):
                        actor = m.actor
                        break
    else:
        actor = last_in_quote.get(para)
        if actor is None:
            outside = [m for m in candidates if m.actor not in speakers.get(para, set())]
            actor = outside[0].actor if outside else None
    if actor is None:
        return None
    gender.setdefault(actor, g)
    if in_q:
        last_in_quote[para] = actor
    return actor


def _speakers_by_paragraph(doc: Doc, persons: list[Mention], quotes: SpanIndex, para_of) -> dict[int, set[str]]:
    """Persons outside quotes who are subjects of a speech verb, per paragraph."""
    out: dict[int, set[str]] = {}
    for m in persons:
        if m.kind == "pronoun" or quotes.inside(m.start, m.end):
            continue
        root = m.span(doc).root
        if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS:
            out.setdefault(para_of[m.tok_start], set()).add(m.actor)
    return out
