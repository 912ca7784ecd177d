/// A theme with a `number 0..30` question of `weight 2` and a choice worth ±2 (docs/LANGUAGE.md).
public let weightedSet = """
    questionnaire demo "Demo"
      version "1"

    theme beroep "Beroepsoriëntatie"
      order 1
      opening "Zien je studenten vakvrouwen?"
      knowledge "Wie vakvrouwen ontmoet, kan zich het vak beter voorstellen."

    dimension rolmodellen "Rolmodellen" in beroep

    scenario week "De loopbaanweek" in beroep
      situation "Je plant de loopbaanweek."
      question aantal "Hoeveel vakvrouwen ontmoetten je studenten dit jaar?"
        why "Elke ontmoeting maakt het beeld concreter."
        number 0..30 unit "vakvrouwen"
        score rolmodellen scale
        weight 2
      question gastles "Wie nodig je uit voor de gastles?"
        why "Wie er voor de klas staat, laat zien wie in het vak past."
        choice
          a "Wie het eerst kan"
            score rolmodellen -2
          b "Een vakvrouw die over haar vak vertelt"
            score rolmodellen +2
    """

/// A theme with a Likert scale 1..10 labelled at its ends only (docs/LANGUAGE.md).
public let endsLabelledSet = """
    questionnaire demo "Demo"
      version "1"

    theme lesgeven "Lesgeven"
      order 1
      opening "Hoe zeker ben je?"
      knowledge "Zelfvertrouwen in je vak straal je uit naar je studenten."

    dimension zeker "Zelfvertrouwen" in lesgeven

    scenario les "Je les" in lesgeven
      situation "Je begint aan een nieuw vak."
      question zekerheid "Hoe zeker voel je je bij dit vak?"
        why "Wat je uitstraalt, nemen studentes over."
        likert 1..10 "helemaal niet zeker" "heel zeker"
        score zeker scale
    """

/// Two scenarios, the second with a `show-if` on the first one's answer (docs/LANGUAGE.md).
public let scenarioShowIfSet = """
    questionnaire demo "Demo"
      version "1"

    theme stage "Stagebegeleiding"
      order 1
      opening "Begeleid je studentes op stage?"
      knowledge "Een goede stageplek begint bij een goed gesprek vooraf."

    dimension voorbereiding "Voorbereiding" in stage

    scenario rol "Je rol" in stage
      situation "Je team verdeelt de taken."
      question begeleider "Ben je dit jaar stagebegeleider?"
        why "De vragen hierna gaan over stagebegeleiding."
        yesno

    scenario gesprek "Het gesprek vooraf" in stage
      situation "Sanne begint volgende week aan haar stage."
      show-if rol.begeleider = ja
      question vooraf "Bespreek je vooraf wat ze kan verwachten?"
        why "Wie weet wat er komt, kan zich voorbereiden."
        yesno
          ja
            score voorbereiding +1
          nee
            score voorbereiding -1
    """

/// Tip `samen` names `bias-test` with `after`, though declared before it (docs/LANGUAGE.md).
public let tipAfterSet = """
    questionnaire demo "Demo"
      version "1"

    theme voorbereiding "Voorbereiding"
      order 1
      opening "Ken je je eigen blinde vlekken?"
      knowledge "Onbewuste beelden zie je pas als je er bewust naar zoekt."

    dimension beelden "Eigen beelden" in voorbereiding

    scenario team "In het team" in voorbereiding
      situation "Een collega maakt een grap over meisjes en techniek."
      question reactie "Wat doe je?"
        why "Samen zie je meer dan alleen."
        choice
          a "Ik lach mee."
            tip samen weight 3
            tip bias-test
          b "Ik stel voor om samen een bias-test te doen."
            score beelden +2

    tip samen "Doe het samen: neem een collega mee"
      theme voorbereiding
      timeframe deze-maand
      after bias-test
      text "Bespreek de uitkomst van je bias-test met een collega."
      steps
        - Doe de test en vraag een collega hem ook te doen.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/

    tip bias-test "Ontdek je blinde vlekken met een bias-test"
      theme voorbereiding
      timeframe deze-week
      text "Doe een test naar onbewuste beelden."
      steps
        - Doe de test en schrijf op wat je opvalt.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/
    """

