"""Directed stance between two marked entities of one sentence analysed alone (issue 12, item 3).

Each case is an invented news sentence, the two entities as the ``stance`` table names them (``p``,
``q``) and the 5-class answer a directed-stance benchmark asks for: ``none``, ``p->q favor``,
``p->q against``, ``q->p favor``, ``q->p against``. The prediction is the most confident row between
the two, as ``benchmarks/stance_pairs_eval.py`` reads it. The kinds: passives, nominalisations,
negated and modal verbs, adjectival holders, stance inside quotes, victims of an attack, critics,
demands, responsibility claims, coordination, tariffs and bans, rejected offers, escaped attacks,
seats of government, blame, and neutral co-mentions (no row).
"""

from __future__ import annotations

import pytest

import analysis

CASES = [
    # a judged event named before: its owner is the target (issue 12, stance17; 0.5 times the cue's strength)
    ("Egypt decided to open the Rafah crossing. Israel criticized the decision.", "Israel", "Egypt", "p->q against"),
    ("Turkey launched a military operation in Syria on Wednesday. The United States condemned the operation.",
     "United States", "Turkey", "p->q against"),
    ("Gunmen attacked Pakistani soldiers on Monday. India condemned the attack.", "India", "Pakistan", "none"),
    # stance25 (issue 12): a contrast is no stance; modifiers joined by "and" on a group noun each stand for their
    # actor; a quality judged stands for its possessor; an unresolved "they" inside a quotation is not the speaker;
    # plural armed groups are unnamed groups; allies by a copula; a negated relation noun gives nothing
    ("Germany benefits the Union by going for cheap labour, as opposed to India.", "Germany", "India", "none"),
    ("Israeli and Jordanian security forces are cooperating.", "Israel", "Jordan", "p->q favor"),
    ("US and Iraqi troops attacked Hezbollah.", "Iraq", "Hezbollah", "p->q against"),
    ("Israel questioned Obama's commitment to peace.", "Israel", "Obama", "p->q against"),
    ('Steve Stover said, "By targeting innocent Iraqis, they show their true character."', "Steve Stover", "Iraq",
     "none"),
    ("There were only two rebel groups opposing the Sudanese military.", "rebel groups", "Sudan", "p->q against"),
    ("Israel and Jordan remain close allies.", "Israel", "Jordan", "p->q favor"),
    ("India and Pakistan are not rivals.", "India", "Pakistan", "none"),
    ("Analysts said Sudan and Chad were barely allies.", "Sudan", "Chad", "none"),
    # a claim of responsibility: against the victims of the attack told before (stance25)
    ("Gunmen attacked Pakistani soldiers on Monday. The Taliban claimed responsibility for the attack.", "Taliban",
     "Pakistan", "p->q against"),
    ("Israeli soldiers were killed in an ambush on Monday. Hezbollah claimed responsibility.", "Hezbollah", "Israel",
     "p->q against"),
    ("Gunmen attacked Pakistani soldiers on Monday. The Taliban did not claim responsibility.", "Taliban", "Pakistan",
     "none"),
    # passives: the holder is the agent
    ("Israel was condemned by Turkey for the raid.", "Israel", "Turkey", "q->p against"),
    ("Ukraine is supported by Poland.", "Ukraine", "Poland", "q->p favor"),
    ("Canadian soldiers were attacked by the Taliban.", "Canada", "Taliban", "q->p against"),
    ("Hamas, which is backed by Iran, attacked Israel.", "Iran", "Hamas", "p->q favor"),
    ("Hamas, criticised by Egypt, attacked Israel.", "Egypt", "Hamas", "p->q against"),
    # a list of names parsed as an apposition: every member holds the stance (issue 12, stance10)
    ("The United States, Canada, Israel and the European Union consider Hamas a terrorist organization.",
     "Canada", "Hamas", "p->q against"),
    # an attack blamed on Y: Y against its victim (issue 12, stance10)
    ("The attack on the Indian embassy was blamed on the Taliban.", "Taliban", "India", "p->q against"),
    ("Attacks against NATO forces, blamed on the Taliban, have increased since March.", "Taliban", "NATO",
     "p->q against"),
    ("A surge in violence against NATO forces, blamed on the Taliban, continued.", "Taliban", "NATO", "p->q against"),
    # responsible for a hostile act: the culprit against the victim, the one who holds or says so against the culprit
    ("Israel held Hamas responsible for the attack.", "Israel", "Hamas", "p->q against"),
    ("The army said the rebels were responsible for the attack on the Indian embassy.", "rebels", "India",
     "p->q against"),
    ("Police said the Taliban were responsible for the bombing.", "police", "Taliban", "p->q against"),
    ("In the interview, Basayev said that he was responsible for the Beslan atrocity.", "Basayev", "he", "none"),
    # nominalisations
    ("Germany issued a statement of support for Ukraine's membership.", "Germany", "Ukraine", "p->q favor"),
    ("Obama's criticism of Netanyahu angered Israel.", "Obama", "Netanyahu", "p->q against"),
    ("The European Union imposed sanctions on Iran.", "European Union", "Iran", "p->q against"),
    ("China's support for North Korea is well known.", "North Korea", "China", "q->p favor"),
    ("Israel's raid prompted a boycott by Turkey.", "Turkey", "Israel", "p->q against"),
    # collective action staged by the subject: protests, rallies, campaigns against X; anti-X events
    ("Amnesty International staged protests against Israel.", "Amnesty International", "Israel", "p->q against"),
    ("Thousands of Pakistanis staged anti-American demonstrations.", "Pakistan", "United States", "p->q against"),
    ("Greenpeace organised a march against Japan in Tokyo.", "Greenpeace", "Japan", "p->q against"),
    ("Serbia held a rally in Kosovo on Sunday.", "Serbia", "Kosovo", "none"),
    ("Mexico led a march of Guatemala's workers.", "Mexico", "Guatemala", "none"),
    # envoys sent away from a country: against it; not for safety nor from a mere place
    ("Iran recalled its ambassador from Britain.", "Iran", "United Kingdom", "p->q against"),
    ("Russia expelled four diplomats from Britain.", "Russia", "United Kingdom", "p->q against"),
    ("Norway withdrew its aid workers from Sudan.", "Norway", "Sudan", "none"),
    ("Peru did not recall its ambassador from Chile.", "Peru", "Chile", "none"),
    # "the country of X" stands for X
    ("The island nation of Fiji condemned Australia.", "Fiji", "Australia", "p->q against"),
    ("After the Israeli offensive, the African country of Mauritania cut diplomatic ties with Israel.", "Mauritania",
     "Israel", "p->q against"),
    ("The tiny island nation of Nauru lies north-east of Australia.", "Nauru", "Australia", "none"),
    # a relative clause of the cue noun: its subject holds it
    ("Abu Qatada won a lawsuit he filed against the United Kingdom.", "Abu Qatada", "United Kingdom", "p->q against"),
    ("The sanctions that the European Union imposed on Iran hurt Iraq.", "Iran", "European Union", "q->p against"),
    ("The report that Sweden published on Norway was long.", "Sweden", "Norway", "none"),
    # negated and modal verbs
    ("France refused to support Germany.", "France", "Germany", "p->q against"),
    ("Japan is prepared to back India.", "Japan", "India", "p->q favor"),
    ("Spain no longer supports Morocco.", "Spain", "Morocco", "p->q against"),
    ("Kenya did not arrest John Smith.", "Kenya", "John Smith", "none"),
    ("Brazil would never attack Argentina.", "Brazil", "Argentina", "none"),
    # adjectival holders and targets
    ("Russian troops attacked Ukraine.", "Russia", "Ukraine", "p->q against"),
    ("Chinese officials praised Pakistan.", "Pakistan", "China", "q->p favor"),
    ("Turkish jets bombed the PKK.", "Turkey", "PKK", "p->q against"),
    ("The PKK ambushed a Turkish patrol.", "PKK", "Turkey", "p->q against"),
    ("A Taliban rocket hit four Canadian soldiers.", "Taliban", "Canada", "p->q against"),
    # inside quotes
    ("\"Iran is a threat to world peace,\" Netanyahu said.", "Netanyahu", "Iran", "p->q against"),
    ("\"Merkel has been a loyal friend,\" said Obama.", "Merkel", "Obama", "q->p favor"),
    ("\"These attacks by the PKK are unacceptable,\" Johndroe said.", "Johndroe", "PKK", "p->q against"),
    ("\"China's support has been invaluable,\" Khan said.", "Khan", "China", "p->q favor"),
    # victims of an attack: against the victim from the attacker, favor (weakly) from who condemns it
    ("Hamas rockets killed four Israelis.", "Hamas", "Israel", "p->q against"),
    ("Four Israeli soldiers were killed by Hamas.", "Israel", "Hamas", "q->p against"),
    ("France condemned the Russian attack on Ukraine.", "France", "Ukraine", "p->q favor"),
    ("Turkey condemned the killing of Hrant Dink.", "Hrant Dink", "Turkey", "q->p favor"),
    ("Netanyahu praised the strike on Hamas.", "Netanyahu", "Hamas", "p->q against"),
    ("Russia criticised the sanctions against Iran.", "Russia", "Iran", "p->q favor"),
    ("The Taliban claimed responsibility for the attack on Canadian soldiers.", "Taliban", "Canada", "p->q against"),
    # party politics (stance16): coalitions, elections by a body, defections, endorsements, running for a seat
    ("The Social Democrats agreed to form a coalition with the Green Party.", "Social Democrats", "Green Party",
     "p->q favor"),
    ("The Republican National Committee has elected Michael Steele as its chairman.",
     "Republican National Committee", "Michael Steele", "p->q favor"),
    ("The House subpoenaed a call between Trump and then-newly elected President Zelensky.", "House", "Zelensky",
     "none"),
    ("Joe Lieberman defected from the Democratic Party.", "Joe Lieberman", "Democratic Party", "p->q against"),
    ("Senator Arlen Specter defected to the Democratic Party.", "Arlen Specter", "Democratic Party", "p->q favor"),
    ("The Kremlin-endorsed Dmitry Medvedev won.", "Kremlin", "Dmitry Medvedev", "p->q favor"),
    ("Michael Steele, who campaigned for the Senate in 2006, criticised Bush.", "Michael Steele", "Senate", "none"),
    ("John McCain picked Sarah Palin as his running mate.", "John McCain", "Sarah Palin", "p->q favor"),
    ("Vladimir Putin named Dmitry Medvedev his successor.", "Vladimir Putin", "Dmitry Medvedev", "p->q favor"),
    ("Obama named Hillary Clinton as Secretary of State.", "Obama", "Hillary Clinton", "none"),
    ("Bush did not pick Dick Cheney as his running mate.", "Bush", "Dick Cheney", "none"),
    ("Robin Cook resigned over Tony Blair's decision to invade Iraq.", "Robin Cook", "Tony Blair", "p->q against"),
    # critics and supporters
    ("Romney, a fierce critic of Obama, spoke on Monday.", "Obama", "Romney", "q->p against"),
    ("Sanders, a longtime supporter of Corbyn, visited London.", "Sanders", "Corbyn", "p->q favor"),
    ("Gachechiladze, a former ally of Saakashvili, is running.", "Gachechiladze", "Saakashvili", "none"),
    ("Critics of Erdogan, including Gulen, say the vote was rigged.", "Erdogan", "Gulen", "q->p against"),
    ("Allies of Russia, including Belarus, abstained.", "Belarus", "Russia", "p->q favor"),
    # a plural noun standing for the members it names (``such as`` / ``including``)
    ("The Awami League was condemned by international bodies, such as the OSCE.", "Awami League", "OSCE",
     "q->p against"),
    ("Several countries, including Sweden, praised Kofi Annan.", "Sweden", "Kofi Annan", "p->q favor"),
    ("Russia denounced neighbours such as Estonia.", "Russia", "Estonia", "p->q against"),
    ("Several countries, such as Norway, sent observers to Sri Lanka.", "Norway", "Sri Lanka", "none"),
    # demands and allegations
    ("Obama urged Iran to stop enriching uranium.", "Obama", "Iran", "p->q against"),
    ("The United States demanded that North Korea halt its nuclear program.", "North Korea", "United States",
     "q->p against"),
    ("Obama urged Japan to join the talks.", "Obama", "Japan", "none"),
    ("Bush alleged that Iran has nuclear ambitions.", "Bush", "Iran", "p->q against"),
    ("Chad said that the rebels are being supported by Sudan.", "Chad", "Sudan", "p->q against"),
    ("Japan protested to China over the incident.", "Japan", "China", "p->q against"),
    ("Pakistan summoned the Indian envoy.", "Pakistan", "India", "p->q against"),
    # neutral co-mentions
    ("Obama met Putin in Moscow.", "Obama", "Putin", "none"),
    ("Merkel flew to Paris with Sarkozy.", "Merkel", "Sarkozy", "none"),
    ("Germany and France are members of NATO.", "Germany", "France", "none"),
    ("Putin spoke with Erdogan by phone on Tuesday.", "Putin", "Erdogan", "none"),
    ("Chirac succeeded Mitterrand as president.", "Chirac", "Mitterrand", "none"),
    ("Microsoft announced its results a day after Apple.", "Microsoft", "Apple", "none"),
    ("The talks between India and Pakistan were postponed.", "India", "Pakistan", "none"),
    ("Iran threatened to close the Strait of Hormuz to American ships.", "Iran", "United States", "none"),
    # coordination, accusations, demands, welcomed decisions, opposition nouns, siding (third round)
    ("Both France and Germany condemned Russia.", "Germany", "Russia", "p->q against"),
    ("Poland and Lithuania criticised Belarus on Monday.", "Lithuania", "Belarus", "p->q against"),
    ("Iran accused Israel of killing its scientists.", "Iran", "Israel", "p->q against"),
    ("Israel was accused by Iran of killing its scientists.", "Israel", "Iran", "q->p against"),
    ("Obama called on Syria to end the violence.", "Obama", "Syria", "p->q against"),
    # a demand with "for Y to" (verb or noun): against Y, only to desist (issue 12, stance12)
    ("The European Union called for Israel to stop the attacks.", "European Union", "Israel", "p->q against"),
    ("The UN called for Israel to join the talks.", "United Nations", "Israel", "none"),
    ("Sweden backs the EU's call for Hamas to end its violent ways.", "European Union", "Hamas", "p->q against"),
    ("The UN's call for Israel to join the talks was welcomed.", "United Nations", "Israel", "none"),
    # aid pledged "for" a country or its relief (issue 12, stance12): favor, weaker than "to"
    ("Japan pledged $200 million for the reconstruction of Afghanistan.", "Japan", "Afghanistan", "p->q favor"),
    ("Stephen Harper announced $200 million for the cleanup of Afghanistan.", "Stephen Harper", "Afghanistan",
     "p->q favor"),
    ("Microsoft offered $44 billion for Yahoo.", "Microsoft", "Yahoo", "none"),
    ("Egypt welcomed Israel's decision to withdraw.", "Egypt", "Israel", "p->q favor"),
    ("Russia's opposition to NATO is well known.", "Russia", "NATO", "p->q against"),
    ("The United Kingdom sided with the United States in the dispute.", "United Kingdom", "United States",
     "p->q favor"),
    # sanctions, bans, expulsions, tariffs; rejected offers; victims who escaped; fired into
    ("The United States imposed sanctions on Venezuela.", "United States", "Venezuela", "p->q against"),
    ("Canada expelled four Russian diplomats.", "Canada", "Russia", "p->q against"),
    ("China imposed tariffs on American goods.", "China", "United States", "p->q against"),
    ("Brazil imposed new tariffs on US products.", "Brazil", "United States", "p->q against"),
    ("Sudan rejected a UN offer of 17,000 troops.", "Sudan", "UN", "p->q against"),
    ("Sudan rejected an offer from the African Union.", "Sudan", "African Union", "p->q against"),
    ("MacKay escaped a rocket attack by the Taliban.", "Taliban", "MacKay", "p->q against"),
    ("Hamas fired rockets into Israel.", "Hamas", "Israel", "p->q against"),
    ("Germany banned Mahan Air from its airports.", "Germany", "Mahan Air", "p->q against"),
    ("Mahan Air was banned by Germany.", "Mahan Air", "Germany", "q->p against"),
    ("Turkey shot down a Russian jet.", "Turkey", "Russia", "p->q against"),
    ("The Taliban kidnapped two German engineers.", "Taliban", "Germany", "p->q against"),
    ("Iraq protested the Turkish incursion.", "Iraq", "Turkey", "p->q against"),
    # seats of government for their country (the country named in the article)
    ("Russia is angry. The Kremlin denounced Georgia.", "Russia", "Georgia", "p->q against"),
    ("The United States is worried. The White House criticised Iran on Monday.", "Iran", "United States",
     "q->p against"),
    # blame: the on phrase is the culprit; votes and rejections of an actor's proposal
    ("Israel blamed the attack on Hezbollah.", "Israel", "Hezbollah", "p->q against"),
    ("Abbas blamed Israel for the collapse of the talks.", "Abbas", "Israel", "p->q against"),
    ("Kenya voted against South Africa's proposal.", "Kenya", "South Africa", "p->q against"),
    ("Greenpeace rejected the APEC statement.", "Greenpeace", "APEC", "p->q against"),
    # threats, distance, solidarity, lifted sanctions, restored ties, deportations, coordination, aid
    ("Iran vowed to retaliate against Israel.", "Iran", "Israel", "p->q against"),
    ("Obama threatened Syria with military action.", "Obama", "Syria", "p->q against"),
    ("Merkel distanced herself from Trump.", "Merkel", "Trump", "p->q against"),
    ("Cuba expressed solidarity with Venezuela.", "Cuba", "Venezuela", "p->q favor"),
    ("The United States lifted sanctions on Myanmar.", "United States", "Myanmar", "p->q favor"),
    ("Turkey restored ties with Israel.", "Turkey", "Israel", "p->q favor"),
    ("Australia deported the Indonesian fishermen.", "Australia", "Indonesia", "p->q against"),
    ("Hollande and Merkel praised Renzi.", "Hollande", "Renzi", "p->q favor"),
    ("Japan pledged $1 billion in aid to Haiti.", "Japan", "Haiti", "p->q favor"),
    # courts: put on trial, brought to justice; tributes and mourning
    ("Argentina put Videla on trial.", "Argentina", "Videla", "p->q against"),
    ("Senegal will bring Habre to trial.", "Senegal", "Habre", "p->q against"),
    ("Sarkozy hailed Merkel as a friend.", "Sarkozy", "Merkel", "p->q favor"),
    ("Bush visited Blair in London.", "Bush", "Blair", "none"),
    ("The European Union approved sanctions against Belarus.", "European Union", "Belarus", "p->q against"),
    ("Israeli warplanes struck Hamas targets in Gaza.", "Israel", "Hamas", "p->q against"),
    # a negation is not shared across "but"
    ("Germany did not criticise France but praised Italy.", "Germany", "Italy", "p->q favor"),
    ("The White House made no comment on the raid but called Pakistan a valuable ally.", "White House", "Pakistan",
     "p->q favor"),
    # labels: devil, tyrant, warmonger
    ("Chavez called Bush a devil.", "Chavez", "Bush", "p->q against"),
    ("Khamenei described Trump as a warmonger.", "Khamenei", "Trump", "p->q against"),
    # neutral co-mentions (third round)
    ("Merkel met Hollande and discussed the budget.", "Merkel", "Hollande", "none"),
    ("Obama phoned Cameron on Tuesday.", "Obama", "Cameron", "none"),
    ("Iraq and Iran signed a trade agreement.", "Iraq", "Iran", "none"),
    ("Hamas and Fatah signed a deal in Cairo.", "Hamas", "Fatah", "none"),
    ("Rudd replaced Gillard as prime minister.", "Rudd", "Gillard", "none"),
    ("The summit between Kim and Moon ended.", "Kim", "Moon", "none"),
    ("German tourists visited Egypt in record numbers.", "Germany", "Egypt", "none"),
    ("Japan sent a new ambassador to China.", "Japan", "China", "none"),
    # stance4 (issue 12, item 3, fourth round): X joined Y in condemning Z, protest verbs, evaluations, labels
    ("Britain joined France in condemning Syria.", "France", "Syria", "p->q against"),
    ("Britain joined France in condemning Syria.", "United Kingdom", "Syria", "p->q against"),
    ("Germany joined the United States in criticising Iran.", "United States", "Iran", "p->q against"),
    ("Italy joined Spain in supporting Portugal.", "Spain", "Portugal", "p->q favor"),
    ("Japan joined South Korea in protesting against North Korea.", "North Korea", "South Korea", "q->p against"),
    ("Students demonstrated against the Chinese government.", "students", "China", "p->q against"),
    ("Thousands of Pakistanis rallied against the United States.", "Pakistan", "United States", "p->q against"),
    ("Protesters marched against Akayev in Bishkek.", "protesters", "Akayev", "p->q against"),
    ("Mugabe said Blair's statement was insulting.", "Mugabe", "Blair", "p->q against"),
    ("Merkel said Putin was dishonest.", "Putin", "Merkel", "q->p against"),
    ("Obama called Putin's remarks unacceptable.", "Obama", "Putin", "p->q against"),
    ("The court found Microsoft guilty of abusing its monopoly.", "court", "Microsoft", "p->q against"),
    # neutral co-mentions that look like the new rules: no row
    ("The talks between Iran and the United States resumed in Geneva.", "Iran", "United States", "none"),
    ("The match between Brazil and Argentina ended in a draw.", "Brazil", "Argentina", "none"),
    ("An exchange of prisoners between Israel and Hamas took place.", "Israel", "Hamas", "none"),
    ("Trade between China and Japan grew last year.", "China", "Japan", "none"),
    ("Canada joined NATO in 1949.", "Canada", "NATO", "none"),
    ("Turkey joined Russia in the talks on Syria.", "Turkey", "Russia", "none"),
    ("The jury found Simpson not guilty.", "jury", "Simpson", "none"),
    ("France and Germany exchanged views on the budget.", "France", "Germany", "none"),
    ("Protesters marched towards the parliament of Greece.", "protesters", "Greece", "none"),
    ("Obama found Merkel's proposal interesting.", "Obama", "Merkel", "none"),
    ("The United States and Britain continued their attacks.", "United States", "United Kingdom", "none"),
    # wished in reported speech: Y must step down / will face trial (stance4)
    ("Obama said Mubarak must step down.", "Obama", "Mubarak", "p->q against"),
    ("Obama said Mubarak should resign.", "Mubarak", "Obama", "q->p against"),
    ("\"Assad must go,\" Erdogan said.", "Erdogan", "Assad", "p->q against"),
    ("Obama said Iran must stop enriching uranium.", "Obama", "Iran", "p->q against"),
    ("Prosecutors said Berlusconi will face charges of bribery.", "prosecutors", "Berlusconi", "p->q against"),
    ("Obama said Mubarak should not resign.", "Obama", "Mubarak", "none"),
    ("Sarkozy said France should leave NATO.", "Sarkozy", "France", "none"),
    ("Frazer said President Bush does not need to go to Kenya.", "Frazer", "Bush", "none"),
    # it is time for Y to go, in reported speech (stance15)
    ("\"It is time for Xanana to resign,\" said Alkatiri.", "Alkatiri", "Xanana", "p->q against"),
    ("Obama said the time has come for Mubarak to step down.", "Obama", "Mubarak", "p->q against"),
    ("Obama said it was time for Mubarak to go to Paris.", "Obama", "Mubarak", "none"),
    # evaluations in reported speech: raised (turned out to be), "one of the most ADJ N", new adjectives (stance15)
    ("Tariceanu said the Constitutional Court was partial.", "Tariceanu", "Constitutional Court", "p->q against"),
    ("Castillo said Obrador's claims turned out to be unfounded.", "Castillo", "Obrador", "p->q against"),
    ("Pyne said Vanstone was one of the most popular figures in the government.", "Pyne", "Vanstone", "p->q favor"),
    ("Pyne said Vanstone was one of the ten members of the committee.", "Pyne", "Vanstone", "none"),
    # a poll's finding is its respondents' view, not the pollster's stance
    ("A recent Gallup poll showed that Siméus is one of the most popular candidates in the race.",
     "Gallup", "Siméus", "none"),
    ("A report by Human Rights Watch found that Mugabe was corrupt.", "Human Rights Watch", "Mugabe",
     "p->q against"),
    # a defeat in an election or a game is no attitude (stance15)
    ("Bulte was defeated by Peggy Nash in the federal election.", "Bulte", "Peggy Nash", "none"),
    ("The Taliban were defeated by Pakistan in the battle for Swat.", "Taliban", "Pakistan", "q->p against"),
    # a past verb the parse joins to the reported clause is the speaker's (stance15)
    ("Chavez said the act was a cowardly murder and insulted Uribe.", "Chavez", "Uribe", "p->q against"),
    # a deadline to desist: X gave Y until / N hours / a deadline to stop (stance15)
    ("The United Nations gave Iran until August 31 to halt its nuclear program.", "United Nations", "Iran",
     "p->q against"),
    ("Ecowas gave Jammeh 48 hours to step down.", "Ecowas", "Jammeh", "p->q against"),
    ("Obama gave Merkel two days to decide.", "Obama", "Merkel", "none"),
    # a resolution, report or declaration stands for its author (stance4)
    ("The resolution, drafted by France, condemns Syria.", "France", "Syria", "p->q against"),
    ("An Amnesty International report accused Israel of war crimes.", "Israel", "Amnesty International",
     "q->p against"),
    ("The report by Amnesty International criticised Israel.", "Amnesty International", "Israel", "p->q against"),
    ("The UN issued a report accusing Israel of war crimes.", "UN", "Israel", "p->q against"),
    ("The UN issued a report on Israel's economy.", "UN", "Israel", "none"),
    # sentence alone: a hyphen country named nowhere else, a title noun before the name (stance4)
    ("Iran-backed Hezbollah fired rockets.", "Hezbollah", "Iran", "q->p favor"),
    ("The anti-American cleric Moqtada al-Sadr addressed his followers.", "Moqtada al-Sadr", "United States",
     "p->q against"),
    ("Syrian-backed militias attacked the Israeli army.", "Syria", "Israel", "none"),
    ("Ukraine refused the Russian vessels entry.", "Russia", "Ukraine", "q->p against"),
    ("Israel denied the UN inspectors access.", "Israel", "UN", "p->q against"),
    ("Asked about the rift between Russia and the US, Boeing Vice President Scott Carson declined to comment.",
     "Scott Carson", "Russia", "none"),
    # verbs and phrases of news opinion (stance6a): blast, berate, rip into, take aim at, turn on, call out ...
    ("Senate Democrats blasted Mitch McConnell for blocking the bill.", "Democrats", "Mitch McConnell",
     "p->q against"),
    ("Elizabeth Warren ripped into Michael Bloomberg during the debate.", "Elizabeth Warren", "Michael Bloomberg",
     "p->q against"),
    ("Ted Cruz took aim at Google over its search results.", "Ted Cruz", "Google", "p->q against"),
    ("Mitt Romney pushed back against Donald Trump on the tariffs.", "Mitt Romney", "Donald Trump", "p->q against"),
    ("Matt Gaetz turned on Kevin McCarthy after the deal.", "Matt Gaetz", "Kevin McCarthy", "p->q against"),
    ("Alexandria Ocasio-Cortez called out Joe Manchin for his vote.", "Alexandria Ocasio-Cortez", "Joe Manchin",
     "p->q against"),
    ("Hillary Clinton scolded Bernie Sanders for his remarks.", "Hillary Clinton", "Bernie Sanders", "p->q against"),
    ("Joe Manchin was berated by Bernie Sanders.", "Joe Manchin", "Bernie Sanders", "q->p against"),
    ("Mitt Romney disavowed Donald Trump.", "Mitt Romney", "Donald Trump", "p->q against"),
    ("Iran defied the United Nations.", "Iran", "United Nations", "p->q against"),
    ("Bernie Sanders threw his weight behind Joe Biden.", "Bernie Sanders", "Joe Biden", "p->q favor"),
    ("Barack Obama heaped praise on Joe Biden.", "Joe Biden", "Barack Obama", "q->p favor"),
    ("Barack Obama stumped for Hillary Clinton in Ohio.", "Barack Obama", "Hillary Clinton", "p->q favor"),
    ("Mitt Romney stood up to Donald Trump.", "Mitt Romney", "Donald Trump", "p->q against"),
    ("Liz Cheney stands for election against Harriet Hageman.", "Liz Cheney", "Harriet Hageman", "none"),
    ("Joe Biden beat Donald Trump in the election.", "Joe Biden", "Donald Trump", "none"),
    ("Joe Biden won Pennsylvania.", "Joe Biden", "Pennsylvania", "none"),
    ("Donald Trump called out the National Guard.", "Donald Trump", "National Guard", "none"),
    ("Barack Obama met Angela Merkel in Berlin.", "Barack Obama", "Angela Merkel", "none"),
    ("The Wall Street Journal reached out to Nancy Pelosi for comment.", "Wall Street Journal", "Nancy Pelosi",
     "none"),
    # verbs of attitude (stance6a); an event's valence is no attitude (a VADER fallback was dropped)
    ("Nancy Pelosi loathes Donald Trump.", "Nancy Pelosi", "Donald Trump", "p->q against"),
    ("Donald Trump adores Vladimir Putin.", "Donald Trump", "Vladimir Putin", "p->q favor"),
    ("Freman Hendrix upset Kwame Kilpatrick in the primary election.", "Freman Hendrix", "Kwame Kilpatrick", "none"),
    ("Tom DeLay is hurting the Republican Party.", "Tom DeLay", "Republican Party", "none"),
    # received backing: "p won/has the support of q", "with the support of q", "came under attack from q" (stance6b)
    ("Donald Trump won the backing of the National Rifle Association.", "Donald Trump",
     "National Rifle Association", "q->p favor"),
    ("Jose Miguel Insulza already has the support of Argentina.", "Jose Miguel Insulza", "Argentina", "q->p favor"),
    ("John McCain secured the endorsement of George W. Bush.", "John McCain", "George Bush", "q->p favor"),
    ("Mahmoud Abbas was elected with the support of Fatah.", "Mahmoud Abbas", "Fatah", "q->p favor"),
    ("Nicolas Sarkozy came under attack from Segolene Royal over the reform.", "Nicolas Sarkozy",
     "Segolene Royal", "q->p against"),
    ("Jose Miguel Insulza needs the support of Argentina.", "Jose Miguel Insulza", "Argentina", "none"),
    ("Jose Miguel Insulza is trying to win the support of Argentina.", "Jose Miguel Insulza", "Argentina", "none"),
    # a reported judgement of the clause's subject (stance6b): phrasal verbs need their particle; a denial is none
    ("Mike Pompeo said China had covered up the outbreak.", "Mike Pompeo", "China", "p->q against"),
    ("Mike Pompeo said China had covered the outbreak extensively.", "Mike Pompeo", "China", "none"),
    ("Nancy Pelosi said Donald Trump had let down the American people.", "Nancy Pelosi", "Donald Trump",
     "p->q against"),
    ("Robert Mugabe squandered the wealth of Zimbabwe, Morgan Tsvangirai said.", "Robert Mugabe",
     "Morgan Tsvangirai", "q->p against"),
    ("Rupert Murdoch denied that Barbara Stewart lied about the story.", "Rupert Murdoch", "Barbara Stewart", "none"),
    # demands to close or to free captives say the addressee does wrong; to release funds does not (stance6b)
    ("Amnesty International called on the United States to shut down Guantanamo.", "Amnesty International",
     "United States", "p->q against"),
    ("Kofi Annan called on Hezbollah to release the two Israeli soldiers.", "Kofi Annan", "Hezbollah",
     "p->q against"),
    ("The Democratic Party asked Hillary Clinton to release funds for Gaza.", "Democratic Party", "Hillary Clinton",
     "none"),
    ("Dermot Ahern sent officials to secure the release of Rory Carroll.", "Dermot Ahern", "Rory Carroll", "none"),
    # a passive label: the agent labels the subject (stance6b)
    ("Hamas is considered a terrorist group by Israel.", "Hamas", "Israel", "q->p against"),
    ("The PKK has been listed as a terrorist organization by Turkey.", "PKK", "Turkey", "q->p against"),
    ("Joe Biden was described as a reliable partner by Angela Merkel.", "Joe Biden", "Angela Merkel", "q->p favor"),
    ("Joe Biden was described as a reliable partner in the report.", "Joe Biden", "Angela Merkel", "none"),
    ("Hugo Chavez has been praised by Fidel Castro and criticised by George W. Bush.", "Hugo Chavez",
     "George Bush", "q->p against"),
    # a speaker set into the clause judges its subject (stance6b)
    ("Iran, Benjamin Netanyahu said, has lied to the world.", "Iran", "Benjamin Netanyahu", "q->p against"),
    ("Iran, Benjamin Netanyahu said, is a threat to the world.", "Iran", "Benjamin Netanyahu", "q->p against"),
    ("Australia made an attempt to win the favour of the United States.", "Australia", "United States", "none"),
    # an act noun's author: "dismissed the claim from X", "denied the claim by X" (stance6b)
    ("Thailand has denied the claim by Cambodia that ten soldiers were captured.", "Thailand", "Cambodia",
     "p->q against"),
    ("The Russian government dismissed Germany's claim as groundless.", "Russia", "Germany", "p->q against"),
    # a finite verb coordinated with a negated verb of another form keeps its own polarity
    ("Iran does not support Hamas and opposes Israel.", "Iran", "Israel", "p->q against"),
    # inspectors and observers stand for the body they come from
    ("North Korea has banned inspectors from the International Atomic Energy Agency.", "North Korea",
     "International Atomic Energy Agency", "p->q against"),
    ("North Korea banned nuclear inspectors from the International Atomic Energy Agency from inspecting its plant.",
     "North Korea", "International Atomic Energy Agency", "p->q against"),
    ("Iraq expelled the inspectors from the country.", "Iraq", "Iraq", "none"),
    # a relation noun with an actor modifier before a name: "Kremlin critic Alexei Navalny", "a Donald Trump loyalist"
    ("Lindsey Graham, a Donald Trump loyalist, defended the president.", "Lindsey Graham", "Donald Trump",
     "p->q favor"),
    ("Hamas rival Fatah won the vote.", "Hamas", "Fatah", "q->p against"),
    ("Former Hamas ally Fatah won the vote.", "Hamas", "Fatah", "none"),
    # a position set after a speaker's clause is the speaker's
    ("Iran maintains that its program is peaceful, a position that has been backed by Vladimir Putin.", "Iran",
     "Vladimir Putin", "q->p favor"),
    # round 7 (stance7): reactions felt at an actor or its act; "under fire from"; demands of what is owed
    ("Angela Merkel is pleased with Emmanuel Macron's election.", "Angela Merkel", "Emmanuel Macron", "p->q favor"),
    ("Angela Merkel was disappointed by Donald Trump's decision.", "Angela Merkel", "Donald Trump", "p->q against"),
    ("Germany expressed disappointment at General Motors' decision.", "Germany", "General Motors", "p->q against"),
    ("Theresa Villiers came under fire from Jeremy Corbyn over Brexit.", "Theresa Villiers", "Jeremy Corbyn",
     "q->p against"),
    ("Boris Johnson demanded an apology from Jeremy Corbyn.", "Boris Johnson", "Jeremy Corbyn", "p->q against"),
    ("Boris Johnson received an apology from Jeremy Corbyn.", "Boris Johnson", "Jeremy Corbyn", "none"),
    ("Syrian fighter planes fired upon Israeli jets.", "Syria", "Israel", "p->q against"),
    # votes on a nominee; a name before a hyphen cue; a possessed relation noun; reported verdicts on an owned deal
    ("Susan Collins voted to confirm Brett Kavanaugh.", "Susan Collins", "Brett Kavanaugh", "p->q favor"),
    ("Mitt Romney voted against confirming Brett Kavanaugh.", "Mitt Romney", "Brett Kavanaugh", "p->q against"),
    ("Officials confirmed John Roberts had died.", "Officials", "John Roberts", "none"),
    # a passive vote by a chamber; approve read like confirm (issue 12, batch 11)
    ("Ben Bernanke was confirmed by the Senate.", "Senate", "Ben Bernanke", "p->q favor"),
    ("Ben Bernanke was not confirmed by the Senate.", "Senate", "Ben Bernanke", "none"),
    ("The Senate Judiciary Committee approved John Roberts's nomination.", "Senate Judiciary Committee",
     "John Roberts", "p->q favor"),
    ("John Bolton's nomination was approved by the Senate Foreign Relations Committee.",
     "Senate Foreign Relations Committee", "John Bolton", "p->q favor"),
    ("The Trump-backed candidate Kari Lake lost the race.", "Kari Lake", "Trump", "q->p favor"),
    ("Barack Obama's critics, including John McCain, said the deal was weak.", "John McCain", "Barack Obama",
     "p->q against"),
    ("Jeb Bush, Donald Trump's longtime critic, spoke on Monday.", "Jeb Bush", "Donald Trump", "p->q against"),
    ("Jeremy Corbyn said Theresa Villiers' deal was a disaster.", "Jeremy Corbyn", "Theresa Villiers", "p->q against"),
    ("Marco Rubio took a shot at Donald Trump on Sunday.", "Marco Rubio", "Donald Trump", "p->q against"),
    ("Rand Paul threatened to filibuster John Brennan's nomination.", "Rand Paul", "John Brennan", "p->q against"),
    ("Joe Biden met with Vladimir Putin in Geneva.", "Joe Biden", "Vladimir Putin", "none"),
    # a name swallowed by a title's "of" phrase in the parse is the holder, not the title's country
    ("Russian Minister of Foreign Affairs Sergei Lavrov criticised Barack Obama.", "Sergei Lavrov", "Barack Obama",
     "p->q against"),
    ("The spokesman of Vladimir Putin criticised Barack Obama.", "Vladimir Putin", "Barack Obama", "p->q against"),
    # a performance judged in reported speech: did a great job, would make a terrible president, made a mistake
    ("Nancy Pelosi said Joe Biden had done a great job.", "Nancy Pelosi", "Joe Biden", "p->q favor"),
    ("Nancy Pelosi said Joe Biden would make a terrible president.", "Nancy Pelosi", "Joe Biden", "p->q against"),
    ("Nancy Pelosi said Joe Biden had made a mistake.", "Nancy Pelosi", "Joe Biden", "p->q against"),
    ("Nancy Pelosi said Joe Biden made a speech in Ohio.", "Nancy Pelosi", "Joe Biden", "none"),
    ("Nancy Pelosi said Donald Trump's administration was to blame.", "Nancy Pelosi", "Donald Trump", "p->q against"),
    ("Nancy Pelosi said Joe Biden was unqualified for the job.", "Nancy Pelosi", "Joe Biden", "p->q against"),
    # "he" in a quotation said "of Y" is Y
    ('"He is a liar," Donald Trump said of Adam Schiff on Monday.', "Donald Trump", "Adam Schiff", "p->q against"),
    ('"He is a liar," Donald Trump said on Monday of the report by Adam Schiff.', "Donald Trump", "Adam Schiff",
     "none"),
    # a standing noun's owners joined by "and": the government of A and B stands for both (dev5)
    ("Philippe criticized the interim government of President Boniface Alexandre and Prime Minister Gerard Latortue.",
     "Philippe", "Gerard Latortue", "p->q against"),
    # a removal noun with a victim in its of phrase: the possessor or actor modifier does it (dev5)
    ("The move follows the United States' killing of Qasem Soleimani in an airstrike.", "United States",
     "Qasem Soleimani", "p->q against"),
    ("Amnesty International condemned Russia's arrest of Alexei Navalny.", "Russia", "Alexei Navalny",
     "p->q against"),
    # an opinion noun about a hostile act: the act's victim (dev5)
    ("Germany voiced strong support for sanctions against Iran.", "Germany", "Iran", "p->q against"),
    ("France expressed its opposition to the invasion of Iraq.", "France", "Iraq", "p->q favor"),
    # senators and MPs are group nouns that stand for the actor modifying them (dev5)
    ("United States senators voiced strong support for sanctions against Iran.", "United States", "Iran",
     "p->q against"),
    # acts between two actors, weak evidence (analysis.stance_acts, acts batch)
    ("Japanese fishermen clashed with surfers from Australia.", "Japan", "Australia", "p->q against"),
    ("The Hezbollah radio station was targeted by an Israeli strike.", "Hezbollah", "Israel", "q->p against"),
    # an announcement, remark, visit or role stands for its possessor (dev7)
    ("Jumblatt welcomed Bashar al-Assad's announcement on Monday.", "Jumblatt", "Bashar al-Assad", "p->q favor"),
    ("The Greens condemned Howard's remark about refugees.", "Greens", "Howard", "p->q against"),
    # a labelling verb whose adjective the parse hangs on "as" (dev7)
    ("Satire site Uncyclopedia has been labeled by the Malaysian government as dangerous.", "Uncyclopedia",
     "Malaysia", "q->p against"),
    # the country or organisation named in an office-holder's title holds the office-holder's stance (rule 23, dev7)
    ("U.S. President George W. Bush has promised new sanctions on Iran.", "United States", "Iran", "p->q against"),
    ("Former Malaysian Prime Minister Mahathir Mohamad criticised Singapore.", "Malaysia", "Singapore", "none"),
    ("Lebanese opposition leader Walid Jumblatt criticised Syria.", "Lebanon", "Syria", "none"),
    # a transfer of money written as one token, and "provide Y with aid" (rule 24, dev7)
    ("Chancellor Brown promised an extra £100m to Iraq.", "Brown", "Iraq", "p->q favor"),
    ("Portugal offered to provide East Timor with 120 security personnel.", "Portugal", "East Timor", "p->q favor"),
    ("Norway provided Sudan with maps of the border.", "Norway", "Sudan", "none"),
    # legislatures (issue 12, batch 11): a granted legal status, a revoked membership, a motion against Y
    ("The Icelandic parliament voted to grant the incarcerated Bobby Fischer full citizenship.", "Iceland",
     "Bobby Fischer", "p->q favor"),
    ("Ecuador granted Julian Assange asylum.", "Ecuador", "Julian Assange", "p->q favor"),
    ("The United States granted Iceland citizenship.", "United States", "Iceland", "none"),
    ("The parliament had earlier declined to grant Bobby Fischer full citizenship.", "Bobby Fischer", "parliament",
     "none"),
    ("The United States Chess Federation revoked Bobby Fischer's membership.", "United States Chess Federation",
     "Bobby Fischer", "p->q against"),
    ("The court stripped Thaksin Shinawatra of his citizenship.", "Thaksin Shinawatra", "court", "q->p against"),
    ("Kim Beazley tabled a censure motion against John Howard.", "Kim Beazley", "John Howard", "p->q against"),
    ("Gordon Brown rebelled against Tony Blair.", "Gordon Brown", "Tony Blair", "p->q against"),
    # an elliptical "as did Y" shares the stance (issue 12, batch 11)
    ("George Voinovich voted in support for Ben Bernanke, as did Utah Senator Orrin Hatch.", "Orrin Hatch",
     "Ben Bernanke", "p->q favor"),
    ("France condemned Israel, and so did Germany.", "Germany", "Israel", "p->q against"),
    ("France met Israel, as did Germany.", "Germany", "Israel", "none"),
    ('"Phillip Ruddock has trampled on the rights of the ACT," Kerry Nettle said.', "Kerry Nettle",
     "Phillip Ruddock", "p->q against"),
    # a denied clause is no stance either way (session 24, dev set: "denied claims that he had supplied FARC")
    ("Hugo Chavez denied claims that he had supplied FARC with $300 million.", "Hugo Chavez", "FARC", "none"),
    ("Hugo Chavez denied that he had supported FARC.", "Hugo Chavez", "FARC", "none"),
    ("Hugo Chavez rejected allegations that he had funded FARC.", "Hugo Chavez", "FARC", "none"),
    ("Hugo Chavez said that he had supported FARC.", "Hugo Chavez", "FARC", "p->q favor"),
    ("Israel rejected the plan and condemned Hamas.", "Israel", "Hamas", "p->q against"),
]


