"""Small word lists shared by the stages (titles, pronouns, speech verbs).

They are written by the project (CC0-1.0) and kept short on purpose: each list
says what the code treats as a title, a personal pronoun or a speech verb.
"""

from __future__ import annotations

__all__ = ["TITLES", "HONORIFICS", "PERSONAL_PRONOUNS", "SPEECH_VERBS", "LOCATIVE_PREPOSITIONS"]

#: Honorifics written before a surname (compared without a final period).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"})

#: Words of an office or rank that can stand before a name (lower case).
TITLES = HONORIFICS | frozenset(
    """
    president vice prime minister secretary general chancellor premier king queen prince princess
    emperor pope cardinal bishop archbishop rabbi imam sheikh senator sen rep representative
    congressman congresswoman governor gov mayor judge justice chief executive ceo chairman
    chairwoman chair director commissioner ambassador envoy spokesman spokeswoman spokesperson
    foreign defence defense finance interior deputy former acting outgoing incoming leader
    general gen admiral adm colonel col lieutenant lt captain capt major maj sergeant sgt
    commander officer minister-president speaker councillor councilman lawmaker mp mep
    vp rev reverend pvt pte corporal cpl constable superintendent inspector detective treasurer marshal
    taoiseach tánaiste tanaiste ayatollah majesty highness excellency baroness baron earl viscount
    """.split()
)

#: Third-person personal pronouns resolved to persons, with their gender.
PERSONAL_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}

#: Lemmas of verbs that introduce speech or its report.
SPEECH_VERBS = frozenset(
    """
    say tell add announce write state declare suggest claim insist argue note explain warn ask
    reply respond comment remark acknowledge admit deny confirm predict promise pledge vow urge
    call describe tweet post report testify recall stress emphasise emphasize assert contend
    maintain complain concede caution allege agree disagree reveal signal indicate propose
    """.split()
)

#: Prepositions after which a place name is a location rather than an actor.
LOCATIVE_PREPOSITIONS = frozenset(
    "in at near from to into inside outside across throughout around within toward towards via".split()
)
