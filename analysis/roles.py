"""Roles: protagonist, antagonist, innocent -- or unclear -- from evidence rows.

The rule is a transparent score. For every actor of a document, each piece of
evidence already in the tables adds a weight to one of three roles
(``protagonist`` = a hero or helper, ``antagonist`` = a villain or
obstacle, ``innocent`` = a victim), following the role taxonomy of SemEval-2025
Task 10 and Frermann et al. (2023):

=============================  ==========================  ============================
evidence (table)               role it supports            weight
=============================  ==========================  ============================
targeted tone                  protagonist if > 0; if < 0: 2 x abs(``mean_target_score``)
(``actor_sentiment``)          innocent if harmed and      x min(1, mentions / 2)
                               harming no one; antagonist
                               if accused or arrested;
                               else split by agency (share
                               ``agency`` to antagonist,
                               the rest to innocent; all
                               antagonist without verb
                               relations, all innocent for
                               such a place); not counted
                               for a critic of an
                               antagonist (below)
blamed (patient of ``blame``:  antagonist                  1 per row (at most 2)
accused, charged, criticised,
sanctioned)
harm done (``actions``:        antagonist                  1 per row (at most 3)
agent of a ``harm`` verb;
*claimed responsibility*)
obstruction (agent of          antagonist                  0.75 per row (at most 1.5)
``obstruct``: block, veto,
stall, boycott)
arrests a non-antagonist       antagonist                  1 per row (at most 2)
arrested by no one named or    antagonist (a suspect)      0.5 per row (at most 1)
by a non-antagonist
harm or obstruction done to    protagonist                 0.5 per row (at most 1)
an antagonist
(*the army attacked the FNL*)
resisted / defended against    antagonist                  1 per row (at most 2)
(patient of ``resist``)
upset others (agent of         antagonist                  0.5 per row (at most 1)
``psych_negative``)
harmed (patient of ``harm``,   innocent                    1 per row (at most 3)
experiencer of ``suffer``:
*the deaths of 12 civilians*;
arrested by an antagonist)
helped (patient of ``help``)   innocent                    0.75 per row (at most 2.25)
defends against someone        innocent and protagonist    0.5 each (at most 1)
mediates (agent of             protagonist                 1 per row (at most 2)
``mediate``: broker, mediate)
helps (agent of ``help``; a    protagonist                 0.75 per row (at most 2.25)
transfer verb such as *send*
only with a recipient)
blames an antagonist (not      protagonist                 0.5 per row (at most 1)
already a stance row)
pleased others                 protagonist                 0.5 per row (at most 1)
role nouns in descriptors      their role                  1 per row (at most 2)
(head or modifier: *a victim*,
*the rebel group*)
office of an antagonist        antagonist                  0.5
(title, apposition or epithet
naming it: *Russian
President*)
descriptors' valence (titles   sign of their sum           abs(sum), at most 1
excluded: *Justice* Minister)
stance received favor          protagonist (antagonist     0.5 per row (at most 2)
(``stance``)                   when the holder is one)
stance received against        antagonist (protagonist,    0.5 per row (at most 2)
                               or innocent for a passive
                               actor, when the holder is
                               an antagonist)
stance given favor             antagonist toward an        0.5 per row (at most 1)
                               antagonist, else
                               protagonist
stance given against           protagonist toward an       0.5 per row (at most 1.5)
                               antagonist, else
                               antagonist
=============================  ==========================  ============================

Negated actions count for nothing. A stance row that restates a ``help``
action (*sent aid to Ukraine*) counts only as help. The innocent score is
multiplied by ``1.5 - agency`` (agency = share of the actor's verb relations
where it is the agent; 1 when it has none): victims are acted upon.

The holders' and targets' roles in the stance rows, and the other side of
harm, arrests, obstruction and blame, come from a first pass that ignores
given stance; in that pass every other actor counts as a non-antagonist (and
only an arrest by no one named marks a suspect).

A **critic** gives stance against, blames or obstructs an antagonist and
neither harms anyone nor is blamed: the negative tone around it is the tone of
its words (*war crimes*, *attacks*), so it is not counted (*Amnesty accused
Israel of ...*; *France condemned Russia*).

Help received does not count when the actor is blamed.

**Decision.** With ``A``, ``P``, ``I`` the three scores: ``unclear`` when
their sum is below :data:`MIN_EVIDENCE`, when the only evidence is the tone of
a single mention (*thin evidence: one mention, its tone only*), or when the
best beats the second by less than :data:`MARGIN` (conflicting evidence) and
antagonist is not one of the two; such a near-tie with antagonist is
``antagonist`` with confidence 0 (the commonest role in news); otherwise the
best. ``role_confidence = (best - second) / sum x min(1, sum / 2)`` in [0, 1].
``role_reason`` lists the scores and the evidence, strongest first, each with
the sentences (``s<sent_id>``) and actors of the rows behind it.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .column_lists import ColumnLists

__all__ = ["ROLE_COLUMNS", "ROLES", "MIN_EVIDENCE", "MARGIN", "assign_roles"]

#: The roles, in the order used for ties.
ROLES = ("protagonist", "antagonist", "innocent")

#: Minimum total score for a role.
MIN_EVIDENCE = 0.15

#: Minimum lead of the best role over the second.
MARGIN = 0.1

#: Weight of each row where the actor is accused, charged, convicted or criticised (``blame`` frame).
BLAME_WEIGHT = 1.0

#: Share of a negative tone that counts as villainy for an actor without verb relations.
NO_AGENCY_SHARE = 1.0

#: Actor types that are places: without verb relations, a negative tone around them is the scene, not villainy.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _villain_share(agency: float, place: bool = False) -> float:
    """Share of a negative targeted tone that supports ``antagonist`` (the rest supports ``innocent``)."""
    if np.isnan(agency):
        return 0.0 if place else NO_AGENCY_SHARE
    return float(agency)


#: Columns of :func:`assign_roles`.
ROLE_COLUMNS = ["doc_id", "actor", "role", "role_reason", "role_confidence", "protagonist_score",
                "antagonist_score", "innocent_score"]


@dataclass
class _Evidence:
    scores: dict = field(default_factory=lambda: dict.fromkeys(ROLES, 0.0))
    items: list = field(default_factory=list)   # (weight, role, text)
    thin: str = ""                               # why the evidence is too thin to decide, whatever its size

    def add(self, role: str, name: str, rows: list[str], per_row: float, cap: float, *,
            also: str | None = None) -> None:
        if not rows:
            return
        weight = min(per_row * len(rows), cap)
        self.scores[role] += weight
        if also:
            self.scores[also] += weight
        shown = ", ".join(rows[:4]) + (", ..." if len(rows) > 4 else "")
        self.items.append((weight, role, f"{name}={len(rows)} ({shown})"))


def _refs(rows: list[dict], who: str) -> list[str]:
    return [f"s{r['sent_id']} {r[who]}" if r[who] else f"s{r['sent_id']}" for r in rows]


def _evidence(actor: str, *, tone: tuple[float, int] | None, actions: list[dict], descriptors: list[dict],
              received: list[dict], given: list[dict], roles: dict[str, str], agency: float,
              place: bool = False, role_sets: tuple[set, set] | None = None) -> _Evidence:
    # role_sets: the (antagonists, protagonists or innocents) among ``roles`` other than ``actor``, when the
    # caller has them (one set per document instead of one per actor: linear in the number of actors)
    ev = _Evidence()
    by: dict[tuple[str, str], list[dict]] = {}
    for r in actions:
        if not r["negated"]:
            by.setdefault((r["role"], r["frame"]), []).append(r)
    nouns = role_nouns()
    noun_roles = [(d, _role_noun(d, nouns)) for d in descriptors]   # each descriptor's role noun, looked up once
    named = [(d, role) for d, role in noun_roles if role]
    named_roles = [role for _, role in named]
    victim = ((("patient", "harm") in by or ("experiencer", "suffer") in by or "innocent" in named_roles)
              and ("agent", "harm") not in by and "antagonist" not in named_roles)
    if role_sets is None:
        bad = {a for a, r in roles.items() if r == "antagonist"}
        good = {a for a, r in roles.items() if r in {"protagonist", "innocent"}}
    else:
        bad, good = role_sets
    # arrested by no one named, or by an actor the first pass did not find a villain: a suspect (in the first pass,
    # when the roles of others are unknown, only an arrest by no one named counts)
    arrested = [r for r in by.get(("patient", "arrest"), [])
                if not r["other_actor"] or (roles and r["other_actor"] not in bad)]
    criticised = sorted({r["target"] for r in given if r["stance"] == "against" and r["target"] in bad}
                        | {r["other_actor"] for f in ("blame", "obstruct") for r in by.get(("agent", f), [])
                           if r["other_actor"] in bad})
    critic = bool(criticised) and ("agent", "harm") not in by and ("patient", "blame") not in by
    if critic and tone is not None and not math.isnan(tone[0]) and tone[0] < -0.05:
        # the tone around an actor that condemns a villain is the tone of its words (war crimes, attacks)
        ev.items.append((0.0, "protagonist", f"target_score={tone[0]:+.2f} (not counted: the tone of its "
                                             f"criticism of {', '.join(criticised)})"))
    elif tone is not None and not math.isnan(tone[0]) and abs(tone[0]) > 0.05:
        score, n = tone
        weight = 2 * abs(score) * min(1.0, n / 2)
        if score > 0 or victim:
            role = "protagonist" if score > 0 else "innocent"
            ev.scores[role] += weight
            ev.items.append((weight, role, f"target_score={score:+.2f} ({n} mentions)"))
        else:  # a negative tone blames an actor that acts, and pities one that is only acted upon
            suspect = ("patient", "blame") in by or bool(arrested)
            share = 1.0 if suspect else _villain_share(agency, place)  # the accused or arrested: no pity
            ev.scores["antagonist"] += weight * share
            ev.scores["innocent"] += weight * (1 - share)
            ev.items.append((weight, "antagonist" if share >= 0.5 else "innocent",
                             f"target_score={score:+.2f} ({n} mentions, agency "
                             f"{'none' if math.isnan(agency) else f'{agency:.2f}'}: {share:.0%} antagonist)"))
    if not (actions or descriptors or received or given):  # the tone alone (half the actors): every rule below is empty
        _mark_thin(ev, tone)
        return ev

    def rows(role, frame, who="other_actor", keep=lambda r: True):
        if (role, frame) not in by:
            return []
        return [f"s{r['sent_id']} {r['verb']}".strip()
                + (f" by {r['other_actor']}" if r["other_actor"] and who == "by"
                   else f" -> {r['other_actor']}" if r["other_actor"] else "")
                for r in by.get((role, frame), []) if keep(r)]

    ev.add("antagonist", "harm_done", rows("agent", "harm", keep=lambda r: r["other_actor"] not in bad), 1.0, 3.0)
    ev.add("antagonist", "arrests_non_antagonist", rows("agent", "arrest", keep=lambda r: r["other_actor"] in good),
           1.0, 2.0)
    ev.add("antagonist", "obstructs", rows("agent", "obstruct", keep=lambda r: r["other_actor"] not in bad),
           0.75, 1.5)
    ev.add("protagonist", "acts_against_antagonist",
           rows("agent", "harm", keep=lambda r: r["other_actor"] in bad)
           + rows("agent", "obstruct", keep=lambda r: r["other_actor"] in bad), 0.5, 1.0)
    stated_given = {(r["sent_id"], r["target"]) for r in given if r["stance"] == "against"}
    ev.add("protagonist", "blames_antagonist",
           rows("agent", "blame", keep=lambda r: r["other_actor"] in bad
                and (r["sent_id"], r["other_actor"]) not in stated_given), 0.5, 1.0)
    ev.add("antagonist", "arrested", rows("patient", "arrest", "by", keep=lambda r: r in arrested), 0.5, 1.0)
    ev.add("protagonist", "mediates", rows("agent", "mediate"), 1.0, 2.0)
    ev.add("antagonist", "resisted_by", rows("patient", "resist"), 1.0, 2.0)
    stated = {r["sent_id"] for r in received if r["stance"] == "against"}
    blamed = rows("patient", "blame", "by", keep=lambda r: r["sent_id"] not in stated)
    ev.add("antagonist", "blamed", blamed, BLAME_WEIGHT, 2 * BLAME_WEIGHT)
    ev.add("antagonist", "upset", rows("agent", "psych_negative"), 0.5, 1.0)
    innocent = _Evidence()
    innocent.add("innocent", "harmed", rows("patient", "harm", "by") + rows("experiencer", "suffer")
                 + rows("patient", "arrest", "by", keep=lambda r: r["other_actor"] in bad), 1.0, 3.0)
    if not blamed:  # help given to an accused actor is no sign of victimhood
        innocent.add("innocent", "helped", rows("patient", "help", "by"), 0.75, 2.25)
    factor = 1.5 - (1.0 if math.isnan(agency) else agency)
    for weight, role, text in innocent.items:
        ev.scores[role] += weight * factor
        ev.items.append((weight * factor, role, text))
    ev.add("protagonist", "defends_against", rows("agent", "resist"), 0.5, 1.0, also="innocent")
    transfers = _transfer_verbs()  # sent troops, provided information: help only with a recipient
    ev.add("protagonist", "helps",
           rows("agent", "help", keep=lambda r: r["other_actor"] or r["lemma"] not in transfers), 0.75, 2.25)
    ev.add("protagonist", "pleased", rows("agent", "psych_positive"), 0.5, 1.0)
    for role in ROLES:
        ev.add(role, "described_as", [f"s{d['sent_id']} {d['text']!r}" for d, r in named if r == role], 1.0, 2.0)
    plain = [d for d, role in noun_roles if not role and d.get("kind") != "title"]  # titles are offices
    if plain:
        total = float(sum(d["valence"] for d in plain))
        if abs(total) > 0.05:
            role = "protagonist" if total > 0 else "antagonist"
            weight = min(abs(total), 1.0)
            ev.scores[role] += weight
            shown = ", ".join(f"s{d['sent_id']} {d['text']!r} {d['valence']:+.2f}"
                              for d in [d for d in plain if abs(d["valence"]) > 0.05][:3])
            ev.items.append((weight, role, f"descriptor_valence={total:+.2f} ({shown})"))
    # only villains count: look for them alone (the same set as filtering the offices of every actor)
    offices = {(d["sent_id"], str(d["text"]), other) for d in descriptors if bad and d.get("kind", "title") in
               _OFFICE_KINDS for other in _represented(str(d["text"]), bad) if other != actor}
    ev.add("antagonist", "represents_antagonist", [f"s{s} {text!r} -> {other}" for s, text, other in sorted(offices)],
           0.5, 0.5)
    fav = [r for r in received if r["stance"] == "favor"]
    against = [r for r in received if r["stance"] == "against"]
    ev.add("protagonist", "stance_received_favor", _refs([r for r in fav if r["holder"] not in bad], "holder"),
           0.5, 2.0)
    ev.add("antagonist", "stance_received_favor_from_antagonist",
           _refs([r for r in fav if r["holder"] in bad], "holder"), 0.5, 2.0)
    ev.add("antagonist", "stance_received_against", _refs([r for r in against if r["holder"] not in bad], "holder"),
           0.5, 2.0)
    passive = not math.isnan(agency) and agency <= 0.5
    ev.add("innocent" if passive else "protagonist", "stance_received_against_from_antagonist",
           _refs([r for r in against if r["holder"] in bad], "holder"), 0.5, 2.0)
    gfav = [r for r in given if r["stance"] == "favor"]
    gagainst = [r for r in given if r["stance"] == "against"]
    ev.add("antagonist", "stance_given_favor_to_antagonist", _refs([r for r in gfav if r["target"] in bad], "target"),
           0.5, 1.0)
    ev.add("protagonist", "stance_given_favor", _refs([r for r in gfav if r["target"] in good], "target"), 0.5, 1.0)
    ev.add("protagonist", "stance_given_against_antagonist",
           _refs([r for r in gagainst if r["target"] in bad], "target"), 0.5, 1.0)
    ev.add("antagonist", "stance_given_against", _refs([r for r in gagainst if r["target"] in good], "target"),
           0.5, 1.5)
    _mark_thin(ev, tone)
    return ev


def _mark_thin(ev: _Evidence, tone: tuple[float, int] | None) -> None:
    """Mark evidence made of one mention's tone alone as too thin to decide."""
    if tone is not None and tone[1] <= 1 and len(ev.items) == 1 and ev.items[0][2].startswith("target_score"):
        ev.thin = "one mention, its tone only"


