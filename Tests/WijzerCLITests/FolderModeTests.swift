#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerTestSupport

/// Wijzer leaves the user's folders as they were: only folders it creates get 0700; an existing
/// folder keeps its mode, setgid bit included, while the files written in it are 0600.
@Suite("folder modes")
struct FolderModeTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test func planIntoTheCurrentFolderKeepsItsMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        chmod(folder.path, 0o755)
        let run = try WijzerProcess.run(["plan", WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json", "--out", "."],
                                        directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.mode(folder.path) == 0o755)
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("actieplan-") }
        #expect(plans.count == 2)
        for plan in plans { #expect(Self.mode(folder.path + "/" + plan) == 0o600) }
    }

    @Test func aSharedDataFolderKeepsItsSetgidBit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let shared = folder.path + "/gedeeld"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        #expect(chmod(shared, 0o2775) == 0)
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", shared, "--out", "nieuw/plan"], stdin: RunnerPipeTests.ones,
                                        directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.mode(shared) == 0o2775)
        #expect(Self.mode(shared + "/session-beter-behouden.json") == 0o600)
        // A folder Wijzer makes is private; inside a setgid folder Linux passes the bit on.
        #expect(Self.mode(shared + "/results") == 0o2700)
        #expect(Self.mode(folder.path + "/nieuw") == 0o700)
        #expect(Self.mode(folder.path + "/nieuw/plan") == 0o700)
    }
}

/// A session that is readable by others is made private as soon as it is opened.
@Suite("session mode")
struct SessionModeTests {
    @Test func anOpenSessionIsPrivateEvenWithoutAnswers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = folder.path + "/data/session-beter-behouden.json"
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data"], stdin: "1\n:stop\n", directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(chmod(session, 0o644) == 0)
        let before = try String(contentsOfFile: session, encoding: .utf8)
        let quit = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data"], stdin: ":stop\n", directory: folder.path)
        #expect(quit.status == 0, "\(quit.stderr)")
        #expect(FolderModeTests.mode(session) == 0o600)
        #expect(try String(contentsOfFile: session, encoding: .utf8) == before)
    }
}
