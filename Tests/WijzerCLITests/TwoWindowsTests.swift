import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Two runners on one data folder (a forgotten terminal, a second window): the second is
/// refused with a message naming the first, so no answer is ever overwritten by another process.
@Suite("two windows")
struct TwoWindowsTests {
    static func answers(_ data: String, _ theme: String) -> Int {
        guard let document = try? ResultFile.read(data + "/session-beter-behouden.json"),
              let record = document.themes.first(where: { $0.theme == theme }) else { return 0 }
        return record.answers.count
    }

    @Test func aSecondRunnerIsRefusedAndNoAnswerIsLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let first = try LiveWijzer(["start", "lesgeven", "--data-dir", data, "--out", "plan"], directory: folder.path)
        first.send("1\n1\n1\n")
        #expect(LiveWijzer.waitUntil { Self.answers(data, "lesgeven") == 3 })

        let second = try WijzerProcess.run(["start", "voorbereiding", "--data-dir", data, "--out", "plan"],
                                           stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(second.status == 4, "\(second.stderr)")
        #expect(second.stderr.contains("wijzer start: je antwoorden zijn al open in een ander venster (Wijzer, proces \(first.pid), sinds "),
                "\(second.stderr)")
        #expect(second.stderr.contains("Stop eerst in dat venster met :stop"))

        first.send("1\n:stop\n")
        let ended = first.finish()
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(Self.answers(data, "lesgeven") == 4)

        // Once the first window is closed, the second may go ahead, and both themes are kept.
        let again = try WijzerProcess.run(["start", "voorbereiding", "--data-dir", data, "--out", "plan"],
                                          stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        let document = try ResultFile.read(data + "/session-beter-behouden.json")
        #expect(document[theme: "voorbereiding"].completed != nil)
        #expect(document[theme: "lesgeven"].answers.count == 4)
    }

    @Test func aLockLeftByAKilledRunnerDoesNotBlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let first = try LiveWijzer(["start", "lesgeven", "--data-dir", data], directory: folder.path)
        first.send("1\n2\n")
        #expect(LiveWijzer.waitUntil { Self.answers(data, "lesgeven") == 2 })
        first.kill()
        #expect(FileManager.default.fileExists(atPath: data + "/session-beter-behouden.lock"))

        let next = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan"],
                                         stdin: RunnerPipeTests.ones, directory: folder.path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Je gaat verder waar je was: 1 van 11 vragen gedaan, en 1 extra vraag."))
    }
}
