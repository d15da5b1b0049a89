"""The language gate refuses only text that is clearly in another language."""

from __future__ import annotations

import pytest

from analysis.io import ArticleError, article_from_text

SPORTS = ("Premier League results on Saturday:\nArsenal 2 Chelsea 1\nLiverpool 3 Everton 0\n"
          "Manchester United 1 Tottenham 1\nLeeds 0 Newcastle 4\nAston Villa 2 Wolves 2\n"
          "Leading scorers: Kane 12, Salah 11, Haaland 10.\n")
RESULTS = ("Results of the Olympic 100 metres final: 1. Usain Bolt (Jamaica) 9.63 2. Yohan Blake (Jamaica) "
           "9.75 3. Justin Gatlin (United States) 9.79 4. Tyson Gay (United States) 9.80 5. Ryan Bailey "
           "(United States) 9.88 6. Churandy Martina (Netherlands) 9.94 7. Richard Thompson (Trinidad) 9.98")
GERMAN = ("Die Regierung hat am Montag beschlossen, dass die neue Regelung ab dem kommenden Jahr gelten "
          "soll. Der Minister sagte, man werde die Kosten nicht erhoehen und die Wirtschaft staerken.")
SPANISH = ("El gobierno anunció el lunes que la nueva ley entrará en vigor el próximo año. El ministro dijo "
           "que los impuestos no subirán para los ciudadanos y que la economía crecerá.")
FRENCH = ("Le gouvernement a annoncé lundi que la nouvelle loi entrera en vigueur l'année prochaine. Le "
          "ministre a dit que les impôts ne seront pas augmentés pour les citoyens et que la croissance reviendra.")
RUSSIAN = ("Правительство в понедельник объявило о новых мерах поддержки экономики. Министр заявил, что "
           "налоги для граждан не будут повышены. ") * 3


@pytest.mark.parametrize("text", [SPORTS, RESULTS], ids=["sports", "results"])
def test_number_heavy_english_is_accepted(text):
    assert article_from_text(text).text == text


@pytest.mark.parametrize("text", [GERMAN, SPANISH, FRENCH, RUSSIAN], ids=["de", "es", "fr", "ru"])
def test_other_languages_are_refused(text):
    with pytest.raises(ArticleError, match="does not look like English"):
        article_from_text(text)
