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
