"""Stance recall (issue 12, item 3): bare two-entity sentences, unnamed institutions, participle passives,
new cues (arrests, talks, agreements), backing a condemned cause; and co-mentions that stay without stance."""

from __future__ import annotations

import pytest

import analysis

from .conftest import stance_of as _stance
from .conftest import stance_pairs as _pairs


def _alone(text: str):
    """The ``stance`` table of ``text`` analysed alone, as a user would (``analyze_text``)."""
    return analysis.analyze_text(text).stance


# ---------------------------------------------------------------- one sentence analysed alone

@pytest.mark.parametrize("text, expected", [
    ("Russia condemned the United States for the strikes.", ("Russia", "United States", "against")),
    ("The union praised Smith.", ("union", "Smith", "favor")),
    ("The union criticised John Smith.", ("union", "John Smith", "against")),
    ("Police arrested the protesters.", ("police", "protesters", "against")),
    ("Obama praised Putin.", ("Obama", "Putin", "favor")),          # names the actor stage leaves out
])
def test_bare_sentence_gives_the_row(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text", [
    "Obama met with Putin in Moscow.",
    "Obama and Putin attended the summit in Geneva.",
    "The union met John Smith on Monday.",
    "Russia and Ukraine signed a deal.",
    "The company praised the European Commission.",             # an unnamed company is no institution
])
def test_neutral_co_mention_gives_no_row(text):
    assert _alone(text).empty


def test_unnamed_institution_is_weaker_evidence_than_a_name():
    named = _alone("Germany praised John Smith.")["confidence"].max()
    unnamed = _alone("The union praised John Smith.")["confidence"].max()
    assert unnamed < named
    row = _alone("The union praised John Smith.").iloc[0]
    assert "The union praised John Smith."[row.holder_start:row.holder_end] == "union"


def test_institution_with_a_named_modifier_is_that_actor():
    assert _pairs(_alone("Russian troops attacked Ukrainian positions.")) == {("Russia", "Ukraine", "against")}


@pytest.mark.parametrize("text, expected", [
    # people of a named place are a group of their own, not the place (issue 12, unnamed groups)
    ("Several Bishkek residents blamed protesters from the south for the lawlessness.",
     ("bishkek residents", "protesters", "against")),
    ("Residents blamed the protesters for the violence.", ("residents", "protesters", "against")),
    ("Many villagers accused the army of killing civilians.", ("villagers", "army", "against")),
    ("Critics accused Gordon Brown of betraying the party.", ("critics", "Gordon Brown", "against")),
    ("Supporters of Akayev attacked the protesters.", ("supporters of Akayev", "protesters", "against")),
    ("Police dispersed the protesters with water cannon.", ("police", "protesters", "against")),
])
def test_unnamed_group_holds_and_takes_the_stance(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text, expected", [
    ("There were violent demonstrations against China in Lhasa.", ("protesters", "China", "against")),
])
def test_protest_with_no_stager_is_held_by_unnamed_protesters(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text", [
    "The EPA repeatedly reassured residents that the air was safe.",     # residents are an audience
    "The IDF made phone calls to warn residents in Gaza of the airstrikes.",
    "Reporters Without Borders issued a protest against the Burmese government.",
])
def test_unnamed_group_rows_that_are_no_stance(text):
    table = _alone(text)
    assert not any(h == "protesters" or t == "residents" for h, t, _ in _pairs(table))


def test_unnamed_group_with_a_nationality_stays_the_country():
    assert ("Iraq", "United States", "against") in _pairs(_alone("Iraqi residents condemned the United States."))


# ---------------------------------------------------------------- participle passives

@pytest.mark.parametrize("text, expected", [
    ("Hamas, supported by Iran, attacked Israel.", ("Iran", "Hamas", "favor")),
    ("Robert Mugabe was hailed as a hero by the President of Gabon.", ("Gabon", "Robert Mugabe", "favor")),
    ("Robert Mugabe, hailed as a hero by the President of Gabon, won the vote.", ("Gabon", "Robert Mugabe", "favor")),
    ("Hamas, criticised by Egypt, attacked Israel.", ("Egypt", "Hamas", "against")),
])
def test_participle_passive_holder_is_the_agent(text, expected):
    table = _stance(text)
    assert expected in _pairs(table)
    assert (expected[1], expected[0], expected[2]) not in _pairs(table)


# ---------------------------------------------------------------- new cues, with negation

