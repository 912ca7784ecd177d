import Foundation
import Testing
import WijzerTestSupport

/// A scale labelled at its ends through the runner on a pipe and the plan.
@Suite("Likert labels at the ends: runner and plan")
struct EndLabelsRunTests {
    @Test func pointsBetweenTheEndsShowTheirNumber() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", endsLabelledSet)
        let run = try WijzerProcess.run(["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: "7\n1\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    1  helemaal niet zeker\n    2\n    3\n"))
        #expect(run.stdout.contains("    9\n   10  heel zeker\n"))
        #expect(run.stdout.contains("→ 7\n"))
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")
        let json = try WijzerProcess.run(["plan", "data/results/" + results[0], "--questionnaires", "q", "--format", "json"], directory: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.first?["score"] as? Int == 67, "6 of 9 points")
    }
}
