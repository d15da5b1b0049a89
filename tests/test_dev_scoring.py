"""The dev-set scoring functions (benchmarks/dev_scoring.py) on a small invented article with known scores."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import dev_scoring as ds  # noqa: E402

TEXT = ("Alpha Corp sued Beta Ltd on Monday.\n\n"
        "John Smith said the lawsuit was unfair. \"We will win,\" he said.\n\n"
        "The company said it would appeal.\n\n"
        "It was raining.")

GOLD = {
    "doc_id": "invented",
    "actors": [
        {"actor": "John Smith", "type": "PERSON", "names": ["John Smith", "Smith"], "name_mentions": 1},
        {"actor": "Alpha Corp", "type": "ORG", "names": ["Alpha Corp"], "aliases": ["Alpha Corporation"],
         "name_mentions": 1},
        {"actor": "Beta Ltd", "type": "ORG", "names": ["Beta Ltd"], "name_mentions": 1},
    ],
    "other_entities": {"DATE": ["Monday"]},
    "not_entities": [],
    "pronouns": [
        {"paragraph": 1, "evidence": "win,\" he said", "pronoun": "he", "actor": "John Smith"},
        {"paragraph": 2, "evidence": "said it would appeal", "pronoun": "it", "actor": "Beta Ltd"},
        {"paragraph": 3, "evidence": "It was raining", "pronoun": "It", "actor": None},
    ],
    "quotes": [
        {"paragraph": 1, "speaker": "John Smith", "kind": "indirect", "evidence": "the lawsuit was unfair"},
        {"paragraph": 1, "speaker": "John Smith", "kind": "direct", "evidence": "We will win,"},
        {"paragraph": 2, "speaker": "Beta Ltd", "kind": "indirect", "evidence": "it would appeal"},
    ],
    "not_quotes": [],
    "stance": [
        {"paragraph": 0, "holder": "Alpha Corp", "target": "Beta Ltd", "stance": "against", "evidence": "sued",
         "doubtful": "invented"},
        {"paragraph": 1, "holder": "John Smith", "target": "Alpha Corp", "stance": "against",
         "evidence": "the lawsuit was unfair", "holder_also": ["Beta Ltd"]},
    ],
    "framing": {"sentiment_sign": {"John Smith": "positive", "Alpha Corp": "negative", "Beta Ltd": "neutral"},
                "roles": {"John Smith": "protagonist", "Alpha Corp": "antagonist"}},
}


def at(s: str) -> int:
    return TEXT.index(s)


def test_fold_and_lookup():
    assert ds.fold("The U.S.") == "us"
    assert ds.fold("Álvaro Uribe") == "alvaro uribe"
    assert ds.fold("Mugabe’s") == "mugabe"
    assert ds.fold("Mr. Smith") == "smith" and ds.fold("President") == "president"
    lookup = ds.actor_lookup(GOLD)
    assert ds.match_actor("smith", lookup) == "John Smith"
    assert ds.match_actor("John Q. Smith", lookup) == "John Smith"  # middle initials dropped
    assert ds.match_actor("Alpha Corporation", lookup) == "Alpha Corp"  # an alias
    assert ds.match_actor("Gamma", lookup) is None
    assert ds.match_actor(float("nan"), lookup) is None


def test_paragraphs_and_locate():
    paras = ds.paragraph_spans(TEXT)
    assert len(paras) == 4
    assert TEXT[slice(*paras[2])] == "The company said it would appeal."
    assert ds.locate(TEXT, paras, 1, "he said") == (at("he said"), at("he said") + 7)
    assert ds.locate(TEXT, paras, 0, "he said") == (-1, -1)


def test_prf_and_macro_f1():
    assert ds.prf(1, 2, 4) == {"tp": 1, "found": 2, "gold": 4, "precision": 0.5, "recall": 0.25,
                               "f1": pytest.approx(1 / 3)}
    assert math.isnan(ds.prf(0, 0, 3)["precision"])
    assert ds.macro_f1(["positive", "negative", "neutral"], ["positive", "neutral", "missing"]) == pytest.approx(1 / 3)
    assert ds.sign(0.05) == "neutral" and ds.sign(0.051) == "positive" and ds.sign(float("nan")) == "missing"


ENTITY_FREQUENCY = pd.DataFrame({
    "actor": ["John Smith", "Smith", "Alpha Corp", "Monday", "Gamma"],
    "actor_type": ["PERSON", "PERSON", "GPE", "ORG", "ORG"],
    "mentions": [3, 2, 1, 1, 1],
    "name_mentions": [1, 1, 1, 1, 1],
})


def test_score_actors():
    s = ds.score_actors(ENTITY_FREQUENCY, GOLD)
    assert (s["tp"], s["found"], s["gold"]) == (1, 4, 3)
    assert s["precision"] == 0.25 and s["recall"] == pytest.approx(1 / 3)
    assert (s["wrong_type"], s["duplicate"], s["junk"], s["other"]) == (1, 1, 1, 1)
    assert s["missed"] == ["Beta Ltd"]
    assert s["by_type"]["PERSON"] == {"found": 2, "correct": 1, "precision": 0.5}
    assert s["by_type"]["GPE"]["precision"] == 0.0
    assert list(s["rows"].query("status == 'junk'")["actor"]) == ["Gamma"]


def test_score_name_mentions():
    s = ds.score_name_mentions(ENTITY_FREQUENCY, GOLD)
    assert dict(zip(s["rows"]["actor"], s["rows"]["found"])) == {"John Smith": 2, "Alpha Corp": 1, "Beta Ltd": 0}
    assert (s["matched"], s["found"], s["gold"]) == (2, 3, 3)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)


def test_score_pronouns():
    he, it = at("he said"), at("it would")
    mentions = pd.DataFrame({"start": [at("John"), he, it], "end": [at("John") + 10, he + 2, it + 2],
                             "actor": ["John Smith", "John Smith", "Alpha Corp"],
                             "kind": ["name", "pronoun", "pronoun"]})
    s = ds.score_pronouns(mentions, TEXT, GOLD)
    assert list(s["rows"]["correct"]) == [True, False, True]
    assert s["groups"]["he/she"] == {"gold": 1, "right": 1, "accuracy": 1.0, "found": 1, "found_right": 1,
                                     "precision": 1.0}
    assert s["groups"]["it/they"]["accuracy"] == 0.0 and s["groups"]["it/they"]["precision"] == 0.0
    assert (s["no_referent"], s["no_referent_right"]) == (1, 1)
    # a pronoun without a listed referent that the package resolves to an actor is wrong
    raining = pd.concat([mentions, pd.DataFrame({"start": [at("It was")], "end": [at("It was") + 2],
                                                 "actor": ["Beta Ltd"], "kind": ["pronoun"]})])
    assert ds.score_pronouns(raining, TEXT, GOLD)["no_referent_right"] == 0


def test_quote_matches():
    assert ds.quote_matches((0, 20), (5, 15))          # covers
    assert ds.quote_matches((0, 10), (5, 15))          # half of the evidence
    assert not ds.quote_matches((0, 9), (5, 15))       # less than half
    assert not ds.quote_matches((0, 100), (-1, -1))    # evidence not located


def test_score_quotes():
    clause = at("was unfair")  # the found clause covers less than half of the gold evidence ...
    quotes = pd.DataFrame({
        "start": [clause, at("We will"), at("Monday")],
        "end": [clause + len("was unfair"), at("We will") + len("We will win,"), at("Monday") + 6],
        "kind": ["indirect", "direct", "unattributed"],
        "speaker": ["", "John Smith", ""],
        "speaker_text": ["John Smith", "he", ""],
        "speaker_start": [at("John"), at("he said"), -1],  # ... but its speaker..clause span covers it
        "speaker_end": [at("John") + 10, at("he said") + 2, -1],
        "text": ["was unfair", "We will win,", "Monday"],
    })
    s = ds.score_quotes(quotes, TEXT, GOLD)
    assert (s["tp"], s["found"], s["gold"], s["matched_gold"]) == (2, 3, 3, 2)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)
    assert s["speaker_right"] == 1 and s["speaker_accuracy"] == 0.5
    assert s["errors"] == {"unresolved pronoun/description": 1}
    assert list(s["rows"]["status"]) == ["unresolved pronoun/description", "ok", "missed"]
    assert list(s["extra"]["text"]) == ["Monday"]
    # no speaker at all is its own kind of error; an actor for an anonymous source is another
    no_speaker = ds.score_quotes(quotes.assign(speaker_text=["", "he", ""]), TEXT, GOLD)
    assert no_speaker["errors"] == {"no speaker": 1}
    anonymous = {**GOLD, "quotes": [{**GOLD["quotes"][1], "speaker": None, "speaker_text": "a source"}]}
    assert ds.score_quotes(quotes, TEXT, anonymous)["errors"] == {"anonymous given an actor": 1}
    also = {**GOLD, "quotes": [{**GOLD["quotes"][0], "speaker_also": [None]}]}
    assert ds.score_quotes(quotes, TEXT, also)["speaker_right"] == 1
    # the same clause as a direct quote (no speaker extension) does not match
    assert ds.score_quotes(quotes.assign(kind=["direct", "direct", "unattributed"]), TEXT, GOLD)["tp"] == 1


def test_score_stance():
    stance = pd.DataFrame({"holder": ["Alpha Corp", "Alpha Corp", "Smith", "Gamma"],
                           "target": ["Beta Ltd", "Beta Ltd", "Alpha Corp", "Beta Ltd"],
                           "stance": ["against", "against", "favor", "against"]})
    s = ds.score_stance(stance, GOLD)
    assert (s["tp"], s["found"], s["gold"], s["gold_found"], s["wrong_sign"]) == (1, 3, 2, 1, 1)
    assert (s["gold_sure"], s["gold_sure_found"]) == (1, 0)  # the found gold triple is marked doubtful
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == 0.5 and s["f1"] == pytest.approx(0.4)
    # an alternative holder listed in holder_also counts
    alt = pd.DataFrame({"holder": ["Beta Ltd"], "target": ["Alpha Corp"], "stance": ["against"]})
    assert ds.score_stance(alt, GOLD)["tp"] == 1


def test_score_sentiment_and_roles():
    table = pd.DataFrame({"actor": ["John Smith", "Smith", "Alpha Corp"], "mentions": [2, 2, 1],
                          "mean_target_score": [0.5, -0.1, 0.03], "mean_sentence_compound": [-0.5, -0.5, -0.4]})
    s = ds.score_sentiment(table, GOLD)
    assert list(s["predicted"]) == ["positive", "neutral", "missing"]
    assert s.loc[0, "score"] == pytest.approx(0.2)
    assert list(s["correct"]) == [True, False, False]
    naive = ds.score_sentiment(table, GOLD, column="mean_sentence_compound")
    assert list(naive["correct"]) == [False, True, False]
    assert ds.score_roles(None, GOLD) is None
    assert ds.score_roles(pd.DataFrame({"actor": ["Smith"]}), GOLD) is None
    roles = ds.score_roles(pd.DataFrame({"actor": ["Smith", "Alpha Corp"], "role": ["protagonist", "innocent"],
                                         "mentions": [2, 1]}), GOLD)
    assert list(roles["correct"]) == [True, False]


def test_report_summary_of_one_invented_article(tmp_path, capsys):
    import json
    from types import SimpleNamespace

    import dev_report

    he = at("he said")
    result = SimpleNamespace(
        entity_frequency=ENTITY_FREQUENCY.assign(doc_id="invented"),
        mentions=pd.DataFrame({"doc_id": "invented", "start": [he], "end": [he + 2], "actor": ["John Smith"],
                               "kind": ["pronoun"]}),
        quotes=pd.DataFrame({"doc_id": "invented", "start": [at("We will")], "end": [at("We will") + 12],
                             "kind": ["direct"], "speaker": ["John Smith"], "speaker_text": ["he"],
                             "speaker_start": [he], "speaker_end": [he + 2], "text": ["We will win,"]}),
        stance=pd.DataFrame({"doc_id": "invented", "holder": ["Alpha Corp"], "target": ["Beta Ltd"],
                             "stance": ["against"]}),
        actor_sentiment=pd.DataFrame({"doc_id": "invented", "actor": ["John Smith"], "mentions": [2],
                                      "mean_target_score": [0.5], "mean_sentence_compound": [0.0]}),
    )
    scores = {"invented": dev_report.score_article(result, {"doc_id": "invented", "text": TEXT}, GOLD)}
    summary = dev_report.summarise(scores)
    assert summary["quotes"]["recall"] == pytest.approx(1 / 3) and summary["quotes"]["precision"] == 1.0
    assert summary["stance"]["precision"] == 1.0 and summary["stance"]["recall"] == 0.5
    assert summary["stance"]["recall_not_doubtful"] == 0.0
    assert summary["pronouns"]["he/she"]["accuracy"] == 1.0
    assert summary["target_sentiment"]["target"]["accuracy"] == pytest.approx(1 / 3)
    assert "note" in summary["roles"]  # no profiles table: skipped
    table = dev_report.per_article_table(scores)
    assert list(table["doc_id"]) == ["invented"] and table.loc[0, "st_R"] == 0.5
    dev_report.print_report(summary, table, scores, errors=True)
    out = capsys.readouterr().out
    assert "Gamma (ORG)" in out and "stance missed" in out
    (tmp_path / "articles.jsonl").write_text(json.dumps({"doc_id": "invented", "text": TEXT}) + "\n")
    (tmp_path / "invented.gold.json").write_text(json.dumps(GOLD))
    assert [a["doc_id"] for a, _ in dev_report.load_dev_set(tmp_path)] == ["invented"]
