"""Who a common noun stands for, for :mod:`analysis.stance`: titles, pairs, home countries, capitals.

A mixin of :class:`analysis.stance_context._Context` (rule 7 of
:mod:`analysis.stance`): ``the president`` for the person named before with
that title, ``the two sides`` for the pair named together, ``the
government`` for the article's main country, ``Tehran`` for Iran. Each
look-up works on the ``mentions`` of one document and is computed once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .gazetteer import country_lookup

#: Modifiers of a title that say when, not who (``the former Ontario premier``).
_TIME_MODIFIERS = frozenset({"former", "then", "current", "new", "outgoing", "incoming", "acting", "late", "ex"})
#: Plural nouns that, with ``two`` or ``both``, stand for the last two actors named (``the two sides``).
_PAIR_NOUNS = frozenset({"sides", "countries", "nations", "governments", "parties", "leaders", "men", "candidates",
                         "states", "neighbours", "neighbors"})
#: Titles that name one person: ``the president`` for the person named before as ``President X``.
_TITLE_NOUNS = frozenset({"president", "minister", "premier", "chancellor", "chairman", "chairwoman", "secretary",
                          "governor", "senator", "mayor", "king", "queen", "ambassador", "commissioner",
                          "general", "judge", "pope", "leader", "spokesman", "spokeswoman", "candidate"})
#: Offices whose holder speaks for the country or organisation the title names (``U.S. President George W. Bush``,
#: ``Kremlin spokesman``, ``Hamas spokesman``): the person's stance is also that actor's (rule 23).
_OFFICE_NOUNS = frozenset({"president", "premier", "chancellor", "minister", "pm", "king", "queen", "spokesman",
                           "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "emir", "sultan"})
#: Title words that keep a person from speaking for the title's actor (``Lebanese opposition leader X``,
#: ``former Malaysian Prime Minister X``, ``Vice President X`` is left in).
_NOT_SPEAKING = _TIME_MODIFIERS | frozenset({"opposition", "shadow", "deputy", "candidate", "hopeful", "nominee"})
#: Nouns that, as ``the government`` or ``the authorities``, stand for the article's main country.
_HOME_GOVERNMENT = frozenset({"government", "authorities", "regime"})


#: Seats of government that act for their country (``the Kremlin said``), like capitals.
_SEATS = {"Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
          "Downing Street": "United Kingdom", "Élysée": "France", "Elysee": "France"}

# ---------------------------------------------------------------- small data types

@dataclass(frozen=True)
class _Ref:
    """An actor found for a holder or target: the actor, the mention and how sure we are."""

    actor: str
    start: int
    end: int
    conf: float = 1.0


@dataclass(frozen=True)
class _Event:
    cue: Token
    cue_text: str
    holders: tuple
    target: _Ref
    stance: str
    conf: float


class _Resolver:
    """Look-ups of what a common noun stands for; mixed into ``_Context`` (``mentions``, ``types``, ``doc``)."""

    def capital_country(self, tok: Token, ref: _Ref) -> _Ref | None:
        """``Tehran claims ...``, ``criticism from Moscow``: a capital that acts stands for its country.

        So does a seat of government (:data:`_SEATS`: ``the Kremlin`` ->
        Russia, ``the White House`` -> United States). Only for a capital of
        the gazetteer or a seat in an acting position (subject,
        possessor, ``by``/``from`` phrase) whose country is itself an actor of
        the document; confidence times 0.85.
        """
        country = country_lookup("capital").get(ref.actor)
        if country is None or self.types.get(ref.actor) != "GPE":
            country = _SEATS.get(ref.actor)              # the Kremlin, the White House: a seat of government
        if country is None or country not in self.types:
            return None
        acting = tok.dep_ in {"nsubj", "nsubjpass", "poss"} or (
            tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from"})
        if not acting:
            return None
        return _Ref(country, ref.start, ref.end, ref.conf * 0.85)    # the offsets of the capital itself

    def last_two(self, tok: Token, back: int = 15) -> list[_Ref]:
        """``the two sides``, ``both countries``: the last pair of actors named together before ``tok``.

        The pair is two different organisations or countries (persons for
        ``the two leaders``) joined by ``and`` (``the U.S. and Iran``,
        ``talks between Iran and the U.S.``) within ``back`` sentences; nothing
        when there is none.
        """
        types = {"PERSON"} if tok.lemma_.lower() in {"leader", "man", "candidate"} else {"ORG", "GPE"}
        sent = self.sent_index(tok.idx)
        k = bisect.bisect_left([m.start for m in self.mentions], tok.idx) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if self.sent_index(m.start) < sent - back:
                break
            if self.types.get(m.actor) not in types:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "conj":
                continue
            other = self.mention_at(span.root.head)
            if other is not None and other.actor != m.actor and self.types.get(other.actor) in types:
                return [_Ref(other.actor, other.start, other.end, 0.6), _Ref(m.actor, m.start, m.end, 0.6)]
        return []

    def home_country(self, tok: Token) -> _Ref | None:
        """``the government``, ``the authorities`` -> the article's main country, at confidence 0.6.

        Only with the definite article and no modifier or *of* phrase; the main
        country is the country (GPE) named most often (names and adjectives),
        and only if it is named at least twice and more often than any other.
        """
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in {"amod", "compound", "poss", "nmod", "prep"} for c in tok.children):
            return None
        if not hasattr(self, "_home"):
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.kind in {"name", "adjective"} and self.types.get(m.actor) == "GPE":
                    counts[m.actor] = counts.get(m.actor, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            self._home = None
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                self._home = self.actor_named(ranked[0][0])
        return None if self._home is None else replace(self._home, conf=0.6)

    def titled_person(self, tok: Token) -> _Ref | None:
        """``the president`` -> the person named before with that title (``President Abdullahi Yusuf``).

        Only a definite singular title noun of :data:`_TITLE_NOUNS` (``the prime
        minister``, ``the Kenyan president`` is left alone: its modifier names
        someone else) and a person whose name came with the same title and
        modifiers (as a title before the name or an apposition), nearest before.
        """
        lemma = tok.lemma_.lower()
        if lemma not in _TITLE_NOUNS or tok.tag_ not in {"NN", "NNP"} or self.mention_at(tok) is not None:
            return None
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
            return None
        mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}} - _TIME_MODIFIERS
        if any(c.dep_ in {"poss", "nmod"} or c.dep_ == "prep" and any(
                g.pos_ == "PROPN" or self.mention_at(g) is not None for g in c.children) for c in tok.children) \
                or any(self.mention_at(c) is not None for c in tok.children):
            return None                                  # the president of Gabon: someone else
        if not hasattr(self, "_titles"):
            self._titles = self._person_titles()
        k = bisect.bisect_left([t[0] for t in self._titles], tok.idx) - 1
        while k >= 0:
            start, m, bag = self._titles[k]
            if lemma in bag and mods <= bag:
                return _Ref(m.actor, m.start, m.end, 0.75)
            k -= 1
        return None

    def office_actors(self, ref: _Ref) -> list[_Ref]:
        """The country or organisation a person holder speaks for by the title before the name (rule 23).

        ``U.S. President George W. Bush promised sanctions on Iran`` -> the United
        States too; ``Kremlin spokesman X`` -> Russia (a seat of government,
        :data:`_SEATS`). Only a name mention of a PERSON whose title words
        (compounds and adjectives just before the name) hold an office of
        :data:`_OFFICE_NOUNS` and none of :data:`_NOT_SPEAKING`, and a mention
        among those words of a country or an organisation (GPE, NORP or ORG).

        Parameters
        ----------
        ref : _Ref
            A holder found by a rule.

        Returns
        -------
        list of _Ref
            The actors, at the holder's confidence times 0.7 (the office's word,
            not the actor's own); empty when the title names none.
        """
        if self.types.get(ref.actor) != "PERSON":
            return []
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return []
        words, i = [], span.start - 1
        while i >= 0 and i >= span.start - 6 and self.doc[i].dep_ in {"compound", "amod", "nmod"} \
                and self.doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} and i < self.doc[i].head.i < span.end:
            words.append(self.doc[i])
            i -= 1
        if i >= 0 and self.doc[i].lower_ in {"former", "ex"}:
            return []
        lowered = {w.lower_.rstrip(".") for w in words} | {w.lemma_.lower() for w in words}
        if not lowered & _OFFICE_NOUNS or lowered & _NOT_SPEAKING or {"vice", "president"} <= lowered:
            return []
        out: list[_Ref] = []
        for w in reversed(words):
            m = self.mention_at(w)
            actor = None if m is None else _SEATS.get(m.actor, m.actor)
            if m is not None and actor not in self.types:
                actor = m.actor                          # the White House, its country named nowhere: the seat itself
            if m is None or actor == ref.actor or self.types.get(actor) not in {"GPE", "NORP", "ORG"}:
                continue
            if all(r.actor != actor for r in out):
                out.append(_Ref(actor, m.start, m.end, ref.conf * 0.7))
        return out

    def _person_titles(self):
        """``(start, mention, {title words})`` for PERSON name mentions that came with a title."""
        out = []
        for m in self.mentions:
            if m.kind != "name" or self.types.get(m.actor) != "PERSON":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            bag: set[str] = set()
            i = span.start - 1
            while i >= 0 and i >= span.start - 5 and self.doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} \
                    and self.doc[i].dep_ in {"compound", "amod"}:
                bag.add(self.doc[i].lower_)
                bag.add(self.doc[i].lemma_.lower())
                i -= 1
            root = span.root
            titles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
            # kept Hussein as their prime minister, named X as its chairman
            titles += [g for c in list(root.children) + list(root.head.children) if c.dep_ == "prep" and c.lower_ == "as"
                       and (c.head.i == root.i or root.dep_ in {"dobj", "obj", "nsubjpass"}) for g in c.children if g.dep_ == "pobj"]
            for t in titles:
                if t.pos_ in {"NOUN", "PROPN"}:
                    for w in [t] + [c for c in t.children if c.dep_ in {"amod", "compound"}]:
                        bag.add(w.lower_)
                        bag.add(w.lemma_.lower())
            if bag & _TITLE_NOUNS:
                out.append((m.start, m, frozenset(bag)))
        return out
