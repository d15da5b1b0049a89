"""No article refused: benchmark-shaped news text (CoNLL-2003-like wire copy, pre-tokenized
sentences, results tables, ALL-CAPS lines, lists of names, `` '' quotes) is analysed, never refused.

The documents are written for these tests in the shapes NER benchmarks feed (issue 12).
"""

from __future__ import annotations

import pytest

from analysis import analyze_text

SHAPES = {
    'results_table': 'SOCCER - JAPANESE LEAGUE RESULTS .\nTOKYO 1996-08-31\nResults of Japanese league matches on Saturday :\nKashima 3 Urawa 1\nYokohama Flugels 2 Gamba Osaka 0\nJubilo Iwata 1 Nagoya 1',
    'standings': 'SOCCER - STANDINGS .\nP W D L F A PTS\nKashima 12 9 2 1 27 10 29\nUrawa 12 8 1 3 20 14 25\nNagoya 12 5 4 3 18 15 19',
    'one_sentence': "Germany 's Boris Becker beat Sweden 's Stefan Edberg 6-3 6-4 on Tuesday .",
    'one_sentence_plain': 'Angela Merkel met Emmanuel Macron in Paris.',
    'headline_only': 'CRICKET - ENGLAND WIN BY FIVE WICKETS .',
    'all_caps': 'RUSSIA SAYS TALKS WITH CHECHEN REBELS WILL CONTINUE IN MOSCOW NEXT WEEK',
    'all_caps_doc': 'MOSCOW 1996-08-30\nRUSSIAN PRESIDENT BORIS YELTSIN SAID ON FRIDAY HE WOULD MEET GENERAL ALEXANDER LEBED IN THE KREMLIN .',
    'digits': '1. Ivanov 2:03.45\n2. Smith 2:04.10\n3. Muller 2:05.33\n4. Rossi 2:06.01\n5. Dupont 2:06.99',
    'digits_only_names': 'Tennis results 1996-08-30 : 6-3 6-4 7-5 4-6 6-2 6-1 7-6 ( 7-3 ) 6-0',
    'names_list': 'Squad : Peter Schmeichel , Gary Neville , Steve Bruce , Roy Keane , Eric Cantona , Ryan Giggs , David Beckham',
    'names_list_foreign': 'Team : Jean de la Fontaine , Pedro de los Santos , Luis de la Cruz , Jan van der Berg , Karl von der Heide , Ana da Silva , Joao dos Santos , Maria das Dores , Carlos del Rio , Jose el Bueno , Paulo de Souza , Rui da Costa , Anna van de Velde , Piet de Vries , Luc le Roux , Marc du Pont , Jean des Champs , Tom la Salle , Pablo y Garcia',
    'backticks': "`` We will not give up , '' said Yasser Arafat , the Palestinian leader .",
    'reuters': "LONDON 1996-08-30\nBritain 's Foreign Office said on Friday it was concerned about the situation in Iraq . ( Reuters )",
    'us_dot': 'The Federal Reserve left rates unchanged , officials in the U.S. .\nWASHINGTON 1996-08-30',
    'docstart': '-DOCSTART-\nEU rejects German call to boycott British lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22',
    'short_word': 'Clinton',
    'two_words': 'Bill Clinton',
    'number_only_name': 'Boeing 747',
    'markets': 'NYMEX CRUDE 21.95 +0.12\nBRENT 20.40 -0.05\nGOLD 387.50 +1.20\nDOLLAR 1.4805 MARKS',
    'tokenized_paragraph': "Prime Minister John Major 's Conservative Party lost a seat on Thursday , leaving it with a majority of one . Labour leader Tony Blair said the government was `` finished '' .",
    'ontonotes': 'In the summer of 2005 , a picture that people have long been looking forward to started emerging with frequency in various major Hong Kong media .',
    'ontonotes2': 'With their unique charm , these well-known cartoon images once again caused Hong Kong to be a focus of worldwide attention .',
    'mixed_case_wire': 'NEW YORK 1996-08-30\nShares of Microsoft Corp rose 2 percent in early trade , analysts at Merrill Lynch said .',
    'parentheses': 'Hapoel Haifa ( Israel ) 3 Steaua Bucharest ( Romania ) 2',
    'scores_sentences': "Austria 's Thomas Muster beat Spain 's Carlos Moya 6-2 6-3 . Croatia 's Goran Ivanisevic lost to Mark Woodforde of Australia .",
    'semicolon_list': 'Scorers : Ravanelli ( 12th ) ; Vialli ( 34th , 67th ) ; Zola ( 89th pen ) . Attendance : 35,000',
    'many_digits': '12 34 56 78 90 11 22 33 44 55 66 77 88 99 Results 1 2 3 4 5',
    'tickers': 'AAPL 100.1 MSFT 45.2 IBM 120.3 GE 30.1 F 12.2 GM 40.5',
    'non_english_names': 'Der Spiegel und Die Zeit berichteten : Angela Merkel traf Gerhard Schroeder in Berlin .',
    'spanish_club_results': 'Results of Spanish first division matches on Sunday :\nReal Madrid 2 Real Sociedad 1\nAtletico de Madrid 1 Deportivo de La Coruna 1\nCelta de Vigo 0 Real Betis 2\nRayo Vallecano 1 Sporting de Gijon 0\nValencia 3 Espanyol 1\nUnion Deportiva Salamanca 1 Real Zaragoza 2\nRacing de Santander 1 Compostela 1',
    'french_club_results': 'Results of French first division matches on Saturday :\nParis St Germain 2 Olympique de Marseille 1\nAS Monaco 1 Girondins de Bordeaux 1\nRacing Club de Lens 2 Stade de Reims 0\nOlympique Lyonnais 0 FC de Nantes 2\nAJ Auxerre 1 En Avant de Guingamp 1',
    'italian_results': 'Results of Italian first division : Inter 2 Milan 1 Lazio 0 Roma 0 Della Valle 1 Fiorentina 2 Sampdoria di Genova 1 Torino 1',
    'portuguese_results': 'Results of Portuguese first division : Sporting 2 Porto 1 Benfica 3 Boavista 0 Vitoria de Guimaraes 1 Uniao da Madeira 1 Maritimo do Funchal 2 Rio Ave 0 Uniao de Leiria 1 Gil Vicente 0',
    'tabs': 'Team\tP\tW\tD\tL\nAjax\t5\t4\t1\t0\nPSV\t5\t3\t1\t1',
    'single_char_words': 'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z',
    'only_quote': "'' '' `` ``  Yes .",
    'hyphen_lines': '-- -- --\nMarket report\n-- -- --',
    'urdu_name_heavy': "Pakistan 's Wasim Akram took 4-36 as Sri Lanka were dismissed for 180 in Colombo .",
    'html_like': 'Results < 5 > 3 : Team A 5 Team B 3 <> scores',
    'email_line': 'Contact : newsroom@reuters.com , +44 171 250 1122 .',
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_benchmark_shaped_text_is_analysed_not_refused(name):
    result = analyze_text(SHAPES[name], doc_id=name)
    assert list(result.documents["doc_id"]) == [name]
    names = result.mentions.query("kind == 'name'")
    assert not names["text"].str.contains(r"\d \w", regex=True).any()   # no name runs over a score


def _persons(name: str) -> set[str]:
    m = analyze_text(SHAPES[name], doc_id=name).mentions
    return set(m.loc[(m["kind"] == "name") & (m["actor_type"] == "PERSON"), "text"])


def test_pre_tokenized_sentence_keeps_its_persons():
    assert {"Boris Becker", "Stefan Edberg"} <= _persons("one_sentence")
    assert "Yasser Arafat" in _persons("backticks")


def test_list_of_names_gives_persons():
    assert {"Peter Schmeichel", "Roy Keane", "David Beckham"} <= _persons("names_list")
