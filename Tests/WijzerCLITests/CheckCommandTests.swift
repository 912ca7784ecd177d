import Foundation
import Testing
import WijzerTestSupport

/// End-to-end: the real `wijzer` binary, as a content author runs it.
@Suite("wijzer check")
struct CheckCommandTests {
    @Test func bundledQuestionnairesFromAnyDirectory() throws {
        let elsewhere = try TemporaryFolder()
        defer { elsewhere.remove() }
        let run = try WijzerProcess.run(["check"], directory: elsewhere.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("In orde: 7 bestanden, 6 thema's"))
    }

    @Test func binaryCarriesItsQuestionnairesWhenCopied() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.path + "/wijzer"
        try FileManager.default.copyItem(atPath: WijzerProcess.binary, toPath: copy)
        let run = try WijzerProcess.runExecutableForTests(copy, ["check"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func findingsExitOneWithCompactLinesOnAPipe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.wijzer", "theme t \"T\"\n  order 1\n  opening \"V?\"\n  knowledge \"K\"\n\ndimension d \"D\" in tt\n")
        let run = try WijzerProcess.run(["check", "a.wijzer"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.wijzer:6:20: error: onbekend thema `tt`; bedoel je `t`?\na.wijzer:6:20: help: vervang `tt` door `t`\n"),
                "the fix-it follows as a help: line")
        #expect(!run.stderr.contains("^"), "no caret when not a terminal")
        #expect(!run.stderr.contains("\u{1B}["), "no colour when not a terminal")
        #expect(run.stderr.contains("1 fout en 2 waarschuwingen in 1 bestand."))
    }

    @Test func caretAndColourOnATerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.wijzer", "dimension d \"D\" in tt\n")
        let colour = try WijzerProcess.runOnTerminal(["check", "a.wijzer"], directory: folder.path)
        #expect(colour.status == 1)
        #expect(colour.stdout.contains("1 | dimension d \"D\" in tt"))
        #expect(colour.stdout.contains("^~"))
        #expect(colour.stdout.contains("\u{1B}[1;31merror:"))
        let plain = try WijzerProcess.runOnTerminal(["check", "--no-color", "a.wijzer"], directory: folder.path)
        #expect(plain.stdout.contains("^~") && !plain.stdout.contains("\u{1B}["))
        let noColor = try WijzerProcess.runOnTerminal(["check", "a.wijzer"], directory: folder.path,
                                                      environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        let dumb = try WijzerProcess.runOnTerminal(["check", "a.wijzer"], directory: folder.path, environment: ["TERM": "dumb"])
        #expect(!dumb.stdout.contains("\u{1B}["))
    }

    @Test(arguments: [["check", "/nonexistent/x.wijzer"], ["check", "--bogus"], ["fmt", "/nonexistent"], ["nosuchcommand"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let run = try WijzerProcess.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test(arguments: [[], ["check"], ["fmt"]])
    func helpExplainsWithAnExample(subcommand: [String]) throws {
        let run = try WijzerProcess.run(subcommand + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Voorbeeld"), "\(run.stdout)")
        #expect(run.stdout.contains("wijzer "))
    }

    @Test func directoriesAndQuestionnairesOption() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = WijzerProcess.repositoryRoot + "/Questionnaires"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder.path + "/" + name)
        }
        #expect(try WijzerProcess.run(["check", folder.path]).status == 0)
        #expect(try WijzerProcess.run(["check", "--questionnaires", folder.path]).status == 0)
        try FileManager.default.removeItem(atPath: folder.path + "/01-voorbereiding.wijzer")
        let broken = try WijzerProcess.run(["check", "--questionnaires", folder.path])
        #expect(broken.status == 1, "tips of voorbereiding are referenced from other themes")
        #expect(broken.stderr.contains("error: onbekende tip"))
    }

    /// Checking one file of a set says that its siblings, where an "unknown" name may be
    /// defined, were not read (issue 13).
    @Test func oneFileOfASetSaysItsSiblingsWereNotRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (declarations, tip) = try #require(Self.splitAtTip(validSet))
        _ = try folder.write("set/les.wijzer", declarations)
        _ = try folder.write("set/tips.wijzer", tip)
        let alone = try WijzerProcess.run(["check", "set/les.wijzer"], directory: folder.path)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("onbekende tip"), "\(alone.stderr)")
        #expect(alone.stderr.contains("1 ander .wijzer-bestand in set is niet gelezen"), "\(alone.stderr)")
        #expect(alone.stderr.contains("wijzer check set"), "\(alone.stderr)")
        let both = try WijzerProcess.run(["check", "set/les.wijzer", "set/tips.wijzer"], directory: folder.path)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(!both.stderr.contains("niet gelezen"))
    }

    /// `text` cut before its first tip declaration: the rest of the set, and the tips.
    static func splitAtTip(_ text: String) -> (String, String)? {
        guard let cut = text.range(of: "\ntip groeigericht \"") else { return nil }
        return (String(text[..<cut.lowerBound]) + "\n", String(text[cut.lowerBound...].dropFirst()))
    }
}
