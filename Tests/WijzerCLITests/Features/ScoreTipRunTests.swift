import Foundation
import Testing
import WijzerTestSupport

/// A tip triggered by a low score, through the runner on a pipe and the plan.
@Suite("tips triggered by a score: runner and plan")
struct ScoreTipRunTests {
    @Test func aLowScoreBringsTheTipIntoThePlan() throws {
        let low = try FeatureRun(scoreTipSet, theme: "lesgeven", typed: "1\n1\n")
        defer { low.remove() }
        #expect(low.run.status == 0, "\(low.run.stderr)")
        #expect(low.run.stdout.contains("Tips voor jou:\n  → Oefen groeigerichte feedback\n"))
        #expect(try low.plan().contains("### 1. Oefen groeigerichte feedback"))
        let high = try FeatureRun(scoreTipSet, theme: "lesgeven", typed: "2\n1\n")
        defer { high.remove() }
        #expect(high.run.status == 0, "\(high.run.stderr)")
        #expect(!high.run.stdout.contains("Oefen groeigerichte feedback"))
    }
}
