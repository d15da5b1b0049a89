"""It/they resolution: *it, its, itself, they, them, their, theirs, themselves* -> ORG, GPE, NORP.

:class:`GroupPronouns` holds the it/they state of one article (the antecedents,
including definite descriptions, and the competing common nouns);
:func:`analysis.pronouns.resolve_pronouns` calls :meth:`GroupPronouns.resolve`
for every it/they pronoun in reading order and :meth:`GroupPronouns.add` for
every resolved one. :func:`is_pleonastic` and :func:`refers_to_thing` are the
tests for an *it* that stands for no actor.

Rules (lettered as in :mod:`analysis.pronouns`)
------------------------------------------------
d. **Pleonastic it is left alone**: ``it`` tagged ``expl``; ``it`` as the
   subject of *be, seem, appear, happen, take, become, remain, ...* or of a
   passive verb that has a clausal complement (*it is expected that*, *it
   seems that*); ``it is`` + an evaluative word (*it is important*, *it is
   likely*, *it is time*); ``it`` as the object of *make/find* with
   a complement (*made it clear that*).
e. **Agreement.** ``it/its/itself`` refer to an ORG or GPE actor named in the
   singular (not a plural demonym such as *Pakistanis*, nor a modifier of another
   noun: *the UN truce*, *US housing debt*); ``they`` and its forms to an ORG,
   GPE or NORP actor (British usage: *the committee ... they*), also through a
   plural noun that belongs to the actor (*NATO leaders*, *the leaders of
   Albania*, *Russia's troops*). Persons are never *it/they* antecedents, and
   adjectives (``Dutch`` in *the Dutch government*) are not antecedents.
f. **Which pronouns.** ``it``/``they`` as subjects, ``its``/``their`` as
   possessives and reflexives are resolved; object ``it``/``them`` (*comply
   with it*, *lower them*), which mostly refer to things, are left alone unless
   the object is also the subject of an infinitive (*enabled it to continue*,
   *urged them to*: :data:`_OBJECT_CONTROL`). As in rule a, the subject of a
   clause reported by a speech verb refers to that verb's subject when it
   agrees (*Iran signalled it would*). **Control:** a pronoun that is the
   subject of an infinitive, or the possessor of its object, refers to the
   object that controls the infinitive (*urge the Government of Burundi to
   complete its investigation*); when that object is a common noun (*urging
   the savers not to withdraw their money*) nothing is resolved. Likewise a
   possessive in a *for*/*over* phrase of a verb with an object is that object
   (*Israel thanked Qatar for its help*, *the EU fined Microsoft for its ...*).
   **Salience.** Candidates are the agreeing mentions (names, descriptions,
   resolved it/they) in the same sentence before the pronoun or up to
   :data:`GROUP_SENTENCES_BACK` sentences back. Only the most recent sentence
   that has one counts; in it, an earlier it/they pronoun of the same number in
   the pronoun's own sentence continues its chain, else the most recent
   subject wins (the subject itself, its possessor *Russia's army*, its ``of``
   phrase *the ambitions of Macedonia*, a conjunct), else the most recent
   mention (*BT had been slower than rivals such as IBM and Accenture to ramp
   up its headcount* → BT). Nothing further back is tried, so *it said* with
   no organisation near stays unresolved.
   **Quotes.** From inside a quotation, an antecedent outside it must be the
   subject of a narration sentence (not of another paragraph's quotation) and
   not the speaker, who would say *we* (*Kraush was quoted as saying, "...
   their booth"*); a quoted fragment without its own subject may take any
   antecedent of its sentence (*called the threats a way to "increase its
   aggression"*).
g. **Sources and people.** The object of *according to* is no antecedent in
   its own sentence (*According to the BBC, they shouted*); a plural people
   noun of :data:`PEOPLE_NOUNS` blocks even with a person in it (*supporters
   of Milinkevich*), and when the last sentence with a candidate has a plural
   common noun as its main subject and no candidate is a subject, *they/their*
   stays unresolved.
g. **Syntactic constraints.** A common noun in between that could itself be
   the referent blocks the resolution: a singular common noun (``NN``) that
   is a subject for *it*; a plural common noun (``NNS``) that is a subject
   (also *some of the prisoners*) for *they*, or a direct object, which does
   not block a subject antecedent of *their* unless it names people
   (:data:`PEOPLE_NOUNS`: *took wives ... against their husbands*, but
   *NATO leaders begin negotiations ... their summit*). Nouns inside a date or
   an amount (*28 days*) never block, nor do nouns that stand for an actor
   (*NATO leaders*, *monitors from the NDI*, *Haniyeh's government*); a
   mention inside the phrase of a blocking subject noun is no antecedent
   (*shares in the bank ... from their high*); a quotation interrupted by its
   attribution (*"... its property," the decision reads. "It has ...*) is
   read across it. *they/their* inside a relative clause whose relative
   pronoun is the subject and whose noun is a plural common noun (*groups
   that tie their activities*, *those who were victims ... during their
   detention*) are that noun, not an actor. A reflexive (*itself*,
   *themselves*) takes its clause's subject when that is an agreeing actor,
   and nothing otherwise.
h. **Descriptions.** A definite description headed by an ORG or GPE noun of
   ``data/description_nouns.csv`` (*the party*, *the corporation*, *the
   Mexican government*; the candidates of :mod:`analysis.descriptions`) is an
   antecedent too: it stands for the country of its country adjective, else for
   the most salient agreeing actor of its sentence or the two before (most
   mentions so far, then the most recent). *his/her government*
   (*administration*, *regime*) stands for the one country named in the
   person's name phrases or appositions (*Pakistan's President Pervez
   Musharraf ... his government ... it*). These are not output as mentions
   here (:func:`analysis.descriptions.add_descriptions` adds them later).
i. **No actor, no link** (a wrong link poisons sentiment, stance and roles).
   *it* of an event verb (*it will never happen*, *it lasted*), *what it is*,
   *it is too late*; *they are* + people (*they are great Americans*, not
   *they can be difficult friends*); a GPE named as a place (*airstrikes in
   Sadr City, which they say*) or as a person's country (*Sameur, of Algeria.
   They*); the noun whose relative clause holds the pronoun, unless the
   relative pronoun is its subject (*the Senate, where it was passed*, but
   *Iraq that is able to control its borders*); a plural demonym with
   modifiers (*hard working Canadians ... their*, not *the Iranians*); *they*
   reported by a plural common noun or a share (*savers said they*, *35
   percent said they*); persons coordinated in any role, or *those* as a
   subject, block *they*; a plural people noun of the pronoun's own sentence
   blocks *they/their*; *X and their Y* with X a plural common noun is X; and
   *it* whose last candidate sentence (an earlier one) has a thing as main
   subject (*A bill ... has passed the Congress. It has yet to pass*).
   Round 4: *they* of coordinated actors (*Russia and China ... They*; one
   actor per row cannot say both; joint referents since round 10); plural nouns with an actor in them that do
   not act for it (:data:`ACTING_NOUNS`; *Kroger customers*, *the Security
   Council proposals*); an *it* continuing a thing *it* or an unresolved
   it/they (:func:`_continues_thing`, :func:`_continues_unresolved`); the agent
   of a fronted participle (*backed by AIG, it*); *saying it* of a thing object;
   a collective subject (:data:`COLLECTIVE_NOUNS`) or a singular people noun
   for *they*.
   Round 5: *the government of X* (:data:`STATE_NOUNS` with an ``of`` phrase
   naming an actor) stands for X and does not block (*the government of Uganda
   must rectify its error*); an object thing the antecedent itself owns does
   not block it (*consolidate their broadband plans as they increase*);
   object *them* goes to an agreeing subject of the same or the previous
   sentence that is not its own clause's subject nor inside a reported clause,
   with no plural noun in between and outside quotations (:func:`_object_them`);
   a possessive in a prepositional phrase that opens its sentence is the
   subject after it (*During their summit, the E.U. discussed*; :func:`_cataphor`);
   control reaches a possessive inside a phrase of the infinitive (*warned
   Microsoft to comply ... for their upcoming system*, *invites other countries
   to come forward with their plans*: nothing), not through an agent *by*;
   the possessor of a noun controls the noun's infinitive (*[the UVF's]
   intention to deal with their arms*, *Japan's attempt to dress up its*).
   Round 6: a possessive on the second of two coordinated nouns is the first
   when that is a singular name (*Hezbollah and its allies*; not *Americans
   and their followers*; :func:`_conjoined_owner`); a possessive in a
   participle clause without a subject that opens the sentence is the main
   subject (*Seeking to protect their state within a state, Hezbollah*); a
   possessive on the direct object of a participle adjunct after its verb is
   that clause's subject, and nothing if the subject is a common noun (*his
   country intends to boost its exports to China, quadrupling its current
   exports*: not China; :func:`_adjunct_subject`); a singular organisation
   noun that no actor stands for reports its own *they* (*The Conservative
   government have said they*: nothing); plural acting nouns at a meeting of
   an actor act for it (*leaders at an African Union summit voiced their
   support*; :data:`MEETING_NOUNS`); *Musharraf's government* stands for the
   person's one known country like *his government*, and so do *his
   country*, *his nation* (:data:`PERSON_STATE_NOUNS`); an editor's note in
   brackets after the pronoun decides (*them [the Conservatives]*; *it [the
   hotel]*: nothing; :func:`bracketed_note`).
   Round 8: a document put out by the subject (:data:`_ISSUE_VERBS` with a
   :data:`analysis.quote_cues.DOCUMENT_NOUNS` object) is no thing the *saying*
   clause talks about (*North Korea released a statement saying that it would*:
   North Korea; still *criticised the plan, saying it would fail*: nothing).
   Round 9: a clause before *it is ...* whose subject is a name is a sentence
   run in with a comma, not the clause a pleonastic *it* stands for (*Iran is
   the fourth largest producer ..., it is party to*; :func:`_extraposed`); a
   possessive on the direct object of a clause goes to that clause's named
   subject before a chain of the same pronoun (*said that it will do so only
   if Iran ends its programme*: Iran; :func:`_own_subject`).
   Round 10 (session 25): **joint referents.** *they/their/them* of
   coordinated actors (*The European Union and the United States have
   expressed their concerns*, *Russia and China said they*) resolve to a
   :class:`~analysis.antecedents.Joint`: the mention row keeps one actor, the
   first-named member (what a reader or a one-actor scorer expects), and its
   ``joint_actors`` column lists every member, so that entity counts and
   stance credit each one. From round 4 to round 9 such pronouns stayed
   unresolved on purpose, because one actor per row (rows are unique by
   ``doc_id``, ``start``, ``end``) would have given the joint words or acts to
   that member alone; with the column the row stays unique and no member is
   left out. They were the largest kind of it/they miss (about 31 pronouns
   across the hold-outs). Only an *and* coordination in a subject role
   (:func:`_joint_subject`; *The leaders of Albania and Croatia will get
   their*) makes one; *or* and other roles (*funded by A and B ... their
   findings*) stay unresolved, and so does a singular *it*. A chain of *they*
   continues the joint referent. *they* reported by named persons joined by
   *and* is those persons (*Bush and Roh said that they*;
   :func:`_reported_persons`). On 500 random Wikinews articles outside
   tests/data (seed 25011): 10 pronouns changed, all unresolved before, 9
   right and 1 doubtful.
"""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Doc, Token

