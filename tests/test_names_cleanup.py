"""Given names as evidence of persons; offices, lower-case words and brackets are not organisations."""

from __future__ import annotations

from analysis.actors import find_mentions
from analysis.names import first_name_gender, first_names, looks_like_person
from analysis.nlp import parse
from analysis.pronouns import refers_to_thing


def actors_of(text: str) -> dict[str, str]:
    m = find_mentions(parse(text))
    return dict(zip(m["actor"], m["actor_type"]))


def test_first_names_file():
    names = first_names()
    assert len(names) > 300
    assert set(names.values()) == {"m", "f", "u"}
    assert names["Neelie"] == "f" and names["Thabo"] == "m" and names["Kim"] == "u"
    assert "Said" not in names and "Sheikh" not in names      # ordinary words and titles left out


def test_looks_like_person_and_gender():
    assert looks_like_person("Thabo Mbeki") and looks_like_person("Adil Abdul-Mahdi")
    assert not looks_like_person("Victoria Falls") and not looks_like_person("Christian Science Monitor")
    assert not looks_like_person("Thabo") and not looks_like_person("Ali of Baghdad")
    assert first_name_gender("Neelie Kroes") == "f" and first_name_gender("Kim Jong-un") is None


def test_person_cut_off_the_end_of_an_organisation():
    actors = actors_of("Spokesman for the U.S. Department of State Sean McCormack relayed the sentiment.")
    assert actors.get("Sean McCormack") == "PERSON"
    assert not any("McCormack" in a and t == "ORG" for a, t in actors.items())


def test_portfolio_before_a_title_is_no_organisation():
    actors = actors_of("\"The protests have mutated,\" said Justice Minister Kim Kyung Han. "
                       "Iraq's National Security Advisor Dr. Mowaffak al-Rubaie hosted the session.")
    assert "Justice" not in actors and "National Security" not in actors
    assert actors.get("Kim Kyung Han") == "PERSON"


def test_bracketed_article_is_stripped():
    actors = actors_of("Odinga continued, \"[The] African Union will be setting a dangerous precedent.\"")
    assert "African Union" in actors and not any("]" in a for a in actors)


def test_it_is_a_thing():
    doc = parse("NATO met in Vilnius. It was the first formal meeting. It is a member of the group. "
                "The fine is the largest of its kind.")
    its = [t for t in doc if t.lower_ in {"it", "its"}]
    assert [refers_to_thing(t) for t in its] == [True, False, True]
    cleft = parse("Finally, it was Dominican president Leonel Fernandez who managed to end the feud.")
    assert refers_to_thing(next(t for t in cleft if t.lower_ == "it"))


def _pronoun_actors(text: str) -> list[tuple[str, str]]:
    m = find_mentions(parse(text))
    m = m[m["kind"] == "pronoun"]
    return list(zip(m["text"], m["actor"]))


def test_subject_pronoun_continues_the_named_subject():
    text = ("Gordon Johndroe, White House spokesperson, commented on the resignation of Ehud Olmert. "
            "He continued by saying that the two leaders had been close.")
    assert _pronoun_actors(text)[0] == ("He", "Gordon Johndroe")


def test_given_name_gender_filters_pronouns():
    text = ("Specialist James Barker pleaded guilty to raping a girl before murdering her and her family.")
    assert not any(actor == "James Barker" for pron, actor in _pronoun_actors(text) if pron.lower() == "her")


def test_name_after_a_kind_of_organisation_is_an_organisation():
    text = ("The Finnish company Neste will build a plant. Neste said the plant would open in 2010, "
            "and the online magazine Salon reported the plan. Salon cited two engineers.")
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    types = dict(zip(m["text"], m["actor_type"]))
    assert types["Neste"] == "ORG" and types["Salon"] == "ORG"
    person = find_mentions(parse("Former Quebec City broadcaster André Arthur said he would run again."))
    assert set(person[person["text"] == "André Arthur"]["actor_type"]) == {"PERSON"}


def test_untagged_name_after_a_kind_of_organisation_is_found():
    text = ("Officials denied blocking the social networking site Facebook. Users said Facebook was slow, "
            "and the consulting firm Accenture saw its shares fall.")
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    assert set(m[m["actor"] == "Facebook"]["actor_type"]) == {"ORG"}
    assert len(m[m["actor"] == "Facebook"]) == 2
    assert set(m[m["actor"] == "Accenture"]["actor_type"]) == {"ORG"}


