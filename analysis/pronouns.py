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
   subject is a person (or a pronoun already resolved) of the same gender; if
   the reporter is an unnamed person (*a witness said he*,
   :data:`UNNAMED_PERSON_NOUNS`) the pronoun is left unresolved. An editor's
   name in brackets right after the pronoun (*suspend him [Mugabe]*) wins.
b. Inside a quotation, a third-person pronoun does not refer to the speaker
   (``“He was always pretty mainstream,” Mr. Grand said``): it takes the
   referent of the previous third-person pronoun inside a quote of the same
   paragraph, otherwise the most recent person mentioned before it who is not
   speaking in that paragraph. The attribution after a quote (*"...," he
   said*) does not refer to a person named inside the quote, and its
   look-back counts from the sentence where the quote began, however many
   sentences the quote holds. A pronoun that introduces a quotation (*he
   stated, "..."*), once resolved, is a speaker of its paragraph too.
c. Clause structure: *his/her* in a participial adjunct without a subject
   (*Musharraf met Brown, reassuring his host*) and on the direct object of a
   verb (*Dell added ... and justified his comments*) refer to the verb's
   person subject; a pronoun in a phrase fronted before a named person subject
   (*In his speech, Sarkozy claimed*, *After he won, Smith ...*) refers to that
   subject when nobody is named earlier in the sentence (cataphora).
   Otherwise the most recent person mentioned before the pronoun, in the same
   sentence or up to three sentences back, whose gender does not contradict
   the pronoun, and who is not the subject of the pronoun's own verb when the
   pronoun is an object (``Scholz thanked him``: him is not Scholz); a
   main-clause subject pronoun prefers the most recent named subject, and
   when that subject is of a clause reported by a named person, the reporter
   (*Chavez said that Jintao agreed ... He is also discussing*). A
   phrase that contains the pronoun is no antecedent (*his wife* is not *he*).
   Gender comes first from the text (a listed first name, or a title before a
   name: *Mr*, *Ms.*, *Queen*, :data:`GENDER_TITLES`), else from the first
   pronoun resolved to the person.

It/they (``it its itself`` / ``they them their theirs themselves``) -> ORG, GPE, NORP
------------------------------------------------------------------------------------
Rules d-h (pleonastic *it*, agreement, which pronouns, salience, syntactic
constraints, descriptions) are in :mod:`analysis.group_pronouns`; *his
government* (rule h) links a person's pronoun to the person's country there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .antecedents import (MAX_LOOKBACK, SUBJECT_DEPS as _SUBJ, THINK_VERBS, Antecedents, paragraph_index,
                          reported_subject as _reported_subject, sentence_index)
from .doc_text import doc_text
from .group_pronouns import (GROUP_PRONOUNS, GROUP_SENTENCES_BACK, GroupPronouns, bracketed_note, is_pleonastic,
                             refers_to_thing)
from .lexicon import PERSONAL_PRONOUNS, SPEECH_VERBS
from .names import Mention, SpanIndex, TokenTable, first_name_gender

__all__ = ["GENDER_TITLES", "GROUP_PRONOUNS", "GROUP_SENTENCES_BACK", "MAX_LOOKBACK", "UNNAMED_PERSON_NOUNS",
           "resolve_pronouns", "sentence_index", "paragraph_index", "is_pleonastic", "refers_to_thing"]

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
    gender: dict[str, str] = _fixed_genders(doc, persons.items, table.text)
    fixed = set(gender)
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
            if actor is not None and actor not in fixed:
                gender.setdefault(actor, PERSONAL_PRONOUNS[low])
            if actor is not None and _speaks(tok, quotes):
                # 'he stated, "... If he argues that he won ..."': a speaker named by a pronoun is not
                # the referent of the third-person pronouns he quotes either (rule b)
                speakers.setdefault(para_of[i], set()).add(actor)
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


#: Words before a name that tell the person's gender (compared in lower case, without a final period).
GENDER_TITLES = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "monsieur": "m", "father": "m", "brother": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "lady": "f", "dame": "f", "queen": "f",
    "princess": "f", "sister": "f",
}


