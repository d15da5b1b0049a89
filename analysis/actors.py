"""Actors: named entities, resolved into canonical actors with all their mentions.

The rules, in the order they apply (each is a small function below):

1. **Names.** spaCy entities of type PERSON, ORG, GPE and NORP are the
   candidate names. A leading ``the`` and titles (``Mr``, ``President``,
   ``Prime Minister``, a country adjective before a title, as in ``Romanian
   President``) are not part of a name.
2. **Countries.** A name, adjective (``Dutch``) or capital city (``Moscow``)
   listed in ``data/countries.csv`` is a mention of the country. Adjectives
   are mentions of kind ``adjective``; a capital counts only where it acts
   (subject, possessor), not where it is a place (``the summit in
   Washington``). A place name that is not a country is dropped where it
   follows a locative preposition (``in Brussels``). A word inside a larger
   name (``Dutch News``) is never the country.
3. **One actor, many names.** A surname (``Rutte``, ``Mr. Rutte``) joins the
   full name that ends with it (the nearest one before it when several do); an
   acronym (``EU``) joins the multi-word name whose initials it spells; middle
   initials are dropped from the canonical name (``Vladimir V Putin`` ->
   ``Vladimir Putin``).
4. **Type by vote.** An actor is a PERSON if any of its names is a
   multi-word PERSON entity; otherwise the most frequent entity label of its
   names wins (ties: PERSON, ORG, GPE, NORP).
5. **Second pass.** Every name form of an actor found by the steps above is
   searched again in the whole text (case-sensitive, whole tokens), which
   finds the mentions the tagger missed.
6. **Descriptions.** A common-noun apposition to a name (``Camille Grand,
   former deputy secretary general of NATO``) is a ``description`` mention
   of that actor.
7. **Pronouns** (he/him/his/himself, she/her/hers/herself) resolve to a person
   by :func:`resolve_pronouns`'s documented rule.
8. **User table.** An optional table ``(actor, alias)`` renames or merges
   actors (``alias`` is a canonical name or a surface form), adds aliases to
   search in the text, or drops an actor (empty ``actor``).
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from dataclasses import dataclass, replace

import pandas as pd
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .gazetteer import country_lookup
from .lexicon import HONORIFICS, LOCATIVE_PREPOSITIONS, PERSONAL_PRONOUNS, SPEECH_VERBS, TITLES
from .quotes import inside, quotation_spans

__all__ = ["ACTOR_LABELS", "MENTION_COLUMNS", "find_mentions", "read_actor_table"]

#: spaCy entity labels that can name an actor.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")

#: Columns of the ``mentions`` table.
MENTION_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "kind", "in_quote"]

_LABEL_RANK = {label: i for i, label in enumerate(ACTOR_LABELS)}
_INITIAL = re.compile(r"^[A-Z]\.?$")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


@dataclass(frozen=True)
class _Mention:
    start: int          # character offsets into the text
    end: int
    tok_start: int      # token offsets into the spaCy doc
    tok_end: int
    label: str          # spaCy label, or PRON
    kind: str           # name, adjective, description, pronoun
    actor: str | None = None

    def span(self, doc: Doc) -> Span:
        return doc[self.tok_start:self.tok_end]


# ---------------------------------------------------------------- helpers

def _norm(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


def _is_title(token: Token) -> bool:
    return _norm(token.text) in TITLES


def _strip_name(tokens: list[Token], label: str) -> list[Token]:
    """Drop determiners, titles, a leading country adjective and a trailing possessive."""
    adjectives = country_lookup("adjective")
    while tokens and tokens[-1].text.replace("’", "'") in {"'s", "'"}:
        tokens = tokens[:-1]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        first = tokens[0]
        if first.lower_ == "the" and (first.text == "the" or first.is_sent_start):
            tokens, changed = tokens[1:], True
        elif first.is_punct or (first.is_lower and first.is_alpha):
            tokens, changed = tokens[1:], True
        elif label == "PERSON" and (_is_title(first) or (first.text in adjectives and _is_title(tokens[1]))):
            tokens, changed = tokens[1:], True
    return tokens


def canonical_person(name: str) -> str:
    """Full name without middle initials: ``Vladimir V Putin`` -> ``Vladimir Putin``."""
    words = name.split()
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return " ".join(words)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _root(span: Span) -> Token:
    return span.root


def _is_possessed(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.text.replace("’", "'") in {"'s", "'"}


def _is_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


# ---------------------------------------------------------------- step 1-2: names

def _name_candidates(doc: Doc) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """Entity mentions worth resolving, and the token ranges of every entity."""
    names = country_lookup("name")
    adjectives = country_lookup("adjective")
    capitals = country_lookup("capital")
    out, taken = [], [(ent.start, ent.end) for ent in doc.ents]
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        tokens = _strip_name(list(ent), ent.label_)
        if not tokens:
            continue
        span = doc[tokens[0].i:tokens[-1].i + 1]
        form = span.text
        root = _root(span)
        mention = _Mention(span.start_char, span.end_char, span.start, span.end, ent.label_, "name")
        if form in adjectives and (ent.label_ == "NORP" or len(tokens) == 1):
            out.append(replace(mention, kind="adjective", actor=adjectives[form]))
        elif form in names:
            out.append(replace(mention, actor=names[form]))
        elif form in capitals:
            if root.dep_ in _SUBJECT_DEPS or _is_possessed(span):
                out.append(replace(mention, actor=capitals[form]))
        elif ent.label_ == "NORP":
            if root.pos_ in {"NOUN", "PROPN"} and root.dep_ not in {"amod", "compound"}:
                out.append(mention)
        elif ent.label_ == "GPE" and _is_locative(root):
            continue
        else:
            out.append(mention)
    return out, taken


def _gazetteer_matches(doc: Doc, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Country names and adjectives the tagger did not mark as entities."""
    out = []
    for kind in ("name", "adjective"):
        lookup = country_lookup(kind)
        for _, s, e in _gazetteer_matcher(doc.vocab, kind)(doc):
            if _overlaps(taken, s, e):
                continue
            span = doc[s:e]
            if kind == "adjective" and span.root.pos_ not in {"ADJ", "PROPN"}:
                continue
            out.append(_Mention(span.start_char, span.end_char, s, e, "GPE", kind, lookup[span.text]))
    return out


