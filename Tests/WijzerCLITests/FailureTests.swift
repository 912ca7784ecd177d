import Foundation
import Testing
import WijzerTestSupport

/// Every subcommand fails the same way: one Dutch line "wijzer <opdracht>: <bestand>: …" on
/// standard error, once, and the exit status that goes with it. The failures are ones that
/// also happen when the tests run as root (who may read and write anything).
@Suite("failures")
struct FailureTests {
    static let examples = WijzerProcess.repositoryRoot + "/Reports/examples"
    static let valid = "theme t \"T\"\n  order 1\n"

    /// Runs `wijzer arguments` in a fresh folder prepared by `setup` and expects `status` and
    /// `line` exactly once on standard error; `then` looks at the folder afterwards.
    func expectFailure(_ arguments: [String], stdin: String = "", status: Int32, line: String,
                       setup: (TemporaryFolder) throws -> Void = { _ in },
                       then: (TemporaryFolder) throws -> Void = { _ in },
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try setup(folder)
        let run = try WijzerProcess.run(arguments, stdin: stdin, directory: folder.path)
        #expect(run.status == status, "\(run.stderr)", sourceLocation: sourceLocation)
        let count = run.stderr.components(separatedBy: line).count - 1
        #expect(count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("No such file") && !run.stderr.contains("Not a directory"),
                "the system's English text stays out", sourceLocation: sourceLocation)
        try then(folder)
    }

    /// A regular file where a folder is expected: creating or reading anything under it fails
    /// with "een deel van het pad is geen map", whoever runs the test.
    static func blocker(_ folder: TemporaryFolder) throws {
        _ = try folder.write("bestand", "geen map\n")
    }

    @Test func checkRefusesAFileTooLargeInAFolderNamingIt() throws {
        try expectFailure(["check", "set"], status: 2,
                          line: "wijzer check: set/groot.wijzer: bestand is groter dan 64 MB; dat is geen vragenlijst\n") { folder in
            _ = try folder.write("set/a.wijzer", Self.valid)
            let big = folder.path + "/set/groot.wijzer"
            #expect(FileManager.default.createFile(atPath: big, contents: nil))
            #expect(truncate(big, 65 << 20) == 0, "a sparse file: 65 MB without writing them")
        }
    }

    @Test func checkNamesAFolderItCannotRead() throws {
        try expectFailure(["check", "bestand/vragen"], status: 2,
                          line: "wijzer check: bestand/vragen: kan het bestand niet lezen (een deel van het pad is geen map)\n",
                          setup: Self.blocker)
    }

    @Test func checkNamesABrokenLinkInAFolder() throws {
        try expectFailure(["check", "set"], status: 2,
                          line: "wijzer check: set/weg.wijzer: kan het bestand niet lezen (bestaat niet)\n") { folder in
            _ = try folder.write("set/a.wijzer", Self.valid)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/set/weg.wijzer", withDestinationPath: "nergens.wijzer")
        }
    }

    @Test func fmtLeavesAReadOnlyFileAloneAndExitsFour() throws {
        let messy = "thema t   \"T\"\n    volgorde 1\n"
        func readOnly(_ folder: TemporaryFolder) throws {
            let path = try folder.write("a.wijzer", messy)
            #expect(chmod(path, 0o444) == 0)
        }
        try expectFailure(["fmt", "a.wijzer"], status: 4, line: "wijzer fmt: 1 bestand niet opgemaakt: kon niet opslaan.\n",
                          setup: readOnly, then: { folder in
            let path = folder.path + "/a.wijzer"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(text == messy)
            #expect(mode == 0o444)
        })
        try expectFailure(["fmt", "a.wijzer"], status: 4, line: "a.wijzer: kan niet opslaan (het bestand is alleen-lezen)\n",
                          setup: readOnly)
    }

    @Test func testOnAMissingFolderIsUsage() throws {
        try expectFailure(["test", "vragen"], status: 2, line: "wijzer test: vragen: bestand of map bestaat niet\n")
    }

    @Test func planOnAMissingFileNamesIt() throws {
        try expectFailure(["plan", "weg.json"], status: 1, line: "wijzer plan: weg.json: kan het bestand niet lezen (bestaat niet)\n")
    }

    @Test func planThatCannotBeSavedExitsFour() throws {
        try expectFailure(["plan", Self.examples + "/stagebegeleider.json", "--out", "bestand/plannen"], status: 4,
                          line: "wijzer plan: ./bestand/plannen: kan de map niet maken (een deel van het pad is geen map)\n",
                          setup: Self.blocker)
    }

    @Test func compareThatCannotBeSavedExitsFour() throws {
        try expectFailure(["compare", Self.examples + "/startende-docent.json", Self.examples + "/ervaren-docent.json", "--out", "bestand"],
                          status: 4, line: "wijzer compare: bestand: is geen map\n", setup: Self.blocker)
    }

    @Test func teamThatCannotBeSavedExitsFour() throws {
        try expectFailure(["team", Self.examples, "--out", "bestand/team"], status: 4,
                          line: "wijzer team: ./bestand/team: kan de map niet maken (een deel van het pad is geen map)\n",
                          setup: Self.blocker)
    }

    @Test func startThatCannotSaveAnAnswerExitsFour() throws {
        try expectFailure(["start", "lesgeven", "--data-dir", "bestand/data"], stdin: "1\n1\n", status: 4,
                          // Found before the first question: the session's lock is taken in the data folder.
                          line: "wijzer start: ./bestand/data: kan de map niet maken (een deel van het pad is geen map)\n",
                          setup: Self.blocker)
    }

    @Test func onboardingWithAMissingQuestionnaireFolderIsUsage() throws {
        try expectFailure(["onboarding", "--questionnaires", "vragen"], status: 2,
                          line: "wijzer onboarding: vragen: bestand of map bestaat niet\n")
    }
}
