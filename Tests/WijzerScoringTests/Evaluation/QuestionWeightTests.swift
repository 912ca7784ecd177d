import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
import WijzerTestSupport

/// `weight N` on a question: parsed, checked, formatted and scored.
@Suite("question weight")
struct QuestionWeightTests {
    static let set = weightedSet

    @Test func parsedCheckedAndFormatted() throws {
        #expect(findings(Self.set) == [])
        #expect(check(Self.set).questionnaire.question("week.aantal")?.decl.weight == 2)
        let bad = Self.set.replacingOccurrences(of: "    weight 2\n", with: "    weight 0\n")
        #expect(findings(bad) == ["17:5-17:11 bad-weight"])
        let messy = Self.set.replacingOccurrences(of: "    weight 2\n", with: "    gewicht   2\n")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == Self.set + "\n")
    }

    @Test func theWeightBoundsWhatAQuestionCounts() throws {
        let q = check(Self.set).questionnaire
        // 3 of 30 earns 0.2 of 2 points, the gastles 4 of 4: 4.2 / 6 = 70.
        #expect(Scorer.evaluate(q, ["week.aantal": .number(3), "week.gastles": .option("b")]).theme("beroep")?.score == 70)
        #expect(Scorer.evaluate(q, ["week.aantal": .number(30), "week.gastles": .option("a")]).theme("beroep")?.score == 33)
        let unweighted = check(Self.set.replacingOccurrences(of: "    weight 2\n", with: "")).questionnaire
        #expect(Scorer.evaluate(unweighted, ["week.aantal": .number(3), "week.gastles": .option("b")]).theme("beroep")?.score == 21)
        // Alone, a weighted question scores its share of the range.
        #expect(Scorer.evaluate(q, ["week.aantal": .number(15)]).dimension("rolmodellen")?.score == 50)
    }
}
