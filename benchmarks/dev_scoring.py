"""Score the analysis of the dev articles against their human gold readings.

Pure functions: each takes the package's tables of *one* article (pandas
DataFrames with the columns documented in the README), the article's text and
its gold dict (``tests/data/dev/<doc_id>.gold.json``) and returns counts and
per-item rows. They import nothing from :mod:`analysis`, so any version of the
package can be scored, and they are tested on invented inputs
(``tests/test_dev_scoring.py``).

Matching rules
--------------
* **Actors.** A found actor *is* a gold actor when its canonical name, folded
  (case, accents, a leading *the* or title such as *Mr*, full stops, a
  possessive *'s*), equals the folded gold canonical name, one of its
  ``names``, ``aliases`` (other names of the same actor, e.g. *Democratic
  Republic of the Congo* for *DR Congo*) or ``adjectives``, also with middle
  initials dropped (*George W. Bush* = *George Bush*). It is
  a true positive when the type also agrees; a second found actor for the same
  gold actor is a ``duplicate`` (counted against precision); a found actor that
  matches ``other_entities`` is ``other`` (neutral: neither right nor wrong);
  anything else is ``junk``.
* **Pronouns.** The pronoun's offset is the first whole-word, case-sensitive
  match of ``pronoun`` inside ``evidence``; the found mention starting there is
  compared with the gold ``actor`` (or one of ``actor_also``). Gold pronouns with ``actor: null`` refer to
  no listed actor: right when nothing (or nothing matching a gold actor) is
  found there.
* **Quotes.** A found quote's span is ``start..end``; for ``indirect`` quotes
  it is extended to the speaker (``speaker_start..end``). It matches a gold
  quote when it covers the evidence or overlaps at least half of it. The
  speaker is right when it is the gold ``speaker`` or one of
  ``speaker_also`` (``null`` = no actor, an anonymous source).
* **Stance.** Distinct ``(holder, target, stance)`` triples per article, names
  mapped to gold actors; a gold item may list ``holder_also`` /
  ``target_also`` (other acceptable names).
* **Target sentiment.** Sign of the (mention-weighted) score with a neutral
  band of ±0.05; a gold actor that was not found counts as wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pandas as pd

NEUTRAL_BAND = 0.05
HE_SHE = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
IT_THEY = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
TYPES = ("PERSON", "ORG", "GPE", "NORP")
SIGNS = ("positive", "neutral", "negative")

__all__ = ["fold", "paragraph_spans", "locate", "actor_lookup", "match_actor", "prf", "score_actors",
           "score_name_mentions", "score_pronouns", "score_quotes", "score_stance", "score_sentiment",
           "score_roles", "sign", "macro_f1"]


# --------------------------------------------------------------------------- helpers

def fold(name) -> str:
    """Fold a name for matching: case, accents, dots, possessive, a leading *the* or title (*Mr*, *President*)."""
    if name is None or (isinstance(name, float) and name != name):
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    s = _TITLE.sub("", s)
    return s.strip()


_TITLE = re.compile(r"^(?:the|mr|mrs|ms|dr|sir|president|prime minister|pastor|general|judge|ambassador)\s+")


def _forms(name: str) -> set[str]:
    """Folded form of a name, and the same without middle initials."""
    key = fold(name)
    out = {key} if key else set()
    words = key.split()
    if len(words) > 2:
        short = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1)]
        if len(short) >= 2:
            out.add(" ".join(short))
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line (stripped), in order: paragraph ``i`` of the gold."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def locate(text: str, paragraphs: list[tuple[int, int]], paragraph: int, evidence: str) -> tuple[int, int]:
    """Character span of ``evidence`` inside paragraph ``paragraph``; ``(-1, -1)`` if absent."""
    if not 0 <= paragraph < len(paragraphs):
        return -1, -1
    start, end = paragraphs[paragraph]
    at = text.find(evidence, start, end)
    return (at, at + len(evidence)) if at >= 0 else (-1, -1)


def actor_lookup(gold: dict) -> dict[str, str]:
    """Folded name form -> gold canonical actor (canonical names, ``names``, ``adjectives``)."""
    lookup: dict[str, str] = {}
    for actor in gold.get("actors", []):
        forms = [actor["actor"], *actor.get("names", []), *actor.get("aliases", []), *actor.get("adjectives", {})]
        for form in forms:
            for key in _forms(form):
                lookup.setdefault(key, actor["actor"])
    for actor in gold.get("actors", []):  # canonical names win over other forms
        lookup[fold(actor["actor"])] = actor["actor"]
    return lookup


def _other_forms(gold: dict) -> set[str]:
    forms = set()
    for names in gold.get("other_entities", {}).values():
        for n in names:
            forms |= _forms(n)
    return forms


def match_actor(name, lookup: dict[str, str]) -> str | None:
    """The gold actor a found actor name stands for, or ``None``."""
    for key in _forms(name) if isinstance(name, str) else ():
        if key in lookup:
            return lookup[key]
    return None


def _found_name(name, lookup: dict[str, str]) -> str:
    """A found name mapped to its gold actor; unmatched names kept as found (prefixed with ``?``)."""
    if not fold(name):
        return ""
    return match_actor(name, lookup) or _group_of(name, lookup) or "?" + str(name)


def _group_of(name: str, lookup: dict[str, str]) -> str | None:
    """A group the package names with its canonical ``of`` actor (``supporters of Askar Akayev``) as the gold
    group named with another name of that actor (``supporters of Akayev``, ``Akayev supporters``)."""
    head, sep, rest = fold(name).partition(" of ")
    owner = match_actor(rest, lookup) if sep else None
    if owner is None:
        return None
    for key, actor in lookup.items():
        if actor == owner:
            for form in (f"{head} of {key}", f"{key} {head}"):
                if form in lookup:
                    return lookup[form]
    return None


def prf(tp: int, n_found: int, n_gold: int) -> dict:
    """Precision, recall and F1 from counts (``nan`` when undefined)."""
    p = tp / n_found if n_found else float("nan")
    r = tp / n_gold if n_gold else float("nan")
    f = 2 * p * r / (p + r) if n_found and n_gold and (p + r) else (0.0 if n_found and n_gold else float("nan"))
    return {"tp": tp, "found": n_found, "gold": n_gold, "precision": p, "recall": r, "f1": f}


def sign(value, band: float = NEUTRAL_BAND) -> str:
    """``positive``, ``negative`` or ``neutral`` (within ±``band``); ``missing`` for NaN/None."""
    if value is None or value != value:
        return "missing"
    return "positive" if value > band else "negative" if value < -band else "neutral"


def macro_f1(gold_labels: list[str], predicted: list[str], labels=SIGNS) -> float:
    """Macro-averaged F1 over the ``labels`` that occur in gold or predictions."""
    used = [lab for lab in labels if lab in gold_labels or lab in predicted]
    if not used:
        return float("nan")
    scores = []
    for lab in used:
        tp = sum(g == lab and p == lab for g, p in zip(gold_labels, predicted))
        n_pred = sum(p == lab for p in predicted)
        n_gold = sum(g == lab for g in gold_labels)
        scores.append(prf(tp, n_pred, n_gold)["f1"] if n_pred and n_gold else 0.0)
    return sum(scores) / len(scores)


# --------------------------------------------------------------------------- actors

def score_actors(entity_frequency: pd.DataFrame, gold: dict) -> dict:
    """Found actors against gold actors.

    Parameters
    ----------
    entity_frequency : pandas.DataFrame
        Columns ``actor``, ``actor_type`` (one article).
    gold : dict
        The gold reading.

    Returns
    -------
    dict
        ``prf`` keys (``tp`` = gold actors found with the right type) plus
        ``wrong_type``, ``duplicate``, ``junk``, ``other`` (counts),
        ``by_type`` ({type: {found, correct, precision}}), and ``rows``: a
        DataFrame with columns ``actor``, ``actor_type``, ``gold_actor``,
        ``gold_type``, ``status`` (``ok``, ``wrong_type``, ``duplicate``,
        ``other``, ``junk``), and ``missed``: gold actors not found.
    """
    lookup = actor_lookup(gold)
    gold_type = {a["actor"]: a["type"] for a in gold.get("actors", [])}
    other = _other_forms(gold)
    rows, seen = [], set()
    ef = entity_frequency.sort_values("mentions", ascending=False) if "mentions" in entity_frequency else entity_frequency
    for actor, typ in zip(ef["actor"], ef["actor_type"]):
        g = match_actor(actor, lookup)
        if g is not None:
            status = "duplicate" if g in seen else ("ok" if typ == gold_type[g] else "wrong_type")
            seen.add(g)
        elif _forms(actor) & other:
            status = "other"
        else:
            status = "junk"
        rows.append({"actor": actor, "actor_type": typ, "gold_actor": g, "gold_type": gold_type.get(g),
                     "status": status})
    rows = pd.DataFrame(rows, columns=["actor", "actor_type", "gold_actor", "gold_type", "status"])
    counts = Counter(rows["status"])
    tp = counts["ok"]
    n_found = len(rows) - counts["other"]
    out = prf(tp, n_found, len(gold_type))
    out.update({k: counts[k] for k in ("wrong_type", "duplicate", "junk", "other")})
    by_type = {}
    for typ in TYPES:
        sub = rows[(rows["actor_type"] == typ) & (rows["status"] != "other")]
        correct = int((sub["status"] == "ok").sum())
        by_type[typ] = {"found": len(sub), "correct": correct,
                        "precision": correct / len(sub) if len(sub) else float("nan")}
    out["by_type"] = by_type
    out["rows"] = rows
    found_ok = set(rows.loc[rows["status"].isin(["ok", "wrong_type"]), "gold_actor"])
    out["missed"] = [a for a in gold_type if a not in found_ok]
    return out


def score_name_mentions(entity_frequency: pd.DataFrame, gold: dict) -> dict:
    """Name mentions per gold actor: found (summed over found actors matching it) vs gold.

    Returns
    -------
    dict
        ``rows`` (DataFrame: ``actor``, ``gold``, ``found``), ``matched``
        (sum of min(found, gold)), ``gold``, ``found`` (sums),
        ``precision`` = matched / found, ``recall`` = matched / gold.
    """
    lookup = actor_lookup(gold)
    found = Counter()
    for actor, n in zip(entity_frequency["actor"], entity_frequency["name_mentions"]):
        g = match_actor(actor, lookup)
        if g is not None:
            found[g] += int(n)
    rows = pd.DataFrame([{"actor": a["actor"], "gold": int(a.get("name_mentions", 0)), "found": found[a["actor"]]}
                         for a in gold.get("actors", [])], columns=["actor", "gold", "found"])
    matched = int(rows[["gold", "found"]].min(axis=1).sum()) if len(rows) else 0
    n_gold, n_found = int(rows["gold"].sum()), int(rows["found"].sum())
    return {"rows": rows, "matched": matched, "gold": n_gold, "found": n_found,
            "precision": matched / n_found if n_found else float("nan"),
            "recall": matched / n_gold if n_gold else float("nan")}


# --------------------------------------------------------------------------- pronouns

def _group(pronoun: str) -> str:
    p = pronoun.casefold()
    return "he/she" if p in HE_SHE else "it/they" if p in IT_THEY else "other"


def score_pronouns(mentions: pd.DataFrame, text: str, gold: dict) -> dict:
    """Gold pronouns resolved to the right actor, per group (he/she, it/they).

    Parameters
    ----------
    mentions : pandas.DataFrame
        Columns ``start``, ``actor``, ``kind`` (one article).
    text : str
        The article.
    gold : dict
        The gold reading (``pronouns``).

    Returns
    -------
    dict
        ``rows``: DataFrame with ``paragraph``, ``evidence``, ``pronoun``,
        ``group``, ``gold_actor`` (None = refers to no listed actor),
        ``found_actor`` (gold name, ``?name`` if unmatched, ``""`` if none),
        ``correct``; ``groups``: {group: {gold, right, accuracy, found,
        found_right, precision}} where ``gold``/``right`` count only pronouns
        with a gold actor, and ``found``/``found_right`` count the package's
        pronoun mentions of that group (precision assumes the gold lists every
        third-person pronoun that refers to a listed actor).
    """
    lookup = actor_lookup(gold)
    paras = paragraph_spans(text)
    by_start = {}
    for start, actor, kind in zip(mentions["start"], mentions["actor"], mentions["kind"]):
        if kind == "pronoun" or start not in by_start:
            by_start[int(start)] = actor
    rows, gold_starts = [], set()
    for item in gold.get("pronouns", []):
        a, _ = locate(text, paras, item["paragraph"], item["evidence"])
        m = re.search(rf"(?<!\w){re.escape(item['pronoun'])}(?!\w)", item["evidence"]) if a >= 0 else None
        at = a + m.start() if m else -1
        gold_starts.add(at)
        found = _found_name(by_start[at], lookup) if at in by_start else ""
        want = item.get("actor")
        correct = (found == want or found in item.get("actor_also", [])) if want is not None \
            else (found == "" or found.startswith("?"))
        rows.append({"paragraph": item["paragraph"], "evidence": item["evidence"], "pronoun": item["pronoun"],
                     "group": _group(item["pronoun"]), "gold_actor": want, "found_actor": found,
                     "correct": bool(correct), "start": at})
    rows = pd.DataFrame(rows, columns=["paragraph", "evidence", "pronoun", "group", "gold_actor", "found_actor",
                                       "correct", "start"])
    pron = mentions[mentions["kind"] == "pronoun"]
    found_groups = [_group(text[s:e]) for s, e in zip(pron["start"], pron["end"])]
    groups = {}
    for grp in ("he/she", "it/they"):
        sub = rows[(rows["group"] == grp) & rows["gold_actor"].notna()]
        right = int(sub["correct"].sum())
        right_starts = set(rows.loc[(rows["group"] == grp) & rows["correct"] & rows["gold_actor"].notna(), "start"])
        found = sum(g == grp for g in found_groups)
        found_right = sum(g == grp and int(s) in right_starts for g, s in zip(found_groups, pron["start"]))
        groups[grp] = {"gold": len(sub), "right": right, "accuracy": right / len(sub) if len(sub) else float("nan"),
                       "found": found, "found_right": found_right,
                       "precision": found_right / found if found else float("nan")}
    null = rows[rows["gold_actor"].isna()]
    return {"rows": rows, "groups": groups, "no_referent": len(null), "no_referent_right": int(null["correct"].sum())}


# --------------------------------------------------------------------------- quotes

def _quote_span(row) -> tuple[int, int]:
    start, end = int(row["start"]), int(row["end"])
    if row.get("kind") == "indirect":
        s, e = row.get("speaker_start", -1), row.get("speaker_end", -1)
        if s is not None and s == s and int(s) >= 0:
            start, end = min(start, int(s)), max(end, int(e))
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def quote_matches(found_span: tuple[int, int], gold_span: tuple[int, int]) -> bool:
    """True when the found span covers the gold span or overlaps at least half of it."""
    if gold_span[0] < 0:
        return False
    if found_span[0] <= gold_span[0] and found_span[1] >= gold_span[1]:
        return True
    return _overlap(found_span, gold_span) >= 0.5 * (gold_span[1] - gold_span[0])


def score_quotes(quotes: pd.DataFrame, text: str, gold: dict) -> dict:
    """Found quotes against gold quotes, and the speakers of the matched ones.

    Returns
    -------
    dict
        ``prf`` keys where ``tp`` (precision side) = found quotes matching a
        gold quote and ``recall`` = gold quotes matched; ``matched_gold``;
        ``speaker_right`` / ``speaker_accuracy`` over matched gold quotes;
        ``errors``: Counter of speaker errors (``wrong actor``,
        ``unresolved pronoun/description`` (a speaker text but no actor),
        ``no speaker``, ``anonymous given an actor``);
        ``not_quotes_found``; ``rows``: one row per gold quote
        (``paragraph``, ``kind``, ``evidence``, ``gold_speaker``,
        ``found_speaker``, ``found_text``, ``status``); ``extra``: found
        quotes matching no gold quote (``start``, ``end``, ``kind``,
        ``speaker``, ``text``).
    """
    lookup = actor_lookup(gold)
    paras = paragraph_spans(text)
    spans = [_quote_span(r) for r in quotes.to_dict("records")]
    records = quotes.to_dict("records")
    used = [False] * len(records)
    rows, errors = [], Counter()
    speaker_right = matched_gold = 0
    for item in gold.get("quotes", []):
        g = locate(text, paras, item["paragraph"], item["evidence"])
        hits = [i for i, sp in enumerate(spans) if quote_matches(sp, g)]
        for i in hits:
            used[i] = True
        want = item.get("speaker")
        also = set(item.get("speaker_also", []))
        row = {"paragraph": item["paragraph"], "kind": item["kind"], "evidence": item["evidence"],
               "gold_speaker": want, "found_speaker": "", "found_text": "", "status": "missed"}
        if hits:
            matched_gold += 1
            best = max(hits, key=lambda i: _overlap(spans[i], g))
            rec = records[best]
            found = _found_name(rec.get("speaker"), lookup)
            text_ = rec.get("speaker_text")
            row.update(found_speaker=found, found_text=text_ if isinstance(text_, str) else "")
            if found == (want or "") or (found in also) or (found == "" and None in also):
                row["status"] = "ok"
                speaker_right += 1
            elif want is None:
                row["status"] = "anonymous given an actor"
            elif found == "" and not row["found_text"]:
                row["status"] = "no speaker"
            elif found == "":
                row["status"] = "unresolved pronoun/description"
            else:
                row["status"] = "wrong actor"
            if row["status"] != "ok":
                errors[row["status"]] += 1
        rows.append(row)
    not_quote_spans = [locate(text, paras, n["paragraph"], n["evidence"]) for n in gold.get("not_quotes", [])]
    not_found = sum(any(quote_matches(sp, g) for sp in spans) for g in not_quote_spans)
    n_gold = len(gold.get("quotes", []))
    out = prf(sum(used), len(records), n_gold)
    out["recall"] = matched_gold / n_gold if n_gold else float("nan")
    p, r = out["precision"], out["recall"]
    out["f1"] = 2 * p * r / (p + r) if records and n_gold and (p + r) else (0.0 if records and n_gold else float("nan"))
    out.update(matched_gold=matched_gold, speaker_right=speaker_right,
               speaker_accuracy=speaker_right / matched_gold if matched_gold else float("nan"),
               errors=errors, not_quotes_found=not_found,
               rows=pd.DataFrame(rows, columns=["paragraph", "kind", "evidence", "gold_speaker", "found_speaker",
                                                "found_text", "status"]))
    extra = [{"start": r["start"], "end": r["end"], "kind": r.get("kind"), "speaker": r.get("speaker"),
              "text": r.get("text")} for r, u in zip(records, used) if not u]
    out["extra"] = pd.DataFrame(extra, columns=["start", "end", "kind", "speaker", "text"])
    return out


# --------------------------------------------------------------------------- stance

def score_stance(stance: pd.DataFrame, gold: dict) -> dict:
    """Distinct (holder, target, stance) triples against the gold.

    Returns
    -------
    dict
        ``prf`` keys (``tp`` = found triples matching a gold item, ``recall``
        = distinct gold triples found), ``gold_sure`` / ``gold_sure_found``
        (gold triples with no item marked ``doubtful``, and how many were
        found), ``wrong_sign`` (found triples whose pair is a gold pair with
        the other sign only), ``found_triples``, ``rows`` (gold triples with
        ``found`` and ``doubtful``), ``extra`` (found triples matching
        nothing, with ``wrong_sign``).
    """
    lookup = actor_lookup(gold)
    found = {(_found_name(h, lookup), _found_name(t, lookup), s)
             for h, t, s in zip(stance["holder"], stance["target"], stance["stance"])}
    items, sure = {}, set()
    for item in gold.get("stance", []):
        key = (item["holder"], item["target"], item["stance"])
        if "doubtful" not in item:
            sure.add(key)
        pairs = items.setdefault(key, set())
        for h in [item["holder"], *item.get("holder_also", [])]:
            for t in [item["target"], *item.get("target_also", [])]:
                pairs.add((h, t))
    ok_found, wrong_sign, rows = set(), set(), []
    for key, pairs in items.items():
        hit = {f for f in found if (f[0], f[1]) in pairs and f[2] == key[2]}
        ok_found |= hit
        rows.append({"holder": key[0], "target": key[1], "stance": key[2], "found": bool(hit),
                     "doubtful": key not in sure})
    for f in found - ok_found:
        if any((f[0], f[1]) in pairs and f[2] != key[2] for key, pairs in items.items()):
            wrong_sign.add(f)
    out = prf(len(ok_found), len(found), len(items))
    n_rec = sum(r["found"] for r in rows)
    out["recall"] = n_rec / len(items) if items else float("nan")
    p, r = out["precision"], out["recall"]
    out["f1"] = 2 * p * r / (p + r) if found and items and (p + r) else (0.0 if found and items else float("nan"))
    out.update(gold_found=n_rec, gold_sure=len(sure), gold_sure_found=sum(r["found"] and not r["doubtful"] for r in rows),
               wrong_sign=len(wrong_sign), found_triples=sorted(found),
               rows=pd.DataFrame(rows, columns=["holder", "target", "stance", "found", "doubtful"]),
               extra=pd.DataFrame(sorted(found - ok_found), columns=["holder", "target", "stance"]).assign(
                   wrong_sign=lambda d: [tuple(x) in wrong_sign for x in d.itertuples(index=False)]))
    return out


# --------------------------------------------------------------------------- sentiment and roles

def score_sentiment(actor_sentiment: pd.DataFrame, gold: dict, *, column: str = "mean_target_score") -> pd.DataFrame:
    """Sign of ``column`` per gold ``framing.sentiment_sign`` actor.

    Several found actors matching one gold actor are averaged, weighted by
    their ``mentions``.

    Returns
    -------
    pandas.DataFrame
        ``actor``, ``gold``, ``score`` (NaN if the actor was not found),
        ``predicted`` (positive / neutral / negative / missing), ``correct``.
    """
    lookup = actor_lookup(gold)
    sums, weights = Counter(), Counter()
    for actor, n, value in zip(actor_sentiment["actor"], actor_sentiment["mentions"], actor_sentiment[column]):
        g = match_actor(actor, lookup)
        if g is not None and value == value:
            sums[g] += float(value) * max(int(n), 1)
            weights[g] += max(int(n), 1)
    rows = []
    for actor, want in gold.get("framing", {}).get("sentiment_sign", {}).items():
        score = sums[actor] / weights[actor] if weights[actor] else float("nan")
        pred = sign(score)
        rows.append({"actor": actor, "gold": want, "score": score, "predicted": pred, "correct": pred == want})
    return pd.DataFrame(rows, columns=["actor", "gold", "score", "predicted", "correct"])


def score_roles(profiles, gold: dict) -> pd.DataFrame | None:
    """Found ``role`` per gold ``framing.roles`` actor; ``None`` without a ``profiles`` table with a ``role`` column.

    Returns
    -------
    pandas.DataFrame or None
        ``actor``, ``gold``, ``predicted`` (``missing`` if not found; the
        role of the matching found actor with most mentions), ``correct``.
    """
    if profiles is None or not isinstance(profiles, pd.DataFrame) or "role" not in profiles.columns:
        return None
    lookup = actor_lookup(gold)
    best = {}
    weight_col = "mentions" if "mentions" in profiles.columns else None
    for rec in profiles.to_dict("records"):
        g = match_actor(rec.get("actor"), lookup)
        if g is None:
            continue
        w = rec.get(weight_col, 0) if weight_col else 0
        if g not in best or w > best[g][0]:
            best[g] = (w, rec.get("role"))
    rows = []
    for actor, want in gold.get("framing", {}).get("roles", {}).items():
        pred = best[actor][1] if actor in best else "missing"
        pred = "none" if pred is None or pred != pred or pred == "" else str(pred)
        rows.append({"actor": actor, "gold": want, "predicted": pred, "correct": pred == want})
    return pd.DataFrame(rows, columns=["actor", "gold", "predicted", "correct"])