def _fixed_genders(doc: Doc, persons: list[Mention], words: list[str] | None = None) -> dict[str, str]:
    """Gender of persons known from the text itself, not from pronouns.

    A listed first name (:func:`analysis.names.first_name_gender`) or a
    gendered title right before one of the person's names (*Mr Rudd*, *Mrs.
    Clinton*, *Queen Elizabeth*, :data:`GENDER_TITLES`). When the evidence
    disagrees the person gets no fixed gender. ``words``: the text of every
    token (:attr:`TokenTable.text`, read instead of Token objects).
    """
    words = words if words is not None else [t.text for t in doc]
    text = doc_text(doc)
    seen: dict[str, set[str]] = {}
    for m in persons:
        if m.kind != "name":
            continue
        found = seen.setdefault(m.actor, set())
        g = first_name_gender(m.actor)
        if g:
            found.add(g)
        k = m.tok_start - 1
        if k >= 0 and words[k] == ".":
            k -= 1
        before = [words[k].lower().rstrip(".")] if k >= 0 else []     # Token.lower_ is text.lower()
        # the mention's characters are its tokens' text (Span.text): its first word
        before += [w.lower().rstrip(".") for w in text[m.start:m.end].split()[:1]]
        found.update(GENDER_TITLES[w] for w in before if w in GENDER_TITLES)
    return {a: g.pop() for a, g in seen.items() if len(g) == 1}


def _agrees(actor: str, g: str, gender: dict[str, str]) -> bool:
    return gender.get(actor, g) == g


def _resolve_person(tok: Token, g: str, persons: Antecedents, gender, last_in_quote, speakers, quotes,
                    sent_of, para_of) -> str | None:
    in_q = quotes.inside(tok.idx, tok.idx + len(tok)) and not _editor_bracketed(tok)
    para = para_of[tok.i]
    excluded: set[str] = set()
    if tok.tag_ == "PRP" and tok.dep_ not in _SUBJ and not tok.lower_.endswith("self"):
        # principle B: 'Scholz thanked him' -- him is not the subject of its own verb
        excluded = {persons.actor_at[c.i] for c in tok.head.children
                    if c.dep_ in _SUBJ and c.i in persons.actor_at}
    # a phrase that contains the pronoun is not its antecedent ('his wife' is not he)
    candidates = [m for m in persons.before(tok.idx, sent_of[tok.i] - _PERSON_SENTENCES_BACK, sent_of)
                  if _agrees(m.actor, g, gender) and m.actor not in excluded and m.end <= tok.idx]
    actor = _bracketed_name(tok, g, persons, gender)
    if actor is not None:
        pass
    elif not in_q:
        if _reported_by_unnamed(tok, persons.actor_at):
            return None        # 'a witness said he saw ...': an unnamed person, not the last one named
        actor = _reported_subject(tok, persons.actor_at)
        if actor is not None and not _agrees(actor, g, gender):
            actor = None
        if actor is None:
            actor = _adjunct_subject(tok, g, persons, gender) or _cataphor(tok, g, persons, gender, quotes, sent_of) \
                or _object_owner(tok, g, persons, gender)
        if actor is None and _is_attribution(tok, quotes):
            # '"...," he said': the speaker is not someone named inside the quotation; after a quotation
            # of several sentences the look-back counts from the sentence where the quotation began
            first = sent_of[_quote_start(tok, quotes)]
            candidates = [m for m in persons.before(tok.idx, min(first, sent_of[tok.i]) - _PERSON_SENTENCES_BACK,
                                                    sent_of)
                          if _agrees(m.actor, g, gender) and m.actor not in excluded and m.end <= tok.idx
                          and not quotes.inside(m.start, m.end)]
        if actor is None and candidates:
            actor = candidates[0].actor
            if tok.dep_ in _SUBJ and tok.head.dep_ == "ROOT":   # a main-clause subject continues the last subject
                near = sent_of[candidates[0].tok_start]
                for m in candidates:
                    if sent_of[m.tok_start] < near - 1:
                        break
                    if m.kind != "pronoun" and tok.doc[m.tok_start:m.tok_end].root.dep_ in _SUBJ \
                            and not quotes.inside(m.start, m.end):
                        actor = _reporter(tok.doc[m.tok_start:m.tok_end].root, g, persons, gender) or m.actor
                        break
    else:
        actor = last_in_quote.get(para)
        if actor is None:
            outside = [m for m in candidates if m.actor not in speakers.get(para, set())]
            actor = outside[0].actor if outside else None
    if actor is None:
        return None
    if in_q:
        last_in_quote[para] = actor
    return actor