@pytest.mark.parametrize("text, expected", [
    ("Pakistan held talks with India.", ("Pakistan", "India", "favor")),
    ("British Airways has entered into merger talks with Iberia.", ("British Airways", "Iberia", "favor")),
    ("Egypt signed a peace treaty with Israel.", ("Egypt", "Israel", "favor")),
    ("Israel refused to hold talks with Hamas.", ("Israel", "Hamas", "against")),
    ("Iraq executed Saddam Hussein.", ("Iraq", "Saddam Hussein", "against")),
    ("Turkey arrested John Smith.", ("Turkey", "John Smith", "against")),
])
def test_new_cue(text, expected):
    assert expected in _pairs(_stance(text))


@pytest.mark.parametrize("text", [
    "Kenya did not arrest John Smith.",
    "Brazil would never attack Argentina.",
    "Egypt has not sanctioned Israel.",
])
def test_negated_hostile_act_is_no_support(text):
    assert not any(s == "favor" for _, _, s in _pairs(_stance(text)))


def test_talks_are_weak_evidence():
    talks = _stance("Pakistan held talks with India.")["confidence"].max()
    praise = _stance("Pakistan praised India.")["confidence"].max()
    assert talks < 0.5 < praise


# ---------------------------------------------------------------- backing a condemned cause, reported

@pytest.mark.parametrize("text", [
    "John Bolton said that Iran is supporting terrorism.",
    "John Bolton said that he believes the government of Iran is supporting extremism.",
    "John Bolton said that Iran is a state sponsor of terrorism.",
    "“Iran harbours terrorists,” John Bolton said.",
])
def test_reported_backing_of_terrorism_is_against_the_backer(text):
    table = _stance(text)
    assert ("John Bolton", "Iran", "against") in _pairs(table)
    assert (table["confidence"] <= 0.5).all()


@pytest.mark.parametrize("text", [
    "John Bolton said Iran does not support terrorism.",
    "John Bolton said that Iran is supporting the peace plan.",
])
def test_no_blame_without_a_condemned_cause(text):
    assert ("John Bolton", "Iran", "against") not in _pairs(_stance(text))


# ---------------------------------------------------------------- a lone pronoun in a sentence analysed alone

def test_lone_pronoun_is_its_own_weak_actor():
    table = _alone("He criticised Iran.")
    assert _pairs(table) == {("he", "Iran", "against")}
    assert table["confidence"].max() < 0.5
    reported = _alone("He said that he believes the government of Iran is supporting extremism.")
    assert ("he", "Iran", "against") in _pairs(reported)


def test_pronoun_after_a_named_person_is_never_its_own_actor():
    table = _alone("John Smith arrived on Monday. He criticised Iran.")
    assert "he" not in set(table["holder"])
    assert ("John Smith", "Iran", "against") in _pairs(table)


def test_the_court_is_the_tribunal_named_before():
    table = _stance("The Iraq Special Tribunal sentenced Saddam Hussein. Barham Salih praised the court.")
    assert ("Barham Salih", "Iraq Special Tribunal", "favor") in _pairs(table)
    assert "court" not in set(table["target"])


@pytest.mark.parametrize("text, expected", [
    ("Ghimire had been accused by Yadav of illegally operating a mine.", ("Yadav", "Ghimire", "against")),
    ("Senator Smith criticised the Pentagon.", ("Smith", "Pentagon", "against")),
    ("The decision by Kennedy to withdraw and endorse Dion changed the race.", ("Kennedy", "Dion", "favor")),
])
def test_names_the_recogniser_or_the_actor_stage_misses(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text, expected", [
    ("Villages in Darfur have been attacked by Sudanese troops.", ("Sudan", "Darfur", "against")),
    ("Israel shelled towns in southern Lebanon.", ("Israel", "Lebanon", "against")),
])
def test_a_place_stands_for_the_actor_it_is_in(text, expected):
    assert expected in _pairs(_stance(text))


def test_settlements_in_a_territory_are_not_that_territory():
    assert ("Hamas", "Gaza", "against") not in _pairs(_stance("Hamas fired mortar shells at Israeli settlements in Gaza."))


# ---------------------------------------------------------------- political disputes (session 22, stance11)

@pytest.mark.parametrize("text, expected", [
    ("The opposition called for a vote of no confidence in Prime Minister Kevin Rudd.",
     ("opposition", "Kevin Rudd", "against")),
    ("The opposition tabled a motion of no confidence in the government of Romano Prodi.",
     ("opposition", "Romano Prodi", "against")),
])
def test_no_confidence_is_against(text, expected):
    pairs = _pairs(_alone(text))
    assert expected in pairs
    assert (expected[0], expected[1], "favor") not in pairs


