#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerTestSupport

/// Messages say which problem it is: a missing file, a folder or a FIFO; an empty folder
/// option; a set with nothing to check or test.
@Suite("clear messages")
struct ClearMessageTests {
    static func run(_ arguments: [String], setup: (TemporaryFolder) throws -> Void = { _ in }) throws -> WijzerProcess.Outcome {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try setup(folder)
        return try ShellRun.wijzer(arguments, directory: folder.path)
    }

    @Test func planSaysWhichKindOfPathCannotBeRead() throws {
        let missing = try Self.run(["plan", "weg.json"])
        #expect(missing.stderr == "wijzer plan: weg.json: kan het bestand niet lezen (bestaat niet)\n")
        let folder = try Self.run(["compare", "map", "map"]) { try FileManager.default.createDirectory(atPath: $0.path + "/map", withIntermediateDirectories: false) }
        #expect(folder.stderr == "wijzer compare: map: kan het bestand niet lezen (is een map)\n")
        let fifo = try Self.run(["plan", "pijp.json"]) { #expect(mkfifo($0.path + "/pijp.json", 0o600) == 0) }
        #expect(fifo.stderr == "wijzer plan: pijp.json: is geen gewoon bestand maar een named pipe (FIFO); Wijzer leest alleen gewone bestanden\n")
        #expect([missing.status, folder.status, fifo.status] == [1, 1, 1])
    }

    @Test(arguments: [(["start", "lesgeven", "--data-dir", ""], "wijzer start: --data-dir: geef een map op; de waarde is leeg\n"),
                      (["onboarding", "--out", ""], "wijzer onboarding: --out: geef een map op; de waarde is leeg\n"),
                      (["plan", "r.json", "--out", ""], "wijzer plan: --out: geef een map op; de waarde is leeg\n")])
    func anEmptyFolderOptionIsNamed(_ arguments: [String], _ line: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr == line)
    }

    @Test func testAndCheckSayThereWasNothing() throws {
        let test = try Self.run(["test", "leeg.wijzer"]) { _ = try $0.write("leeg.wijzer", "") }
        #expect(test.status == 1)
        #expect(test.stderr == "wijzer test: niets te testen: het bestand bevat geen voorbeelden (leeg.wijzer)\n")
        let check = try Self.run(["check", "leeg.wijzer"]) { _ = try $0.write("leeg.wijzer", "") }
        #expect(check.status == 1)
        #expect(check.stderr == "wijzer check: niets te controleren: het bestand bevat geen thema's en geen vragen (leeg.wijzer)\n")
    }
}