@functools.lru_cache(maxsize=4)
def _gazetteer_matcher(vocab, kind: str) -> PhraseMatcher:
    """One matcher per gazetteer kind, built once per process (the vocab is the model's)."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add(kind, [Doc(vocab, words=form.split()) for form in country_lookup(kind)])
    return matcher


def _make(doc: Doc, form: str) -> Doc:
    return Doc(doc.vocab, words=form.split())


def _overlaps(ranges, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in ranges)


# ---------------------------------------------------------------- step 3-4: clusters

def _resolve_names(doc: Doc, cands: list[_Mention]) -> list[_Mention]:
    """Give every name mention its canonical actor."""
    full = {}                       # canonical full name -> first position
    for m in cands:
        if m.actor is None and m.label == "PERSON" and (m.tok_end - m.tok_start) >= 2:
            full.setdefault(canonical_person(m.span(doc).text), m.start)
    surnames: dict[str, list[str]] = {}
    for name in full:
        surnames.setdefault(name.split()[-1], []).append(name)
    orgs = {m.span(doc).text for m in cands if m.actor is None and m.label in {"ORG", "GPE", "NORP"}
            and len(m.span(doc).text.split()) >= 2}
    acronyms = {_acronym(o): o for o in orgs if len(_acronym(o)) >= 2}
    positions = sorted((m.start, canonical_person(m.span(doc).text)) for m in cands
                       if m.label == "PERSON" and canonical_person(m.span(doc).text) in full)

    out = []
    for m in cands:
        if m.actor is not None:
            out.append(m)
            continue
        form = m.span(doc).text
        if canonical_person(form) in full:
            actor = canonical_person(form)
        elif form in surnames:
            actor = _nearest_before(positions, surnames[form], m.start)
        elif form.isupper() and form.replace(".", "") in acronyms:
            actor = acronyms[form.replace(".", "")]
        else:
            actor = form
        out.append(replace(m, actor=actor))
    return out


def _nearest_before(positions, choices: list[str], at: int) -> str:
    best = choices[0]
    for pos, name in positions:
        if pos > at:
            break
        if name in choices:
            best = name
    return best


def _actor_types(doc: Doc, mentions: list[_Mention]) -> dict[str, str]:
    votes: dict[str, dict[str, int]] = {}
    person = set()
    for m in mentions:
        box = votes.setdefault(m.actor, {})
        if m.kind == "name":
            box[m.label] = box.get(m.label, 0) + 1
            if m.label == "PERSON" and m.tok_end - m.tok_start >= 2:
                person.add(m.actor)
    types = {}
    for actor, box in votes.items():
        if actor in person:
            types[actor] = "PERSON"
        elif box:
            types[actor] = max(box, key=lambda lab: (box[lab], -_LABEL_RANK.get(lab, 9)))
        else:
            types[actor] = "GPE"
    return types


def _drop_stray_persons(doc: Doc, mentions: list[_Mention], types: dict[str, str]) -> list[_Mention]:
    """A one-word PERSON that never has a full name and modifies a common noun
    (``Patriot air defense systems``) is a product or brand, not an actor."""
    keep = []
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.actor] = counts.get(m.actor, 0) + 1
    for m in mentions:
        root = m.span(doc).root
        if (types.get(m.actor) == "PERSON" and len(m.actor.split()) == 1 and counts[m.actor] == 1
                and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN"):
            continue
        keep.append(m)
    return keep


# ---------------------------------------------------------------- step 5: second pass

def _alias_matches(doc: Doc, mentions: list[_Mention], taken, types: dict[str, str],
                   extra_aliases: dict[str, str]) -> list[_Mention]:
    aliases: dict[str, str] = {}
    ambiguous = set()
    for m in mentions:
        if m.kind != "name":
            continue
        forms = {m.span(doc).text}
        if types.get(m.actor) == "PERSON" and len(m.actor.split()) >= 2:
            forms.add(m.actor.split()[-1])
        for form in forms:
            if aliases.get(form, m.actor) != m.actor:
                ambiguous.add(form)
            aliases[form] = m.actor
    aliases.update(extra_aliases)
    for form in ambiguous - set(extra_aliases):
        aliases.pop(form, None)
    if not aliases:
        return []
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for form in aliases:
        matcher.add(form, [_make(doc, form)])
    have = [(m.tok_start, m.tok_end) for m in mentions]
    out = []
    for match_id, s, e in matcher(doc):
        if _overlaps(taken, s, e) or _overlaps(have, s, e):
            continue
        span = doc[s:e]
        if e - s == 1 and span[0].tag_ not in {"NNP", "NNPS"} and span[0].is_sent_start:
            continue
        if not span.text[:1].isupper():
            continue
        actor = aliases[doc.vocab.strings[match_id]]
        label = types.get(actor, "ORG")
        out.append(_Mention(span.start_char, span.end_char, s, e, label, "name", actor))
        have.append((s, e))
    return out


# ---------------------------------------------------------------- step 6: descriptions

def _descriptions(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    out, seen = [], set()
    for m in mentions:
        if m.kind != "name":
            continue
        root = m.span(doc).root
        pieces = []
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                pieces.append(_noun_phrase(child))
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            head = root.head
            pieces.append([t for t in _noun_phrase(head) if t.i < root.left_edge.i])
        for toks in pieces:
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks = toks[:-1]
            while toks and (toks[0].is_punct or toks[0].is_space):
                toks = toks[1:]
            if not toks or toks[0].i >= toks[-1].i + 1:
                continue
            s, e = toks[0].i, toks[-1].i + 1
            if (s, e) in seen or (s < m.tok_end and m.tok_start < e):
                continue
            seen.add((s, e))
            span = doc[s:e]
            out.append(_Mention(span.start_char, span.end_char, s, e, "DESC", "description", m.actor))
    return out


def _noun_phrase(head: Token) -> list[Token]:
    """The head's subtree without relative clauses and what follows them."""
    cut = [c.left_edge.i for c in head.children if c.dep_ in {"relcl", "acl", "appos"}]
    stop = min(cut) if cut else head.right_edge.i + 1
    return [t for t in head.subtree if t.i < stop]


