"""The language gate accepts terse English and refuses clearly other languages."""

from __future__ import annotations

import pytest

import analysis.io as aio
from analysis.io import ArticleError, article_from_text

SPORTS = """Football: English Premier League results on Saturday
Arsenal 2 Chelsea 1
Liverpool 3 Everton 0
Manchester United 1 Tottenham Hotspur 1
Newcastle United 0 Aston Villa 2
Wolverhampton Wanderers 4 Brentford 1
Standings: Arsenal 45 points, Liverpool 44, Aston Villa 39, Tottenham 37, Manchester City 36
Scorers: Saka 12, Havertz 9, Salah 15, Watkins 11, Son 10
"""

MARKETS = """LONDON STOCK EXCHANGE CLOSING PRICES
FTSE 100 7,654.21 +0.4%
FTSE 250 19,012.77 -0.2%
Brent crude $82.31 +1.1%
Gold $2,031.50 -0.3%
Sterling $1.2712 +0.1%
BP 512.30p +1.8% Shell 2,611.00p +0.9% HSBC 640.10p -0.4% Barclays 152.66p -1.2%
Vodafone 71.02p unchanged Unilever 3,901.00p +0.6% Tesco 289.40p +0.2%
"""

NAMES = """Britain's New Year Honours list includes: Knights Bachelor - John Smith, chief executive, Acme Holdings;
Peter Jones, chairman, Northern Rail; Dames - Mary Brown, headteacher, Leeds; Susan White, scientist,
Cambridge; CBE - David Green, Robert Black, Helen Grey, Andrew King, Fiona Hall, Michael Wood, Sarah Moore."""

HEADLINES = """UPDATE 2-Oil rises 1% on Middle East supply worries
Tokyo Nikkei closes up 0.8% at 33,450 after Fed minutes
Dollar firm vs yen, euro steady ahead of ECB meeting
Wheat, corn futures slip; soybeans flat in Chicago trading"""

FRENCH = ("Le gouvernement a annoncé jeudi une nouvelle aide pour l'Ukraine. Le président de la République "
          "a déclaré que la France restera aux côtés de ses partenaires et que cette décision est nécessaire "
          "pour la sécurité de l'Europe. Les députés de l'opposition ont critiqué le projet.")

GERMAN = ("Die Bundesregierung hat am Donnerstag beschlossen, die Unterstützung für die Ukraine weiter "
          "auszubauen. Der Bundeskanzler sagte in Berlin, dass Deutschland an der Seite seiner Partner "
          "stehe und die Verteidigung Europas stärken werde. Die Opposition kritisierte den Beschluss.")

SPANISH = ("El gobierno anunció el jueves una nueva ayuda para Ucrania. El presidente dijo que España "
           "seguirá junto a sus socios y que la decisión es necesaria para la seguridad de Europa. "
           "Los diputados de la oposición criticaron el proyecto en el Congreso.")

RUSSIAN = ("Правительство в четверг объявило о новой помощи. Президент заявил, что страна останется "
           "рядом со своими партнёрами и что это решение необходимо для безопасности Европы. "
           "Депутаты оппозиции раскритиковали проект, назвав его слишком осторожным и запоздалым.")


@pytest.mark.parametrize("text", [SPORTS, MARKETS, NAMES], ids=["sports", "markets", "names"])
def test_terse_english_passes(text):
    share, n = aio._english_share(text)
    assert n >= aio.MIN_WORDS_FOR_LANGUAGE_CHECK
    assert share < aio.MIN_ENGLISH_SHARE        # the old gate refused these
    assert article_from_text(text).text == text


def test_headlines_pass():
    assert article_from_text(HEADLINES).text == HEADLINES


@pytest.mark.parametrize("text, language", [(FRENCH, "French"), (GERMAN, "German"), (SPANISH, "Spanish"),
                                            (RUSSIAN, "non-Latin")])
def test_other_languages_are_refused(text, language):
    with pytest.raises(ArticleError) as ei:
        article_from_text(text)
    assert "not look like English" in str(ei.value)
    assert language in str(ei.value)


def test_english_quoting_a_foreign_phrase_passes():
    text = ("The French president, Emmanuel Macron, said on Thursday that the plan was 'une nécessité "
            "pour la sécurité de l'Europe' and that he would discuss it with the German chancellor in Berlin.")
    assert article_from_text(text).text == text


def test_mixed_names_with_foreign_particles_pass():
    text = ("Results: Jean de la Fontaine 1, Pedro de la Cruz 2, Ana de los Santos 3, Hans von der Heide 4, "
            "Luca di Stefano 5, Jan van der Berg 6, Maria da Silva 7, Paulo dos Santos 8")
    assert article_from_text(text).text == text


def test_team_sheet_of_names_with_many_particles_passes():
    text = ("Team : Jean de la Fontaine , Pedro de los Santos , Luis de la Cruz , Jan van der Berg , "
            "Karl von der Heide , Ana da Silva , Joao dos Santos , Maria das Dores , Carlos del Rio , "
            "Jose el Bueno , Paulo de Souza , Rui da Costa , Anna van de Velde , Piet de Vries , "
            "Luc le Roux , Marc du Pont , Jean des Champs , Tom la Salle , Pablo y Garcia")
    assert aio._other_language(text) is None
    assert article_from_text(text).text == text


@pytest.mark.parametrize("text, language", [(FRENCH.upper(), "French"), (SPANISH.upper(), "Spanish")])
def test_other_languages_in_capitals_are_still_refused(text, language):
    with pytest.raises(ArticleError, match=language):
        article_from_text(text)