from .antecedents import MAX_LOOKBACK, SUBJECT_DEPS as _SUBJ, THINK_VERBS, Antecedents, Joint
from .antecedents import reported_subject as _reported_subject
from .descriptions import country_adjectives, definite_description, description_nouns
from .gazetteer import country_lookup
from .lexicon import SPEECH_VERBS
from .names import Mention, SpanIndex, TokenTable
from .quote_cues import DOCUMENT_NOUNS

__all__ = ["GROUP_PRONOUNS", "GROUP_SENTENCES_BACK", "PEOPLE_NOUNS", "STATE_NOUNS", "GroupPronouns",
           "is_pleonastic", "refers_to_thing"]

#: it/they pronouns with their number.
GROUP_PRONOUNS = {"it": "sg", "its": "sg", "itself": "sg",
                  "they": "pl", "them": "pl", "their": "pl", "theirs": "pl", "themselves": "pl"}

#: How many sentences back an it/they antecedent may be.
GROUP_SENTENCES_BACK = 2

_AGREES = {"sg": {"ORG", "GPE"}, "pl": {"ORG", "GPE", "NORP"}}
_PLEONASTIC_HEADS = {"be", "seem", "appear", "happen", "take", "become", "remain", "look", "sound", "matter",
                     "rain", "snow", "cost", "mean"}
_CLAUSAL = {"ccomp", "xcomp", "csubj", "advcl"}
#: Complements of a pleonastic 'it is ...' (not 'it is willing to', which has a referent).
_EVALUATIVE = frozenset("""
    important clear unclear likely unlikely possible impossible necessary unnecessary difficult easy hard
    true false essential vital crucial obvious evident apparent time wise good bad better best worth
    critical urgent enough surprising unusual common rare fair unfair right wrong sad shame pity
    late early soon acceptable unacceptable appropriate inappropriate normal natural strange odd ironic
    unfortunate fortunate safe reasonable unreasonable legal illegal
    """.split())
#: Verbs whose subject *it* is an event (*It will never happen*, *It lasted 23 days*).
_EVENT_VERBS = frozenset({"happen", "occur", "last", "recur"})


class GroupPronouns:
    """The it/they antecedents and competing nouns of one article.

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
    sent_of, para_of : list of int
        Sentence and paragraph number of every token.
    table : TokenTable
        The doc's token attributes.
    person_at : dict
        Token index -> person actor of the person names (their tokens do not
        block an antecedent, rule g).
    """

    def __init__(self, doc: Doc, mentions: list[Mention], types: dict[str, str], quotes: SpanIndex,
                 sent_of: list[int], para_of: list[int], table: TokenTable, person_at: dict[int, str]):
        self.types, self.quotes, self.sent_of, self.para_of = types, quotes, sent_of, para_of
        self.actor_at: dict[int, str] = {}
        names = [m for m in mentions if types.get(m.actor) in {"ORG", "GPE", "NORP"} and m.kind != "adjective"]
        self._country_cache: dict = {"_gpe_at": {i: m.actor for m in mentions if types.get(m.actor) == "GPE"
                                                 for i in range(m.tok_start, m.tok_end)}}
        persons = [m for m in mentions if types.get(m.actor) == "PERSON"]
        self.antecedents = Antecedents(names + _descriptions(doc, mentions, names, types, sent_of, table)
                                       + _plural_descriptions(doc, names, sent_of, table)
                                       + self._named_state_nouns(doc, persons, person_at), self.actor_at)
        self.blockers = _blockers(doc, table, person_at, self.actor_at)
        self.person_at = person_at
        self.words = table.text     # the look-backs of rule i skip the words that are no it/they without a Token

    def _named_state_nouns(self, doc: Doc, persons: list[Mention], person_at: dict[int, str]) -> list[Mention]:
        """Rule h for names: *Musharraf's government* stands for the person's one country, if known
        (the noun alone is the mention)."""
        out = []
        for i in sorted(person_at):
            tok = doc[i]
            if tok.dep_ != "poss" or tok.head.lower_ not in PERSON_STATE_NOUNS or tok.head.i in person_at:
                continue
            country = _country_of(person_at[i], doc, persons, self.types, self._country_cache)
            if country is not None:
                noun = tok.head
                out.append(Mention(noun.idx, noun.idx + len(noun), noun.i, noun.i + 1, "DESC", "description", country))
        return out

    def resolve(self, tok: Token) -> str | None:
        """The actor an it/they pronoun refers to (rules d-g), or None."""
        persons = _reported_persons(tok, self.person_at)
        if persons is not None:
            return persons
        return _resolve_group(tok, GROUP_PRONOUNS[tok.lower_], self.antecedents, self.types, self.blockers,
                              self.sent_of, self.quotes, self.para_of, self.words)

    def add(self, mention: Mention) -> None:
        """Make a resolved it/they pronoun (or another mention) an antecedent of later ones."""
        self.antecedents.add(mention)

    def add_state_noun(self, tok: Token, person: str, persons: list[Mention]) -> None:
        """Rule h: *his government* (``tok`` = *his*) stands for the person's one country, if known."""
        if tok.tag_ != "PRP$" or tok.head.lower_ not in PERSON_STATE_NOUNS:
            return
        country = _country_of(person, tok.doc, persons, self.types, self._country_cache)
        if country is not None:
            noun = tok.head
            self.antecedents.add(Mention(tok.idx, noun.idx + len(noun), tok.i, noun.i + 1, "DESC", "description",
                                         country))


#: Nouns for the state a person leads (*his government*).
STATE_NOUNS = frozenset({"government", "administration", "regime"})
#: A person's state nouns: also *his country*, *Musharraf's nation* (rule h).
PERSON_STATE_NOUNS = STATE_NOUNS | {"country", "nation"}


def _country_of(person: str, doc: Doc, persons: list[Mention], types, cache: dict) -> str | None:
    """The one country named in a person's name phrases and their appositions.

    *Pakistan's President Pervez Musharraf*, *Kim Myong Gil, the North Korean
    minister*: the countries of the gazetteer among the GPE mentions of the
    phrase; ``None`` unless exactly one.
    """
    if person not in cache:
        countries = _countries()
        gpe_at = cache["_gpe_at"]
        found = set()
        for m in persons:
            if m.actor != person or m.kind != "name":
                continue
            root = m.span(doc).root
            near = [t for t in root.children if t.i < m.tok_start or t.dep_ == "appos"]
            for t in (k for c in near for k in c.subtree):
                if gpe_at.get(t.i) in countries:
                    found.add(gpe_at[t.i])
        cache[person] = found.pop() if len(found) == 1 else None
    return cache[person]


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(country_lookup("name").values())


def _extraposed(tok: Token) -> bool:
    """The head of a subject *it* has a clause that the *it* can stand for (*it is likely that*).

    The clause of an active *it is/becomes ...* comes after its verb; one
    before it whose subject is a name is a sentence of its own run into this
    one, and the name is what the *it* refers to (*Iran is the fourth largest
    producer of crude oil in the world, it is party to the Treaty*; *While
    Puerto Rico is a commonwealth of the United States, it is not a state*).
    A fronted clause without a named subject still counts (*While certainly
    not the first action figures, it is perhaps the first*). *it seems*, *it
    appears* and a passive (*..., it is said*) may follow their clause.
    """
    head = tok.head
    either_side = tok.dep_ == "nsubjpass" or head.lemma_ in {"seem", "appear", "happen", "look", "sound"}
    return any(c.dep_ in _CLAUSAL and (either_side or c.i > head.i or not _named_subject(c))
               for c in head.children)


def _named_subject(clause: Token) -> bool:
    """The clause has a proper name as its subject."""
    return any(c.dep_ in _SUBJ and c.pos_ == "PROPN" for c in clause.children)


