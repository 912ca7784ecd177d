import Foundation
import Testing
import WijzerTestSupport

/// A weighted question through the runner on a pipe and the plan.
@Suite("question weight: runner and plan")
struct QuestionWeightRunTests {
    @Test func theRunnerAndThePlanScoreWithTheWeight() throws {
        let answered = try FeatureRun(weightedSet, theme: "beroep", typed: "3\n2\n1\n")
        defer { answered.remove() }
        #expect(answered.run.status == 0, "\(answered.run.stderr)")
        #expect(answered.run.stdout.contains("Thema Beroepsoriëntatie afgerond."))
        #expect(try answered.themeScore() == 70, "3 of 30 at weight 2 and the best gastles: 70, not 21")
        #expect(try answered.plan().contains("Waar je staat: begin → **op weg** → stevig (2 van 2 vragen beantwoord)"), "70 is on the way; 21 would be the start")
    }
}
