import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// `wijzer test` evaluates an example as a real run of its themes would.
@Suite("Example runner")
struct ExampleRunnerTests {
    static let text = """
        questionnaire twee "Twee"
          version "1"
        theme eerst "Eerst"
          order 1
          opening "Open?"
          knowledge "Kennis."
        theme later "Later"
          order 2
          opening "Open?"
          knowledge "Kennis."
        dimension d "D" in eerst
        dimension e "E" in later
        scenario s "S" in eerst
          situation "Situatie."
          question keuze "Keuze?"
            why "Waarom."
            choice
              a "A"
                score d +1
              b "B"
          question vervolg "Vervolg?"
            why "Waarom."
            show-if keuze = a
            yesno
              ja
                tip vervolgtip
        scenario t "T" in later
          situation "Situatie."
          question open "Open?"
            why "Waarom."
            yesno
            when answer is skipped
              tip overgeslagen
        tip vervolgtip "Vervolg"
          theme eerst
          timeframe deze-week
          text "Tekst."
          steps
            - Stap.
          source https://www.vhto.nl/
          resource "VHTO" https://www.vhto.nl/
        tip overgeslagen "Overgeslagen"
          theme later
          timeframe deze-week
          text "Tekst."
          steps
            - Stap.
          source https://www.vhto.nl/
          resource "VHTO" https://www.vhto.nl/
        example alleen-eerst "Alleen het eerste thema"
          answers s.keuze = b, s.vervolg = ja
          expect score eerst between 0 and 0
        """

    @Test func untouchedThemesAndHiddenQuestionsDoNotCount() throws {
        let result = check(Self.text)
        // The checker says the example answers a hidden question; the run still drops it.
        #expect(result.diagnostics.diagnostics.map(\.id) == [.exampleHiddenAnswer], "\(result.diagnostics.diagnostics.map(\.message))")
        let q = result.questionnaire
        let example = try #require(q.examples.first)
        let evaluation = ExampleRunner.evaluation(of: example, in: q)
        // `later` is not part of the run: its "is skipped" rule does not fire.
        #expect(evaluation.tip("overgeslagen") == nil)
        #expect(evaluation.theme("later") == nil)
        // `vervolg` is hidden after `b`: its answer is dropped, as the runner drops it.
        #expect(evaluation.tip("vervolgtip") == nil)
        #expect(evaluation.theme("eerst")?.score == 0)
        // Evaluating the raw answers over every theme (what `wijzer test` used to do) differs.
        let raw = Scorer.evaluate(q, ExampleRunner.answers(of: example))
        #expect(raw.tip("overgeslagen") != nil)
    }
}
