"""Tests of analysis.sentiment: VADER sentence scores and target-dependent sentiment."""

from __future__ import annotations

import json
import math

import pytest

from analysis import sentiment
from analysis.nlp import parse
from analysis.sentiment import LABELS, MODEL_DIR, TargetSentiment, score_mentions, sentence_scores, target_sentiment

# Compound scores computed once with NLTK's VADER (lexicon of vaderSentiment 3.3.2) and checked by hand:
# negated "support" (-), boosted positives with "!" (+), "terrible tragedy" (-), no lexicon word (0),
# negated negative "not bad" (+).
GOLDEN = [
    ("Orban suggested he would not support Rutte’s candidacy.", -0.3089),
    ("NATO allies strongly welcomed the excellent candidate!", 0.8172),
    ("The war is a terrible tragedy.", -0.9081),
    ("Rutte is the prime minister of the Netherlands.", 0.0),
    ("The plan is not bad at all.", 0.431),
]

RUSSIA_SENT = ("Rutte has increasingly echoed NATO’s core message that supporting Ukraine in its defense against "
               "Russia is crucial to preserving democracy and national sovereignty across the alliance.")
ORBAN_SENT = ("Hungary is a member of both NATO and the European Union, and its leader, Prime Minister Viktor Orban, "
              "has frustrated officials from both organizations for imposing some authoritarian policies and "
              "maintaining relations with Russian President Vladimir V Putin.")
HUNGARY_SENT = "Rutte’s criticism of Hungary in 2021 was seen as almost costing him the top job at NATO."