def is_pleonastic(tok: Token) -> bool:
    """Rule d: an ``it`` that refers to nothing (*it is important to*, *made it clear that*)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    kids = {c.dep_ for c in head.children}
    if tok.dep_ in _SUBJ:
        if head.lemma_ in {"rain", "snow"}:
            return True
        if _extraposed(tok) and (head.lemma_ in _PLEONASTIC_HEADS or tok.dep_ == "nsubjpass"):
            return True
        # 'it is important (to us)', 'it is likely that', 'it is time to'
        for c in head.children:
            if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _EVALUATIVE:
                return True
    if tok.dep_ == "dobj" and head.lemma_ in {"make", "find", "keep", "leave"} and kids & (_CLAUSAL | {"oprd"}):
        return True
    if tok.dep_ in _SUBJ and head.tag_ == "JJ" and head.dep_ in _CLAUSAL | {"oprd"} \
            and head.head.lemma_ in {"make", "find", "keep", "leave"}:
        return True     # the same, parsed as a small clause: 'which makes it (nsubj) all the more impressive'
    return False


#: Plural common nouns for people (their lemma): objects that a possessive *their* may refer to.
PEOPLE_NOUNS = frozenset("""
    people person man woman child kid wife husband family parent son daughter brother sister relative friend
    member leader official minister delegate representative diplomat ambassador spokesman spokeswoman
    soldier troop officer police policeman guard fighter militant rebel insurgent gunman terrorist
    worker employee staff student teacher pupil doctor nurse patient victim survivor witness refugee
    migrant immigrant prisoner detainee hostage suspect civilian resident citizen voter supporter
    protester protestor demonstrator activist critic opponent customer consumer user saver investor
    shareholder owner buyer seller farmer fan player athlete lawmaker legislator senator candidate
    judge lawyer journalist reporter editor analyst expert scientist researcher volunteer passenger
    driver pilot crew sailor worshipper pilgrim monk priest cleric tourist visitor viewer reader listener
    monitor observer inspector investigator negotiator mediator envoy agent commander general
    founder ancestor descendant settler inhabitant native youth local seeker applicant shopper motorist
    commuter inmate defendant plaintiff veteran pensioner adult teenager girl boy baby infant
    """.split())

#: Singular nouns for a group of people that *they/their* may refer to (*the research team ... their
#: findings*); as subjects that name no actor they block *they/their* like a plural subject.
COLLECTIVE_NOUNS = frozenset("""
    team band group crew panel family couple pair jury squad gang duo trio audience crowd
    """.split())

#: Entity labels of numbers, dates and amounts: such nouns (*28 days*, *50 percent*) refer to no actor.
_NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


@functools.lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Nouns that name an organisation or a state (``data/description_nouns.csv``: *government*, *party*)."""
    return frozenset(n for n, (kind, _) in description_nouns().items() if kind in {"ORG", "GPE"})


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Country adjectives of the gazetteer (*Pakistani*); with an *s* they name a people."""
    return frozenset(country_lookup("adjective"))


def _demonym_plural(tok: Token) -> bool:
    """*Canadians*, *Italians*: a country adjective with an *s*, which names the people."""
    return tok.text.endswith("s") and tok.text[:-1] in _demonyms()


def _demonym_people(tok: Token) -> bool:
    """*hard working Canadians*, *the wounded Italians*, *two Americans*: a plural demonym for people.

    *The Iraqis*, *the Iranians* with nothing but the article stand for the
    country's side and keep their actor.
    """
    if not _demonym_plural(tok):
        return False
    kids = [c for c in tok.children if c.dep_ in {"det", "amod", "nummod", "compound", "quantmod", "advmod"}]
    return not (len(kids) == 1 and kids[0].lower_ == "the")


def _relative_subject(clause: Token) -> bool:
    """The relative pronoun is the clause's subject (*Iraq that is able to*), not its object
    (*the Council they could hope to have*)."""
    return any(c.dep_ in _SUBJ and c.tag_ in {"WDT", "WP"} for c in clause.children)


def _plural_form(span) -> bool:
    """A one-word plural name or a plural demonym (*Pakistanis*, *Iraqis*): no antecedent of *it*."""
    root = span.root
    if len(span) == 1 and root.tag_ in {"NNS", "NNPS"}:
        return True
    return root.text.endswith("s") and root.text[:-1] in _demonyms()


#: Plural nouns (lemmas) for people or units that act for the actor named in them (*NATO leaders*,
#: *Russia's troops*); other plural nouns with an actor in them are people of their own (*Kroger
#: customers*, *Hamas supporters*) or things (*the Security Council proposals*).
ACTING_NOUNS = frozenset("""
    member leader official minister delegate delegation representative diplomat ambassador spokesman
    spokeswoman spokesperson envoy negotiator mediator soldier troop force army unit officer police policeman
    guard fighter militant rebel insurgent gunman commander general peacekeeper lawmaker legislator senator
    agent monitor observer inspector investigator executive director manager lawyer attorney player head chief
    authority government agency militia team
    """.split())


def _acts_for_actor(tok: Token, actor_at) -> bool:
    """*NATO leaders*, *Russia's troops*: a plural noun of :data:`ACTING_NOUNS` with an actor in it;
    also *leaders at an African Union summit* (a meeting of the actor, :data:`MEETING_NOUNS`)."""
    if tok.lemma_.lower() not in ACTING_NOUNS and tok.lower_ not in ACTING_NOUNS:
        return False
    return _has_actor_modifier(tok, actor_at) or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS and _has_actor_modifier(g, actor_at)
            for g in c.children)
        for c in tok.children)


#: Meetings whose members act for the actor that holds them (*leaders at an African Union summit*).
MEETING_NOUNS = frozenset({"summit", "meeting", "conference", "congress", "convention", "session", "assembly"})


def _meeting_members(tok: Token) -> Token | None:
    """The acting noun (:data:`ACTING_NOUNS`) at a meeting that ``tok`` modifies: *leaders at an African
    Union summit* (``tok`` = Union) -> leaders; else None."""
    if tok.dep_ not in {"compound", "poss"} or tok.head.lemma_.lower() not in MEETING_NOUNS:
        return None
    meeting = tok.head
    if meeting.dep_ != "pobj" or meeting.head.lower_ != "at":
        return None
    members = meeting.head.head
    if members.tag_ != "NNS" or (members.lemma_.lower() not in ACTING_NOUNS and members.lower_ not in ACTING_NOUNS):
        return None
    return members


def _has_actor_modifier(tok: Token, actor_at) -> bool:
    """*NATO leaders*, *Russia's troops*, *the leaders of Albania*, *monitors from the NDI*: a noun with an actor in it."""
    for c in tok.children:
        if c.dep_ in {"compound", "poss", "nmod"} and c.i in actor_at:
            return True
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and tok.lemma_.lower() in PEOPLE_NOUNS):
            if any(g.dep_ == "pobj" and g.i in actor_at for g in c.children):
                return True
    return False


def _descriptions(doc: Doc, mentions, group_names, types, sent_of, table: TokenTable) -> list[Mention]:
    """Rule h: *the alliance*, *the party*, *the Dutch government* as antecedents of it/they (not output).

    A definite description headed by an ORG or GPE noun of ``data/description_nouns.csv``
    (the candidates of :mod:`analysis.descriptions`) stands for the country of
    its country adjective, else for the most salient agreeing actor (most mentions
    so far, then the most recent) named in its sentence or the
    :data:`GROUP_SENTENCES_BACK` sentences before: an ORG noun for an ORG or NORP
    actor, a GPE noun for a GPE actor.
    """
    nouns = {n: e for n, e in description_nouns().items() if e[0] in {"ORG", "GPE"}}
    hits = [i for i, (t, tag) in enumerate(zip(table.text, table.tag)) if tag == "NN" and t.lower() in nouns]
    if not hits:
        return []
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    adjectives = country_adjectives()
    by_start = sorted(group_names, key=lambda m: m.tok_start)
    seen: dict[str, int] = {}
    out, k = [], 0
    for i in hits:
        while k < len(by_start) and by_start[k].tok_start < i:
            seen[by_start[k].actor] = seen.get(by_start[k].actor, 0) + 1
            k += 1
        tok = doc[i]
        found = definite_description(tok, nouns, covered)
        if found is None:
            continue
        first, kind = found[0], found[1]
        country = [adjectives[t.text] for t in doc[first:i] if t.text in adjectives]
        if country:
            actor = country[0] if kind == "GPE" else None
        else:
            want = {"ORG", "NORP"} if kind == "ORG" else {"GPE"}
            best = None
            for j in range(k - 1, max(k - MAX_LOOKBACK, 0) - 1, -1):
                m = by_start[j]
                if sent_of[m.tok_start] < sent_of[i] - GROUP_SENTENCES_BACK:
                    break
                if types.get(m.actor) in want and (best is None or seen[m.actor] > seen[best]):
                    best = m.actor
            actor = best
        if actor is not None:
            out.append(Mention(doc[first].idx, tok.idx + len(tok), first, i + 1, "DESC", "description", actor))
    return out


_PLURAL_DESCRIPTION_SENTENCES = 3


