import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage

@Suite("Team: scoring equals Scorer")
struct TeamScoringTests {
    /// The table-driven scoring gives the same theme scores and tips as `Scorer.evaluate`.
    @Test(arguments: Array(1 ... 12) as [UInt64])
    func sameAsScorer(seed: UInt64) {
        let catalog = TeamFixture.catalog
        let q = TeamFixture.questionnaire
        let scoring = TeamScoring(catalog)
        var g = TeamFixture.generator(seed)
        var scratch = TeamScoring.Scratch()
        for person in 0 ..< 40 {
            let themes = person % 3 == 0 ? nil : [q.themes[g.below(q.themes.count)].id.name, q.themes[g.below(q.themes.count)].id.name]
            let doc = g.document(themes: themes, skipRate: person % 2 == 0 ? 5 : 40)
            let answers = doc.answers
            var coded = Array(repeating: TeamScoring.Coded?.none, count: catalog.questions.count)
            var mask: UInt64 = 0
            for (id, value) in answers {
                let i = catalog.questions.firstIndex { $0.id == id }!
                coded[i] = catalog.coded(value, question: i)
                mask |= 1 << UInt64(catalog.questions[i].theme)
            }
            var mine: [String: Int?] = [:]
            scoring.evaluate(coded, themes: mask, answers: answers, scratch: &scratch) { t, s in mine[catalog.themeIDs[t]] = s }
            let participating = Set(answers.keys.map { q.question($0)!.theme })
            let reference = Scorer.evaluate(q, answers, themes: participating)
            #expect(mine.count == reference.themes.count)
            for theme in reference.themes { #expect(mine[theme.theme] == theme.score, "seed \(seed) person \(person) \(theme.theme)") }
            let tips = Set(q.tips.indices.filter { scratch.tips[$0] }.map { q.tips[$0].id.name })
            #expect(tips == Set(reference.tips.map(\.tip)), "seed \(seed) person \(person)")
        }
    }

    @Test func spreadMeasures() {
        #expect(SpreadMeasure.categorical([5, 0, 0]) == 0)
        #expect(SpreadMeasure.categorical([3, 3, 3])! > 0.999)
        #expect(SpreadMeasure.scale([4, 0, 0, 0, 4]) == 1)
        #expect(SpreadMeasure.scale([0, 0, 7, 0, 0]) == 0)
        #expect(SpreadMeasure.multiple([5, 0], respondents: 10) == 0.5)
        #expect(SpreadMeasure.format(0.875) == "0,88")
        #expect(SpreadMeasure.format(0.05) == "0,05")
        #expect(SpreadMeasure.format(1) == "1,00")
    }

    @Test func nearestRankQuartiles() {
        var h = Array(repeating: 0, count: 101)
        for s in [10, 20, 30, 40, 50, 60, 70, 80] { h[s] += 1 }
        let d = TeamReport.distribution(h)!
        let figures: [Int] = [d.count, d.minimum, d.q1, d.median, d.q3, d.maximum]
        #expect(figures == [8, 10, 20, 40, 60, 80])
    }
}