#: Nouns for a person the article does not name (*a witness said he ...*).
UNNAMED_PERSON_NOUNS = frozenset("""
    man woman boy girl child witness resident policeman policewoman officer soldier driver passenger spokesman
    spokeswoman spokesperson source neighbour neighbor victim survivor student teacher doctor nurse worker
    employee farmer fan customer owner shopkeeper guard eyewitness relative father mother son daughter
    """.split())


def _reported_by_unnamed(tok: Token, actor_at) -> bool:
    """``tok`` is the subject of a clause reported by an unnamed person (*a policeman said he ...*)."""
    if tok.dep_ not in _SUBJ:
        return False
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "advcl", "xcomp"} or clause.head.lemma_ not in THINK_VERBS:
        return False
    for c in clause.head.children:
        if c.dep_ == "nsubj":
            return c.tag_ == "NN" and c.i not in actor_at and c.lemma_.lower() in UNNAMED_PERSON_NOUNS \
                and not any(k.i in actor_at for k in c.subtree)
    return False


def _editor_bracketed(tok: Token) -> bool:
    """The pronoun alone in square brackets (*"follow [her] heart"*): an editor's word, not the speaker's.

    Inside a quotation it stands for the speaker's own *my/me/I* or names
    someone in the narrator's voice, so it is resolved as a pronoun outside
    the quotation is.
    """
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "[" and doc[tok.i + 1].text == "]"


def _bracketed_name(tok: Token, g: str, persons: Antecedents, gender) -> str | None:
    """An editor's name in brackets right after the pronoun: *suspend him [Mugabe]*.

    The note is read as :func:`analysis.group_pronouns.bracketed_note` reads it for *it/they*;
    a note naming no person, several or one of the other gender gives None (the other rules go on).
    """
    actor = bracketed_note(tok, persons.actor_at)
    return actor if actor and _agrees(actor, g, gender) else None


def _subject_person(verb: Token, g: str, persons: Antecedents, gender) -> str | None:
    """The person (name or resolved pronoun) that is ``verb``'s ``nsubj``, if its gender agrees."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i in persons.actor_at:
            actor = persons.actor_at[c.i]
            return actor if _agrees(actor, g, gender) else None
    return None


def _adjunct_subject(tok: Token, g: str, persons: Antecedents, gender) -> str | None:
    """*his/her* in a participial adjunct without a subject is its clause's subject.

    *Musharraf met Gordon Brown, reassuring his host*: the adjunct's understood
    subject is the main clause's subject (Musharraf), so *his* is too.
    """
    if tok.tag_ != "PRP$":
        return None
    clause = tok.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
        clause = clause.head
    if clause.tag_ != "VBG" or clause.dep_ != "advcl" or any(c.dep_ in _SUBJ for c in clause.children):
        return None
    return _subject_person(clause.head, g, persons, gender)


#: Verbs whose person subject a following *he* continues (not *suggest*, *show*: an exit poll suggested ...).
_SAYING_VERBS = frozenset({"say", "tell", "claim", "state", "announce", "insist", "argue", "add", "explain",
                           "assert", "declare", "admit", "deny", "confirm", "warn", "reply", "write"})


def _reporter(subject: Token, g: str, persons: Antecedents, gender) -> str | None:
    """The named person who reports the clause of ``subject``: *Chavez said that Jintao agreed to
    support the bid. He is also discussing ...*: a main-clause *he* continues the reporter, not the
    subject of the reported clause."""
    clause = subject.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in _SAYING_VERBS or clause.head.dep_ != "ROOT":
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i not in persons.actor_at or reporter.pos_ == "PRON":
        return None
    actor = persons.actor_at[reporter.i]
    return actor if _agrees(actor, g, gender) and actor != persons.actor_at.get(subject.i) else None


def _is_attribution(tok: Token, quotes) -> bool:
    """``tok`` is the subject of a speech verb after a quotation in its sentence (*"...," he said*)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_VERBS:
        return False
    return any(quotes.inside(t.idx, t.idx + len(t)) for t in tok.doc[tok.sent.start:tok.i])


