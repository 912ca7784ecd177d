import Foundation
import Testing
import WijzerTestSupport

@Suite("wijzer fmt")
struct FmtCommandTests {
    let messy = "thema t   \"T\"\n    volgorde 1\n"

    @Test func checkReportsThenFmtRewritesKeepingMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a.wijzer", messy)
        chmod(path, 0o640)
        let before = try WijzerProcess.run(["fmt", "--check", "a.wijzer"], directory: folder.path)
        #expect(before.status == 1)
        #expect(before.stderr.contains("a.wijzer: staat niet in de vaste opmaak"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy, "--check writes nothing")

        let write = try WijzerProcess.run(["fmt", "a.wijzer"], directory: folder.path)
        #expect(write.status == 0, "\(write.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theme t \"T\"\n  order 1\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.wijzer"], "no temporary file left")

        let after = try WijzerProcess.run(["fmt", "--check", "a.wijzer"], directory: folder.path)
        #expect(after.status == 0)
    }

    /// Characters pasted from a word processor are repaired by fmt: no-break spaces in the
    /// indentation and typographic quotes around a string (issue 13).
    @Test func fmtRepairsLookalikeCharacters() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pasted = "thema na\u{2013}de\u{2013}les \u{201C}T\u{201D}\n\u{A0}\u{A0}\u{A0}\u{A0}volgorde 1\n"
        let path = try folder.write("a.wijzer", pasted)
        let check = try WijzerProcess.run(["fmt", "--check", "a.wijzer"], directory: folder.path)
        #expect(check.status == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == pasted, "--check writes nothing")
        let write = try WijzerProcess.run(["fmt", "a.wijzer"], directory: folder.path)
        #expect(write.status == 0, "\(write.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theme na-de-les \"T\"\n  order 1\n")
    }

    @Test func filesWithSyntaxErrorsAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "thema t \"niet af\n    volgorde 1\n"
        let path = try folder.write("a.wijzer", text)
        let run = try WijzerProcess.run(["fmt", "a.wijzer"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.wijzer:1:9: error: tekst zonder afsluitend aanhalingsteken"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func defaultIsQuestionnairesInTheCurrentDirectory() throws {
        let run = try WijzerProcess.run(["fmt", "--check"], directory: WijzerProcess.repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
