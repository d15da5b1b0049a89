"""Pronouns round 6 (issue 12; invented sentences): a pronoun that introduces a quotation is
a speaker of its paragraph; *X and its allies* is X; a possessive in an opening participle
clause is the main subject; a participle adjunct's possessive is its clause's subject; an
organisation noun that no actor stands for reports its own *they*; a main-clause *he* after
*X said that Y ...* is X; leaders at an X summit act for X.

A wrong link is worse than none: each rule is paired with a case that must stay unresolved
or go elsewhere.
"""

from __future__ import annotations

from .conftest import pronoun_actor as _actor_of
from .conftest import pronoun_actor_before as _actor_before


def test_a_pronoun_speaker_is_not_the_he_of_his_quote():
    text = ("Carlos Mendoza lost the vote to Jorge Ramirez.\n\nIn Madrid on Monday, Mendoza repeated his "
            "complaint. Regarding his request for a recount, he stated, \"The candidate of the Right fears "
            "a recount. If he argues that he won he has nothing to fear.\"")
    assert _actor_before(text, "he", "stated,") == "Carlos Mendoza"
    assert _actor_before(text, "he", "argues") != "Carlos Mendoza"


def test_a_speech_verb_without_a_quote_makes_no_speaker():
    text = ("Felix Tomov said that Ivan Petrov had resigned, though he denied this. "
            "\"Petrov's resignation will come when we find him,\" Tomov said.")
    assert _actor_before(text, "him,\"", "Tomov") in {None, "Ivan Petrov"}


def test_x_and_its_allies_is_x():
    text = ("The United States is deeply concerned about the violence. Backed by Syria and Iran, Hezbollah "
            "and its allies are killing fellow citizens.")
    assert _actor_before(text, "its", "allies") == "Hezbollah"


def test_an_opening_participle_clause_possessive_is_the_main_subject():
    text = ("Russia condemned the attacks. Seeking to protect its position in the region, Hezbollah has "
            "exploited its allies.")
    assert _actor_before(text, "its", "position") == "Hezbollah"


def test_a_clause_with_a_subject_is_not_a_participle_opening():
    text = ("Russia condemned the attacks. When their fighters withdrew, Hezbollah made a statement.")
    assert _actor_before(text, "their", "fighters") != "Hezbollah"


def test_a_participle_adjunct_possessive_is_its_clause_subject():
    text = ("Chavez says that his country intends to boost its oil exports to China to 500,000 barrels a day, "
            "quadrupling its current exports.")
    assert _actor_before(text, "its", "current") is None       # the country, not China


def test_a_participle_adjunct_possessive_of_an_actor_subject():
    text = "Venezuela will boost its oil exports to China, quadrupling its current exports."
    assert _actor_before(text, "its", "current") == "Venezuela"


def test_the_unresolved_government_says_they():
    text = ("Canada has 2,500 troops in Afghanistan. The Conservative government have recently said they "
            "want to stay in the country.")
    assert _actor_before(text, "they", "want") is None


def test_a_government_standing_for_an_actor_still_says_they():
    text = ("The Mexican government protested on Monday. The government said they would appeal "
            "the decision.")
    assert _actor_before(text, "they", "would") in {None, "Mexico"}


def test_people_and_their_followers_is_not_the_people():
    text = ("Osama bin Laden released a tape. This is something they want to remind Americans and their "
            "followers about.")
    assert _actor_before(text, "their", "followers") is None


def test_he_after_a_reported_clause_continues_the_reporter():
    text = ("Hugo Chavez met Hu Jintao on Thursday. Chavez said that Hu Jintao agreed to support Venezuela's bid. "
            "He is also discussing Chinese involvement in mining.")
    assert _actor_before(text, "He", "is") == "Hugo Chavez"


def test_he_after_a_plain_sentence_is_its_subject():
    text = ("Hugo Chavez met Hu Jintao on Thursday. Hu Jintao agreed to support Venezuela's bid. "
            "He is also discussing Chinese involvement in mining.")
    assert _actor_before(text, "He", "is") == "Hu Jintao"


def test_leaders_at_a_summit_act_for_its_organisation():
    text = ("The Movement for Democratic Change rejected the talks. Earlier on Tuesday, leaders at an African "
            "Union summit voiced their support for dialogue.")
    assert _actor_before(text, "their", "support") == "African Union"


def test_protesters_at_a_summit_do_not_act_for_it():
    text = ("The Movement for Democratic Change rejected the talks. Earlier on Tuesday, protesters at an "
            "African Union summit voiced their anger.")
    assert _actor_before(text, "their", "anger") is None


def test_the_leaders_after_nato_leaders_are_nato():
    text = ("NATO leaders met in Brussels on Thursday. The leaders pledged to raise defence spending. "
            "However, they called for talks with Russia.")
    assert _actor_before(text, "they", "called") == "NATO"


def test_the_leaders_with_no_actor_before_stay_people():
    text = ("The G8 summit opened in Scotland on Thursday. The leaders pledged to end farm subsidies. "
            "However, they called for talks on trade.")
    assert _actor_before(text, "they", "called") is None


def test_a_bracketed_actor_after_they_decides():
    text = ("Canada has troops in Afghanistan. Liberal critic Denis Coderre says the Liberals \"just don't "
            "believe them [the Conservatives] when they say the deadline is February 2009.\"")
    assert _actor_before(text, "them", "[the") == "Conservatives"


def test_a_bracketed_thing_after_it_leaves_it_unresolved():
    text = "Hilton bought the building last year. Officials said it [the hotel] would open in June."
    assert _actor_before(text, "it", "[the") is None


def test_a_bracketed_list_of_actors_leaves_they_unresolved():
    text = ("Jose Ramos Horta spoke in Dili. He said that \"tomorrow morning, they [the Australian, Malaysian, "
            "New Zealand and Portuguese forces] will patrol the city.\"")
    assert _actor_before(text, "they", "[the") is None


def test_his_country_is_the_country_in_his_name_phrase():
    text = ("Pakistan's President Pervez Musharraf arrived in Beijing on Wednesday. Musharraf says that his "
            "country intends to boost its exports to China.")
    assert _actor_before(text, "its", "exports") == "Pakistan"


def test_his_country_without_a_known_country_stays_unresolved():
    text = ("President Hugo Chavez arrived in Beijing on Wednesday. Chavez says that his country intends to "
            "boost its oil exports to China.")
    assert _actor_before(text, "its", "oil") is None


def test_it_of_a_because_clause_after_a_thing_object_is_the_thing():
    text = ("Sri Lanka has fought the rebels for years. The government is ending the truce because it did not "
            "achieve a peace settlement.")
    assert _actor_before(text, "it", "did") is None


def test_it_of_a_because_clause_without_a_thing_object_keeps_its_actor():
    text = "Sri Lanka ended talks with the rebels on Monday. Sri Lanka withdrew because it wanted a settlement."
    assert _actor_before(text, "it", "wanted") == "Sri Lanka"


def test_it_of_a_because_clause_after_a_named_subject_keeps_the_subject():
    text = ("North Korea rejected the plan. South Korea has only limited ability to seek a peace treaty because "
            "it was not a signatory to the ceasefire.")
    assert _actor_before(text, "it", "was") == "South Korea"