def predict(text: str, p: str, q: str) -> str:
    """The 5-class label of the most confident stance row between ``p`` and ``q`` in ``text`` alone."""
    table = analysis.analyze_text(text).stance
    best, label = -1.0, "none"
    for h, t, s, c in zip(table["holder"], table["target"], table["stance"], table["confidence"]):
        if {h, t} == {p, q} and c > best:
            best, label = c, f"{'p->q' if h == p else 'q->p'} {s}"
    return label


@pytest.mark.parametrize("text, p, q, label", CASES)
def test_two_entity_sentence(text, p, q, label):
    assert predict(text, p, q) == label


def test_cases_cover_every_class():
    labels = {c[3] for c in CASES}
    assert labels == {"none", "p->q favor", "p->q against", "q->p favor", "q->p against"}
    assert len(CASES) >= 90


#: Reciprocal hostility (``clashes between X and Y``, ``X and Y traded accusations``): a row each way, so the
#: 5-class answer is either direction; both rows must be there.
RECIPROCAL = [
    ("Clashes between Israel and Hezbollah continued on Sunday.", "Israel", "Hezbollah"),
    ("The border conflict between Eritrea and Ethiopia started in 1998.", "Eritrea", "Ethiopia"),
    ("Fighting between Hamas and Fatah killed dozens in Gaza.", "Hamas", "Fatah"),
    ("The war between Russia and Ukraine entered its third year.", "Russia", "Ukraine"),
    ("The dispute between Poland and Belarus escalated on Monday.", "Poland", "Belarus"),
    ("Tensions between Iran and Israel rose after the speech.", "Iran", "Israel"),
    ("India and Pakistan traded accusations over the attack.", "India", "Pakistan"),
    ("North Korea and South Korea exchanged fire across the border.", "North Korea", "South Korea"),
    ("American troops exchanged fire with Pakistani troops.", "United States", "Pakistan"),
    ("The United Nations tried to end the conflict between Eritrea and Ethiopia.", "Eritrea", "Ethiopia"),
    ("Fighting erupted between Hamas and Fatah on Sunday.", "Hamas", "Fatah"),
    # a copula with a plural relation noun (issue 12, stance25)
    ("India and Pakistan are bitter rivals.", "India", "Pakistan"),
    ("Mr. Natsios said that Sudan and Chad are still opponents unable to find common ground.", "Sudan", "Chad"),
]


