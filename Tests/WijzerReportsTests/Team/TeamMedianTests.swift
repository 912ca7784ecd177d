import Testing
import WijzerLanguage
@testable import WijzerReports

/// The median answer of a number question in the team report stays exact with decimals.
@Suite("Team median of numbers")
struct TeamMedianTests {
    let halves = NumberGrid(low: 0, high: 10, step: DecimalNumber("0.5")!)

    /// Counts per grid point for these answers.
    func counts(_ answers: [String]) -> [Int] {
        var c = Array(repeating: 0, count: halves.width + 1)
        for a in answers { c[halves.steps(to: DecimalNumber(a)!)] += 1 }
        return c
    }

    @Test func oddCountsTakeTheMiddleAnswer() {
        #expect(TeamMedian.of(counts(["1.5", "7.5", "10"]), on: halves) == DecimalNumber("7.5")!)
    }

    @Test func evenCountsTakeTheMeanOfTheMiddleTwoWithOneDecimalMore() {
        #expect(TeamMedian.of(counts(["7", "8"]), on: halves) == DecimalNumber("7.5")!)
        #expect(TeamMedian.of(counts(["1", "7.5", "8", "9"]), on: halves)?.dutch == "7,75")
        #expect(TeamMedian.of(counts(["2", "2", "3", "3"]), on: halves) == DecimalNumber("2.5")!)
    }

    @Test func nobodyGivesNoMedian() {
        #expect(TeamMedian.of(counts([]), on: halves) == nil)
    }
}
