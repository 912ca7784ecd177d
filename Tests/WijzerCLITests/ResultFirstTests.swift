import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A theme counts as done only once its result file is durable, and "opnieuw doen" never
/// discards answers that exist nowhere else.
@Suite("result before done")
struct ResultFirstTests {
    static func results(_ data: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: data + "/results")) ?? []).sorted()
    }

    @Test func aResultThatCannotBeWrittenLeavesTheThemeOpenAndItsAnswers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        _ = try folder.write("data/results", "geen map\n")
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan"],
                                          stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(first.status == 4, "\(first.stderr)")
        #expect(first.stderr.contains("het thema is nog niet afgerond"), "\(first.stderr)")
        let open = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"]
        #expect(open.completed == nil)
        let answers = open.answers.count
        #expect(answers > 0)

        try FileManager.default.removeItem(atPath: data + "/results")
        let second = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan"],
                                           stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stdout.contains("opnieuw doen"))
        let done = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"]
        #expect(done.completed != nil)
        #expect(done.answers.count == answers)
        #expect(Self.results(data).count == 1)
    }

    @Test func aRedoOfAThemeWithoutResultFileSavesItFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan"],
                                        stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let finished = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"]
        // As if killed between marking the theme done and writing its result (older versions).
        for name in Self.results(data) { try FileManager.default.removeItem(atPath: data + "/results/" + name) }

        let redo = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n", directory: folder.path)
        #expect(redo.stdout.contains("opnieuw doen"))
        #expect(redo.status == 3, "\(redo.stderr)")
        let names = Self.results(data)
        try #require(names.count == 1)
        let kept = try ResultFile.read(data + "/results/" + names[0])[theme: "lesgeven"]
        #expect(kept.answers == finished.answers)
        #expect(kept.completed == finished.completed)
    }
}