@functools.lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    """Nouns that name a role (*victim*, *terrorist*, *mediator*): ``lemma -> role``."""
    resource = importlib.resources.files("analysis").joinpath("data", "role_nouns.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        return {row["lemma"]: row["role"] for row in csv.DictReader(fh)}


def _role_noun(descriptor: dict, nouns: dict[str, str]) -> str | None:
    """The role a descriptor names: its head (*a victim of ...*) or a noun before the head (*the rebel group*)."""
    if descriptor["lemma"] in nouns:
        return nouns[descriptor["lemma"]]
    words = []
    for word in str(descriptor["text"]).lower().replace("-", " ").split():
        if word in _STOP:
            break
        words.append(word)
    for word in words[:-1]:  # modifiers before the head word, not the head's own phrase
        for form in (word, word[:-1] if word.endswith("s") else word):
            if form in nouns:
                return nouns[form]
    return None


_STOP = frozenset({"of", "who", "which", "that", "in", "for", "from", "with", "to", "at", "on", ","})


#: Descriptor kinds that can name the office an actor holds for another (*Russian President*).
_OFFICE_KINDS = frozenset({"title", "apposition", "epithet"})


def _represented(text: str, actors) -> list[str]:
    """Actors of the document an office descriptor names: *Russian President* -> Russia, *NATO chief* -> NATO."""
    from .gazetteer import country_lookup
    words = re.findall(r"[\w'.-]+", text)
    found = [country_lookup("adjective").get(w) or country_lookup("name").get(w) for w in words]
    found = [f for f in found if f in actors]
    found += [a for a in actors if a not in found and _word_pattern(a).search(text)]
    return found


@functools.lru_cache(maxsize=8192)
def _word_pattern(name: str) -> re.Pattern:
    """``name`` as a whole word; compiled once (a long article has more actors than ``re``'s own cache holds)."""
    return re.compile(r"\b" + re.escape(name) + r"\b")


@functools.lru_cache(maxsize=1)
def _transfer_verbs() -> frozenset:
    """``help`` verbs that name a transfer (*send, provide, give*): help only when they have a recipient."""
    from .actions import event_words
    return frozenset(lemma for (lemma, pos), (frame, preps) in event_words().items()
                     if frame == "help" and pos == "VERB" and "to" in preps)


def _decide_role(ev: _Evidence) -> str:
    """The role of :func:`_decide` alone, without its reason (the first pass reads only the role)."""
    ranked = sorted(ROLES, key=lambda r: -ev.scores[r])
    best, second = ev.scores[ranked[0]], ev.scores[ranked[1]]
    if sum(ev.scores.values()) < MIN_EVIDENCE or ev.thin:
        return "unclear"
    if best - second < MARGIN:
        return "antagonist" if "antagonist" in ranked[:2] and ev.scores["antagonist"] > 0 else "unclear"
    return ranked[0]


def _decide(ev: _Evidence) -> tuple[str, str, float]:
    """The role of :func:`_decide_role`, with its reason and confidence."""
    role = _decide_role(ev)
    ranked = sorted(ROLES, key=lambda r: -ev.scores[r])
    best, second = ev.scores[ranked[0]], ev.scores[ranked[1]]
    total = sum(ev.scores.values())
    scores = ", ".join(f"{r[0].upper()}={ev.scores[r]:.2f}" for r in ROLES)
    items = "; ".join(text for _, _, text in sorted(ev.items, key=lambda x: (x[1] != ranked[0], -x[0])))
    if total < MIN_EVIDENCE or ev.thin:
        why = f"{ev.thin}; " if ev.thin else ""
        return role, f"thin evidence ({why}{scores})" + (f": {items}" if items else ""), 0.0
    if best - second < MARGIN:
        lean = ", leaning antagonist" if role == "antagonist" else ""
        return role, f"conflicting evidence{lean} ({scores}): {items}", 0.0
    confidence = round((best - second) / total * min(1.0, total / 2), 2)
    return role, f"{role} ({scores}): {items}", confidence


def assign_roles(*, actors: pd.DataFrame, actor_sentiment: pd.DataFrame, stance: pd.DataFrame,
                 actions: pd.DataFrame, descriptors: pd.DataFrame, agency: pd.DataFrame) -> pd.DataFrame:
    """The role each document gives each actor, with its reason and confidence.

    Parameters
    ----------
    actors : pandas.DataFrame
        ``doc_id``, ``actor`` of the actors to judge (e.g. ``entity_frequency``);
        optional ``actor_type``: places (``GPE``, ``LOC``, ``FAC``) that do
        nothing in the text are not blamed for a negative tone around them.
    actor_sentiment, stance, actions, descriptors : pandas.DataFrame
        The tables of the same name.
    agency : pandas.DataFrame
        :func:`analysis.actions.agency_power`.

    Returns
    -------
    pandas.DataFrame
        One row per (``doc_id``, ``actor``): ``role`` (``protagonist``,
        ``antagonist``, ``innocent``, ``unclear``), ``role_reason``,
        ``role_confidence`` (0-1; 0 for ``unclear``), and the three scores
        ``protagonist_score``, ``antagonist_score``, ``innocent_score``.
    """
    return pd.DataFrame(role_rows(actors=actors, actor_sentiment=actor_sentiment, stance=stance, actions=actions,
                                  descriptors=descriptors, agency=agency), columns=ROLE_COLUMNS)


def role_rows(*, actors, actor_sentiment, stance, actions, descriptors, agency) -> list[tuple]:
    """The rows of :func:`assign_roles` as tuples (in :data:`ROLE_COLUMNS` order).

    The tables may be :class:`analysis.column_lists.ColumnLists` (each
    column read once when the caller shares them); ``agency`` may also be
    a dictionary ``doc_id -> {actor: agency}``.
    """
    out = []
    for doc_id, names, places in _actor_groups(actors):
        doc_actions = _of_doc(actions, doc_id)
        doc_stance = _without_help(_of_doc(stance, doc_id), doc_actions)
        doc_tone = _of_doc(actor_sentiment, doc_id)
        tone = {a: (s, n) for a, s, n in zip(_col(doc_tone, "actor"), _col(doc_tone, "mean_target_score"),
                                             _col(doc_tone, "mentions"))}
        acts = _by(doc_actions, "actor", _ACTION_FIELDS)
        descs = _by(_of_doc(descriptors, doc_id), "actor", _DESCRIPTOR_FIELDS)
        recv, give = _by(doc_stance, ("target", "holder"), _STANCE_FIELDS)
        if isinstance(agency, dict):
            ag = agency.get(doc_id, {})
        else:
            doc_agency = _of_doc(agency, doc_id)
            ag = dict(zip(_col(doc_agency, "actor"), _col(doc_agency, "agency")))

        def judge(actor, roles, role_sets=None):
            return _evidence(actor, tone=tone.get(actor), actions=acts.get(actor, []),
                             descriptors=descs.get(actor, []), received=recv.get(actor, []),
                             given=give.get(actor, []) if roles else [], roles=roles,
                             agency=float(ag.get(actor, np.nan)), place=actor in places, role_sets=role_sets)

        first = {a: _decide_role(judge(a, {})) for a in names}
        # the second pass sees the first-pass roles of the other actors (not a copy of them per actor)
        bad = {a for a, r in first.items() if r == "antagonist"}
        good = {a for a, r in first.items() if r in {"protagonist", "innocent"}}
        for actor in names:
            others = first if any(k != actor for k in first) else {}  # only whether there are others is read
            ev = judge(actor, others, (bad - {actor}, good - {actor}))
            role, reason, confidence = _decide(ev)
            out.append((doc_id, actor, role, reason, confidence, *(round(ev.scores[r], 3) for r in ROLES)))
    return out


def _col(table, column: str) -> list:
    """One column of a table (pandas or :class:`~analysis.column_lists.ColumnLists`) as a list."""
    values = table[column]
    return values if isinstance(values, list) else values.tolist()


def _actor_groups(actors: pd.DataFrame) -> list[tuple[object, list[str], set[str]]]:
    """``(doc_id, actors, places among them)`` per document, in order of first appearance.

    The groups of ``actors.groupby("doc_id", sort=False)`` (rows without a
    ``doc_id`` dropped), read from column lists: pandas' group-by costs more
    than the whole loop for the one document of the pipeline.
    """
    columns = ["doc_id", "actor"] + (["actor_type"] if "actor_type" in actors.columns else [])
    groups: dict[object, tuple[list[str], set[str]]] = {}
    for row in zip(*(_col(actors, c) for c in columns)):
        if pd.isna(row[0]):
            continue
        names, places = groups.setdefault(row[0], ([], set()))
        names.append(row[1])
        if len(row) > 2 and row[2] in PLACE_TYPES:
            places.add(row[1])
    return [(doc_id, names, places) for doc_id, (names, places) in groups.items()]


def _of_doc(table: pd.DataFrame, doc_id) -> pd.DataFrame:
    """The rows of one document (the table itself when it holds no other: the pipeline's case)."""
    if all(d == doc_id for d in _col(table, "doc_id")):   # a list is faster to test than a pandas mask
        return table
    frame = table.table if isinstance(table, ColumnLists) else table
    match = frame["doc_id"] == doc_id
    if match.all():
        return table
    return ColumnLists(frame[match]) if isinstance(table, ColumnLists) else frame[match]


#: The fields of the action, descriptor and stance records that :func:`_evidence` reads.
_ACTION_FIELDS = ("actor", "sent_id", "role", "frame", "verb", "lemma", "other_actor", "negated")
_DESCRIPTOR_FIELDS = ("actor", "sent_id", "text", "kind", "lemma", "valence")
_STANCE_FIELDS = ("sent_id", "holder", "target", "stance")


def _by(table: pd.DataFrame, column, fields=None):
    """Rows of a table as records, grouped by one column (in table order).

    ``column``: a column name, or a tuple of names for one grouping per name
    (the records are built once and shared). ``fields``: the columns the
    records keep (those of the table; all when None): reading a text column
    into Python is the cost.
    """
    names = list(table.columns) if fields is None else [c for c in fields if c in table.columns]
    records = [dict(zip(names, values)) for values in zip(*(_col(table, c) for c in names))]
    groups = []
    for key in (column,) if isinstance(column, str) else column:
        out: dict[str, list[dict]] = {}
        for rec in records:
            out.setdefault(rec[key], []).append(rec)
        groups.append(out)
    return groups[0] if isinstance(column, str) else tuple(groups)


def _without_help(stance: pd.DataFrame, actions: pd.DataFrame) -> pd.DataFrame:
    """Stance rows that do not restate a ``help`` action between the same two actors."""
    if stance.empty or actions.empty:
        return stance
    keys = {(s, a, o) for s, a, o, frame, role in zip(*(_col(actions, c) for c in
                                                         ("sent_id", "actor", "other_actor", "frame", "role")))
            if frame == "help" and role == "agent"}
    keep = [(s, h, t) not in keys for s, h, t in zip(*(_col(stance, c) for c in ("sent_id", "holder", "target")))]
    if all(keep):
        return stance
    return ColumnLists(stance.table[keep]) if isinstance(stance, ColumnLists) else stance[keep]