def test_an_office_alone_is_no_organisation():
    text = ("Chief Justice John Roberts fell on Monday. The Justice was returning from a boat ride. "
            "Gerry Adams said he wanted to do business with the Taoiseach.")
    m = find_mentions(parse(text))
    names = set(m[m["kind"] == "name"]["text"])
    assert "Justice" not in names and "Taoiseach" not in names
    assert "John Roberts" in names


def test_honorific_and_sentence_initial_adjective_are_cut_from_names():
    text = ("The party is led by former Prime Minister Begum Khaleda Zia. "
            "Current Hanover striker Vahid Hashemian was left out of the squad.")
    m = find_mentions(parse(text))
    names = set(m[m["kind"] == "name"]["text"])
    assert "Khaleda Zia" in names and "Begum Khaleda Zia" not in names
    assert "Current Hanover" not in names


def test_club_named_with_a_club_prefix_is_an_organisation():
    text = "Bayern Munich were to face Israeli team Maccabi Tel Aviv in a Champions League game in 2004."
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    assert set(m[m["text"] == "Maccabi Tel Aviv"]["actor_type"]) == {"ORG"}


def test_possessive_company_name_is_not_cut_after_a_kind_of_organisation():
    m = find_mentions(parse("Adidas and the American sports retailer Dick's Sporting Goods signed a deal."))
    assert "Dick" not in set(m[m["kind"] == "name"]["text"])


def test_surname_tagged_as_a_place_is_found_as_the_person():
    text = ("Half back Jarrod Kidston enjoyed the win. "
            "Fitness was a big factor in that according to Kidston.")
    m = find_mentions(parse(text))
    m = m[(m["kind"] == "name") & (m["text"] == "Kidston")]
    assert list(m["actor"]) == ["Jarrod Kidston"] and list(m["actor_type"]) == ["PERSON"]


def test_name_before_a_party_office_is_the_party():
    text = ("Charles Haughey drew praise from his great adversary, former Fine Gael leader Garret FitzGerald. "
            "Fine Gael said it would oppose the budget.")
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    assert set(m[m["text"] == "Fine Gael"]["actor_type"]) == {"ORG"}
    assert set(m[m["text"] == "Garret FitzGerald"]["actor_type"]) == {"PERSON"}


def test_country_before_an_untagged_institution_is_the_institution():
    text = "Jalal Talabani said on Sunday that he supports a U.S. Senate plan to divide Iraq into three regions."
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    assert "U.S." not in set(m["text"])
    assert set(m[m["text"] == "U.S. Senate"]["actor_type"]) == {"ORG"}


def test_given_name_that_is_a_place_joins_the_person_after_it():
    actors = actors_of("A message came from militia leader, Aden Hashi Farah, calling for attacks.")
    assert actors.get("Aden Hashi Farah") == "PERSON" and "Aden" not in actors
    actors = actors_of("The Democratic Majority Leader from Nevada Harry Reid asked for a vote.")
    assert "Nevada Harry Reid" not in actors and actors.get("Harry Reid") == "PERSON"


def test_surname_joins_a_full_name_with_a_generational_suffix():
    m = find_mentions(parse("Activist leader Renato Reyes Jr. spoke on Monday. "
                            "Reyes concluded that the killings go on. "
                            "Governor Niel Tupas, Sr. was not arrested."))
    names = m[m["kind"] == "name"]
    assert set(names.loc[names["text"] == "Reyes", "actor"]) == {"Renato Reyes Jr."}
    assert "Sr." not in set(m["actor"])


def test_stock_indices_are_no_actors():
    actors = actors_of("In the past year, the Shanghai Index has lost much of its value. "
                       "The Straits Times Index fell 8.3 percent, and the Sensex closed at 8,000. "
                       "The British FTSE 100 index rose 1.3%.")
    assert not {"Shanghai", "Straits Times Index", "Sensex", "FTSE"} & set(actors)
    assert "Lloyd Index" in actors_of("Tom Reed, the chief strategist at Lloyd Index, said shares would rise.")


def test_country_abbreviation_before_a_doubled_full_stop_is_the_country():
    actors = actors_of("Tensions have risen between Pakistan and the U.S.. Officials met on Tuesday.")
    assert actors.get("United States") == "GPE" and "U.S" not in actors


def test_a_charter_is_no_actor():
    assert "United Nations Charter" not in actors_of(
        "The United Nations Charter provides that the staff be chosen by merit.")
