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

    @Test func nearestRankQuartiles() {
        var h = Array(repeating: 0, count: 101)
        for s in [10, 20, 30, 40, 50, 60, 70, 80] { h[s] += 1 }
        let d = TeamReport.distribution(h)!
        let figures: [Int] = [d.count, d.minimum, d.q1, d.median, d.q3, d.maximum]
        #expect(figures == [8, 10, 20, 40, 60, 80])
    }
}