def test_surviving_a_no_confidence_vote_is_no_stance_of_the_survivor():
    assert _alone("Romano Prodi survived a vote of no confidence in the Senate.").empty


def test_anti_x_group_holds_the_stance():
    table = _alone("Askar Akayev fled. Fighting broke out between his supporters and the anti-Akayev protesters.")
    assert ("anti-akayev protesters", "Askar Akayev", "against") in _pairs(table)
    assert table["confidence"].max() < 0.5                   # an unnamed group: weak evidence


@pytest.mark.parametrize("text, expected", [
    ("The supporters of Ben Bernanke included Senator Robert Menendez of New Jersey.",
     ("Robert Menendez", "Ben Bernanke", "favor")),
    ("Senator Jim Bunning was among the critics of Ben Bernanke.", ("Jim Bunning", "Ben Bernanke", "against")),
    ("Among the opponents of Barack Obama was Senator John McCain.", ("John McCain", "Barack Obama", "against")),
])
def test_members_listed_by_a_relation_noun_hold_it(text, expected):
    assert expected in _pairs(_alone(text))


def test_not_among_the_opponents_is_no_stance():
    assert _alone("Senator John McCain was not among the opponents of Barack Obama.").empty


@pytest.mark.parametrize("text, expected", [
    ("Protesters marched through Athens chanting \"down with the government of Kostas Karamanlis\".",
     ("protesters", "Kostas Karamanlis", "against")),
    ("Askar Akayev fled. About 5,000 protesters marched to the palace, chanting \"down with the Akayev clans.\"",
     ("protesters", "Askar Akayev", "against")),
])
def test_chanting_down_with_x_is_against(text, expected):
    assert expected in _pairs(_alone(text))


def test_a_plot_tied_to_an_arrest_is_not_the_arresters():
    text = ("Police Commissioner Esala Teleni said that sixteen people were being detained in connection to a plot "
            "to assassinate Frank Bainimarama.")
    assert ("Esala Teleni", "Frank Bainimarama", "against") not in _pairs(_alone(text))
    bid = "In 2003, 300 soldiers took over a hotel in Manila in another bid to topple Gloria Arroyo."
    assert ("soldiers", "Gloria Arroyo", "against") in _pairs(_alone(bid))     # in a bid: their own


def test_quoted_pronoun_given_to_its_own_speaker_is_the_person_he_speaks_of():
    """A quote continued in a new paragraph: *him* is not the speaker (who says *I*) but the person he met."""
    text = ("Prime Minister Tony Blair said on Monday he would resign within a year.\n\n"
            "\"When I met the prime minister yesterday, I said to him that it is for him to decide,\" "
            "Gordon Brown said.\n\n"
            "\"I said also to him that I will support him in the decisions he makes.\"")
    assert ("Gordon Brown", "Tony Blair", "favor") in _pairs(_alone(text))
    assert ("Gordon Brown", "Gordon Brown", "favor") not in _pairs(_alone(text))


# ---------------------------------------------------------------- crowds, followers and policing (stance21)

@pytest.mark.parametrize("text, expected", [
    # followers acting in the sentence hold their side (a misparse joins the second side into the "of" phrase)
    ("Fighting broke out between supporters of Akayev and the anti-Akayev protesters at the demonstration.",
     ("supporters of Akayev", "Akayev", "favor")),
    ("Fighting broke out between supporters of Akayev and the anti-Akayev protesters at the demonstration.",
     ("supporters of Akayev", "anti-akayev protesters", "against")),
    ("Fighting broke out between supporters of Akayev and the protesters.",
     ("protesters", "supporters of Akayev", "against")),
    # policing a gathering is against its stagers; unit words are no names ("Riot police")
    ("Riot police suppressed a smaller demonstration in Bishkek.", ("riot police", "protesters", "against")),
    ("Riot police dispersed the protesters in Bishkek.", ("riot police", "protesters", "against")),
    ("The march was broken up by riot police.", ("riot police", "protesters", "against")),
    # missiles thrown at someone
    ("Protesters threw stones at police in Bishkek.", ("protesters", "police", "against")),
    ("Demonstrators pelted the police with rocks.", ("demonstrators", "police", "against")),
    # a group of people stands for them; a visit or presence for its owner
    ("A group of about 500 demonstrators protested the presence of David Irving at Oxford.",
     ("demonstrators", "David Irving", "against")),
])
def test_crowd_and_policing_rows(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text", [
    "The troops met some resistance from supporters of Mohamed Bacar.",     # a passing mention: no row
    "Police did not disperse the demonstration.",
    "About 200 riot police broke up a peaceful, anti-Akayev protest.",      # not the protest's target
])
def test_crowd_rows_that_are_no_stance(text):
    pairs = _pairs(_alone(text))
    assert not any(t in {"Mohamed Bacar", "Akayev", "Askar Akayev"} or h == "police" for h, t, _ in pairs)


