"""Speakers named by a surname the recogniser missed, by an apposition, or by a pronoun further back."""

from __future__ import annotations

import pandas as pd

from analysis.actors import find_mentions
from analysis.nlp import parse
from analysis.quotes import extract_quotes


def quotes_of(text: str) -> pd.DataFrame:
    doc = parse(text)
    table = extract_quotes(doc, find_mentions(doc), doc_id="text")
    for r in table.itertuples():
        assert text[r.start:r.end] == r.text
        if r.speaker_start >= 0:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_text
    return table


def speaker_of(table: pd.DataFrame, words: str) -> str:
    hits = table[table["text"].str.contains(words, regex=False)]
    assert len(hits), f"no row containing {words!r} in\n{table[['text', 'kind', 'speaker', 'speaker_text']]}"
    return hits.iloc[0]["speaker"]


def test_apposition_hung_on_the_object_of_to():
    text = ("Iran's ambassador to Iraq, Hassan Kazemi-Qomi, suggested some common ground was found with "
            "the United States.")
    assert speaker_of(quotes_of(text), "common ground") == "Hassan Kazemi-Qomi"


def test_surname_alone_is_the_person_named_in_full():
    text = ("Hassan Kazemi-Qomi met the delegation on Monday. \"The two sides agreed to support the Iraqi "
            "government,\" Kazemi-Qomi told Iranian television.")
    table = quotes_of(text)
    assert speaker_of(table, "two sides agreed") == "Hassan Kazemi-Qomi"


def test_he_said_two_paragraphs_after_its_subject():
    text = ("Mr Howard has drawn criticism from some US senators.\n\n"
            "The Australian Prime Minster further defended his statement today.\n\n"
            "\"It could only be represented as a defeat for the United States,\" he said.")
    assert speaker_of(quotes_of(text), "represented as a defeat") == "Howard"


def test_an_unnamed_subject_in_between_stops_the_far_pronoun():
    text = ("Humane Society officer Lee Oliver told the CBC that the ad was a scam. He said that it was "
            "published online.\n\n"
            "The women saw the ad at a website. The website warns about foreign purchases. The ad had a "
            "picture of a dog in a basket.\n\n"
            "The seller of the puppy asked for money. \"I'm a family man,\" he said.")
    assert speaker_of(quotes_of(text), "family man") != "Lee Oliver"


def test_reported_speech_without_quotation_marks():
    table = quotes_of("Before the elections, the opposition candidates accused Lukashenko of plans for rigging "
                      "the elections. Milinkevich demands new elections. For example, Ban Ki-moon, secretary "
                      "general of the United Nations, yesterday called for the election to be postponed. "
                      "At the summit, Uribe charged Correa's government of having links with the FARC rebels, "
                      "a charge that Correa quickly denied.")
    kinds = dict(zip(table["text"], table["kind"]))
    assert any(t.startswith("accused Lukashenko of plans") for t in kinds)
    assert any("new elections" in t for t in kinds)
    assert any("election to be postponed" in t for t in kinds)
    charged = [t for t in kinds if t.startswith("charged")]
    assert charged and not any("Correa quickly denied" in t for t in charged)
    assert speaker_of(table, "election to be postponed") == "Ban Ki-moon"


def test_bare_object_of_other_verbs_is_not_speech():
    table = quotes_of("Milinkevich criticised the government. The minister praised the police.")
    assert len(table) == 0


def test_name_before_a_comma_and_an_indefinite_role():
    text = "Ali al-Dabbagh, a spokesman for the Iraqi coalition government said the verdict was as expected."
    assert speaker_of(quotes_of(text), "verdict was as expected") == "Ali al-Dabbagh"


def test_a_spokesman_alone_stays_anonymous():
    text = "A spokesman for the Iraqi coalition government said the verdict was as expected."
    assert speaker_of(quotes_of(text), "verdict was as expected") == ""


def test_unlisted_speaker_name_is_the_last_run_of_proper_nouns():
    text = ("In the aftermath of the attack, the hardlined Hutu-extremist rebel group Palipehutu-FNL claimed "
            "responsibility, saying that they had no fear of being held to account.")
    assert speaker_of(quotes_of(text), "no fear") == "Palipehutu-FNL"


