import Foundation
import Testing
import WijzerTestSupport

/// Every subcommand fails the same way: one Dutch line "wijzer <opdracht>: <bestand>: …" on
/// standard error, once, and the exit status that goes with it. The failures are ones that
/// also happen when the tests run as root (who may read and write anything).
@Suite("failures")
struct FailureTests {
    static let examples = WijzerProcess.repositoryRoot + "/Reports/examples"

    /// The error line of `run`, checked to be there exactly once.
    func expectOneLine(_ run: WijzerProcess.Outcome, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = run.stderr.components(separatedBy: line).count - 1
        #expect(count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
    }

    /// A regular file where a folder is expected: creating or reading anything under it fails
    /// with "een deel van het pad is geen map", whoever runs the test.
    func blocker(in folder: TemporaryFolder) throws -> String {
        try folder.write("bestand", "geen map\n")
    }

    @Test func checkRefusesAFileTooLargeInAFolderNamingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("set/a.wijzer", "theme t \"T\"\n  order 1\n")
        let big = folder.path + "/set/groot.wijzer"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 65 << 20) == 0, "a sparse file: 65 MB without writing them")
        let run = try WijzerProcess.run(["check", "set"], directory: folder.path)
        #expect(run.status == 2)
        expectOneLine(run, "wijzer check: set/groot.wijzer: bestand is groter dan 64 MB; dat is geen vragenlijst\n")
    }

    @Test func checkNamesAFolderItCannotRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try blocker(in: folder)
        let run = try WijzerProcess.run(["check", "bestand/vragen"], directory: folder.path)
        #expect(run.status == 2)
        expectOneLine(run, "wijzer check: bestand/vragen: kan het bestand niet lezen (een deel van het pad is geen map)\n")
    }

    @Test func checkNamesABrokenLinkInAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("set/a.wijzer", "theme t \"T\"\n  order 1\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/set/weg.wijzer", withDestinationPath: "nergens.wijzer")
        let run = try WijzerProcess.run(["check", "set"], directory: folder.path)
        #expect(run.status == 2)
        expectOneLine(run, "wijzer check: set/weg.wijzer: kan het bestand niet lezen (bestaat niet)\n")
    }

    @Test func fmtLeavesAReadOnlyFileAloneAndExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let messy = "thema t   \"T\"\n    volgorde 1\n"
        let path = try folder.write("a.wijzer", messy)
        #expect(chmod(path, 0o444) == 0)
        let run = try WijzerProcess.run(["fmt", "a.wijzer"], directory: folder.path)
        #expect(run.status == 4)
        expectOneLine(run, "a.wijzer: kan niet opslaan (het bestand is alleen-lezen)\n")
        expectOneLine(run, "wijzer fmt: 1 bestand niet opgemaakt: kon niet opslaan.\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o444)
    }

    @Test func testOnAMissingFolderIsUsage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["test", "vragen"], directory: folder.path)
        #expect(run.status == 2)
        expectOneLine(run, "wijzer test: vragen: bestand of map bestaat niet\n")
    }

    @Test func planOnAMissingFileNamesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["plan", "weg.json"], directory: folder.path)
        #expect(run.status == 1)
        expectOneLine(run, "wijzer plan: weg.json: kan het bestand niet lezen (bestaat niet)\n")
        #expect(!run.stderr.contains("No such file"), "the system's English text stays out")
    }

    @Test func planThatCannotBeSavedExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try blocker(in: folder)
        let run = try WijzerProcess.run(["plan", Self.examples + "/stagebegeleider.json", "--out", "bestand/plannen"], directory: folder.path)
        #expect(run.status == 4)
        expectOneLine(run, "wijzer plan: ./bestand/plannen: kan de map niet maken (een deel van het pad is geen map)\n")
    }

    @Test func compareThatCannotBeSavedExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try blocker(in: folder)
        let run = try WijzerProcess.run(["compare", Self.examples + "/startende-docent.json", Self.examples + "/ervaren-docent.json",
                                         "--out", "bestand"], directory: folder.path)
        #expect(run.status == 4)
        expectOneLine(run, "wijzer compare: bestand: is geen map\n")
    }

    @Test func teamThatCannotBeSavedExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try blocker(in: folder)
        let run = try WijzerProcess.run(["team", Self.examples, "--out", "bestand/team"], directory: folder.path)
        #expect(run.status == 4)
        expectOneLine(run, "wijzer team: ./bestand/team: kan de map niet maken (een deel van het pad is geen map)\n")
    }

    @Test func startThatCannotSaveAnAnswerExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try blocker(in: folder)
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "bestand/data"], stdin: "1\n1\n", directory: folder.path)
        #expect(run.status == 4)
        expectOneLine(run, "wijzer start: Opslaan is mislukt: ./bestand/data: kan de map niet maken (een deel van het pad is geen map). Je laatste antwoord is niet bewaard.\n")
    }

    @Test func onboardingWithAMissingQuestionnaireFolderIsUsage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["onboarding", "--questionnaires", "vragen"], directory: folder.path)
        #expect(run.status == 2)
        expectOneLine(run, "wijzer onboarding: vragen: bestand of map bestaat niet\n")
    }
}