# ---------------------------------------------------------------- step 7: pronouns

def resolve_pronouns(doc: Doc, mentions: list[_Mention], types: dict[str, str],
                     quotes: list[tuple[int, int]]) -> list[_Mention]:
    """Resolve he/him/his/she/her... to a person.

    The rule, applied to each pronoun in reading order:

    a. A pronoun that is the subject of a clause reported by a speech or
       thought verb (``Orban suggested he would``) refers to that verb's
       subject, if that subject is a person (or a pronoun already resolved).
    b. Inside a quotation, a third-person pronoun does not refer to the
       speaker (``“He was always pretty mainstream,” Mr. Grand said``): it
       takes the referent of the previous third-person pronoun inside a quote
       of the same paragraph, otherwise the most recent person mentioned
       before it who is not speaking in that paragraph.
    c. Otherwise the most recent person mentioned before the pronoun, in the
       same sentence or up to three sentences back, whose known gender does
       not contradict the pronoun (gender is learned from pronouns already
       resolved), and who is not the subject of the pronoun's own verb when
       the pronoun is an object (``Scholz thanked him``: him is not Scholz).

    Returns
    -------
    list of _Mention
        One pronoun mention per resolved pronoun.
    """
    persons = sorted((m for m in mentions if types.get(m.actor) == "PERSON"), key=lambda m: m.start)
    sents = list(doc.sents)
    sent_of = {}
    for k, s in enumerate(sents):
        for t in s:
            sent_of[t.i] = k
    para_of = _paragraph_index(doc)
    gender: dict[str, str] = {}
    resolved: list[_Mention] = []
    last_in_quote: dict[int, str] = {}
    speakers = _speakers_by_paragraph(doc, persons, quotes, para_of)

    for tok in doc:
        g = PERSONAL_PRONOUNS.get(tok.lower_)
        if g is None or tok.tag_ not in {"PRP", "PRP$"}:
            continue
        in_q = inside(quotes, tok.idx, tok.idx + len(tok))
        para = para_of[tok.i]
        known = sorted(persons + resolved, key=lambda m: m.start)
        before = [m for m in known if m.start < tok.idx and sent_of[m.tok_start] >= sent_of[tok.i] - 3]
        before = [m for m in before if gender.get(m.actor, g) == g]
        if tok.tag_ == "PRP" and tok.dep_ not in {"nsubj", "nsubjpass"} and not tok.lower_.endswith("self"):
            # principle B: 'Scholz thanked him' -- him is not the subject of its own verb
            clause_subjects = {c.i for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
            subject_actors = {m.actor for m in known if any(m.tok_start <= i < m.tok_end for i in clause_subjects)}
            before = [m for m in before if m.actor not in subject_actors]
        actor = None
        if not in_q:
            actor = _reported_subject(tok, known)
        if actor is None and in_q:
            actor = last_in_quote.get(para)
            if actor is None:
                outside = [m for m in before if m.actor not in speakers.get(para, set())]
                actor = outside[-1].actor if outside else None
        if actor is None and before and not in_q:
            actor = before[-1].actor
        if actor is None:
            continue
        gender.setdefault(actor, g)
        if in_q:
            last_in_quote[para] = actor
        resolved.append(_Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, "PRON", "pronoun", actor))
    return resolved


