import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports

/// Two self-checks side by side: positions instead of numbers, and tips "no longer needed", not "done".
@Suite("Comparison")
struct ComparisonTests {
    static func document(_ answers: [String: AnswerValue], at seconds: Double) -> ResultDocument {
        let q = PlanContentTests.q
        let at = Date(timeIntervalSince1970: seconds)
        var doc = ResultDocument(questionnaire: q.stamp(files: []), now: at)
        for (id, value) in answers.sorted(by: { $0.key < $1.key }) { ResultBuilder.record(value, for: q.question(id)!, in: &doc, at: at) }
        ResultBuilder.complete(theme: "voorbereiding", in: &doc, questionnaire: q, at: at)
        return doc
    }

    @Test func positionsAndTipsNoLongerNeeded() {
        let before = Self.document(["beelden.test": .option("nee"), "beelden.collegas": .number(0), "beelden.dagboek": .option("nee")],
                                   at: 1_790_000_000)
        let after = Self.document(["beelden.test": .option("ja"), "beelden.collegas": .number(5), "beelden.dagboek": .option("ja")],
                                  at: 1_796_000_000)
        let c = Comparison(old: before, new: after, questionnaire: PlanContentTests.q)
        #expect(c.themes.map(\.oldPosition) == [.begin] && c.themes.map(\.newPosition) == [.firm])
        let text = c.text()
        #expect(text.contains("  Voorbereiding                begin → stevig\n"), "\(text)")
        #expect(text.contains("Tips die niet meer nodig zijn volgens je antwoorden (4):"))
        let md = c.markdown()
        #expect(md.contains("| Voorbereiding | begin | stevig |"))
        #expect(md.contains("## Tips die niet meer nodig zijn volgens je antwoorden"))
        for output in [text, md] {
            #expect(!output.contains("afgerond"))
            #expect(!output.contains("100") && !output.contains("+"), "no grade-like numbers")
        }
    }
}
