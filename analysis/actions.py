"""Agency and power: who does what to whom.

:func:`extract_actions` reads verb relations (and a few event nouns) from the
dependency parse and the resolved ``mentions``; :func:`agency_power`
summarises them per actor.

The rules, one pass over the tokens:

1. **Arguments.** A verb's ``nsubj`` is its agent; ``dobj``, ``dative`` and
   ``nsubjpass`` are patients; the object of a ``by`` phrase of a passive
   verb is the agent (*Ukraine was attacked by Russia*). For the verbs listed
   with a preposition in the word lists (*depend on*, *send ... to*,
   *appeal to*), the object of that preposition is the patient.
2. **Followed through.** Coordinated arguments (*Rutte and Iohannis*) each
   count; a verb without its own subject takes it from the verb it is
   coordinated with (*backed down and withdrew*), controlled by (*decided
   to withdraw*; the object for object control: *forced Orban to resign*),
   or the clause it modifies (a participle: *..., making it certain*; a
   purpose clause: *sent a plane to evacuate its citizens*). A
   relative pronoun stands for the noun the clause modifies (*Rutte, who has
   led the Netherlands*); a participle modifying a noun makes the noun its
   agent (*allies backing Rutte*) or, passive, its patient (*civilians
   killed by ...*).
3. **What stands for an actor.** A mention whose root is the argument, or a
   group noun (:data:`PROXY_NOUNS`: *government, forces, troops, officials*)
   owned or modified by a mention (*Orban's government*, *Russian forces*,
   *the FNL group*); a noun with a named apposition (*the group,
   Palipehutu-FNL*).
4. **Event nouns** from ``data/event_words.csv`` (*Russia's invasion of
   Ukraine*, *attacks on Kyiv*, *aid to Ukraine*, *Ukraine's defence
   against Russia*): the possessor, a name modifier, a country adjective or a
   ``by`` phrase is the agent; the object of the listed preposition the
   patient. The subject of *is / came under attack* is the patient of
   *attack*. For nouns of suffering (*the deaths of 12 civilians*) every
   argument is an ``experiencer``.
5. **Experiencers.** The subject of a verb of suffering (*die, suffer,
   flee*) and the object of a verb of feeling (*frustrated officials*) are
   ``experiencer``.
6. **Deeds in a clause.** A framed verb whose object is a clause
   (*threatened to bar*, *vowed to attack*) carries no frame; the clause's
   verb does. *Claimed* (or *admitted*, *accepted*) *responsibility* is a
   ``harm`` deed of its subject.
7. **Negation.** ``not``/``never``/``no longer`` on the verb sets
   ``negated``.

Each row also carries the verb's ``frame`` (``harm``, ``suffer``, ``help``,
``mediate``, ``resist``, ``obstruct``, ``arrest``, ``blame``,
``psych_negative``, ``psych_positive`` or empty) and ``power``
from the actor's side: +1 as agent of a power-over verb (*order, block,
veto, appoint, sanction*) or as patient of a deference verb (*ask, plead,
depend on, obey*), -1 in the opposite positions, 0 otherwise or when
negated. The word lists are ``data/power_verbs.csv`` and
``data/event_words.csv`` (CC0, written by the project).
"""

from __future__ import annotations

import bisect
import csv
import functools
import importlib.resources

import numpy as np
import pandas as pd
from spacy.attrs import HEAD, IDX, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from .doc_tokens import doc_tokens
from .column_lists import column_list
from .typed_frames import rows_frame

__all__ = ["ACTION_COLUMNS", "AGENCY_COLUMNS", "PROXY_NOUNS", "power_verbs", "event_words", "extract_actions",
           "agency_power"]

#: Columns of the ``actions`` table.
ACTION_COLUMNS = ["doc_id", "sent_id", "actor", "role", "verb", "lemma", "start", "end", "other_actor", "negated",
                  "frame", "power"]

#: Columns of :func:`agency_power`.
AGENCY_COLUMNS = ["doc_id", "actor", "relations", "as_agent", "as_patient", "as_experiencer", "agency",
                  "power_relations", "power"]

#: Group nouns that stand for the actor owning or modifying them.
PROXY_NOUNS = frozenset(
    """government administration regime forces troops army military soldiers police officials authorities ministry
    navy leadership cabinet delegation diplomats fighters militants embassy consulate citizens civilians population
    people nationals residents refugees villagers community minority workers employees convoy city town village
    capital region province group rebels guerrillas militia members supporters loyalists fleet warships aircraft jets
    units party""".split()
)