def _plural_descriptions(doc: Doc, names: list[Mention], sent_of, table: TokenTable) -> list[Mention]:
    """*The leaders* after *G8 leaders*: a bare definite plural acting noun (:data:`ACTING_NOUNS`, only
    *the* before it) stands for the actor of the last plural of the same noun with an actor in it
    (*G8 leaders*, *the leaders of Albania*, *leaders at an AU summit*) in its sentence or the
    :data:`_PLURAL_DESCRIPTION_SENTENCES` before (*The leaders also pledged ... they called* -> G8)."""
    name_at = {i: m.actor for m in names for i in range(m.tok_start, m.tok_end)}
    last: dict[str, tuple[str, int]] = {}
    out = []
    for i, tag in enumerate(table.tag):
        if tag != "NNS" or i in name_at:
            continue
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma not in ACTING_NOUNS:
            continue
        if _acts_for_actor(tok, name_at):
            owner = next((name_at[k.i] for k in tok.subtree if k.i in name_at), None)
            if owner is not None:
                last[lemma] = (owner, sent_of[i])
            continue
        kids = list(tok.children)
        if lemma in last and sent_of[i] - last[lemma][1] <= _PLURAL_DESCRIPTION_SENTENCES \
                and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the" and kids[0].i == i - 1:
            out.append(Mention(kids[0].idx, tok.idx + len(tok), i - 1, i + 1, "DESC", "description", last[lemma][0]))
    return out


#: Pronoun-like determiners that, as subjects, stand for plural unnamed people (*those sentenced*).
_PLURAL_PRONOUN_SUBJECTS = frozenset({"those", "these", "others", "many", "some", "both", "few"})


def _coordinated(tok: Token) -> bool:
    """A person coordinated with another noun (*Saddam and the other accused*, *between Bush and Calderón*)."""
    return any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "ADJ", "PRON", "VERB"} for c in tok.children)


def _blockers(doc: Doc, table: TokenTable, person_at, group_at) -> dict[str, "_LastBefore"]:
    """For every token, the index of the last competing common noun before it (rule g), or -1.

    ``sg``: a singular common noun as subject; ``pl``: a plural common noun as
    subject; ``pl_obj``: a plural common noun as direct object (it blocks only
    antecedents that are not subjects); ``people_any``: a plural people noun
    (:data:`PEOPLE_NOUNS`) in any role, which blocks *they/their* in its own
    sentence (*the founders of socialism and their values*). Nouns inside a number, date or amount
    (*28 days*) and plural nouns with an actor in them (*NATO leaders*) do not
    block.
    """
    # the tokens where each kind of blocker is found, in order; each token then sees the last one before it
    last: dict[str, list[int]] = {"sg": [], "pl": [], "pl_obj": [], "pl_people": [], "people_any": []}
    tags, deps = table.tag, table.dep
    # only persons and CD/DT/NN/NNS tokens can block: the loop skips the others in one comprehension
    for i in [i for i, tag in enumerate(tags) if tag in _BLOCKER_TAGS or i in person_at]:
        tag, dep = tags[i], deps[i]
        if i in person_at and _coordinated(doc[i]) or dep in _SUBJ and (
                table.text[i].lower() in _PLURAL_PRONOUN_SUBJECTS and tag in {"DT", "NNS"}):
            last["pl"].append(i)      # 'Saddam and the other accused ... they', 'between Bush and Calderón ... they',
            #                     'those sentenced ... their'
        elif dep == "pobj" and table.text[i].lower() in _PLURAL_PRONOUN_SUBJECTS and tag == "DT" \
                and doc[i].head.lower_ == "of" and doc[i].head.head.dep_ in _SUBJ:
            last["pl"].append(i)      # 'any of those sentenced ... their offences'
        if tag == "CD" and dep in _SUBJ | {"dobj"} and doc[i].ent_type_ not in _NUMERIC_ENTS - {"QUANTITY"} \
                and not any(c.dep_ == "prep" for c in doc[i].children) and i not in group_at:
            last["pl" if dep in _SUBJ else "pl_obj"].append(i)   # a count of people: 'Norway still has
            #                                       approximately 20 stationed in Iraq. They participate'
        if i in person_at or i in group_at or tag not in {"NN", "NNS"}:
            continue
        tok = doc[i]
        if dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in _SUBJ \
                and tok.head.head.tag_ in {"CD", "DT", "NN", "NNS", "JJ"} and tok.head.head.i not in group_at:
            dep = tok.head.head.dep_    # 'some of the prisoners', 'one of those people': the noun is the subject
        if tag == "NNS" and tok.lemma_.lower() in PEOPLE_NOUNS and tok.ent_type_ not in _NUMERIC_ENTS \
                and not _acts_for_actor(tok, group_at) and not _has_actor_modifier(tok, person_at) \
                and not any(c.lower_ in _group_nouns() for c in tok.children if c.dep_ in {"compound", "amod"}):
            last["people_any"].append(i)      # 'the founders of socialism and their values': people in any role
        elif tag == "NN" and tok.lemma_.lower() in PEOPLE_NOUNS and tok.lemma_.lower() not in ACTING_NOUNS \
                and tok.ent_type_ not in _NUMERIC_ENTS and not _has_actor_modifier(tok, group_at):
            last["people_any"].append(i)      # singular they: 'borne by the consumer regardless of whether they pay'
        if dep == "ROOT" and tag == "NN" and not any(c.dep_ in _SUBJ for c in tok.children):
            dep = "nsubj"               # a sentence parsed without a verb: 'A barrel of oil cost $25 three years ago.'
        if dep not in _SUBJ and not (tag == "NNS" and dep == "dobj"):
            continue
        if tok.ent_type_ in _NUMERIC_ENTS:
            continue
        if tag == "NN" and dep in _SUBJ and tok.lemma_.lower() in COLLECTIVE_NOUNS \
                and not any(k.i in group_at for k in tok.subtree):
            last["pl"].append(i)        # 'A research team posted their findings' (not 'One group of election
            #                             monitors from the NDI expressed their satisfaction')
        if tag == "NN":
            # 'Haniyeh's government' stands for its possessor; 'Australia's tax rate' and 'the GNR group' block
            if not (tok.lower_ in _group_nouns()
                    and any(c.dep_ == "poss" and (c.i in group_at or c.i in person_at) for c in tok.children)
                    or _of_actor(tok, group_at) is not None):
                last["sg"].append(i)
        elif _acts_for_actor(tok, group_at) or (_has_actor_modifier(tok, person_at)
                                                and tok.lemma_.lower() not in PEOPLE_NOUNS):
            continue            # 'NATO leaders', 'Russia's troops' stand for their actor; 'supporters of Milinkevich',
            #                     'Kroger customers', 'the Security Council proposals' block
        elif dep not in _SUBJ and tok.lemma_.lower() not in PEOPLE_NOUNS and _has_actor_modifier(tok, group_at):
            continue            # an object thing with an actor in it: 'has purchased Microsoft operating systems
            #                     since 1995. In addition to their hardware business, they'
        else:
            last["pl" if dep in _SUBJ else "pl_obj"].append(i)
            if dep not in _SUBJ and (tok.lemma_.lower() in PEOPLE_NOUNS or tok.lower_ in PEOPLE_NOUNS):
                last["pl_people"].append(i)
    return {k: _LastBefore(found) for k, found in last.items()}


def _of_actor(tok: Token, group_at) -> int | None:
    """*the government of Uganda*: the token of the actor in the ``of`` phrase of an organisation or
    state noun of :data:`STATE_NOUNS`, which the noun stands for; else None."""
    if tok.lower_ not in STATE_NOUNS:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return next((g.i for g in p.children if g.dep_ == "pobj" and g.i in group_at), None)
    return None


#: Tags of the tokens :func:`_blockers` reads besides persons' (counts, determiners and common nouns).
_BLOCKER_TAGS = frozenset({"CD", "DT", "NN", "NNS"})


class _LastBefore:
    """``_last_before(found, n)[i]`` by bisection: only the pronouns' positions are ever asked."""

    def __init__(self, found: list[int]):
        self.found = found

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_left(self.found, i)
        return self.found[k - 1] if k else -1


def _last_before(found: list[int], n: int) -> list[int]:
    """For each of ``n`` tokens, the last of the ascending positions ``found`` before it, or -1."""
    out: list[int] = []
    previous = -1
    for p in found:
        if p != previous:
            out.extend([previous] * (p + 1 - len(out)))
            previous = p
    out.extend([previous] * (n - len(out)))
    return out


#: Nouns that an ``it is a ...`` sentence says of an organisation or country (it keeps its referent).
_ACTOR_ATTRS = frozenset("""
    member country nation state government party group organisation organization company firm body ally
    partner power leader supporter opponent signatory founder player economy democracy republic kingdom
    """.split())
#: Nouns that ``they are ...`` says of countries as well as of people (*they can be difficult friends*).
_RELATION_NOUNS = frozenset({"friend", "ally", "neighbour", "neighbor", "rival", "enemy", "partner", "member",
                             "leader", "supporter", "opponent", "critic", "owner", "buyer", "seller", "investor"})
#: Nouns after ``its`` in phrases that name no actor (*of its kind*, *in all its forms*).
_IDIOM_HEADS = frozenset({"kind", "sort", "type", "form", "forms"})


