import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// An example that answers a question its own answers hide would test something else than its
/// author wrote, because the runner drops that answer (issue 13, 3).
@Suite("Hidden example answers")
struct HiddenExampleAnswerTests {
    /// `validSet` with a yes/no question shown only after answer `b`.
    static let withFollowUp = validSet.replacingOccurrences(of: "\ntip groeigericht \"", with: """

          question waarom "Vertel je Sanne ook waarom?"
            why "w"
            show-if spaart = b
            yesno
              ja
                score feedback +1

        tip groeigericht "
        """)

    @Test func anAnswerToAQuestionTheExampleHidesIsAnErrorPointingAtTheCondition() throws {
        let text = Self.withFollowUp.replacingOccurrences(of: "toets.hoevaak = 2\n", with: "toets.hoevaak = 2, toets.waarom = ja\n")
        let result = check(text)
        #expect(findings(result.diagnostics, withPath: false) == ["49:48-49:60 example-hidden-answer"])
        let finding = try #require(result.diagnostics.diagnostics.first)
        #expect(finding.message.contains("`toets.waarom`"))
        #expect(finding.notes.map { result.diagnostics.location(of: $0.span) }.map { "\($0.line):\($0.column)" } == ["33:13"],
                "the note points at the show-if")
    }

    @Test func anAnswerToAShownQuestionIsFine() {
        let text = Self.withFollowUp.replacingOccurrences(of: "toets.spaart = a, toets.hoevaak = 2\n", with: "toets.spaart = b, toets.hoevaak = 2, toets.waarom = ja\n")
            .replacingOccurrences(of: "  expect tips groeigericht\n", with: "")
            .replacingOccurrences(of: "between 0 and 30", with: "between 0 and 100")
        #expect(findings(text).isEmpty, "\(findings(text))")
    }

    @Test func aScenarioThatTheExampleHidesIsNamedInTheNote() throws {
        let text = validSet.replacingOccurrences(of: "\ntip groeigericht \"", with: """

            scenario later "Later" in lesgeven
              show-if toets.spaart = b
              situation "x"
              question nog "Nog iets?"
                why "w"
                yesno
                  ja
                    score feedback +1

            tip groeigericht "
            """).replacingOccurrences(of: "toets.hoevaak = 2\n", with: "toets.hoevaak = 2, later.nog = ja\n")
        let result = check(text)
        let finding = try #require(result.diagnostics.diagnostics.first { $0.id == .exampleHiddenAnswer }, "\(findings(text))")
        #expect(finding.notes.map(\.message) == ["het scenario wordt alleen getoond als dit waar is"])
        #expect(findings(result.diagnostics, withPath: false).count == 1)
    }

    @Test func skippingAHiddenQuestionIsFine() {
        let text = Self.withFollowUp.replacingOccurrences(of: "toets.hoevaak = 2\n", with: "toets.hoevaak = 2, toets.waarom = skip\n")
        #expect(findings(text).isEmpty, "\(findings(text))")
    }
}
