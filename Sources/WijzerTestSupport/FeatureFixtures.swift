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