def refers_to_thing(tok: Token) -> bool:
    """An ``it``/``its`` that stands for a thing or an event, not an organisation or country.

    *It was the first formal meeting*, *it wasn't a very complimentary
    statement*: ``it`` is the subject of *be* with a common-noun complement
    that is not said of actors (:data:`_ACTOR_ATTRS`). *of its kind*, *in all
    its forms*: idioms.
    """
    low = tok.lower_
    if low == "its":
        return tok.head.lemma_.lower() in _IDIOM_HEADS or tok.head.lower_ in _IDIOM_HEADS
    if low == "they" and tok.dep_ in _SUBJ and tok.head.lemma_ == "be":
        # 'They are great Americans', 'they were civilians': people, not an organisation
        return any(c.dep_ == "attr" and c.tag_ == "NNS" and c.lemma_.lower() not in _ACTOR_ATTRS | _RELATION_NOUNS
                   and (c.lemma_.lower() in PEOPLE_NOUNS or _demonym_plural(c)) for c in tok.head.children)
    if low == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ in _EVENT_VERBS:
        return True
    if low != "it" or tok.dep_ not in _SUBJ or tok.head.lemma_ != "be":
        return False
    for c in tok.head.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() not in _ACTOR_ATTRS:
            return True
        if c.dep_ == "attr" and c.lower_ == "what":
            return True                  # 'so that people can know what it is'
    clauses = [c for c in tok.head.children if c.dep_ == "ccomp"]
    clauses += [k for c in tok.head.children if c.dep_ == "attr" for k in c.children if k.dep_ == "relcl"]
    if any(c.dep_ == "attr" for c in tok.head.children) and any(
            k.dep_ in _SUBJ and k.lower_ in {"who", "that", "which"} for c in clauses for k in c.children):
        return True                      # cleft: "it was Fernandez who managed ..."
    return False


#: Verbs whose object is also the subject of their infinitive (*enabled it to continue*).
_OBJECT_CONTROL = frozenset("""
    allow enable help force urge ask encourage invite permit require call persuade push pressure let
    """.split())


def _is_speaker(tok: Token) -> bool:
    """The speaker or the speaker's organisation: the subject of a speech verb, its possessor, its
    ``of`` phrase or apposition (*Kraush was quoted as saying*, *said Angela Knight, head of the BBA*)."""
    h = _role_head(tok, plural=False)
    return h.dep_ == "nsubj" and h.head.lemma_ in SPEECH_VERBS or h.dep_ == "nsubjpass" and h.head.lemma_ == "quote"


def _subject_like(tok: Token, plural: bool) -> bool:
    """Rule f, salience: a mention that is (part of) the subject of its clause.

    Subjects count, and so do the possessor (*Russia's army*) and the ``of``
    phrase (*the ambitions of Macedonia*) of a subject and conjuncts of a
    subject; for a plural pronoun also the modifier of a plural subject noun
    (*NATO leaders*).
    """
    return _role_head(tok, plural).dep_ in _SUBJ


def _role_head(tok: Token, plural: bool) -> Token:
    """The noun whose role in the clause a mention shares (see :func:`_subject_like`)."""
    h = tok
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    if h.dep_ == "poss" or (h.dep_ == "compound" and plural and h.head.tag_ == "NNS"):
        h = h.head
    elif h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in {"NOUN", "PROPN"}:
        h = h.head.head
    elif plural and h.dep_ == "pobj" and h.head.lower_ == "from" and h.head.head.lemma_.lower() in PEOPLE_NOUNS:
        h = h.head.head         # 'officers from the 13th Brigade'
    elif plural and _meeting_members(h) is not None:
        h = _meeting_members(h)  # 'leaders at an African Union summit'
    if h.dep_ == "appos":
        h = h.head
    return h


def _controller(tok: Token) -> Token | None:
    """The object that controls the pronoun's infinitive clause (*urged the savers to withdraw their money*)."""
    h = tok.head if tok.head.pos_ in {"VERB", "AUX"} else tok.head.head   # its subject or its object's owner
    via_prep = h.pos_ == "ADP" and tok.head.dep_ == "pobj" and h.dep_ == "prep" \
        and h.lower_ not in {"by", "from", "against"}     # not an agent: 'to develop ... by its subsidiary'
    if via_prep:
        h = h.head              # 'invites other countries to come forward with their plans'
        if h.dep_ not in {"xcomp", "acl"} or h.tag_ != "VB":
            return None
    if h.pos_ not in {"VERB", "AUX"}:
        return None
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    if h.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        # 'Iran's decision to resume its enrichment', '[the UVF's] intention to deal with their arms'
        return next((c for c in h.head.children if c.dep_ == "poss" and c.i < h.i), None)
    if h.dep_ != "xcomp" or h.head == h:
        return None
    for c in h.head.children:
        if c.dep_ == "dobj" and c.i < h.i:
            return c
        if via_prep:
            continue            # through a preposition only a direct object controls
        if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and c.i < h.i:
            for g in c.children:    # 'calls on fellow Muslims to step up their resistance'
                if g.dep_ == "pobj":
                    return g
    return None


_PLURAL_DETERMINERS = frozenset({"those", "these", "others", "many", "some", "all", "few"})


def _adjunct_subject(tok: Token) -> Token | None:
    """The subject of the clause a participle adjunct without a subject hangs on: *his country intends
    to boost its oil exports to China ..., quadrupling its current exports* (the country, not China).
    Only for a possessive on the participle's direct object, the participle after its clause's verb."""
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i \
            or any(c.dep_ in _SUBJ | {"mark"} for c in verb.children):
        return None
    h = verb.head
    while True:
        subject = next((c for c in h.children if c.dep_ in _SUBJ), None)
        if subject is not None or h.dep_ not in {"xcomp", "conj"} or h.head == h:
            return subject if subject is not None and subject.dep_ == "nsubj" else None
        h = h.head


def _reason_object(tok: Token) -> Token | None:
    """The object of *thank, fine, blame X for its ...*: *Israel thanked Qatar for its help* -> Qatar."""
    noun = tok.head
    if tok.tag_ != "PRP$" or noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "over"}:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < tok.i:
            return c
    return None


def _clause_top(tok: Token) -> Token:
    """The clause of a subject pronoun, up through conjuncts and ``xcomp`` (its head is the reporting verb)."""
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    return clause


def _conjunct_of_plural_noun(tok: Token, actor_at) -> bool:
    """*laws and their operation*, *members and their families*: *their* owns a conjunct of a plural common noun."""
    noun = tok.head
    if noun.dep_ != "conj" or tok.lower_ != "their":
        return False
    first = noun.head
    return first.tag_ == "NNS" and first.i not in actor_at and not _has_actor_modifier(first, actor_at)


def _thing_relative(tok: Token, actor_at) -> Token | None:
    """The singular common noun (no actor, no organisation noun) whose subject relative clause holds
    ``tok``: *The bill, which passed the Senate despite warnings that it would be vetoed* -> bill.
    Only a subject inside the clause may then be the antecedent of *it*."""
    h = tok
    for _ in range(12):
        if h.dep_ == "relcl":
            noun = h.head
            if noun.tag_ == "NN" and noun.i not in actor_at and noun.lower_ not in _group_nouns() \
                    and _relative_subject(h) and not _has_actor_modifier(noun, actor_at):
                return noun
            return None
        if h.head == h:
            return None
        h = h.head
    return None


def _in_plural_relative(tok: Token, actor_at) -> bool:
    """*groups that tie their activities*: they/their inside a relative clause of a plural common noun."""
    h = tok
    for _ in range(12):
        if h.dep_ == "relcl":
            noun = h.head
            plural = noun.tag_ == "NNS" or noun.lower_ in _PLURAL_DETERMINERS
            # the relative pronoun is the clause's subject: 'groups that tie their', not 'processes that they bring'
            relative_subject = any(c.dep_ in _SUBJ and c.tag_ in {"WDT", "WP"} for c in h.children)
            return plural and relative_subject and noun.i not in actor_at and not _has_actor_modifier(noun, actor_at)
        if h.head == h:
            return False
        h = h.head
    return False


#: Prepositions that place an event (*airstrikes in Sadr City*): their GPE object is where, not who.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around",
                             "into", "onto", "towards", "toward"})


def _is_location(root: Token, actor_type: str | None) -> bool:
    """A GPE named as a place (the object of *in, at, near ...*) is no antecedent unless it is a subject."""
    return actor_type == "GPE" and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS


#: Words for a share of people (*half*, *35 percent*, *the majority*) as the subject of a speech verb.
_SHARE_WORDS = frozenset({"percent", "per", "half", "majority", "minority", "most", "many", "some", "third",
                          "quarter", "proportion", "number", "two-thirds", "one-third", "%"})


_OPINION_VERBS = frozenset({"think", "believe", "predict", "expect"})


def _reported_by_plural_noun(tok: Token, actor_at) -> bool:
    """*they* is the subject of a clause reported by a plural common noun that names no actor.

    *Savers queuing to withdraw their money said they were "horrified"*,
    *analysts say they expect*: the speakers are the unnamed people of the
    noun. Nouns with an actor or a country adjective in them (*US commanders*,
    *NATO leaders*, *Chinese officials*) and nouns of an organisation
    (*government officials*) stand for that actor and do not count. A
    singular organisation noun that no actor stands for (*The Conservative
    government have recently said they*) is the speaker too.
    """
    if tok.dep_ not in _SUBJ:
        return False
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "advcl"} or clause.head.lemma_ not in SPEECH_VERBS | _OPINION_VERBS:
        return False
    for c in clause.head.children:
        if c.dep_ == "csubj":       # a misparse: 'savers queuing (csubj) to withdraw ... said they'
            c = next((k for k in c.children if k.dep_ == "nsubj"), c)
        if c.dep_ in {"nsubj", "csubj"}:
            if c.i in actor_at or _acts_for_actor(c, actor_at):
                return False
            if c.lower_ in _SHARE_WORDS or c.tag_ == "CD" or c.ent_type_ == "PERCENT":
                return True     # a poll: '35 percent said they believed', 'nearly half predict that they'
            if any(k.dep_ == "conj" for k in c.children) and not any(k.i in actor_at for k in c.conjuncts):
                return True     # 'Mr Sharif Virk and other senior officials have told the BBC that they'
            if c.tag_ == "NN" and c.lower_ in _group_nouns():
                return True     # 'The Conservative government have said they want': the government, when
                #                 no actor stands for it (a description that does is in actor_at)
            if c.tag_ != "NNS":
                return False
            demonyms = _demonyms()
            return not any(k.i in actor_at or k.text in demonyms or k.lower_ in _group_nouns()
                           for k in c.subtree if k.i != c.i)
    return False


