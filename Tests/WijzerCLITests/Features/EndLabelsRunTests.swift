import Foundation
import Testing
import WijzerTestSupport

/// A scale labelled at its ends through the runner on a pipe and the plan.
@Suite("Likert labels at the ends: runner and plan")
struct EndLabelsRunTests {
    @Test func pointsBetweenTheEndsShowTheirNumber() throws {
        let answered = try FeatureRun(endsLabelledSet, theme: "lesgeven", typed: "7\n1\n")
        defer { answered.remove() }
        let run = answered.run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    1  helemaal niet zeker\n    2\n    3\n"))
        #expect(run.stdout.contains("    9\n   10  heel zeker\n"))
        #expect(run.stdout.contains("→ 7\n"))
        #expect(try answered.themeScore() == 67, "6 of 9 points")
    }
}
