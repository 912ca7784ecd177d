import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Temporary files left by kill -9 are cleaned up at the next start, and a complete save among
/// them that is newer than the session file is recovered.
@Suite("leftover temporary files")
struct LeftoverTests {
    static func session(_ data: String) throws -> ResultDocument {
        try ResultFile.read(data + "/session-beter-behouden.json")
    }

    static func temporaryFiles(_ folder: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".tmp") }
    }

    /// The respondent id belongs to the whole folder: a leftover of a process that is gone is
    /// removed, one of a running process (another questionnaire's runner) is left alone.
    @Test func respondentLeftoversOfGoneProcessesAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: ":stop\n", directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        // A process id far above any in use here, and this test process, which is running.
        _ = try folder.write("data/.respondent.4000000.tmp", "half")
        _ = try folder.write("data/.respondent.\(getpid()).tmp", "busy")
        let again = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: ":stop\n", directory: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.temporaryFiles(data) == [".respondent.\(getpid()).tmp"])
    }

    @Test func aNewerCompleteSaveIsRecoveredAndEveryLeftoverRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let two = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n2\n", directory: folder.path)
        #expect(two.status == 3, "\(two.stderr)")
        usleep(1_100_000)  // a later save, by its time stamp
        let later = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "later"], stdin: "1\n2\n1\n", directory: folder.path)
        #expect(later.status == 3, "\(later.stderr)")
        // As left by saves killed after the write (complete) and during it (half), and a result.
        try FileManager.default.copyItem(atPath: folder.path + "/later/session-beter-behouden.json",
                                         toPath: data + "/.session-beter-behouden.json.99999.tmp")
        _ = try folder.write("data/.session-beter-behouden.json.88888.tmp", "{ \"formatVersion\" : 1, \"quest")
        _ = try folder.write("data/results/.beter-behouden-20261130-101010.json.77777.tmp", "{")
        _ = try folder.write("data/.eigen-bestand.tmp", "van iemand anders")

        let resumed = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: ":stop\n", directory: folder.path)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("dat laatste antwoord is teruggehaald"), "\(resumed.stdout)")
        #expect(try Self.session(data)[theme: "lesgeven"].answers.count == 3)
        #expect(Self.temporaryFiles(data) == [".eigen-bestand.tmp"], "only Wijzer's own leftovers are removed")
    }

    @Test func anOlderLeftoverIsRemovedAndTheSessionKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let one = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n", directory: folder.path)
        #expect(one.status == 3)
        try FileManager.default.copyItem(atPath: data + "/session-beter-behouden.json", toPath: data + "/.session-beter-behouden.json.4242.tmp")
        usleep(1_100_000)
        let more = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "2\n", directory: folder.path)
        #expect(more.status == 3)
        #expect(!more.stdout.contains("teruggehaald"))
        #expect(try Self.session(data)[theme: "lesgeven"].answers.count == 2)
        #expect(Self.temporaryFiles(data) == [])
    }
}
