import Foundation
import Testing
import WijzerLanguage
@testable import WijzerScoring
import WijzerTestSupport

/// `ResultCodec.encode` (by `ResultJSONWriter`) writes byte for byte what Foundation's
/// `JSONEncoder` writes from the `Codable` conformances, with the options result files have
/// always had: the conformances stay the one description of the format.
@Suite struct ResultJSONTests {
    /// What the result files were before the writer: the reference.
    static func reference(_ document: ResultDocument, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let bytes = Array(try encoder.encode(document))
        return pretty ? bytes + [0x0A] : bytes
    }

    static func expectSame(_ document: ResultDocument, _ label: String) throws {
        for pretty in [false, true] {
            let written = ResultCodec.encode(document, pretty: pretty)
            let expected = try reference(document, pretty: pretty)
            #expect(written == expected, "\(label), pretty \(pretty):\n\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test(arguments: ["bundled", "digitale-didactiek"])
    func generatedDocumentsAreWrittenAsJSONEncoderWritesThem(set: String) throws {
        let (questionnaire, stamp) = try ResultStoredFormTests.load(set)
        var generator = ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: 20261201)
        for i in 0 ..< 40 {
            var document = generator.document(name: i % 4 == 0 ? "Sanne/de Vries \"SLB\"" : nil, complete: i % 3 != 0,
                                              reflections: ResultStoredFormTests.awkward)
            if i % 2 == 0 { document.respondent = "r\(i)" }
            document = document.mappingDates { $0.addingTimeInterval(Double(i) / 7) }
            try Self.expectSame(document, "\(set) document \(i)")
        }
    }

    /// A line written from a previous one (`ResultCodec.line(_:reusing:)`, which copies the
    /// themes that are the same) is byte for byte the line written whole: after an answer
    /// changed in one theme, a theme added, the first theme removed (the others move up), two
    /// themes swapped, and from the line of another document; each again from the line before,
    /// so the ranges of a line that copied themes are right too.
    @Test(arguments: ["bundled", "digitale-didactiek"])
    func aLineWrittenFromThePreviousOneIsTheLineWrittenWhole(set: String) throws {
        let (questionnaire, stamp) = try ResultStoredFormTests.load(set)
        var generator = ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: 20261204)
        for i in 0 ..< 24 {
            var document = generator.document(complete: i % 2 == 0, reflections: ResultStoredFormTests.awkward)
            var line = ResultCodec.line(document)
            #expect(Array(line.text.utf8) == ResultCodec.encode(document, pretty: false))
            let other = generator.document(complete: i % 3 == 0)
            let changes: [(String, (inout ResultDocument) -> Void)] = [
                ("an answer changed", { d in
                    guard let t = d.themes.indices.last(where: { !d.themes[$0].answers.isEmpty }) else { return }
                    d.themes[t].answers[d.themes[t].answers.count / 2].answer = .text("nieuw \"\(i)\" / \u{1}")
                }),
                ("a theme added", { d in d.themes.append(ThemeResult(theme: "extra-\(i)")) }),
                ("the first theme removed", { d in if !d.themes.isEmpty { d.themes.removeFirst() } }),
                ("two themes swapped", { d in if d.themes.count > 1 { d.themes.swapAt(0, d.themes.count - 1) } }),
                ("another document", { d in d = other }),
            ]
            for (label, change) in changes {
                change(&document)
                line = ResultCodec.line(document, reusing: line)
                #expect(Array(line.text.utf8) == ResultCodec.encode(document, pretty: false), "\(set) document \(i): \(label)")
                #expect(line.themes.count == document.themes.count)
            }
        }
    }

    /// Every kind of answer, decimals, optional fields present and absent, empty lists, and
    /// the characters JSON escapes.
    @Test func everyKindOfValueAndEveryEscapeIsWrittenAsJSONEncoderWritesIt() throws {
        let stamp = QuestionnaireStamp(id: "demo/één", version: "1.0", contentHash: "abc")
        var document = ResultDocument(questionnaire: stamp, name: "Ĳsbrand", now: Date(timeIntervalSince1970: 1_790_000_000.5))
        let at = Date(timeIntervalSince1970: 1_790_000_100.999_999_9)
        let values: [AnswerValue] = [
            .option("a"), .options([]), .options(["a", "b"]), .number(7), .number(-3), .number(try #require(DecimalNumber("2.5"))),
            .number(try #require(DecimalNumber("0.1"))), .number(try #require(DecimalNumber("1234.56"))),
            .number(try #require(DecimalNumber("-0.25"))), .notApplicable, .dontKnow,
            .text("\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} \" \\ / é 🙂 \u{2028}"), .text(""),
        ]
        var theme = ThemeResult(theme: "les")
        for (i, value) in values.enumerated() {
            theme.answers.append(AnswerRecord(question: "les.q\(i)", answer: value, at: at,
                                              fingerprint: i % 2 == 0 ? "f\(i)" : nil, shareAnonymously: i % 3 == 0 ? i % 2 == 0 : nil))
        }
        theme.skipped = ["les.x", "les/y"]
        theme.completed = at
        theme.score = 62
        theme.dimensions = [DimensionScore(dimension: "d", theme: "les", score: nil, counted: 0),
                            DimensionScore(dimension: "e", theme: "les", score: 100, counted: 3)]
        theme.tips = [TriggeredTip(tip: "t", weight: 4, reasons: [TipReason(question: "les.q0", weight: 3), TipReason(question: "les.q1", weight: 1)]),
                      TriggeredTip(tip: "u", weight: 0, reasons: []),
                      // Numbers at the ends of Int and at each power of ten, written digit by digit.
                      TriggeredTip(tip: "v", weight: Int.max, reasons: [TipReason(question: "les.q2", weight: Int.min),
                                                                        TipReason(question: "les.q3", weight: 10),
                                                                        TipReason(question: "les.q4", weight: -10),
                                                                        TipReason(question: "les.q5", weight: 999)])]
        theme.strengths = [Strength(text: "Goed <zo>", question: "les.q0", theme: "les")]
        theme.reflections = [Reflection(question: "les.q11", theme: "les", text: "Regel\nregel")]
        document.themes = [theme, ThemeResult(theme: "leeg")]
        try Self.expectSame(document, "every kind")
        try Self.expectSame(ResultDocument(questionnaire: stamp, now: at), "new")
    }
}
