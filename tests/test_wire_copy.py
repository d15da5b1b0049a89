"""Names in wire copy: datelines, all-caps headlines, results tables and score lists."""

from __future__ import annotations

import pandas as pd

from analysis.actors import find_mentions
from analysis.io import article_from_text
from analysis.names import dateline_places, is_ordinary_caps, score_lines
from analysis.nlp import parse

FOOTBALL = """SOCCER - LEEDS BEAT CHELSEA , UNITED HELD AT HOME .
LONDON 1996-08-24
Leeds beat Chelsea 2-1 at Elland Road on Saturday while Manchester United were held to a goalless draw by Blackburn Rovers.
Results of English Premier League matches on Saturday:
Leeds 2 Chelsea 1
Manchester United 0 Blackburn Rovers 0
Aston Villa 1 Southampton 2
Newcastle 2 Coventry City 0
"""

GOLF = """GOLF - LANGER LEADS BY TWO IN GERMAN OPEN .
STUTTGART , Germany 1996-08-23
Bernhard Langer shot a five-under-par 67 to lead the German Open by two strokes on Friday.
Leading second-round scores (Britain and Ireland unless stated):
134 Bernhard Langer (Germany) 68 66
136 Colin Montgomerie 69 67, Ian Woosnam 70 66
138 Ernie Els (South Africa) 71 67
"""


def _names(text: str) -> dict[str, tuple[str, str]]:
    """``surface text -> (actor, actor_type)`` of the name mentions (last one wins)."""
    m = find_mentions(parse(text))
    for row in m.itertuples():
        assert text[row.start:row.end] == row.text
    m = m[m["kind"] == "name"]
    return {row.text: (row.actor, row.actor_type) for row in m.itertuples()}