def _resolve_group(tok: Token, number: str, groups: Antecedents, types, blockers, sent_of,
                   quotes: SpanIndex | None = None, para_of: list[int] | None = None,
                   words: list[str] | None = None) -> str | None:
    agree = _AGREES[number]
    bracketed = bracketed_note(tok, groups.actor_at)
    if bracketed is not None:   # an editor's note names the referent: 'them [the Conservatives]', 'it [the hotel]'
        return bracketed if bracketed and types.get(bracketed) in agree else None
    if is_pleonastic(tok) or refers_to_thing(tok) or _continues_thing(tok, groups.actor_at, sent_of, words) \
            or _continues_unresolved(tok, number, groups.actor_at, sent_of, words):
        return None
    plural = number == "pl"
    if tok.lower_.endswith(("self", "selves")):
        if tok.dep_ == "appos" and tok.head.i in groups.actor_at:     # 'the PA itself has deployed'
            actor = groups.actor_at[tok.head.i]
            return actor if types.get(actor) in agree else None
        for c in tok.head.children:
            if c.dep_ in _SUBJ and c.i in groups.actor_at and types.get(groups.actor_at[c.i]) in agree:
                return groups.actor_at[c.i]
        return None
    if tok.tag_ == "PRP" and tok.dep_ not in _SUBJ:
        # objects 'it', 'them' mostly refer to things; an object that is also the subject
        # of an infinitive ('enabled it to continue', 'urged them to') is resolved
        if not (tok.dep_ == "dobj" and tok.head.lemma_ in _OBJECT_CONTROL
                and any(c.dep_ in {"xcomp", "ccomp"} for c in tok.head.children)):
            return _object_them(tok, groups, types, sent_of, quotes, para_of, words)
    if plural and _in_plural_relative(tok, groups.actor_at):
        return None
    if tok.tag_ == "PRP$" and _conjunct_of_plural_noun(tok, groups.actor_at):
        return None             # 'taxation laws and their operation': the coordinated noun
    reported = _reported_subject(tok, groups.actor_at) or _reported_of_phrase(tok, groups.actor_at)
    if reported is not None and plural:
        for c in _clause_top(tok).head.children:
            members = _coordinated_members(c, groups.actor_at) if c.dep_ == "nsubj" else ()
            if len(members) > 1:        # 'Russia and China said they': both ('Russia or China': nothing)
                return Joint(members) if _joint_subject(c) else None
    if reported is not None and types.get(reported) in agree:
        b = blockers["pl"][tok.i]
        if not (plural and b >= 0 and sent_of[b] == sent_of[tok.i] and b > _clause_top(tok).head.i):
            return reported     # unless plural people come between: 'Iraq said that Saddam and the other
        return None             # accused must face justice, and that they have been held to account'
    if not plural and _reason_about_object(tok, groups.actor_at):
        return None             # 'the government is ending the truce because it did not achieve': the truce
    if not plural and _said_of_object(tok, groups.actor_at):
        return None             # 'criticized Newsweek's initial response, saying it was': the response
    if plural and _reported_by_plural_noun(tok, groups.actor_at):
        return None             # 'savers queuing at Northern Rock said they were horrified'
    conjoined = _conjoined_owner(tok, groups.actor_at)
    if conjoined is not None and types.get(conjoined) in agree and types.get(conjoined) != "NORP":
        return conjoined
    cataphor = _cataphor(tok, groups.actor_at)
    if cataphor is not None:
        return cataphor if types.get(cataphor) in agree else None
    controller = _controller(tok) or _reason_object(tok) or _adjunct_subject(tok)
    if controller is not None:
        actor = groups.actor_at.get(controller.i)
        if actor is not None:
            return actor if types.get(actor) in agree else None
        if controller.tag_ == ("NNS" if plural else "NN"):
            return None     # 'urging the savers not to withdraw their money'
    in_q = quotes is not None and quotes.inside(tok.idx, tok.idx + len(tok))
    doc = tok.doc

    def blocks(b: int, m: Mention, subject: bool) -> bool:
        if b < 0:
            return False
        if m.tok_end > b:
            return False
        if tok.tag_ == "PRP$" and any(c.dep_ == "poss" and m.tok_start <= c.i < m.tok_end for c in doc[b].children):
            return False        # 'Washington's outlook ... its failed policy': things seldom possess
        # a quote interrupted by its attribution ('..., the decision reads. "It has ...')
        return not (in_q and quotes.inside(m.start, m.end)
                    and not quotes.inside(doc[b].idx, doc[b].idx + len(doc[b])))

    # a quoted fragment ('a way to "increase its aggression"') may take an antecedent from its sentence;
    # a quoted clause with its own subject ('that: "He's got an economy ... on its knees"') may not
    quoted_subject = False
    if in_q:
        k = tok.i - 1
        while k >= 0 and quotes.inside(doc[k].idx, doc[k].idx + len(doc[k])) and sent_of[k] == sent_of[tok.i]:
            quoted_subject = quoted_subject or doc[k].dep_ in _SUBJ
            k -= 1
    tok_heads = {h.i for h in tok.ancestors}
    relative = None if plural else _thing_relative(tok, groups.actor_at)
    pool: list[tuple[Mention, bool]] = []
    for m in groups.before(tok.idx, sent_of[tok.i] - GROUP_SENTENCES_BACK, sent_of):
        root = m.span(doc).root
        subject = _subject_like(root, plural)
        if blocks(blockers["sg" if number == "sg" else "pl"][tok.i], m, subject):
            break
        # an object blocks they/them and a non-subject antecedent of their; a subject antecedent of their
        # only when the object is people ('took wives ... against their husbands', not 'began talks ... their summit')
        obj_blocker = blockers["pl_obj" if tok.tag_ != "PRP$" or not subject else "pl_people"][tok.i]
        if plural and blocks(obj_blocker, m, subject) and not _owned_by(doc[obj_blocker], m, groups.actor_at):
            break
        people = blockers["people_any"][tok.i]
        if plural and people >= 0 and sent_of[people] == sent_of[tok.i] and blocks(people, m, subject) \
                and not any(a.dep_ == "relcl" and a.head.i == people for a in tok.ancestors):
            break               # a nearer plural people noun of the same sentence is the referent (not of
            #                         its own relative clause: 'persons whom they claim are using')
        if types.get(m.actor) not in agree:
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according" \
                and sent_of[m.tok_start] == sent_of[tok.i]:
            continue            # 'According to the BBC, they shouted': the source is not what the clause is about
        b = blockers["pl" if plural else "sg"][tok.i]
        if b >= 0 and b not in tok_heads and any(h.i == b for h in root.ancestors) \
                and not (tok.tag_ == "PRP$" and root.head.i == b and root.dep_ == "poss"):
            continue            # inside the phrase of a subject noun: 'shares in the bank ... their high'
        if not plural and (m.label == "NORP" or _plural_form(m.span(doc))
                           or (root.dep_ == "compound" and m.kind != "pronoun")):
            continue            # 'Pakistanis' is no 'it'; 'the UN truce': UN modifies a thing
        if plural and root.dep_ == "compound" and not (root.head.tag_ == "NNS"
                                                       and _acts_for_actor(root.head, groups.actor_at)) \
                and _meeting_members(root) is None:
            continue            # 'NATO leaders ... they', not 'Kroger customers ... they'
        if _participle_agent(root, tok):
            continue            # 'Backed by an investment by AIG, it is pursuing': AIG backs it
        if not plural and m.kind != "pronoun" and _coordinated_actor(root, groups.actor_at, tok):
            continue            # 'the AAAS and the Louisiana Coalition for Science opposed the bill arguing it'
        if relative is not None and (m.tok_end <= relative.i or not subject and tok.tag_ == "PRP"):
            continue            # 'The bill, which passed the House and the Senate despite warnings that it
        if not subject and _is_location(root, types.get(m.actor)):
            continue            # 'airstrikes in Sadr City, which they say killed': a place where, not who
        if plural and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.ent_type_ == "PERSON":
            continue            # 'Abdennour Sameur, of Algeria. They will return': a person's country
        if any(a.dep_ == "relcl" and m.tok_start <= a.head.i < m.tok_end and not _relative_subject(a)
               for a in tok.ancestors):
            continue            # 'the Council they could hope to have' (not 'Iraq that is able to control its borders')
        if plural and types.get(m.actor) == "GPE" and _demonym_people(root):
            break               # 'hard working Canadians ... their needs': the people, not the state
        if in_q and not (quotes.inside(m.start, m.end) and (para_of is None or para_of[m.tok_start] == para_of[tok.i])):
            if _is_speaker(root):
                continue        # the speaker says 'we', not 'it'/'they'
            if (sent_of[m.tok_start] != sent_of[tok.i] or quoted_subject) and (
                    not subject or quotes.inside(m.start, m.end)):
                break           # from a quote, only a subject of the narration (not of another quote)
        pool.append((m, subject))
    if not pool:
        return None
    # rule f, salience: the most recent sentence with an antecedent; its subject first
    sent = sent_of[pool[0][0].tok_start]
    pool = [(m, subject) for m, subject in pool if sent_of[m.tok_start] == sent]
    if sent == sent_of[tok.i]:
        own = _own_subject(tok)
        for m, _ in pool:   # the subject of its own clause before a chain: 'it will talk only if Iran ends its'
            if own is not None and m.kind != "pronoun" and m.tok_start <= own.i < m.tok_end:
                return _one_actor(m, tok, plural, groups.actor_at)
        for m, _ in pool:   # a chain: 'to complete its investigation, issue the report of its findings'
            if m.kind == "pronoun" and GROUP_PRONOUNS.get(doc[m.tok_start].lower_) == number:
                return m.actor
    for m, subject in pool:
        if subject:
            return _one_actor(m, tok, plural, groups.actor_at)
    if plural and _people_subject(doc, sent, sent_of, groups.actor_at):
        return None             # '10 000 supporters of Milinkevich gathered in Belarus' capital ... they shouted'
    if not plural and sent != sent_of[tok.i] and _people_subject(doc, sent, sent_of, groups.actor_at, tag="NN"):
        return None             # 'A bill ... has passed the Spanish Congress of Deputies. It has yet to pass'
    return _one_actor(pool[0][0], tok, plural, groups.actor_at)


