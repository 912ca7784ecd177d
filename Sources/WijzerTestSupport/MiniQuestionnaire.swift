import Foundation
import WijzerLanguage
import WijzerScoring

/// A four-question set with show-if, yes/no, Likert and a reflection, for session tests.
public let miniSet = """
    questionnaire mini "Mini"
      version "1"
    
    theme les "Les"
      order 1
      opening "Spaar je studentes?"
      knowledge "Studentes hoeven niet gespaard te worden."
    
    dimension feedback "Feedback" in les
    
    scenario toets "Na de toets" in les
      situation "Sanne heeft een 5,2."
      question zeg "Wat zeg je?"
        why "Correctie helpt."
        choice
          a "Het komt wel goed."
            tip groei weight 3
          b "Wat ze kan en wat ze oefent."
            score feedback +2
            strength "Je geeft groeigerichte feedback."
      question jesse "Zeg je dat ook tegen Jesse?"
        why "Verschil zegt iets."
        show-if zeg = a
        yesno
          ja
            tip groei
      question vaak "Hoe vaak corrigeer je?"
        why "Vaker is beter."
        likert 1..5 "nooit" "zelden" "soms" "vaak" "altijd"
        score feedback scale
      question voornemen "Wat neem je je voor?"
        why "Eigen woorden."
        reflection
    
    tip groei "Geef groeigerichte feedback"
      theme les
      timeframe deze-week
      text "Noem wat goed gaat en wat de volgende stap is."
      steps
        - Noem iets dat goed ging.
      source https://www.vhto.nl/
      resource "Beter Behouden" https://www.vhto.nl/
    """

/// The mini set checked, with its stamp.
public func mini(_ text: String = miniSet) -> (Questionnaire, QuestionnaireStamp) {
    let files = [SourceFile(path: "mini.wijzer", text: text)]
    let result = Checker.check(files)
    precondition(result.diagnostics.errorCount == 0, "mini set has errors")
    return (result.questionnaire, result.questionnaire.stamp(files: files))
}
