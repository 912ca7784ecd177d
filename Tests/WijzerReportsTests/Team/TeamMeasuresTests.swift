import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerReports

@Suite("Team: spread and quartiles")
struct TeamMeasuresTests {
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

    /// Nearest rank, then rounded to a multiple of 5: 23 → 25, 44 → 45, 61 → 60.
    @Test func nearestRankQuartilesRoundedToFive() {
        var h = Array(repeating: 0, count: 101)
        for s in [12, 23, 31, 44, 57, 61, 77, 88] { h[s] += 1 }
        let d = TeamReport.distribution(h)!
        let figures: [Int] = [d.count, d.q1, d.median, d.q3]
        #expect(figures == [8, 25, 45, 60])
    }
}
