import Foundation
import Testing
import WijzerTestSupport

/// A scenario with `show-if` through the runner on a pipe and the plan.
@Suite("show-if on a scenario: runner and plan")
struct ScenarioShowIfRunTests {
    static func run(_ typed: String) throws -> (TemporaryFolder, WijzerProcess.Outcome, [String: Any]) {
        let folder = try TemporaryFolder()
        _ = try folder.write("q/set.wijzer", scenarioShowIfSet)
        let run = try WijzerProcess.run(["start", "stage", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: typed, directory: folder.path)
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")
        let json = try WijzerProcess.run(["plan", "data/results/" + results[0], "--questionnaires", "q", "--format", "json"], directory: folder.path)
        return (folder, run, try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]))
    }

    @Test func aHiddenScenarioIsSkippedSituationAndAll() throws {
        let (folder, run, plan) = try Self.run("nee\n1\n")
        defer { folder.remove() }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("Sanne begint volgende week"))
        #expect(!run.stdout.contains("Bespreek je vooraf"))
        let themes = try #require(plan["themes"] as? [[String: Any]])
        #expect(themes.first?["counted"] as? Int == 0, "the hidden question counts for nothing")
    }

    @Test func aShownScenarioIsAsked() throws {
        let (folder, run, plan) = try Self.run("ja\nja\n1\n")
        defer { folder.remove() }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Sanne begint volgende week aan haar stage."))
        #expect(run.stdout.contains("Bespreek je vooraf wat ze kan verwachten?"))
        let themes = try #require(plan["themes"] as? [[String: Any]])
        #expect(themes.first?["score"] as? Int == 100)
    }
}
