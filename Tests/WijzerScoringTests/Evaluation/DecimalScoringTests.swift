import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring

/// A decimal number question scored, tested by its examples and kept in a result file.
@Suite("Decimal numbers: scoring and result files")
struct DecimalScoringTests {
    let q = check(decimalSet).questionnaire
    let stamp = QuestionnaireStamp(id: "demo", version: "1", contentHash: "0123456789abcdef")

    @Test func aScaleScoreCountsSteps() {
        let e = Scorer.evaluate(q, ["week.uren": .number(DecimalNumber("7.5")!)])
        #expect(e.theme("werk")?.score == 75)
        #expect(e.tip("meer-tijd") == nil)
        let low = Scorer.evaluate(q, ["week.uren": .number(DecimalNumber("2")!)])
        #expect(low.theme("werk")?.score == 20)
        #expect(low.tip("meer-tijd") != nil)
        #expect(Scorer.evaluate(q, ["week.uren": .number(DecimalNumber("2.5")!)]).tip("meer-tijd") == nil)
    }

    @Test func theExamplesPass() {
        var diagnostics = DiagnosticEngine(files: [])
        let outcomes = ExampleRunner.run(q, diagnostics: &diagnostics)
        #expect(outcomes.map(\.passed) == [true, true])
        #expect(diagnostics.diagnostics.isEmpty)
    }

    @Test func resultFilesHoldAJSONNumberAndReadBack() throws {
        var doc = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_790_000_000))
        ResultBuilder.record(.number(DecimalNumber("7.5")!), for: q.question("week.uren")!, in: &doc, at: Date(timeIntervalSince1970: 1_790_000_100))
        let text = String(decoding: ResultCodec.encode(doc), as: UTF8.self)
        #expect(text.contains("\"number\" : 7.5"))
        let decoded = try ResultCodec.decode(ResultCodec.encode(doc), path: "r.json")
        #expect(decoded == doc)
        // Whole numbers stay integers, as older files hold them; those still read.
        let whole = text.replacingOccurrences(of: "\"number\" : 7.5", with: "\"number\" : 7")
        #expect(try ResultCodec.decode(Array(whole.utf8), path: "r.json").answers["week.uren"] == .number(7))
        var again = doc
        ResultBuilder.record(.number(7), for: q.question("week.uren")!, in: &again, at: Date(timeIntervalSince1970: 1_790_000_100))
        #expect(String(decoding: ResultCodec.encode(again), as: UTF8.self).contains("\"number\" : 7\n"))
        // Too many decimals is no answer.
        let fine = text.replacingOccurrences(of: "\"number\" : 7.5", with: "\"number\" : 7.0000001")
        #expect(throws: (any Error).self) { try ResultCodec.decode(Array(fine.utf8), path: "r.json") }
    }
}