def _at(text: str, surface: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return pos


def test_dateline_places_are_found_at_line_starts_only():
    text = ("SOCCER - JAPAN WIN .\nAL-AIN , United Arab Emirates 1996-12-06\nJapan began.\n"
            "NEW YORK (Reuters) - Stocks fell.\nLONDON, Aug 22 (Reuters) - Gilts rose.\nGAZA - The army said.\n"
            "EDT July 8, the governor said.\nSOCCER - LEEDS WIN")
    assert [text[s:e] for s, e in dateline_places(text)] == ["AL-AIN", "NEW YORK", "LONDON", "GAZA"]


def test_dateline_place_is_a_place_not_an_organisation():
    text = "MEXICO CITY 1996-08-22\nMexican President Ernesto Zedillo said on Thursday the economy would grow."
    m = find_mentions(parse(text))
    first = m.iloc[0]
    assert (first["text"], first["actor"], first["actor_type"]) == ("MEXICO CITY", "Mexico City", "GPE")
    assert "MEXICO" not in set(m["actor"])


def test_score_lines_are_results_not_headlines_or_times():
    text = FOOTBALL + "Update 10:04 UTC\nLONDON STOCKS 2 3\n"
    lines = [text[s:e] for s, e in score_lines(text)]
    assert lines == ["Leeds 2 Chelsea 1", "Manchester United 0 Blackburn Rovers 0", "Aston Villa 1 Southampton 2",
                     "Newcastle 2 Coventry City 0"]


def test_teams_in_results_are_organisations():
    names = _names(FOOTBALL)
    for team in ("Leeds", "Chelsea", "Manchester United", "Blackburn Rovers", "Aston Villa", "Southampton",
                 "Coventry City"):
        assert names[team] == (team, "ORG"), team
    assert not any(ch.isdigit() for surface in names for ch in surface)      # no 'Leeds 2 Chelsea 1'


def test_headline_names_known_from_the_text_are_mentions():
    m = find_mentions(parse(FOOTBALL))
    head = m[m["start"] < FOOTBALL.index("\n")]
    assert list(zip(head["text"], head["actor"], head["actor_type"])) == [("LEEDS", "Leeds", "ORG"),
                                                                          ("CHELSEA", "Chelsea", "ORG")]


def test_players_in_score_lists_are_persons():
    names = _names(GOLF)
    for player in ("Bernhard Langer", "Colin Montgomerie", "Ian Woosnam", "Ernie Els"):
        assert names[player] == (player, "PERSON"), player
    assert names["LANGER"] == ("Bernhard Langer", "PERSON")
    assert names["STUTTGART"] == ("Stuttgart", "GPE")
    assert names["South Africa"][1] == "GPE"


def test_player_with_bracketed_country_in_results():
    text = ("Results on Friday:\n1 - Pete Sampras ( U.S. ) beat Mark Philippoussis ( Australia ) 6-3 6-4\n"
            "Todd Woodbridge ( Australia ) beat 5 - Thomas Enqvist ( Sweden ) 7-6 6-2\n")
    names = _names(text)
    for player in ("Pete Sampras", "Mark Philippoussis", "Todd Woodbridge", "Thomas Enqvist"):
        assert names[player] == (player, "PERSON"), player
    assert names["U.S."] == ("United States", "GPE")


def test_bracketed_abbreviation_of_a_union_is_no_person():
    names = _names("Ministers of the European Union (EU) met in Brussels on Monday.")
    assert all(t != "PERSON" for _, t in names.values())


def test_english_words_in_capitals_are_not_names():
    assert is_ordinary_caps("DROPPED") and is_ordinary_caps("BOXES") and is_ordinary_caps("SUPPORTING")
    assert not any(is_ordinary_caps(w) for w in ("NATO", "OPEC", "UNICEF", "TADIC", "NORWAY", "FIFA", "EU"))
    text = "NATO said on Tuesday that allies had DROPPED their objections. BOXES of ammunition were shipped."
    actors = set(find_mentions(parse(text))["actor"])
    assert "NATO" in actors and not {"DROPPED", "BOXES"} & actors


def test_headline_country_is_kept_other_capitals_are_not():
    text = "CORE MESSAGE THAT SUPPORTING UKRAINE REMAINS VITAL , SAYS STOLTENBERG\nBRUSSELS 2023-02-14\n" \
           "Jens Stoltenberg said on Tuesday that allies would keep supporting Ukraine."
    m = find_mentions(parse(text))
    head = m[m["start"] < text.index("\n")]
    assert list(zip(head["text"], head["actor"])) == [("UKRAINE", "Ukraine"), ("STOLTENBERG", "Jens Stoltenberg")]


def test_wire_copy_passes_the_language_gate():
    for text in (FOOTBALL, GOLF, "LONDON 1996-08-22\nLeeds 2 Chelsea 1\nArsenal 3 Everton 1"):
        assert article_from_text(text).text == text


def test_scorers_are_persons_and_labels_are_not_names():
    text = ("Results of English league matches on Saturday :\n"
            "Leeds 2 ( Smith 23 , Jones 67 ) Chelsea 1 ( Zola 44 ) . Halftime 1-0 . Attendance : 35,000\n"
            "Scorers : Saka 12 , Havertz 9\n")
    names = _names(text)
    for player in ("Smith", "Jones", "Zola", "Saka", "Havertz"):
        assert names[player] == (player, "PERSON"), player
    assert names["Leeds"] == ("Leeds", "ORG") and names["Chelsea"] == ("Chelsea", "ORG")
    assert not {"Attendance", "Scorers", "Halftime"} & set(names)


def test_clubs_in_match_reports_of_a_sports_story_are_teams():
    text = ("SOCCER - BARCELONA WIN AGAIN .\nMADRID 1996-09-01\n"
            "Barcelona beat Valencia 2-1 on Sunday , while Newcastle drew 1-1 with Liverpool and Ajax were held "
            "0-0 by Feyenoord .\n")
    names = _names(text)
    for team in ("Barcelona", "Valencia", "Newcastle", "Liverpool", "Ajax", "Feyenoord"):
        assert names[team] == (team, "ORG"), team
    assert names["MADRID"] == ("Madrid", "GPE")
    plain = _names("Barcelona beat Valencia 2-1 on Sunday , while Newcastle drew 1-1 with Liverpool .")
    assert plain.get("Barcelona", ("", "GPE"))[1] == "GPE"          # no sports headline: not a report


def test_clubs_named_after_places_are_teams_in_a_sports_story_without_a_slug():
    text = ("Toowoomba defeated Ipswich 31 points to 12 in the rugby league on Sunday. "
            "\"We were better in the second half,\" Ipswich coach Greg Dowling said. "
            "Toowoomba had lost to Ipswich earlier in the season, and the squad wanted revenge. "
            "In other results, Bundaberg defeated Gladstone 20-18 and Mackay drew with Rockhampton 14-14.")
    names = _names(text)
    for team in ("Toowoomba", "Ipswich", "Bundaberg", "Gladstone"):
        assert names[team] == (team, "ORG"), team
    assert names["Greg Dowling"] == ("Greg Dowling", "PERSON")
    m = find_mentions(parse(text))
    ipswich = m[(m["kind"] == "name") & (m["actor"] == "Ipswich")]
    assert len(ipswich) == 3 and set(ipswich["actor_type"]) == {"ORG"}     # every mention, not the first only


def test_players_and_places_outside_sports_keep_their_types():
    tennis = ("Roger Federer beat Rafael Nadal in the tennis final. Federer defeated Nadal in straight sets, "
              "and Nadal's coach said the tournament was over for him.")
    names = _names(tennis)
    assert names["Federer"] == ("Roger Federer", "PERSON")
    assert names["Nadal"] == ("Rafael Nadal", "PERSON")
    politics = "Toowoomba defeated a plan to build a dam, the council said on Monday."
    assert _names(politics).get("Toowoomba", ("", "GPE"))[1] != "ORG"


def test_a_score_after_a_name_is_no_part_of_it():
    text = "In the rugby tournament, the coach of Noosa was pleased: University lost to Noosa 32-22 at the stadium."
    names = _names(text)
    assert "Noosa 32" not in names
    assert names["Noosa"] == ("Noosa", "ORG")


def test_dateline_city_stays_a_place_when_a_club_bears_its_name():
    text = ("SOCCER - BARCELONA WIN AGAIN .\nBARCELONA 1996-09-01\n"
            "Barcelona beat Valencia 2-1 on Sunday , while Newcastle drew 1-1 with Liverpool .\n")
    m = find_mentions(parse(text))
    m = m[m["kind"] == "name"]
    by_start = {row.start: (row.text, row.actor_type) for row in m.itertuples()}
    assert by_start[_at(text, "BARCELONA")] == ("BARCELONA", "ORG")            # the headline's club
    assert by_start[_at(text, "BARCELONA", 1)] == ("BARCELONA", "GPE")         # the dateline's city
    assert by_start[_at(text, "Barcelona")] == ("Barcelona", "ORG")


def test_sports_role_before_a_player_is_not_part_of_the_name():
    text = ("Striker Shearer scored twice as Newcastle beat Tottenham 2-0 in the football league on Saturday . "
            "Tottenham coach Gerry Francis said his side were unlucky .")
    names = _names(text)
    assert "Striker Shearer" not in names
    assert names["Shearer"][1] == "PERSON"
    assert names["Tottenham"] == ("Tottenham", "ORG")