def test_riot_at_the_start_of_a_sentence_is_no_person():
    assert all(h != "Riot" for h, _, _ in _pairs(_alone("Riot police dispersed the protesters in Bishkek.")))


# ---------------------------------------------------------------- courts, crime and investigations (stance22)

@pytest.mark.parametrize("text, expected", [
    ("The FBI launched an investigation into John Smith.", ("FBI", "John Smith", "against")),
    ("The FBI's investigation of John Smith continued.", ("FBI", "John Smith", "against")),
    ("Police began an investigation into Santosh Madhavan in April.", ("police", "Santosh Madhavan", "against")),
    ("Interpol has been investigating Santosh Madhavan since 2004.", ("Interpol", "Santosh Madhavan", "against")),
    ("Jaya Kumar filed a case against Santosh Madhavan on Tuesday.", ("Jaya Kumar", "Santosh Madhavan", "against")),
    ("Serafin Edwin gave testimony against Santosh Madhavan.", ("Serafin Edwin", "Santosh Madhavan", "against")),
])
def test_inquiries_cases_and_testimony_are_against(text, expected):
    assert expected in _pairs(_alone(text))


@pytest.mark.parametrize("text, pair", [
    ("The FBI launched an investigation into the death of John Smith.", ("FBI", "John Smith")),   # the victim's death
    ("The court heard the case of John Smith on Monday.", ("court", "John Smith")),               # only a case against
])
def test_an_inquiry_into_a_death_or_a_case_of_is_no_stance(text, pair):
    assert not any((h, t) == pair for h, t, _ in _pairs(_alone(text)))


@pytest.mark.parametrize("text, expected", [
    ("Dan Horwitz, counsel of Mr. Madoff, said he would fight.", ("Dan Horwitz", "Madoff", "favor")),
    ("Gordon Brown, the lawyer for Tony Blair, spoke to reporters.", ("Gordon Brown", "Tony Blair", "favor")),
])
def test_a_clients_lawyer_is_weak_favor(text, expected):
    table = _alone(text)
    assert expected in _pairs(table)
    assert table["confidence"].max() < 0.5


@pytest.mark.parametrize("text", [
    "Colonel Carol Joyce, the Marines' chief defense counsel, spoke.",   # counsel of an organisation: an office
    "U.S. Attorney Patrick Fitzgerald spoke to reporters.",              # a title, no client
])
def test_a_counsel_office_is_no_client(text):
    assert not any(s == "favor" for _, _, s in _pairs(_alone(text)))


@pytest.mark.parametrize("text, pair", [
    ("Jejomar Binay filed a Temporary Restraining Order before the Court of Appeals to prevent the Ombudsman to "
     "pursue its case against him.", ("Court of Appeals", "Jejomar Binay")),
    ("John Howard said the program was rorted by Saddam Hussein; questions arose when he first knew of the rorts "
     "and what action he took into investigating AWB.", ("Saddam Hussein", "AWB")),
])
def test_a_pronoun_holds_no_proceeding(text, pair):
    """``its case against him``: the pronoun holder of an inquiry or a case is not trusted (none of its rows)."""
    assert not any((h, t) == pair for h, t, _ in _pairs(_alone(text)))


@pytest.mark.parametrize("text, expected", [
    ("The court issued an arrest warrant for John Smith.", ("court", "John Smith", "against")),
    ("Karapatan labeled Jovito Palparan a butcher.", ("Karapatan", "Jovito Palparan", "against")),
    ("\"He is a crook,\" John Smith said of Mary Jones.", ("John Smith", "Mary Jones", "against")),
    ("Many Hindus were upset by Sudhakaran's words.", ("Hindus", "Sudhakaran", "against")),
    ("John Smith turned in Bernard Madoff to the police.", ("John Smith", "Bernard Madoff", "against")),
])
def test_warrants_crime_labels_and_reactions(text, expected):
    assert expected in _pairs(_alone(text))
