import Foundation
import Testing
import WijzerTestSupport

/// A weighted question through the runner on a pipe and the plan.
@Suite("question weight: runner and plan")
struct QuestionWeightRunTests {
    @Test func theRunnerAndThePlanScoreWithTheWeight() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", weightedSet)
        let run = try WijzerProcess.run(["start", "beroep", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: "3\n2\n1\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Thema Beroepsoriëntatie afgerond."))
        let results = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")
        let json = try WijzerProcess.run(["plan", "data/results/" + results[0], "--questionnaires", "q", "--format", "json"], directory: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.first?["score"] as? Int == 70, "3 of 30 at weight 2 and the best gastles: 70, not 21")
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan").filter { $0.hasSuffix(".md") }
        let markdown = try String(contentsOfFile: folder.path + "/plan/" + plans[0], encoding: .utf8)
        #expect(markdown.contains("Waar je staat: begin → **op weg** → stevig (2 van 2 vragen beantwoord)"), "70 is on the way; 21 would be the start")
    }
}