_NEGATIONS = frozenset({"not", "n't", "n’t", "never"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_CLAIMS = frozenset({"claim", "admit", "accept", "bear"})
_SUBJECT = {"nsubj"}
_OBJECT = {"dobj", "dative", "iobj"}


def _read(name: str) -> list[dict]:
    resource = importlib.resources.files("analysis").joinpath("data", name)
    with resource.open("r", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def power_verbs() -> dict[str, tuple[int, frozenset]]:
    """Power verbs: ``lemma -> (+1 over / -1 defer, prepositions of the patient)``."""
    out: dict[str, tuple[int, set]] = {}
    for row in _read("power_verbs.csv"):
        sign = 1 if row["power"] == "over" else -1
        sign0, preps = out.get(row["lemma"], (sign, set()))
        if row["preposition"]:
            preps.add(row["preposition"])
        out[row["lemma"]] = (sign0, preps)
    return {k: (s, frozenset(p)) for k, (s, p) in out.items()}


@functools.lru_cache(maxsize=1)
def event_words() -> dict[tuple[str, str], tuple[str, frozenset]]:
    """Event words: ``(lemma, VERB|NOUN) -> (frame, prepositions of the patient)``."""
    out: dict[tuple[str, str], tuple[str, set]] = {}
    for row in _read("event_words.csv"):
        key = (row["lemma"], row["pos"])
        frame, preps = out.get(key, (row["frame"], set()))
        preps.update(row["preposition"].split())
        out[key] = (frame, preps)
    return {k: (f, frozenset(p)) for k, (f, p) in out.items()}


class _Index:
    """Mention roots by token, so each argument is resolved in constant time."""

    def __init__(self, doc: Doc, mentions: pd.DataFrame):
        self.by_root: dict[int, str] = {}
        starts = doc.to_array(IDX).tolist()   # token offsets without Token objects
        for s, e, actor in zip(*(column_list(mentions, c) for c in ("start", "end", "actor"))):
            a = bisect.bisect_right(starts, s) - 1
            b = bisect.bisect_left(starts, e)
            if a < 0 or b <= a:
                continue
            root = doc[a:b].root
            self.by_root.setdefault(root.i, actor)

    def refs(self, tok: Token, *, depth: int = 0) -> list[str]:
        """Actors an argument token stands for (with its conjuncts)."""
        out = []
        for t in [tok, *(c for c in tok.conjuncts if c.i > tok.i)] if depth == 0 else [tok]:
            actor = self.by_root.get(t.i)
            if actor is None and t.lower_ in _RELATIVE and t.head.dep_ == "relcl" and depth < 2:
                out.extend(self.refs(t.head.head, depth=depth + 1))
                continue
            if actor is None:  # a noun with a named apposition: the group, Palipehutu-FNL, ...
                actor = next((self.by_root[c.i] for c in t.children if c.dep_ == "appos" and c.i in self.by_root),
                             None)
            if actor is None and (t.lower_ in PROXY_NOUNS or t.lemma_.lower() in PROXY_NOUNS):
                for c in t.children:
                    if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i in self.by_root:
                        actor = self.by_root[c.i]
                        break
                else:
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            for p in c.children:
                                if p.dep_ == "pobj" and p.i in self.by_root:
                                    actor = self.by_root[p.i]
            if actor is not None and actor not in out:
                out.append(actor)
        return out


def _tree_roots(doc: Doc) -> np.ndarray:
    """The root token of each token's dependency tree (its sentence's), by pointer jumping on the head array."""
    roots = np.arange(len(doc)) + doc.to_array(HEAD).astype(np.int64)  # HEAD is relative (uint64-wrapped)
    while True:
        up = roots[roots]
        if np.array_equal(up, roots):
            return roots
        roots = up


def _own_args(verb: Token, preps: frozenset, children: list[Token] | None = None) -> tuple[list[Token], list[Token]]:
    # children: list(verb.children), when the caller has it (each pass over Token.children makes new Tokens)
    children = list(verb.children) if children is None else children
    agents, patients = [], []
    for c in children:
        if c.dep_ in _SUBJECT:
            agents.append(c)
        elif c.dep_ == "nsubjpass" or c.dep_ in _OBJECT:
            patients.append(c)
        elif c.dep_ == "agent":
            agents.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in preps:
            patients.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prt" and c.lower_ in preps:  # fend off X
            patients.extend(p for p in children if p.dep_ == "dobj")
    return agents, patients


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Agent tokens of a verb, inherited when it has none; and whether they are patients (passive)."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if own:
        return [c for c in own], own[0].dep_ == "nsubjpass"
    if depth > 3:
        return [], False
    head = verb.head
    own_passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        subjects, passive = _subjects(head, depth + 1)
        return subjects, own_passive or (passive and verb.tag_ == "VBN")
    if verb.dep_ == "xcomp":
        # object control (forced Orban to resign), else subject control or raising
        # (Payne is alleged to have killed ...): the voice is the xcomp's own
        objects = [c for c in head.children if c.dep_ in {"dobj"}]
        if objects:
            return objects, own_passive
        return _subjects(head, depth + 1)[0], own_passive
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)):
        # a participle (..., killing 12) or a purpose clause (sent a plane to evacuate ...)
        return _subjects(head, depth + 1)[0], own_passive
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return [head], verb.tag_ == "VBN"
    return [], False


def _negated(verb: Token, children: list[Token] | None = None) -> bool:
    for c in verb.children if children is None else children:
        if c.dep_ == "neg" or c.lower_ in _NEGATIONS:
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def _noun_args(noun: Token, preps: frozenset, index: _Index) -> tuple[list[str], list[str]]:
    agents, patients = [], []
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # Georgia is under attack / came under fire / remains under occupation: the subject suffers it
        for c in noun.head.head.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                patients.extend(index.refs(c))
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"}:
            agents.extend(index.refs(c))
        elif c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    agents.extend(index.refs(p))
        elif c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    patients.extend(index.refs(p))
    return agents, patients


def extract_actions(doc: Doc, mentions: pd.DataFrame, *, doc_id: str = "text",
                    sentence_starts: list[int] | None = None) -> pd.DataFrame:
    """Who does what to whom: one row per (verb or event noun, actor, role).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    mentions : pandas.DataFrame
        The ``mentions`` table (descriptions included).
    doc_id : str
        Written into the ``doc_id`` column.
    sentence_starts : list of int, optional
        Character offsets where sentences start; spaCy's when omitted.

    Returns
    -------
    pandas.DataFrame
        The ``actions`` table: ``doc_id``, ``sent_id``, ``actor``, ``role``
        (``agent``, ``patient``, ``experiencer``), ``verb`` (the verb or event
        noun as written), ``lemma``, ``start``, ``end`` (offsets of ``verb``),
        ``other_actor`` (the actor on the other side of the relation, empty if
        none), ``negated``, ``frame`` (``harm``, ``suffer``, ``help``,
        ``mediate``, ``resist``, ``obstruct``, ``arrest``, ``blame``,
        ``psych_negative``, ``psych_positive`` or empty),
        ``power`` (+1, 0, -1 from this actor's side; see the module doc).
    """
    if mentions.empty or len(doc) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ACTION_COLUMNS})
    starts = sentence_starts if sentence_starts is not None else [s.start_char for s in doc.sents]
    index = _Index(doc, mentions)
    powers, events = power_verbs(), event_words()
    rows = []
    # every argument is reached through the dependency tree of its verb or noun, and is resolved only at a
    # mention's root: trees without one (a third of the verbs and nouns) are skipped before any Token is made
    roots = _tree_roots(doc)
    with_actor = np.isin(roots, roots[list(index.by_root)]).tolist() if index.by_root else [False] * len(doc)
    tokens = doc_tokens(doc)             # the Token objects the quotation stage made (one per token)
    for i, pos in enumerate(doc.to_array(POS).tolist()):   # Token objects only for verbs and nouns
        if pos != VERB and pos != NOUN or not with_actor[i]:
            continue
        tok = tokens[i]
        lemma = tok.lemma_.lower()
        if pos == VERB and lemma != "be":
            frame, event_preps = events.get((lemma, "VERB"), ("", frozenset()))
            kids = list(tok.children)   # Token objects made once for the rules below
            children = {c.dep_ for c in kids}
            if frame and "xcomp" in children and not children & _OBJECT:
                frame = ""  # threatened to bar ..., vowed to attack ...: the deed is the clause's own verb
            if not frame and lemma in _CLAIMS and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"
                                                      for c in kids):
                frame = "harm"  # claimed responsibility for the attack: the claimant did the deed
            sign, power_preps = powers.get(lemma, (0, frozenset()))
            agents_t, patients_t = _own_args(tok, event_preps | power_preps, kids)
            if not agents_t and "nsubjpass" not in children:
                inherited, passive = _subjects(tok)
                (patients_t if passive else agents_t).extend(inherited)
            agents = [a for t in agents_t for a in index.refs(t)]
            patients = [a for t in patients_t for a in index.refs(t)]
            negated = _negated(tok, kids)
        elif pos == NOUN and (lemma, "NOUN") in events:
            frame, event_preps = events[(lemma, "NOUN")]
            sign = 0
            agents, patients = _noun_args(tok, event_preps, index)
            negated = False
        else:
            continue
        if not agents and not patients:
            continue
        sent_id = max(bisect.bisect_right(starts, tok.idx) - 1, 0)
        agents = list(dict.fromkeys(agents))
        patients = [p for p in dict.fromkeys(patients) if p not in agents]
        agent_role = "experiencer" if frame == "suffer" else "agent"
        patient_role = ("experiencer" if frame.startswith("psych") or (frame == "suffer" and tok.pos_ == "NOUN")
                        else "patient")  # the deaths of 12 civilians
        base = (doc_id, sent_id)
        verb = (tok.text, lemma, tok.idx, tok.idx + len(tok))
        for a in agents:
            power = 0 if negated else sign
            rows.append((*base, a, agent_role, *verb, patients[0] if patients else "", negated, frame, power))
        for p in patients:
            power = 0 if negated else -sign
            rows.append((*base, p, patient_role, *verb, agents[0] if agents else "", negated, frame, power))
    rows.sort(key=lambda r: (r[6], r[3]))  # by start, then role; stable, as the former mergesort of the table
    return rows_frame(rows, dict(zip(ACTION_COLUMNS, ("str", "int64", "str", "str", "str", "str", "int64", "int64",
                                                      "str", "bool", "str", "int64"))))