def test_belief_verbs_report_a_view_only_when_someone_holds_it():
    assert speaker_of(quotes_of("Dan Blumenthal believes Taiwan will welcome this statement."),
                      "Taiwan will welcome") == "Dan Blumenthal"
    assert len(quotes_of("Jens Evensen led the talks, and it is widely believed that he is responsible "
                         "for the outcome.")) == 0
    assert len(quotes_of("What do you feel are the three most important issues to voters in your riding?")) == 0


def test_abbreviated_title_gives_the_role_of_a_later_description():
    t = quotes_of("Sen. Marco Rubio of Florida criticized the deal. The senator said it was a mistake.")
    assert t.iloc[-1].speaker == "Marco Rubio"
    t = quotes_of("Gov. Chris Christie endorsed the plan. The governor said it would pass.")
    assert t.iloc[-1].speaker == "Chris Christie"


def test_nominee_is_a_role():
    t = quotes_of("Republican nominee Donald Trump spoke in Ohio on Monday. The nominee said the economy was broken.")
    assert t.iloc[-1].speaker == "Donald Trump"


def test_a_whose_clause_subject_does_not_speak():
    from analysis.actors import find_mentions
    from analysis.nlp import parse
    from analysis.quotes import extract_quotes
    text = ("On Friday, Lt. Gen. Martin Dempsey, whose Multinational Security Transition Command is responsible "
            "for building Iraq's security forces, told reporters that he had seen the strategy document.")
    doc = parse(text)
    q = extract_quotes(doc, find_mentions(doc), doc_id="t")
    row = q[q["text"].str.contains("he had seen the strategy")].iloc[0]
    assert row["speaker"] == "Martin Dempsey"


def test_bare_surname_is_not_the_relative_introduced_by_kinship():
    text = ("Former governor Tom Harlow spoke to supporters in Denver on Friday. Harlow, whose wife "
            "Ellen Harlow ran for the Senate last year, backed the mayor.\n\n"
            "\"We have to finish the job this time,\" Harlow said.")
    assert speaker_of(quotes_of(text), "finish the job") == "Tom Harlow"


def test_only_a_relative_named_as_such_gives_way_to_a_namesake():
    from analysis.actors import _main_namesakes
    assert _main_namesakes(["Bill Clinton", "Hillary Clinton"], {"Hillary Clinton"}) == ["Bill Clinton"]
    assert _main_namesakes(["Ann Price", "David Price"], set()) == ["Ann Price", "David Price"]
    assert _main_namesakes(["Jonna Mendez"], {"Jonna Mendez"}) == ["Jonna Mendez"]  # no one else to mean


def test_a_persons_campaign_or_aides_are_an_unnamed_source():
    text = ("Joe Biden met voters in Ohio on Monday. The Biden campaign said that the rally drew ten thousand "
            "people. Biden aides told reporters that he would speak again on Friday.")
    table = quotes_of(text)
    assert speaker_of(table, "rally drew") == ""
    assert speaker_of(table, "would speak again") == ""


def test_an_organisations_officials_stay_the_organisation():
    text = ("The United Nations sent a team to Darfur. United Nations officials warned that they would be "
            "unable to provide food.")
    assert speaker_of(quotes_of(text), "unable to provide") == "United Nations"


def test_relative_clause_on_an_apposition_is_the_named_person():
    text = ("\"We think it is appropriate,\" said Brian Faith, a spokesman for Fannie Mae who also said that "
            "the case was on their radar.")
    assert speaker_of(quotes_of(text), "on their radar") == "Brian Faith"


def test_capitalised_title_without_a_name_is_an_unnamed_source():
    text = ("\"The agency knew that its interrogations crossed a line,\" said Human Rights Watch's Senior "
            "Counterterrorism Counsel.")
    assert speaker_of(quotes_of(text), "crossed a line") == ""