def _own_subject(tok: Token) -> Token | None:
    """The subject of the clause whose direct object a possessive is on (*Iran ends its programme*: Iran).

    An actor's possessive on the object of its own verb is that actor, even
    when a chain of the same pronoun ran before it (*the US said that it will
    do so only if Iran ends its uranium enrichment program*). Only a finite
    verb (or one with a modal): the subject of an infinitive after *allow*
    or *let* is often not the owner.
    """
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not any(c.tag_ == "MD" for c in verb.children):
        return None     # an infinitive's subject: 'allow the IAEA to inspect its civilian reactors' (India's)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _object_them(tok: Token, groups: Antecedents, types, sent_of, quotes, para_of, words) -> str | None:
    """Rule f, objects: *them* as an object goes to an agreeing subject before it, and only then.

    *Vodafone say that this purchase will give them better access*, *the
    government wants to defeat them*: the pronoun, read as if it were a
    possessive (*their*), must find a subject antecedent of the same or the
    previous sentence that is not the subject of the pronoun's own clause
    (*the rebels attacked them* is never the rebels); no plural common noun
    may come between (*lower prices and keep them*), nor may a quotation hold
    the pronoun. Object *it* stays alone: it is mostly a thing.
    """
    if tok.lower_ != "them" or tok.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    if quotes is not None and quotes.inside(tok.idx, tok.idx + len(tok)):
        return None
    doc = tok.doc
    head = tok.head if tok.dep_ != "pobj" else tok.head.head
    own = {c.i for c in head.children if c.dep_ in _SUBJ}
    while not own and head.dep_ in {"xcomp", "conj"} and head.head != head:
        head = head.head        # 'Microsoft was ordered to lower them': the subject it shares
        own = {c.i for c in head.children if c.dep_ in _SUBJ}
    for m in groups.before(tok.idx, sent_of[tok.i] - 1, sent_of):
        if m.tok_end > tok.i:
            continue            # a phrase that holds the pronoun ('twenty of them children')
        root = m.span(doc).root
        if types.get(m.actor) not in _AGREES["pl"] or not _subject_like(root, True) \
                or _coordinated_actor(root, groups.actor_at) or _demonym_people(root):
            return None
        role = _role_head(root, True)
        if own & set(range(m.tok_start, m.tok_end)) or role.i in own:
            return None         # 'the rebels attacked them': never the clause's own subject
        if role.head.dep_ in _CLAUSAL and tok.i not in {t.i for t in role.head.subtree}:
            return None         # 'ruled that Palestine is not a state, and ordered them': a reported clause's subject
        if any(t.tag_ in {"NNS", "NNPS"} and t.i not in groups.actor_at and not _acts_for_actor(t, groups.actor_at)
               for t in doc[m.tok_end:tok.i]):
            return None         # 'cut prices and keep them low': a plural noun in between
        return m.actor
    return None


def _cataphor(tok: Token, actor_at) -> str | None:
    """A possessive in a phrase that opens its sentence refers to the subject that follows the phrase.

    *During their two-day summit, the E.U. also discussed*; *On their blog,
    Google said*: the phrase (a prepositional phrase of the main verb, first in
    the sentence, with no name of an actor before the pronoun), or a participle
    clause with no subject of its own that opens the sentence (*Seeking to
    protect their state within a state, Hezbollah has*), is about the
    main clause's subject, when that subject is a name of an actor. Returns
    that actor (the caller checks agreement) or None. Subjects of a fronted
    clause are left to the other rules: *If they accept, Cadbury will cease*
    (the shareholders), *Once Maori electors have decided which roll they are
    on, the Committee*.
    """
    if tok.tag_ != "PRP$" or tok.head.ent_type_ in _NUMERIC_ENTS:
        return None             # 'During its three days, Syria was': the event's days
    sent = tok.sent
    x = tok
    while x.head != x and x.head.i != sent.root.i:
        x = x.head
    if x.head.i != sent.root.i or x.left_edge.i != sent.start:
        return None
    if x.dep_ != "prep" and not (x.dep_ == "advcl" and x.tag_ in {"VBG", "VBN"}
                                 and not any(c.dep_ in _SUBJ | {"mark"} for c in x.children)):
        return None             # a participle clause without a subject has the main clause's subject
    verb = sent.root
    subj = next((c for c in verb.children if c.dep_ in _SUBJ and c.i > x.right_edge.i), None)
    if subj is None or subj.i not in actor_at or subj.pos_ == "PRON" \
            or any(k in actor_at for k in range(sent.start, tok.i)):
        return None
    return actor_at[subj.i]


def bracketed_note(tok: Token, actor_at) -> str | None:
    """What an editor's note in brackets right after the pronoun says it is: the one actor named in it
    (*they [the U.S.]*, *them [the Conservatives]*); ``""`` when the note names a noun but no actor
    or more than one (*it [the hotel]*, *they [the United States and Britain]*); None without a note
    or with a note that names no noun (*it [does]*)."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].text != "[":
        return None
    inside = []
    for j in range(k + 1, min(k + 12, len(doc))):
        if doc[j].text == "]":
            break
        inside.append(doc[j])
    else:
        return None
    actors = {actor_at[t.i] for t in inside if t.i in actor_at}
    if any(t.tag_ == "CC" for t in inside):
        return ""               # 'they [the Australian, Malaysian, New Zealand and Portuguese forces]': several
    if len(actors) == 1:
        return actors.pop()
    return "" if actors or any(t.tag_ in {"NN", "NNS", "NNP", "NNPS"} for t in inside) else None


def _conjoined_owner(tok: Token, actor_at) -> str | None:
    """A possessive on the second of two coordinated nouns is the first one: *Hezbollah and its
    allies*, *Russia and its neighbours*. Only for a name of an actor coordinated with that one noun
    (not *Iraq, Iran and their neighbours*, where it is both; a singular *its* is the conjunct next
    to it even at the end of a list; not people, *Americans and their followers*); returns the actor
    (the caller checks agreement and goes on with the other rules if it fails) or None."""
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    if first.i not in actor_at or first.i > tok.i or first.dep_ == "conj" and tok.lower_ != "its" \
            or first.tag_ in {"NNS", "NNPS"} \
            or sum(c.dep_ == "conj" for c in first.children) != 1 \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None
    return actor_at[first.i]


def _owned_by(noun: Token, m: Mention, actor_at) -> bool:
    """An object thing that the antecedent itself owns does not compete with it: *Vodafone ... are
    looking to consolidate their broadband plans as they increase* (*their* already resolved to
    Vodafone). Plural people (*their husbands*) still compete."""
    if noun.lemma_.lower() in PEOPLE_NOUNS or noun.lower_ in PEOPLE_NOUNS:
        return False
    return any(c.dep_ == "poss" and actor_at.get(c.i) == m.actor for c in noun.children)


def _reason_about_object(tok: Token, actor_at) -> bool:
    """Subject *it* of a *because* / *since* clause hung on a verb with a singular thing as direct
    object: *the government is ending the truce because it did not achieve what it was supposed to*
    (the truce, an event or thing, more likely than an actor named before); not when the verb's
    subject is a name (*South Korea has only limited ability ... because it was not a signatory*)."""
    if tok.dep_ not in _SUBJ or tok.lower_ != "it":
        return False
    clause = tok.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"because", "since"}
                                         for c in clause.children):
        return False
    verb = clause.head
    if any(c.dep_ in _SUBJ and c.tag_ in {"NNP", "NNPS"} for c in verb.children):
        return False            # 'South Korea has only limited ability ... because it was not a signatory'
    return any(c.dep_ == "dobj" and c.tag_ == "NN" and c.i < tok.i and c.i not in actor_at
               and not any(k.i in actor_at for k in c.subtree) for c in verb.children)


def _said_of_object(tok: Token, actor_at) -> bool:
    """*it* is the subject of a clause reported by a participle with no subject of its own (*saying*)
    whose verb has a singular common noun as direct object: *Scott McClellan criticized Newsweek's
    initial response, saying it was*, *Democrats called the resolution a stunt, saying that it
    misrepresented*: the object is what is talked about, not an actor named near it."""
    if tok.dep_ not in _SUBJ:
        return False
    clause = _clause_top(tok)
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.tag_ != "VBG" or verb.lemma_ not in SPEECH_VERBS \
            or verb.dep_ not in {"advcl", "xcomp"} or any(c.dep_ in _SUBJ for c in verb.children):
        return False
    if verb.head.lemma_ in _ISSUE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS
                                                for c in verb.head.children):
        return False            # 'North Korea released a statement saying that it would': the issuer
    return any(c.dep_ == "dobj" and c.tag_ == "NN" and c.i not in actor_at and c.lower_ not in _group_nouns()
               for c in verb.head.children)


#: Verbs that put out a document (:data:`analysis.quote_cues.DOCUMENT_NOUNS`): *released a statement
#: saying it would*, *issued a communique saying that it*: the document speaks for its issuer.
_ISSUE_VERBS = frozenset({"release", "issue", "publish", "send", "post", "deliver", "make", "file", "submit",
                          "present", "circulate", "put"})


def _reported_of_phrase(tok: Token, actor_at) -> str | None:
    """*The government of Sri Lanka says it is withdrawing*: the actor in the ``of`` phrase of an
    organisation or state noun (``data/description_nouns.csv``) that is the subject of the speech or
    thought verb reporting the pronoun's clause."""
    if tok.dep_ not in _SUBJ:
        return None
    clause = _clause_top(tok)
    if clause.dep_ not in {"ccomp", "advcl"} or clause.head.lemma_ not in SPEECH_VERBS | _OPINION_VERBS:
        return None
    for c in clause.head.children:
        if c.dep_ == "nsubj" and c.lower_ in _group_nouns() and c.i not in actor_at:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    return next((actor_at[g.i] for g in p.children if g.dep_ == "pobj" and g.i in actor_at), None)
    return None