@pytest.mark.parametrize("text, p, q", RECIPROCAL)
def test_reciprocal_hostility_both_ways(text, p, q):
    table = analysis.analyze_text(text).stance
    rows = set(zip(table["holder"], table["target"], table["stance"]))
    assert {(p, q, "against"), (q, p, "against")} <= rows, rows
    assert predict(text, p, q) in {"p->q against", "q->p against"}


def test_rule_gates_give_the_rows_of_every_rule_on_every_word(monkeypatch, seed_text):
    """``extract_stance`` runs a rule only on words its first test can pass; with every rule on every
    verb and noun (the gates opened), the invented sentences and the seed give the same rows."""
    import analysis.stance as stance

    text = "\n\n".join([seed_text] + [c[0] for c in CASES] + [r[0] for r in RECIPROCAL])
    gated = analysis.analyze_text(text).stance
    everything = stance._VERB_RULES | stance._NOUN_RULES
    lower, lemma = stance._lower_flags, stance._lemma_flags
    monkeypatch.setattr(stance, "_LOWER_FLAGS", {})
    monkeypatch.setattr(stance, "_LEMMA_FLAGS", {})
    monkeypatch.setattr(stance, "_lower_flags", lambda w: lower(w) | everything)
    monkeypatch.setattr(stance, "_lemma_flags", lambda w: lemma(w) | everything)
    monkeypatch.setattr(stance, "_verb_rules", lambda lem, word: tuple(rule for rule, _ in stance._VERB_GATES))
    opened = analysis.analyze_text(text).stance
    assert len(gated) > 40
    assert gated.equals(opened)


def test_the_object_of_a_request_holds_no_stance_of_the_infinitive():
    """'urged X to start talks with Y' is the speaker's wish, not an act of X (object control of a request verb)."""
    for text, p, q in [("The United States urged Israel to start talks with Hamas.", "Israel", "Hamas"),
                       ("The European Union asked Turkey to support Greece.", "Turkey", "Greece")]:
        assert predict(text, p, q) == "none", text
    assert predict("Israel agreed to start talks with Hamas.", "Israel", "Hamas") == "p->q favor"
