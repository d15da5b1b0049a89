"""Stance patterns on invented sentences: each rule with both polarities, and sentences without stance."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis.actors import find_mentions
from analysis.nlp import parse
from analysis.stance import AGAINST_VERBS, STANCE_COLUMNS, extract_stance
from analysis.stance_lexicon import ROLES, cue, lexicon, words
from analysis.tokenize import sentence_spans

from .conftest import stance_of as _stance
from .conftest import stance_pairs as _pairs


# ---------------------------------------------------------------- each pattern, both polarities

@pytest.mark.parametrize("text, expected", [
    # passives: the holder is the by-phrase, the victim is the target
    ("Hungary's plan is opposed by France.", ("France", "Hungary", "against")),
    ("Hungary's plan is supported by France.", ("France", "Hungary", "favor")),
    ("Ukraine was attacked by Russia.", ("Russia", "Ukraine", "against")),
    # nominalisations
    ("Germany issued a statement of support for Ukraine's membership.", ("Germany", "Ukraine", "favor")),
    ("Germany issued a statement of opposition to Ukraine's membership.", ("Germany", "Ukraine", "against")),
    ("Israel's raid prompted a boycott by Turkey.", ("Turkey", "Israel", "against")),
    ("Russia's accusation against Ukraine was rejected.", ("Russia", "Ukraine", "against")),
    ("Israel drew criticism from Turkey.", ("Turkey", "Israel", "against")),
    ("Israel drew praise from Turkey.", ("Turkey", "Israel", "favor")),
    ("Germany withdrew support for Hungary.", ("Germany", "Hungary", "against")),
    ("Japan restored ties with China.", ("Japan", "China", "favor")),
    ("Japan cut ties with China.", ("Japan", "China", "against")),
    # negation and modality, control
    ("Spain will not recognize Kosovo.", ("Spain", "Kosovo", "against")),
    ("Spain will recognize Kosovo.", ("Spain", "Kosovo", "favor")),
    ("Poland is prepared to back Ukraine.", ("Poland", "Ukraine", "favor")),
    ("Poland refused to back Ukraine.", ("Poland", "Ukraine", "against")),
    ("No EU member supported Russia.", ("European Union", "Russia", "against")),
    # holders given by an adjective or a common noun
    ("Russian troops attacked Ukraine.", ("Russia", "Ukraine", "against")),
    ("Hungarian officials criticised the European Union.", ("Hungary", "European Union", "against")),
    ("Hungarian officials praised the European Union.", ("Hungary", "European Union", "favor")),
    ("NATO met in Brussels on Monday. The alliance condemned Russia.", ("NATO", "Russia", "against")),
    ("NATO met in Brussels on Monday. The alliance praised Finland.", ("NATO", "Finland", "favor")),
    ("The decision by Senator Ted Kennedy to endorse Barack Obama surprised many.",
     ("Ted Kennedy", "Barack Obama", "favor")),
    # stance inside quotes toward the actors the speaker names
    ("“Russia is a terrorist state,” Volodymyr Zelensky said.", ("Volodymyr Zelensky", "Russia", "against")),
    ("“Germany is a reliable partner,” Emmanuel Macron said.", ("Emmanuel Macron", "Germany", "favor")),
    ("George Bush considered Iran a threat.", ("George Bush", "Iran", "against")),
    # alliance, cooperation, agreement
    ("Germany sided with France.", ("Germany", "France", "favor")),
    ("Germany cooperated with France.", ("Germany", "France", "favor")),
    # a plural demonym stands for its country; a lone surname needs evidence to be a person
    ("Germans agree with Angela Merkel.", ("Germany", "Angela Merkel", "favor")),
    ("Not all Germans agree with Angela Merkel.", ("Germany", "Angela Merkel", "against")),
    # relation nouns, "in favour of", hyphenated backers
    ("John Howard is a close ally of the United States.", ("John Howard", "United States", "favor")),
    ("Tomislav Nikolić, a fierce critic of Nataša Kandić, spoke on Monday.",
     ("Tomislav Nikolić", "Nataša Kandić", "against")),
    ("Germany voted in favour of Ukraine.", ("Germany", "Ukraine", "favor")),
    ("Nepal held a rally in support of Tibet.", ("Nepal", "Tibet", "favor")),
    ("Nepal held a rally in protest against China.", ("Nepal", "China", "against")),
    ("The Popular Mobilization Forces, an Iranian-backed militia, attacked Israel. Iran denied it.",
     ("Iran", "Popular Mobilization Forces", "favor")),
    ("Ecuador severed ties with Colombia.", ("Ecuador", "Colombia", "against")),
    ("Hungary withdrew from NATO.", ("Hungary", "NATO", "against")),
    # an act as the object stands for its agent
    ("France welcomed Italy's decision.", ("France", "Italy", "favor")),
    ("France criticised Italy's decision.", ("France", "Italy", "against")),
])
def test_pattern(text, expected):
    assert expected in _pairs(_stance(text))


def test_condemned_strikes_are_against_their_agent_and_the_strikes_against_the_target():
    table = _stance("Turkey condemned Israeli strikes on Lebanon.")
    assert _pairs(table) == {("Turkey", "Israel", "against"), ("Israel", "Lebanon", "against"),
                             ("Turkey", "Lebanon", "favor")}
    # condemning strikes on Lebanon is weaker evidence of favor for Lebanon than of blame for Israel
    conf = {(h, t): c for h, t, c in zip(table["holder"], table["target"], table["confidence"])}
    assert conf[("Turkey", "Lebanon")] < 0.5 < conf[("Turkey", "Israel")]


@pytest.mark.parametrize("text, stance", [("Japan and China clashed over the islands.", "against"),
                                          ("Japan and China cooperated on trade.", "favor"),
                                          ("The United States and Iran broke off diplomatic contact in 1980.", "against")])
def test_reciprocal_verbs_go_both_ways(text, stance):
    a, b = ("United States", "Iran") if "Iran" in text else ("Japan", "China")
    assert _pairs(_stance(text)) == {(a, b, stance), (b, a, stance)}


def test_meeting_or_agreeing_is_not_reciprocal_stance():
    assert _stance("Russia and Ukraine agreed to a prisoner swap.").empty
    assert _stance("France and Germany met in Paris.").empty


def test_praised_support_is_favor_of_the_supporter():
    table = _stance("Turkey praised Germany's support for Ukraine.")
    assert _pairs(table) == {("Turkey", "Germany", "favor"), ("Germany", "Ukraine", "favor")}


@pytest.mark.parametrize("verb", ["attacked", "accused", "condemned", "sanctioned", "threatened", "invaded",
                                  "bombed", "blamed", "sued"])
def test_hostile_verbs_are_against(verb):
    assert _pairs(_stance(f"France {verb} Germany.")) == {("France", "Germany", "against")}


def test_lexicon_gives_hostile_verbs_against():
    for lemma in ["attack", "accuse", "condemn", "sanction", "threaten", "invade", "bomb", "blame", "sue"]:
        assert lemma in AGAINST_VERBS
        assert cue(lemma, "verb").polarity == "against"


def test_victim_is_never_holder():
    for text in ["Ukraine was attacked by Russia.", "Georgia, which was invaded by Russia in 2008, joined the talks.",
                 "Israel drew criticism from Turkey."]:
        table = _stance(text)
        victim = text.split()[0].strip(",")
        assert not table.empty
        assert victim not in set(table["holder"]), table


# ---------------------------------------------------------------- no stance

@pytest.mark.parametrize("text", [
    "Japan's relations with China are complicated.",
    "Russia met Ukraine in Geneva.",
    "Russia and Ukraine signed a deal.",
    "The company praised the European Commission.",              # no company named before
    "Germany backed down after France complained.",
    "Microsoft opened an office in Germany.",
    "John Smith, a former business partner of Jack Brown, spoke on Monday.",
    "Allen Ruby represented the league in lawsuits against Al Davis.",   # the league sues, not its lawyer
    "New Zealand has withdrawn its bill from Parliament.",
])
def test_no_stance(text):
    assert _stance(text).empty


def test_gerund_subject_has_no_holder():
    table = _stance("Croatia warned Serbia that recognizing Kosovo would harm relations.")
    assert ("Croatia", "Kosovo", "favor") not in _pairs(table)
    assert ("Croatia", "Serbia", "against") in _pairs(table)


def test_relative_clause_about_a_non_actor_has_no_holder():
    table = _stance("“The people who attacked Ukraine must be punished,” Volodymyr Zelensky said.")
    assert ("Volodymyr Zelensky", "Ukraine", "against") not in _pairs(table)


def test_the_alliance_needs_a_fitting_name():
    table = _stance("Clemson University hosted the event. The party nominated John Smith.")
    assert table.empty


# ---------------------------------------------------------------- confidence

def test_confidence_explicit_verb_above_inferred_evidence():
    explicit = _stance("Germany criticised France.")["confidence"].iloc[0]
    adjective = _stance("German officials criticised France.")["confidence"].iloc[0]
    noun = _stance("Germany's criticism of France was sharp.")["confidence"].iloc[0]
    common = _stance("NATO met in Brussels on Monday. The alliance condemned Russia.")["confidence"].iloc[0]
    quoted = _stance("“Russia is a terrorist state,” Volodymyr Zelensky said.")["confidence"].iloc[0]
    assert explicit == pytest.approx(0.9)
    assert explicit > adjective > quoted
    assert explicit > noun and explicit > common
    weak = _stance("Germany warned France.")["confidence"].iloc[0]
    assert weak < explicit                                   # warn is a weaker cue than criticise


def test_min_confidence_filters_rows():
    text = "Germany criticised France. “Russia is a terrorist state,” Volodymyr Zelensky said."
    everything = _stance(text)
    strict = _stance(text, min_confidence=0.7)
    assert len(everything) == 2
    assert _pairs(strict) == {("Germany", "France", "against")}
    assert (strict["confidence"] >= 0.7).all()
    assert list(_stance(text, min_confidence=0.99).columns) == STANCE_COLUMNS


# ---------------------------------------------------------------- pronouns of organisations

def _with_its(text: str):
    doc = parse(text)
    mentions = find_mentions(doc, doc_id="t", sentence_starts=[s for _, s, _ in sentence_spans(text)])
    return doc, mentions


def test_its_falls_back_to_the_nearest_organisation():
    doc, mentions = _with_its("NATO met on Monday. Its members condemned Russia.")
    mentions = mentions[mentions["kind"] != "pronoun"]     # as without the actors stage's it/its rows
    assert _pairs(extract_stance(doc, mentions, doc_id="t")) == {("NATO", "Russia", "against")}


def test_pronoun_rows_from_mentions_win_over_the_fallback():
    text = "NATO met the European Union on Monday. Its members condemned Russia."
    doc, mentions = _with_its(text)
    mentions = mentions[mentions["kind"] != "pronoun"]     # the actors stage reads 'Its' as NATO (the subject)
    at = text.index("Its")
    eu = mentions[mentions["actor"] == "European Union"].iloc[0]
    row = {**eu.to_dict(), "start": at, "end": at + 3, "text": "Its", "kind": "pronoun", "sent_id": 1}
    with_row = pd.concat([mentions, pd.DataFrame([row])], ignore_index=True)
    table = extract_stance(doc, with_row, doc_id="t")
    assert _pairs(table) == {("European Union", "Russia", "against")}
    assert (table["holder_start"].iloc[0], table["holder_end"].iloc[0]) == (at, at + 3)


# ---------------------------------------------------------------- the data files

DATA = Path(__file__).resolve().parents[1] / "analysis" / "data"


def test_lexicon_file_is_well_formed():
    with open(DATA / "stance_lexicon.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["lemma", "pos", "prep", "polarity", "strength", "frame"]
    keys = [(r["lemma"], r["pos"], r["prep"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["polarity"] for r in rows} == {"favor", "against"}
    assert {r["pos"] for r in rows} <= {"verb", "noun", "adj", "evaluation", "have", "aid", "relation", "hyphen", "judged",
                                       "phrasal"}
    assert all(0 < float(r["strength"]) <= 1 for r in rows)
    assert len(lexicon()) == len(rows)


def test_one_list_of_denial_verbs():
    """Rule 28 and the judged verbs of rule 4 read the same ``deny`` role (stance27)."""
    from analysis.stance import _DENYING_VERBS
    from analysis.stance_reported import _DENIAL_VERBS

    assert _DENYING_VERBS == _DENIAL_VERBS == words("deny") >= {"deny", "reject", "doubt", "rebut", "disprove"}


def test_roles_file_uses_known_roles():
    with open(DATA / "stance_roles.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["role"] for r in rows} <= set(ROLES)
    assert "alliance" not in words("group")
    with pytest.raises(KeyError):
        words("nonsense")


@pytest.mark.parametrize("text", [
    # a condition or a question is no verdict (stance21)
    "Julian Burnside asked why it took so long for authorities to act if indeed Scott Parkin is a security threat.",
    "Volodymyr Zelensky asked whether Russia is a terrorist state.",
])
def test_evaluation_in_a_condition_is_no_stance(text):
    assert not any(s == "against" for _, _, s in _pairs(_stance(text)))


@pytest.mark.parametrize("text, gone, kept", [
    # rule 28: a denied or false clause is not asserted (stance24)
    ("Iran denied that it had attacked Israel.", ("Iran", "Israel", "against"), None),
    ("Iran rejected reports that it had attacked Israel.", ("Iran", "Israel", "against"), None),
    ("Rouhani said it was untrue that Iran supported Hamas.", ("Iran", "Hamas", "favor"), None),
    ('Alexander Downer said: "It is completely false to suggest that the Australian government would consider '
     'assassinating Frank Bainimarama."', ("Australia", "Frank Bainimarama", "against"), None),
    ("Iran did not deny that it had attacked Israel.", None, ("Iran", "Israel", "against")),
    ("Iran denied the report and attacked Israel.", None, ("Iran", "Israel", "against")),
    # one list of denial verbs for rule 28 and the judged verbs (stance27): "doubt" now denies in rule 28 too
    ("Israeli officials doubted that Iran had attacked Saudi Arabia.", ("Iran", "Saudi Arabia", "against"), None),
    # rule 30: an agreement made with X is a neutral dealing (standard of stance_holdout_batch13); refused, against
    ("India has signed a deal with Iran for a $7 billion gas pipeline project.", ("India", "Iran", "favor"), None),
    ("Reliant Energy has reached an agreement with the Texas Public Utilities Commission to raise rates.",
     ("Reliant Energy", "Texas Public Utilities Commission", "favor"), None),
    ("Sudan refused to sign an agreement with the NDA.", None, ("Sudan", "NDA", "against")),
    ("Dick Cheney gave his agreement to Israel to destroy Hamas.", None, ("Dick Cheney", "Israel", "favor")),
    # rule 30: a cue in a condition is not asserted (stance27)
    ("Wen said China will be open to negotiation with the Dalai Lama if he recognizes Tibet and Taiwan as parts "
     "of China.", ("Dalai Lama", "Taiwan", "favor"), None),
    ("Kelvin Thomson said he was unsure whether it would help Australia's fight against terrorism.",
     ("Kelvin Thomson", "Australia", "favor"), None),
    # rule 30: a source that reports a quotation relays it; the stance is not its own (stance27)
    ('The American Forces Press Service reports: "Coalition forces also destroyed car bombs and two buildings."',
     ("American Forces Press Service", "coalition forces", "against"), None),
    # rule 27: advice to a subject is not its stance (stance24)
    ("Liberal MP Borys Wrzesnewskyj resigned over his comments suggesting that Canada should negotiate directly "
     "with Lebanon's Hezbollah.", ("Canada", "Hezbollah", "favor"), None),
    ("Canada negotiated directly with Hezbollah.", None, ("Canada", "Hezbollah", "favor")),
    ('"We must support Ukraine," said Angela Merkel.', None, ("Angela Merkel", "Ukraine", "favor")),
    # a quoted exhortation is mostly the subject's own side: rule 27 applies outside quotation marks only
    ('Protesters proclaimed, "Chinese people shouldn\'t protect Japanese," at the riot police.', None,
     ("China", "Japan", "against")),
    # a plural demonym placed in another country is not that country (stance24)
    ("Twenty Indians living in Bahrain filed a case against Santosh Madhavan on Tuesday.",
     ("India", "Santosh Madhavan", "against"), None),
    ("Indians protested against Pakistan.", None, ("India", "Pakistan", "against")),
    ("Iraqis in Baghdad protested against the United States.", None, ("Iraq", "United States", "against")),
    # rule 28: a clause still to be proved is not asserted (stance24)
    ('Danny Kennedy said: "The burden of proof in the Scott Parkin expulsion case lies morally with the '
     'Commonwealth, to prove that he is a danger."', ("Danny Kennedy", "Scott Parkin", "against"), None),
    ("Bob Brown said the government must prove that Scott Parkin is a threat.", ("Bob Brown", "Scott Parkin", "against"),
     None),
    ("Bob Brown said there was no evidence that Scott Parkin is a threat.", ("Bob Brown", "Scott Parkin", "against"),
     None),
    ("Bob Brown said the report proved that Scott Parkin is a danger.", None, ("Bob Brown", "Scott Parkin", "against")),
    # a right to ask or to know is a claim on information, not approval (stance24)
    ("Rutte declared that Hungary no longer has any right to be part of the European Union.", None,
     ("Rutte", "Hungary", "against")),                # a right to BE is a verdict, not a right to learn (seed)
    ('Barbara Boxer questioned his commitment, stating, "The American people have the right to ask whether he is '
     'committed."', ("Barbara Boxer", "United States", "favor"), None),
    ("Barack Obama said Israel has the right to defend itself.", None, ("Barack Obama", "Israel", "favor")),
    ('"Hungary has no right to block the deal," said Zelensky.', None, ("Zelensky", "Hungary", "against")),
])
def test_denied_advised_unproved_and_diaspora_rows(text, gone, kept):
    """Rules 27-28 and the diaspora reading (stance24): the ``gone`` row is not made, the ``kept`` row is."""
    pairs = _pairs(_stance(text, with_quotes=True))
    if gone is not None:
        assert gone not in pairs
    if kept is not None:
        assert kept in pairs


@pytest.mark.parametrize("text, gone, kept", [
    # a passive relative clause on a cue noun: its agent holds it, never the reporter (stance26, dev8)
    ('"We are concerned about terrorist attacks that are being launched by the PKK against the Turks," Dana '
     'Perino said.', ("Dana Perino", "Turks", "against"), ("PKK", "Turks", "against")),
    ('"We condemn the attacks that were launched against the Turks," Dana Perino said.',
     ("Dana Perino", "Turks", "against"), None),
    ("Britain condemned the sanctions that Russia imposed on Ukraine.", None, ("Russia", "Ukraine", "against")),
    # the government led / headed by X stands for X (stance26, dev8)
    ("Alfred Gusenbauer criticised the government led by Wolfgang Schuessel.", None,
     ("Alfred Gusenbauer", "Wolfgang Schuessel", "against")),
    ("In his keynote address Gusenbauer has issued heavy criticism at the current Austrian government which is "
     "led by chancellor Wolfgang Schuessel.", None, ("Gusenbauer", "Wolfgang Schuessel", "against")),
    # criticism aimed at a person by an expressing verb; an organisation after "at" may be a venue (stance26)
    ("Gusenbauer levelled criticism at Wolfgang Schuessel.", None, ("Gusenbauer", "Wolfgang Schuessel", "against")),
    ("Jim Smith voiced criticism at the United Nations in Geneva.", ("Jim Smith", "United Nations", "against"),
     None),
    # losing or lacking an attitude owned by X: X is against the subject (stance26, dev8)
    ("Abe lost the support of Ichiro Ozawa.", ("Ichiro Ozawa", "Abe", "favor"), ("Ichiro Ozawa", "Abe", "against")),
    ("Abe lacked support from Ichiro Ozawa.", None, ("Ichiro Ozawa", "Abe", "against")),
    ("Abe did not lose the support of Ichiro Ozawa.", None, ("Ichiro Ozawa", "Abe", "favor")),
    ("Abe won the support of Ichiro Ozawa.", None, ("Ichiro Ozawa", "Abe", "favor")),
    # a report or statement from an organisation is its own; from a place it is not (stance26, dev8)
    ("A report from the United Nations says that Sudan has failed to protect civilians.", None,
     ("United Nations", "Sudan", "against")),
    ("A report from Baghdad says that Sudan has failed to protect civilians.", ("Baghdad", "Sudan", "against"), None),
    # rule 29: a victim reporting a hostile act against itself is against its agent (stance26, dev8)
    ("President Chávez also claimed the secessionist movement is part of a plan by the U.S. to overthrow and kill "
     "him.", None, ("Chávez", "United States", "against")),
    ("Hamas spokesman Sami Abu Zuhri said Israel attacked Hamas.", None, ("Sami Abu Zuhri", "Israel", "against")),
    ("Iran said the United States had attacked Iraq.", ("Iran", "United States", "against"), None),
    ("Chávez denied that the U.S. planned to kill him.", ("Chávez", "United States", "against"), None),
    ("The United States said that it expects Iran to impose new sanctions against the United States.",
     ("United States", "Iran", "against"), ("Iran", "United States", "against")),  # only expected: no complaint
    # a cue inside a condition is not asserted (stance26, dev8)
    ('Pierluisi said, "If the Senate confirms me, I will be governor until 2020."', ("Senate", "Pierluisi", "favor"),
     None),
    ("If Russia attacks Ukraine, NATO will defend Ukraine.", ("Russia", "Ukraine", "against"),
     ("NATO", "Ukraine", "favor")),
    ("The Dalai Lama vowed to step down if things get out of control in Tibet, where violent demonstrations by "
     "Tibetans against China have killed 13 people.", None, ("Tibetans", "China", "against")),
    # a seat of government whose country is named nowhere speaks as itself through its spokesman (stance26)
    ("White House spokesman Tony Snow praised Turkey.", None, ("White House", "Turkey", "favor")),
])
def test_agents_leaders_aims_and_lost_support(text, gone, kept):
    """Links repaired in stance26 (dev8 misses): the ``gone`` row is not made, the ``kept`` row is."""
    pairs = _pairs(_stance(text, with_quotes=True))
    if gone is not None:
        assert gone not in pairs
    if kept is not None:
        assert kept in pairs