def _reported_subject(tok: Token, known: list[_Mention]) -> str | None:
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "advcl", "xcomp"}:
        return None
    verb = clause.head
    if verb.lemma_ not in SPEECH_VERBS | {"think", "believe", "hope", "expect", "know", "find", "feel", "decide"}:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            for m in known:
                if m.tok_start <= child.i < m.tok_end:
                    return m.actor
    return None


def _paragraph_index(doc: Doc) -> dict[int, int]:
    para, out = 0, {}
    for t in doc:
        out[t.i] = para
        if t.is_space and "\n" in t.text:
            para += 1
    return out


def _speakers_by_paragraph(doc: Doc, persons: list[_Mention], quotes, para_of) -> dict[int, set[str]]:
    """Persons outside quotes who are subjects of a speech verb, per paragraph."""
    out: dict[int, set[str]] = {}
    for m in persons:
        if inside(quotes, m.start, m.end):
            continue
        root = m.span(doc).root
        if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS:
            out.setdefault(para_of[m.tok_start], set()).add(m.actor)
    return out


# ---------------------------------------------------------------- step 8: user table

def read_actor_table(table) -> pd.DataFrame:
    """Read a user's actor table.

    Parameters
    ----------
    table : pandas.DataFrame, str or os.PathLike
        A table, or the path of a CSV file, with columns ``actor`` (the name
        to use; empty to drop) and ``alias`` (a canonical actor name found by
        the package, or a surface form to look for in the text).

    Returns
    -------
    pandas.DataFrame
        Columns ``actor`` (str, ``""`` means drop) and ``alias``.
    """
    if isinstance(table, (str, os.PathLike)):
        table = pd.read_csv(table, dtype=str, keep_default_na=False)
    missing = {"actor", "alias"} - set(table.columns)
    if missing:
        raise ValueError(f"actor table needs columns 'actor' and 'alias'; missing {sorted(missing)}")
    return table[["actor", "alias"]].fillna("").astype(str).apply(lambda c: c.str.strip())


