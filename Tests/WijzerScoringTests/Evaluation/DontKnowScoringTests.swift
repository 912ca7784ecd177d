import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport
import WijzerScoring

/// "Weet ik niet" counts for no score, may trigger a tip, is named by the scorer and is
/// stored in result files as `{"dontKnow": true}`.
@Suite("dont-know scoring")
struct DontKnowScoringTests {
    static let set = validSet.replacingOccurrences(of: "    not-applicable \"Ik neem geen toetsen af\"\n", with: """
            dont-know "Weet ik niet"
            when answer is dont-know
              tip groeigericht

        """)

    @Test func noScoreButATipAndANamedQuestion() throws {
        let q = check(Self.set).questionnaire
        let e = Scorer.evaluate(q, ["toets.spaart": .dontKnow, "toets.hoevaak": .number(5)])
        // Only the scale question counts: 4 of 4.
        #expect(e.theme("lesgeven")?.score == 100)
        #expect(e.theme("lesgeven")?.counted == 1)
        #expect(e.theme("lesgeven")?.answered == 1)
        #expect(e.tip("groeigericht")?.weight == 1)
        #expect(e.unknowns == [Unknown(question: "toets.spaart", theme: "lesgeven")])
        let known = Scorer.evaluate(q, ["toets.spaart": .option("b"), "toets.hoevaak": .number(5)])
        #expect(known.unknowns.isEmpty && known.tip("groeigericht") == nil)
    }

    @Test func storedAsItsOwnAnswer() throws {
        let data = try JSONEncoder().encode(AnswerValue.dontKnow)
        #expect(String(decoding: data, as: UTF8.self) == #"{"dontKnow":true}"#)
        #expect(try JSONDecoder().decode(AnswerValue.self, from: data) == .dontKnow)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(AnswerValue.self, from: Data(#"{"dontKnow":false}"#.utf8)) }
    }
}
