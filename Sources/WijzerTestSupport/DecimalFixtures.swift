/// A set with one decimal number question, `number 0.0..10.0 step 0.5 unit "uur"`, that scores
/// on a scale and triggers a tip below 2.5 hours (docs/LANGUAGE.md, "decimal numbers").
public let decimalSet = """
    questionnaire demo "Demo"
      version "1"

    theme werk "Werkdruk"
      order 1
      opening "Hoeveel tijd geef je aan begeleiding?"
      knowledge "Tijd voor begeleiding maakt verschil voor studentes."

    dimension tijd "Tijd" in werk

    scenario week "Je week" in werk
      situation "Je kijkt terug op je werkweek."
      question uren "Hoeveel uur per week besteed je aan begeleiding?"
        why "Wie tijd heeft voor begeleiding, ziet meer."
        number 0.0..10.0 step 0.5 unit "uur"
        score tijd scale
        when answer < 2.5
          tip meer-tijd

    tip meer-tijd "Maak tijd voor begeleiding"
      theme werk
      timeframe deze-maand
      text "Plan vaste momenten voor begeleiding."
      steps
        - Zet een vast uur per week in je agenda.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/

    example weinig "Twee uur"
      answers week.uren = 2
      expect tips meer-tijd
      expect score werk between 20 and 20

    example veel "Zeven en een half uur"
      answers week.uren = 7.5
      expect no tips meer-tijd
      expect score werk between 75 and 75
    """