def _coordinated_actor(tok: Token, actor_at, pronoun: Token | None = None) -> bool:
    """*The EU and the US*, *Russia and China*: ``tok`` is coordinated with a token of another actor
    (not the conjunct that ``pronoun`` possesses: *Ecuador and their ally Venezuela*)."""
    return len(_coordinated_members(tok, actor_at, pronoun)) > 1


def _coordinated_members(tok: Token, actor_at, pronoun: Token | None = None) -> tuple[str, ...]:
    """The distinct actors of ``tok``'s coordination, in text order (*Russia and China*: both).

    ``()`` when ``tok`` is not coordinated with another actor; the conjunct
    that ``pronoun`` possesses is left out (*Ecuador and their ally Venezuela*).
    """
    h = tok
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    actor = actor_at.get(tok.i)
    group = sorted((h, *h.conjuncts), key=lambda c: c.i)
    others = [c for c in group if c.i != tok.i and c.i in actor_at and actor_at[c.i] != actor
              and not (pronoun is not None and pronoun.head.i == c.i)]
    if not others:
        return ()
    keep = {c.i for c in others} | {tok.i}
    members = [actor_at[c.i] for c in group if c.i in keep and c.i in actor_at]
    return tuple(dict.fromkeys(members))


def _one_actor(m: Mention, tok: Token, plural: bool, actor_at) -> str | None:
    """The antecedent's actor; for *they* a :class:`~analysis.antecedents.Joint` of all members when
    the antecedent is one of coordinated actors.

    *The European Union and the United States have expressed their concerns*:
    *their* is both; the mention's actor is the first-named member (the
    European Union) and its members carry the rest, so that counts and stance
    credit each one (issue 12, session 25; until then such pronouns stayed
    unresolved because one actor alone would give the other's words or acts
    to it).
    """
    if plural and m.kind != "pronoun":
        root = m.span(tok.doc).root
        members = _coordinated_members(root, actor_at, tok)
        if len(members) > 1:
            return Joint(members) if _joint_subject(root) else None
    return m.actor


def _reported_persons(tok: Token, person_at) -> Joint | None:
    """*they* reported by named persons joined by *and*: all of them (round 10).

    *George W. Bush and South Korean President Roh Moo-hyun said that they
    "would not tolerate" a nuclear North Korea*: the subject *they* of a clause
    reported by a speech or thought verb whose subject is two or more named
    persons (every conjunct a person's name) is those persons, a
    :class:`~analysis.antecedents.Joint`. A conjunct that names no one (*Sharif
    Virk and other senior officials*) leaves it alone, as do *or* and a chain.
    """
    if tok.lower_ != "they" or tok.dep_ not in _SUBJ:
        return None
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "advcl"} or clause.head.lemma_ not in THINK_VERBS:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i not in person_at:
        return None
    group = sorted((subject, *subject.conjuncts), key=lambda c: c.i)
    if len(group) < 2 or any(c.i not in person_at for c in group) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for k in group for c in k.children):
        return None
    actors = tuple(dict.fromkeys(person_at[c.i] for c in group))
    return Joint(actors) if len(actors) > 1 else None


def _joint_subject(tok: Token) -> bool:
    """``tok`` is a conjunct of an *and* coordination that is a clause's subject (*Fiat and Ford
    announced*) or part of it as in :func:`_subject_like` (*The leaders of Albania and Croatia will
    get their*), the one kind that a joint referent is made for.

    Not *or* (*whether of Russia or the United States*, *Debka.com or DEBKAfile*: one of them or one
    actor's two names) and not other roles (*funded by the Rowntree trusts ... their findings*, *the
    partition between Gaza and the West Bank ... their last meeting*: on 500 Wikinews articles the
    joint referents of other roles were wrong), which stay unresolved.
    """
    h = tok
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    return _subject_like(h, True) and any(c.dep_ == "cc" and c.lower_ in {"and", "&"}
                                          for k in (h, *h.conjuncts) for c in k.children)


def _continues_thing(tok: Token, actor_at, sent_of: list[int], words: list[str] | None = None) -> bool:
    """Rule i: an *it* after an *it* that stands for a thing, with no actor named in between.

    *"It isn't the end of poverty in Africa, but it is the hope that it can be
    ended"*: the first two are the deal (:func:`refers_to_thing`), and so is the
    third, not the last country named before them. Looks back through the
    pronoun's sentence and the one before. ``words``: the text of every token
    (:attr:`TokenTable.text`): the words that are no it/they are skipped without a Token object.
    """
    if tok.lower_ != "it" or tok.dep_ not in _SUBJ:
        return False
    for t in _pronouns_back(tok, actor_at, sent_of, words):
        if t is None:
            return False
        if t.lower_ == "it" and refers_to_thing(t):
            return True
    return False


def _pronouns_back(tok: Token, actor_at, sent_of: list[int], words: list[str] | None):
    """The tokens before ``tok`` in its sentence and the one before, nearest first, that can be it/they
    (every token without ``words``); ``None`` then stop at the first actor named in between."""
    doc = tok.doc
    first = sent_of[tok.i] - 1
    k = tok.i - 1
    while k >= 0 and sent_of[k] >= first:
        if k in actor_at:
            yield None
            return
        if words is None or words[k].lower() in GROUP_PRONOUNS:   # Token.lower_ is text.lower()
            yield doc[k]
        k -= 1


def _continues_unresolved(tok: Token, number: str, actor_at, sent_of: list[int],
                          words: list[str] | None = None) -> bool:
    """Rule i: the last it/they pronoun of the same number before ``tok``, with no actor named in
    between, was left unresolved: ``tok`` continues its referent, which is no actor.

    *"Hamas has decided to punish the attackers and it will not be reluctant to
    punish them. They crossed all the red lines"*: *them* (an object, left
    alone) is the attackers, and so is *They*. For *it* only an unresolved
    subject or possessive counts (an object *it* is mostly a thing while the
    actor goes on as the subject). Looks back through the pronoun's sentence and
    the one before. ``words`` as for :func:`_continues_thing`.
    """
    for t in _pronouns_back(tok, actor_at, sent_of, words):
        if t is None:
            return False
        if GROUP_PRONOUNS.get(t.lower_) == number and t.tag_ in {"PRP", "PRP$"} and not is_pleonastic(t) \
                and (number == "pl" or t.dep_ in _SUBJ or t.tag_ == "PRP$"):
            return not refers_to_thing(t)   # 'it was a good visit and its staff': the thing has its own referent
    return False


def _participle_agent(root: Token, tok: Token) -> bool:
    """*Backed by an investment by AIG, it is pursuing*: ``root`` is inside a participle phrase of the
    pronoun's own verb that has no subject of its own; the participle's subject is the pronoun, so a
    name inside it is another participant, never the pronoun's referent."""
    if tok.dep_ not in _SUBJ:
        return False
    for c in tok.head.children:
        if c.dep_ == "advcl" and c.i < tok.i and c.tag_ in {"VBN", "VBG"} \
                and not any(k.dep_ in _SUBJ for k in c.children) and c.left_edge.i <= root.i <= c.right_edge.i:
            return True
    return False


def _people_subject(doc: Doc, sent: int, sent_of: list[int], actor_at, tag: str = "NNS") -> bool:
    """The main subject of sentence ``sent`` is a common noun with ``tag`` that names no actor.

    ``NNS``: plural people (*supporters*) for *they*; ``NN``: a thing (*a bill*)
    for *it*, unless it is a noun of an organisation or state (*the government*)
    or the source of a speech verb (*a statement said*); when the sentence is a
    quotation reported by a speech verb, the subject of the quoted clause
    counts (*"A political settlement is not going to be with the Tamil
    Tigers," added Kohona. It will take ...*).
    """
    k = bisect.bisect_left(sent_of, sent)      # sentence numbers never decrease
    if k >= len(sent_of) or sent_of[k] != sent:
        return False
    root = doc[k].sent.root
    heads = [root]
    if tag == "NN" and root.lemma_ in SPEECH_VERBS:
        heads = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    return any(c.dep_ in _SUBJ and c.tag_ == tag and c.i not in actor_at and not _has_actor_modifier(c, actor_at)
               and not (tag == "NN" and c.lower_ in _group_nouns())
               for h in heads for c in h.children)