def agency_power(actions: pd.DataFrame) -> pd.DataFrame:
    """Agency and power per actor.

    Parameters
    ----------
    actions : pandas.DataFrame
        The ``actions`` table.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``): ``relations`` (rows),
        ``as_agent``, ``as_patient``, ``as_experiencer``, ``agency``
        (``as_agent / relations``), ``power_relations`` (rows with a power
        verb, not negated), ``power`` (mean of their ``power``, in [-1, 1];
        NaN when there is none).
    """
    if actions.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in AGENCY_COLUMNS})
    rows = agency_rows(actions)
    if not rows:
        table = pd.DataFrame(rows, columns=AGENCY_COLUMNS)
        return table.astype({"agency": float, "power": float})
    # built column by column: the same table as from the rows and an astype of the two ratios, at half the cost
    columns = dict(zip(AGENCY_COLUMNS, (list(c) for c in zip(*rows))))
    columns["agency"] = np.array(columns["agency"], dtype=float)
    columns["power"] = np.array(columns["power"], dtype=float)
    return pd.DataFrame(columns)


def agency_rows(actions) -> list[tuple]:
    """The rows of :func:`agency_power` as tuples (:data:`AGENCY_COLUMNS`), sorted by ``(doc_id, actor)``.

    ``actions``: the ``actions`` table, or its
    :class:`analysis.column_lists.ColumnLists` (columns read once when shared).
    """
    # counted with dictionaries: a document has a few dozen action rows, too few for pandas' crosstab to pay
    position = {"agent": 0, "patient": 1, "experiencer": 2}
    roles: dict[tuple, list[int]] = {}
    powers: dict[tuple, list[int]] = {}
    columns = [actions[c] for c in ("doc_id", "actor", "role", "power")]
    for doc_id, actor, role, power in zip(*(c if isinstance(c, list) else c.tolist() for c in columns)):
        if not isinstance(doc_id, str) or not isinstance(actor, str) or not isinstance(role, str):
            continue  # as crosstab: rows with a missing key are not counted
        counts = roles.setdefault((doc_id, actor), [0, 0, 0])
        if role in position:
            counts[position[role]] += 1
        if power != 0:
            powers.setdefault((doc_id, actor), []).append(power)
    rows = []
    for key in sorted(roles):
        agent, patient, experiencer = roles[key]
        relations = agent + patient + experiencer
        powered = powers.get(key, [])
        rows.append((*key, relations, agent, patient, experiencer, agent / relations if relations else np.nan,
                     len(powered), sum(powered) / len(powered) if powered else np.nan))
    return rows