def _apply_actor_table(doc: Doc, mentions: list[_Mention], table: pd.DataFrame) -> list[_Mention]:
    rename = dict(zip(table["alias"], table["actor"]))
    out = []
    for m in mentions:
        new = rename.get(m.actor, rename.get(m.span(doc).text, m.actor))
        if new:
            out.append(replace(m, actor=new))
    return out


# ---------------------------------------------------------------- the stage

def find_mentions(doc: Doc, *, doc_id: str = "text", sentence_starts: list[int] | None = None,
                  actor_table=None) -> pd.DataFrame:
    """Find and resolve every actor mention of a parsed article.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article parsed by :func:`analysis.nlp.parse` (``doc.text`` is the
        original text).
    doc_id : str
        Written into the ``doc_id`` column.
    sentence_starts : list of int, optional
        Character offsets where sentences start (from the ``sentences``
        table); spaCy's sentences are used when omitted.
    actor_table : pandas.DataFrame or path, optional
        See :func:`read_actor_table`.

    Returns
    -------
    pandas.DataFrame
        The ``mentions`` table, one row per mention in text order:
        ``doc_id``, ``sent_id``, ``start``, ``end`` (character offsets),
        ``text`` (``text[start:end]``), ``actor`` (canonical name),
        ``actor_type`` (PERSON, ORG, GPE or NORP), ``kind`` (name, pronoun,
        adjective, description), ``in_quote`` (inside quotation marks).
    """
    table = read_actor_table(actor_table) if actor_table is not None else None
    quotes = quotation_spans(doc.text)
    cands, taken = _name_candidates(doc)
    names = _resolve_names(doc, cands)
    if table is not None:
        names = _apply_actor_table(doc, names, table)
    types = _actor_types(doc, names)
    names = _drop_stray_persons(doc, names, types)
    taken = [r for r in taken if not _overlaps([(m.tok_start, m.tok_end) for m in names], *r)]
    extra = {}
    if table is not None:
        known = {m.actor for m in names}
        extra = {row.alias: row.actor for row in table.itertuples()
                 if row.actor and row.alias and row.alias not in known}
    names = names + _gazetteer_matches(doc, taken + [(m.tok_start, m.tok_end) for m in names])
    names = names + _alias_matches(doc, names, taken, types, extra)
    types = _actor_types(doc, names)
    names = names + _descriptions(doc, names)
    mentions = names + resolve_pronouns(doc, names, types, quotes)
    if table is not None:
        mentions = _apply_actor_table(doc, mentions, table)
        types = _actor_types(doc, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))

    starts = sentence_starts if sentence_starts is not None else [s.start_char for s in doc.sents]
    rows = [(doc_id, max(bisect.bisect_right(starts, m.start) - 1, 0), m.start, m.end, doc.text[m.start:m.end],
             m.actor, types.get(m.actor, "GPE"), m.kind, inside(quotes, m.start, m.end)) for m in mentions]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)