def test_name_at_the_end_of_a_title_phrase_speaks():
    text = ("One official told the Associated Press that a bulletin was sent. Director of National Intelligence "
            "spokesman Ross Feinstein commented that they were \"in no position to confirm who was responsible.\"")
    assert speaker_of(quotes_of(text), "no position") == "Ross Feinstein"


def test_name_after_of_at_the_end_of_a_title_phrase_does_not_speak():
    text = "The chief of staff of Nancy Pelosi said that the vote would be held on Friday."
    assert speaker_of(quotes_of(text), "vote would be held") != "Nancy Pelosi"


def test_name_before_a_description_after_when_speaks():
    text = ("Critics were surprised when Mowaffak al-Rubaie, the current Iraqi National Security Advisor said "
            "that \"This war is well worth fighting,\" on CNN.")
    assert speaker_of(quotes_of(text), "worth fighting") == "Mowaffak al-Rubaie"


def test_definite_description_repeats_a_noun_said_of_a_name():
    text = ("On the talk show, interviewer Jake Tapper asked Chris Christie about the budget. Christie answered "
            "that the state was broke. The payments were described by the interviewer as a \"legal obligation\".")
    assert speaker_of(quotes_of(text), "legal obligation") == "Jake Tapper"


def test_a_description_not_said_of_anyone_stays_unresolved():
    text = ("Jake Tapper asked Chris Christie about the budget. Christie answered that the state was broke. "
            "The payments were described by the interviewer as a \"legal obligation\".")
    assert speaker_of(quotes_of(text), "legal obligation") == ""


def test_description_in_the_lede_is_the_person_named_next_with_that_role():
    text = ("The director of the Central Intelligence Agency has confirmed that his agency used waterboarding. "
            "In testimony to the Senate on Tuesday, Michael Hayden urged lawmakers not to restrict it.\n\n"
            "Director Hayden's testimony was the most detailed to date.")
    assert speaker_of(quotes_of(text), "his agency used") == "Michael Hayden"


def test_description_after_a_named_person_does_not_look_ahead():
    text = ("President Askar Akayev appointed Keneshbek Dushebayev as new interior minister.\n\n"
            "\"Our primary task is to restore order,\" the new interior minister said.\n\n"
            "He replaced the former interior minister, Bakirdin Subanbekov.")
    assert speaker_of(quotes_of(text), "restore order") != "Bakirdin Subanbekov"


def test_a_document_posted_by_someone_speaks_for_them():
    text = ("According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its hearing. "
            "A statement released by the White House said that the visit would go ahead.")
    table = quotes_of(text)
    assert speaker_of(table, "cancelled its hearing") == "Juan Dalmau"
    assert speaker_of(table, "visit would go ahead") == "White House"


def test_the_statement_is_the_one_someone_released_just_before():
    text = ("British Prime Minister Gordon Brown released a statement on Friday welcoming the agreement.\n\n"
            "\"Common sense has prevailed, and the Kenyan people have the outcome they hoped for,\" the "
            "statement said.")
    assert speaker_of(quotes_of(text), "Common sense") == "Gordon Brown"


def test_quoted_as_saying_after_the_quotation_is_the_person_quoted():
    text = ("Reuters reported that many at the scene chanted slogans. \"Shame on the killers,\" the news agency "
            "quoted the mourners as saying.")
    table = quotes_of(text)
    assert speaker_of(table, "Shame on the killers") == ""
    assert table[table["text"].str.contains("Shame")].iloc[0]["speaker_text"] == "the mourners"


def test_the_statement_of_a_countrys_government_is_the_country():
    text = ("On Thursday the Turkish government released a statement on the vote.\n\n"
            "\"We still hope that the House will not take the resolution further,\" the statement added.")
    assert speaker_of(quotes_of(text), "We still hope") == "Turkey"


def test_the_report_of_an_office_holder_is_not_the_place_modifying_the_title():
    text = ("In 2005, the NSW Auditor-General released a report on schools. The report stated that there were "
            "1,000 outstanding repairs.")
    assert speaker_of(quotes_of(text), "outstanding repairs") != "NSW"
