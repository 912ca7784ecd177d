import Foundation
import Testing
import WijzerTestSupport

/// A scenario with `show-if` through the runner on a pipe and the plan.
@Suite("show-if on a scenario: runner and plan")
struct ScenarioShowIfRunTests {
    @Test func aHiddenScenarioIsSkippedSituationAndAll() throws {
        let answered = try FeatureRun(scenarioShowIfSet, theme: "stage", typed: "nee\n1\n")
        defer { answered.remove() }
        #expect(answered.run.status == 0, "\(answered.run.stderr)")
        #expect(!answered.run.stdout.contains("Sanne begint volgende week"))
        #expect(!answered.run.stdout.contains("Bespreek je vooraf"))
        let themes = try #require(try answered.planJSON()["themes"] as? [[String: Any]])
        #expect(themes.first?["counted"] as? Int == 0, "the hidden question counts for nothing")
    }

    @Test func aShownScenarioIsAsked() throws {
        let answered = try FeatureRun(scenarioShowIfSet, theme: "stage", typed: "ja\nja\n1\n")
        defer { answered.remove() }
        #expect(answered.run.status == 0, "\(answered.run.stderr)")
        #expect(answered.run.stdout.contains("Sanne begint volgende week aan haar stage."))
        #expect(answered.run.stdout.contains("Bespreek je vooraf wat ze kan verwachten?"))
        #expect(try answered.themeScore() == 100)
    }
}
