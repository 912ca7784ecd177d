import Foundation
import Testing
import WijzerTestSupport

/// A tip triggered by a low score, through the runner on a pipe and the plan.
@Suite("tips triggered by a score: runner and plan")
struct ScoreTipRunTests {
    @Test func aLowScoreBringsTheTipIntoThePlan() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("q/set.wijzer", scoreTipSet)
        let run = try WijzerProcess.run(["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: "1\n1\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Tips voor jou:\n  → Oefen groeigerichte feedback\n"))
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan")
        let markdown = try String(contentsOfFile: folder.path + "/plan/" + #require(plans.first { $0.hasSuffix(".md") }), encoding: .utf8)
        #expect(markdown.contains("### 1. Oefen groeigerichte feedback"))

        let high = try TemporaryFolder()
        defer { high.remove() }
        _ = try high.write("q/set.wijzer", scoreTipSet)
        let good = try WijzerProcess.run(["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                         stdin: "2\n1\n", directory: high.path)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(!good.stdout.contains("Oefen groeigerichte feedback"))
    }
}