/// Tip `feedback-oefenen` is triggered by `when score feedback < 40 weight 2` (docs/LANGUAGE.md).
public let scoreTipSet = """
    questionnaire demo "Demo"
      version "1"

    theme lesgeven "Lesgeven"
      order 1
      opening "Hoe geef je feedback?"
      knowledge "Groeigerichte feedback helpt studentes verder."

    dimension feedback "Groeigerichte feedback" in lesgeven

    scenario toets "Na de toets" in lesgeven
      situation "Sanne heeft een 5,2."
      question spaart "Wat zeg je tegen Sanne?"
        why "Correctie helpt bij de volgende toets."
        choice
          a "Dat het vast beter gaat."
            score feedback -1
          b "Wat ze al kan en wat ze nog oefent."
            score feedback +2

    tip feedback-oefenen "Oefen groeigerichte feedback"
      theme lesgeven
      timeframe deze-maand
      when score feedback < 40 weight 2
      text "Noem wat al lukt en wat de volgende stap is."
      steps
        - Noem bij de nabespreking één ding dat lukt en één volgende stap.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/
    """

/// Tip `voorgesprek` has a timeframe in the author's words (docs/LANGUAGE.md).
public let customTimeframeSet = """
    questionnaire demo "Demo"
      version "1"

    theme stage "Stagebegeleiding"
      order 1
      opening "Bereid je studentes voor op hun stage?"
      knowledge "Een goede stageplek begint bij een goed gesprek vooraf."

    dimension voorbereiding "Voorbereiding" in stage

    scenario gesprek "Het gesprek vooraf" in stage
      situation "Sanne begint volgende week aan haar stage."
      question vooraf "Bespreek je vooraf wat ze kan verwachten?"
        why "Wie weet wat er komt, kan zich voorbereiden."
        yesno
          ja
            score voorbereiding +1
          nee
            tip voorgesprek

    tip voorgesprek "Voer een voorgesprek"
      theme stage
      timeframe "voor de volgende stageperiode"
      text "Bespreek met je studente wat ze op haar stage kan verwachten."
      steps
        - Plan een gesprek van een kwartier voor de stage begint.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/
    """

/// A multiple-choice question with `max 2` and an exclusive "none of these" option `d` that
/// triggers tip `afwisselen`.
public let exclusiveOptionSet = """
    questionnaire demo "Demo"
      version "1"

    theme lesgeven "Lesgeven"
      order 1
      opening "Welke werkvormen gebruik je?"
      knowledge "Afwisseling in werkvormen spreekt meer studenten aan."

    dimension werkvormen "Afwisseling in werkvormen" in lesgeven

    scenario les "Je les" in lesgeven
      situation "Je bereidt een les voor."
      question vormen "Welke werkvormen gebruik je deze week?"
        why "Afwisseling houdt meer studenten erbij."
        multiple max 2
          a "Samenwerken"
            score werkvormen +1
          b "Een spel of simulatie"
            score werkvormen +1
          c "Een ontwerpopdracht"
            score werkvormen +1
          d "Geen van deze" exclusive
            tip afwisselen

    tip afwisselen "Wissel werkvormen af"
      theme lesgeven
      timeframe deze-maand
      text "Kies deze maand één nieuwe werkvorm."
      steps
        - Probeer een spel of simulatie in één les.
      source https://www.vhto.nl/
      resource "Werkvormen" https://www.vhto.nl/
    """

/// A choice question whose options each respondent sees in an order of their own (`shuffle`;
/// the example in docs/LANGUAGE.md).
public let shuffleSet = """
    questionnaire demo "Demo"
      version "1"

    theme lesgeven "Lesgeven"
      order 1
      opening "Hoe reageer je?"
      knowledge "Een grap over meisjes en techniek lijkt onschuldig, maar zegt veel."

    dimension reageren "Reageren op grappen" in lesgeven

    scenario grap "Een grap in de les" in lesgeven
      situation "Een student maakt een grap over meisjes in de werkplaats."
      question reactie "Wat doe je?"
        why "Zwijgen klinkt voor een studente als instemming."
        choice shuffle
          a "Ik ga er in de les kort op in en zeg dat iedereen hier hoort."
            score reageren +2
          b "Ik laat het gaan; het was maar een grapje."
            score reageren -1
          c "Ik spreek de student na de les aan."
            score reageren +1
    """

/// `scenarioShowIfSet` with its condition named `stagebegeleider`, used by the scenario's
/// `show-if` and, with more, by a third scenario's question (the example in docs/LANGUAGE.md).
public let namedConditionSet = scenarioShowIfSet
    .replacingOccurrences(of: "\nscenario rol ", with: "\ncondition stagebegeleider: rol.begeleider = ja\n\nscenario rol ")
    .replacingOccurrences(of: "  show-if rol.begeleider = ja\n", with: "  show-if stagebegeleider\n") + """


    scenario bezoek "Het eerste bezoek" in stage
      situation "Sanne is twee weken aan het werk."
      question bezocht "Ben je al bij haar op het bedrijf geweest?"
        why "Wat je ziet, hoor je niet altijd in een gesprek."
        show-if stagebegeleider and gesprek.vooraf = nee
        yesno
          ja
            score voorbereiding +1
          nee
            score voorbereiding -1
    """