def _quote_start(tok: Token, quotes) -> int:
    """The first token of the quotation (over any number of sentences) that ends before ``tok``'s
    attribution clause: *"It's a perfect fit. ... It's a very exciting time," he said*."""
    doc = tok.doc
    k = tok.sent.start - 1
    while k >= 0 and (quotes.inside(doc[k].idx, doc[k].idx + len(doc[k])) or doc[k].is_punct
                      or doc[k].is_space and "\n" not in doc[k].text):
        k -= 1
    return min(k + 1, tok.i)


def _object_owner(tok: Token, g: str, persons: Antecedents, gender) -> str | None:
    """*his/her* on the direct object of a verb is the verb's person subject.

    *Dell added that ... and justified his comments*: the subject may be
    shared with an earlier conjoined verb. Not when the verb has another
    person as object or dative (*told Jones his plans*).
    """
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.i in persons.actor_at for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"} and c.i < tok.i):
        return None
    return _subject_person(verb, g, persons, gender)


def _cataphor(tok: Token, g: str, persons: Antecedents, gender, quotes, sent_of) -> str | None:
    """A pronoun in a phrase fronted before its sentence's person subject refers to that subject.

    *After he won, Smith ...*, *In his speech, Sarkozy claimed ...*: the
    pronoun is in an adverbial clause or prepositional phrase of the main verb
    that ends before the subject, no person is named earlier in the sentence,
    and the subject is a named person outside quotes.
    """
    doc = tok.doc
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJ), None)
    if subject is None or subject.i < tok.i or subject.i not in persons.actor_at:
        return None
    fronted = next((c for c in root.children if c.i < subject.i and c.dep_ in {"advcl", "prep"}
                    and c.left_edge.i <= tok.i <= c.right_edge.i), None)
    if fronted is None or fronted.right_edge.i >= subject.left_edge.i:
        return None
    if any(k in persons.actor_at for k in range(tok.sent.start, tok.i)):
        return None
    m = next((m for m in persons.items if m.tok_start <= subject.i < m.tok_end), None)
    if m is None or m.kind != "name" or quotes.inside(m.start, m.end):
        return None
    return m.actor if _agrees(m.actor, g, gender) else None


def _speaks(tok: Token, quotes: SpanIndex) -> bool:
    """``tok`` (outside quotes) is the subject of a speech verb that a quotation follows in its
    sentence: *he stated, "..."* (not *he denied this*)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_VERBS or quotes.inside(tok.idx, tok.idx + len(tok)):
        return False
    return any(quotes.inside(t.idx, t.idx + len(t)) for t in tok.doc[tok.head.i + 1:tok.sent.end])


def _speakers_by_paragraph(doc: Doc, persons: list[Mention], quotes: SpanIndex, para_of) -> dict[int, set[str]]:
    """Persons outside quotes who are subjects of a speech verb, per paragraph."""
    out: dict[int, set[str]] = {}
    for m in persons:
        if m.kind == "pronoun" or quotes.inside(m.start, m.end):
            continue
        root = m.span(doc).root
        if root.dep_ == "nsubj" and (root.head.lemma_ in SPEECH_VERBS or _speech_adjunct(root.head)):
            out.setdefault(para_of[m.tok_start], set()).add(m.actor)
    return out


def _speech_adjunct(verb: Token) -> bool:
    """``verb`` has a subjectless participle of speech: *Costello seized on it, claiming that "..."*."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_ in SPEECH_VERBS
               and not any(k.dep_ in _SUBJ for k in c.children) for c in verb.children)