def _span(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


# --- VADER -----------------------------------------------------------------

def test_sentence_scores_columns_and_golden_compound():
    table = sentence_scores([s for s, _ in GOLDEN])
    assert list(table.columns) == ["neg", "neu", "pos", "compound"]
    assert len(table) == len(GOLDEN)
    for (_, expected), got in zip(GOLDEN, table["compound"]):
        assert got == pytest.approx(expected, abs=1e-4)
    assert ((table[["neg", "neu", "pos"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_nltk_vader_matches_vadersentiment_compound():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    table = sentence_scores([s for s, _ in GOLDEN])
    for (text, _), got in zip(GOLDEN, table["compound"]):
        assert got == reference.polarity_scores(text)["compound"]


def test_vader_analyzer_is_cached_and_offline():
    assert sentiment.vader_analyzer() is sentiment.vader_analyzer()
    assert sentiment.vader_analyzer().lexicon["good"] == pytest.approx(1.9)


def test_vader_label_thresholds():
    assert sentiment.vader_label(0.05) == "positive"
    assert sentiment.vader_label(-0.05) == "negative"
    assert sentiment.vader_label(0.0499) == "neutral"


# --- target sentiment ------------------------------------------------------

def test_target_sentiment_range_and_label():
    text = "Orban suggested he would not support Rutte’s candidacy."
    res = target_sentiment(text, *_span(text, "Rutte"))
    assert isinstance(res, TargetSentiment)
    assert res.label in LABELS
    assert -1.0 <= res.score <= 1.0
    assert math.isclose(sum(res.probabilities), 1.0, abs_tol=1e-6)
    assert res.score == pytest.approx(res.probabilities[2] - res.probabilities[0])
    assert res.label == LABELS[max(range(3), key=lambda i: res.probabilities[i])]


def test_russia_below_ukraine_in_support_sentence():
    start = RUSSIA_SENT.index("Russia")
    russia = target_sentiment(RUSSIA_SENT, start, start + len("Russia"))
    ukraine = target_sentiment(RUSSIA_SENT, *_span(RUSSIA_SENT, "Ukraine"))
    assert russia.score <= 0
    assert russia.score < ukraine.score


def test_orban_negative():
    res = target_sentiment(ORBAN_SENT, *_span(ORBAN_SENT, "Viktor Orban"))
    assert res.score < 0


def test_criticism_of_hungary_negative():
    res = target_sentiment(HUNGARY_SENT, *_span(HUNGARY_SENT, "Hungary"))
    assert res.score < 0


def test_score_mentions_matches_target_sentiment_and_uses_own_sentence():
    article = "Mark Rutte welcomed the decision.\n\n" + HUNGARY_SENT + " " + ORBAN_SENT
    doc = parse(article)
    spans = [_span(article, "Hungary"), _span(article, "Viktor Orban"), _span(article, "Mark Rutte")]
    results = score_mentions(doc, spans)
    assert len(results) == 3
    alone_h = target_sentiment(HUNGARY_SENT, *_span(HUNGARY_SENT, "Hungary"))
    alone_o = target_sentiment(ORBAN_SENT, *_span(ORBAN_SENT, "Viktor Orban"))
    # the tok2vec vectors come from the article's parse, whose context window reaches a few tokens
    # into the neighbouring sentences: close to, not equal to, the sentence scored alone
    assert results[0].score == pytest.approx(alone_h.score, abs=0.1)
    assert results[1].score == pytest.approx(alone_o.score, abs=0.1)
    assert [r.label for r in results[:2]] == [alone_h.label, alone_o.label]
    # without the parse's tensor (e.g. a Doc read from a DocBin) each sentence is run alone: exact
    doc.tensor = doc.tensor[:0]
    alone = score_mentions(doc, spans)
    assert alone[0].score == pytest.approx(alone_h.score, abs=0.02)
    assert alone[1].score == pytest.approx(alone_o.score, abs=0.02)
    assert score_mentions(doc, []) == []


def test_score_mentions_is_fast():
    import time

    sentence = ORBAN_SENT + " "
    article = sentence * 20
    doc = parse(article)
    spans = []
    for k in range(20):
        base = k * len(sentence)
        for mention in ("Hungary", "Viktor Orban", "Vladimir V Putin", "NATO", "European Union"):
            a, b = _span(ORBAN_SENT, mention)
            spans.append((base + a, base + b))
    sentiment.load_model()
    t0 = time.perf_counter()
    results = score_mentions(doc, spans)
    assert len(results) == 100
    assert time.perf_counter() - t0 < 1.0


def test_model_meta_records_dev_gain():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    model_f1 = meta["dev_scores"]["target_model"]["macro_f1"]
    baseline_f1 = meta["dev_scores"]["vader_sentence_baseline"]["macro_f1"]
    assert 0.3 < baseline_f1 < 0.7
    assert model_f1 >= baseline_f1 + 0.10
    assert meta["training_data"]["licence"] == "MIT"
    assert meta["feature_version"] == sentiment.FEATURE_VERSION
    assert meta["split"]["dev_sentences"] > 0 and meta["split"]["train_sentences"] > 0


def test_model_meta_release_fit_and_calibration():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    # the release model is fitted on all of train.jsonl; DEV scores come from a TRAIN-only fit
    assert meta["split"]["fitted_on"].startswith("TRAIN + DEV")
    assert meta["training_data"]["targets"] == meta["split"]["train_targets"] + meta["split"]["dev_targets"]
    cal = meta["calibration"]
    assert 0.2 < cal["temperature"] < 5.0
    assert cal["dev_ece_after"] < cal["dev_ece_before"]
    assert cal["dev_ece_after_crossfitted"] <= cal["dev_ece_before"] + 0.01  # no worse out of sample
    assert set(meta["feature_groups"]) | set(meta["excluded_feature_groups"]) == set(sentiment.FEATURE_GROUPS)
    scores = meta["dev_scores"]["target_model"]
    assert {"rw_like", "mt_like"} <= set(scores)
    assert sentiment.load_model().meta == meta


def test_temperature_changes_score_but_not_label():
    model = sentiment.load_model()
    text = "The gunmen attacked the villagers on Sunday."
    feats = sentiment.span_features(parse(text), [_span(text, "the villagers")], **sentiment._options(model))[0]
    calibrated = sentiment.predict_features(feats, model=model)
    raw_meta = {**model.meta, "calibration": {"temperature": 1.0}}
    raw = sentiment.predict_features(feats, model=sentiment._Model(model.index, model.coef, model.intercept, raw_meta))
    assert calibrated.label == raw.label
    t = model.meta["calibration"]["temperature"]
    assert calibrated.probabilities != raw.probabilities
    assert (max(calibrated.probabilities) > max(raw.probabilities)) == (t < 1.0)  # T < 1 sharpens


def test_model_files_small():
    total = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert total < 5_000_000


# --- features (no model involved) ------------------------------------------

from analysis.sentiment_features import connotation_lexicon, mention_features, sentence_context  # noqa: E402


def _features(text: str, mention: str, **kw) -> dict:
    doc = parse(text)
    start, end = _span(text, mention)
    span = doc.char_span(start, end)
    return mention_features(span, **kw)


def test_connotation_list_is_well_formed():
    lex = connotation_lexicon()
    assert len(lex) > 100
    assert lex["attack"] == ("harm", -1, -1)
    assert lex["praise"][2] == 1
    assert all(a in (-1, 0, 1) and p in (-1, 0, 1) for _, a, p in lex.values())


def test_connotation_perpetrator_and_victim():
    text = "The gunmen attacked the villagers on Sunday."
    gunmen = _features(text, "The gunmen")
    villagers = _features(text, "the villagers")
    assert gunmen["cf=harm|agent"] == 1 and gunmen["cf_agent"] == -1
    assert villagers["cf=harm|patient"] == 1 and villagers["cf_patient"] == -1
    assert "cf_agent" not in villagers
    passive = _features("The villagers were killed by the gunmen.", "The villagers")
    assert passive["cf_patient"] == -1
    praised = _features("The mayor praised the firefighters.", "the firefighters")
    assert praised["cf_patient"] == 1


def test_connotation_flips_under_negation():
    f = _features("The army did not attack the village.", "the village")
    assert f["cf=NOT_harm|patient"] == 1 and f["cf_patient"] == 1
    assert "cf" not in "".join(_features("The army did not attack the village.", "the village",
                                         exclude={"connotation"}))


def _negated_words(text: str, *, wide: bool) -> set:
    sent = next(iter(parse(text).sents))
    ctx = sentence_context(sent, wide_negation=wide)
    return {t.text for k, t in enumerate(sent) if ctx.negated[k]}


def test_wide_negation_scope():
    assert "support" in _negated_words("The council failed to support the plan.", wide=True)
    assert "support" not in _negated_words("The council failed to support the plan.", wide=False)
    # "without" negates its object, not the word it hangs on
    assert _negated_words("They acted without support.", wide=True) == {"support"}
    assert "acted" in _negated_words("They acted without support.", wide=False)  # the old, narrow scope
    assert "support" in _negated_words("The plan did not get support.", wide=True)


def test_descriptor_and_predicate_valence():
    appos = _features("Jones, a corrupt and violent official, resigned.", "Jones")
    assert appos["descv_appos"] < 0 and appos["descv_neg"] == 1
    pred = _features("Jones is brilliant and honest.", "Jones")
    assert pred["pred_val"] > 0 and pred["pred_copula"] == 1
    assert "pred_val" not in _features("Jones is brilliant and honest.", "Jones", exclude={"descriptor"})


def test_quote_features():
    text = "Smith said: “Jones is a liar.”"
    jones = _features(text, "Jones")
    smith = _features(text, "Smith")
    assert jones["target_in_quote"] == 1
    assert "target_in_quote" not in smith
    assert smith["val_quoted"] < 0 and "val_unquoted" not in smith
    reported = _features("Smith said the plan was a terrible disaster.", "Smith")
    assert reported["speaker_val"] < 0


def test_coordination_and_contrast_features():
    both = _features("Smith and Jones praised the deal.", "Jones")
    assert both["coordinated"] == 1 and both["role=agent"] == 1
    text = "Smith won easily, but Jones lost badly."
    smith, jones = _features(text, "Smith"), _features(text, "Jones")
    assert smith["contrast_before"] == 1 and jones["contrast_after"] == 1
    assert smith["val_contrast_same"] > 0 > smith["val_contrast_other"]
    assert jones["val_contrast_same"] < 0


def test_local_path_valence_and_clause_vader():
    text = "The mayor praised the brave firefighters."
    mayor = _features(text, "The mayor")
    # "brave" is two arcs below the verb the mayor is subject of; "praised" one arc up
    assert mayor["vp=^nsubj|pos"] > 0
    assert any(k.startswith("vp=^nsubj vdobj") and k.endswith("|pos") for k in mayor)
    assert mayor["govphrase_val|agent"] > 0  # the rest of the verb's phrase: praised ... brave
    assert mayor["clause_compound"] > 0 and mayor["clause_compound|agent"] == mayor["clause_compound"]
    # the target's own words are left out of its clause's VADER score
    lone = _features("The terrible mayor spoke.", "The terrible mayor")
    assert "clause_compound" not in lone
    assert not any(k.startswith(("vp=", "govphrase_", "clause_compound"))
                   for k in _features(text, "The mayor", exclude={"local"}))


# --- scoring path ----------------------------------------------------------

def test_doc_index_span_matches_char_span():
    text = "Mark Rutte welcomed the decision.\n\nViktor Orban did not."
    doc = parse(text)
    index = sentiment._DocIndex(doc)
    for mention in ("Mark Rutte", "Viktor Orban", "decision", "Rutte"):
        a, b = _span(text, mention)
        assert index.span(a, b).text == mention
        assert index.span(a, b) == doc.char_span(a, b)
    a, b = _span(text, "Viktor Orban")
    assert index.sents[index.sentence(index.span(a, b).start)].text.startswith("Viktor Orban")
    with pytest.raises(ValueError):
        index.span(text.index("\n"), text.index("\n") + 2)


def test_score_mentions_reuses_given_sentence_vader():
    from analysis.tokenize import tokenize

    article = "Mark Rutte welcomed the decision.\n\n" + HUNGARY_SENT + " " + ORBAN_SENT
    doc = parse(article)
    spans = [_span(article, "Hungary"), _span(article, "Viktor Orban"), _span(article, "Mark Rutte")]
    sentences, _ = tokenize(article, doc_id="a")
    table = sentences.assign(**sentence_scores(sentences["text"]).set_index(sentences.index))
    assert score_mentions(doc, spans, sentence_vader=table) == score_mentions(doc, spans)
    # the given scores are really used: doctored compounds change the result
    doctored = table.assign(compound=-1.0, neg=1.0, pos=0.0, neu=0.0)
    assert score_mentions(doc, spans, sentence_vader=doctored) != score_mentions(doc, spans)
    with pytest.raises(ValueError):
        score_mentions(doc, spans, sentence_vader=table.drop(columns="compound"))


def test_score_mentions_time_is_linear():
    import time

    sentence = ORBAN_SENT + " "
    spans1 = [_span(ORBAN_SENT, m) for m in ("Hungary", "Viktor Orban", "NATO")]

    def run(n):
        doc = parse(sentence * n)
        spans = [(k * len(sentence) + a, k * len(sentence) + b) for k in range(n) for a, b in spans1]
        t0 = time.process_time()  # CPU time: the machine may be shared
        score_mentions(doc, spans)
        return time.process_time() - t0

    sentiment.load_model()
    run(2)
    small, large = min(run(10) for _ in range(2)), min(run(80) for _ in range(2))
    assert large < 8 * small * 2.0  # 8x the text: at most about 8x the time (quadratic would be 64x)


# Scores of the shipped model on invented sentences, each sign checked by hand: the perpetrator and the
# victims of an attack are negative, a critic takes the tone of the criticism, the praised are positive.
GOLDEN_TARGETS = [
    ("Gunmen killed three villagers in Kano on Sunday.", "Gunmen", -0.351),
    ("The victims of the bombing were taken to hospital.", "The victims of the bombing", -0.388),
    ("Senator Smith sharply criticised the new law as a disaster.", "Senator Smith", -0.611),
    ("Senator Smith sharply criticised the new law as a disaster.", "the new law", -0.906),
    ("The mayor praised the firefighters for their courage.", "the firefighters", 0.931),
    ("Police arrested the suspect after a long chase.", "the suspect", -0.909),
    ("Smith won the election, but Jones lost badly.", "Jones", -0.719),
]


@pytest.mark.parametrize("text, mention, expected", GOLDEN_TARGETS)
def test_golden_target_scores(text, mention, expected):
    res = target_sentiment(text, *_span(text, mention))
    assert res.score == pytest.approx(expected, abs=0.002)
    assert (res.score > 0) == (expected > 0)
