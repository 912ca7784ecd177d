import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// "Weet ik niet" through the runner on a pipe, the result file (and its schema) and the plan.
@Suite("dont-know: runner, result and plan")
struct DontKnowRunTests {
    static let set = """
        questionnaire demo "Demo"
          version "1"

        theme studievoortgang "Studievoortgang"
          order 1
          opening "Weet je hoe het met je studentes gaat?"
          knowledge "Ouders die de opleiding kennen, steunen de studiekeuze."

        dimension ouders "Contact met ouders" in studievoortgang

        scenario ouderavond "De ouderavond" in studievoortgang
          situation "Het schooljaar is half om."
          question uitgenodigd "Zijn ouders dit jaar op school uitgenodigd?"
            why "Ouders die zien wat hun kind leert, steunen de keuze."
            yesno
              ja
                score ouders +1
              nee
                tip ouderavond weight 2
            dont-know "Weet ik niet"
            when answer is dont-know
              tip ouderavond

        tip ouderavond "Nodig ouders uit"
          theme studievoortgang
          timeframe dit-schooljaar
          text "Laat ouders op een avond zien wat hun kind leert."
          steps
            - Vraag je teamleider wanneer de volgende ouderavond is.
          source https://www.vhto.nl/
          resource "Beter Behouden" https://www.vhto.nl/

        example weet-niet "Een docent die het niet weet"
          answers ouderavond.uitgenodigd = dont-know
          expect tips ouderavond
        """

    @Test func answeredByQuestionMarkStoredAndNamedInThePlan() throws {
        let answered = try FeatureRun(Self.set, theme: "studievoortgang", typed: "?\n1\n")
        defer { answered.remove() }
        let run = answered.run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    3  Weet ik niet\n"))
        #expect(run.stdout.contains("Typ 1 of ja, 2 of nee. Weet je het niet, typ ?."))
        #expect(run.stdout.contains("→ Weet ik niet"), "the review reads it back")

        let result = answered.folder.path + "/" + (try answered.result())
        #expect(try ResultFile.read(result)[theme: "studievoortgang"].answers.map(\.answer) == [.dontKnow])
        #expect(try String(contentsOfFile: result, encoding: .utf8).contains("\"dontKnow\" : true"))
        let schema = try ResultSchemaTests().validate([result])
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")

        #expect(try answered.plan().contains("- **Nog uit te zoeken:** Bij deze vraag wist je het antwoord (nog) niet; zoek het uit, dan weet je beter waar je staat: “Zijn ouders dit jaar op school uitgenodigd?”"))
        #expect(try answered.plan().contains("### 1. Nodig ouders uit"), "not knowing triggered the tip")
        #expect(try answered.plan("html").contains("<strong>Nog uit te zoeken:</strong>"))
    }
}
