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

    /// Issue 13, 3: an emoji in a name, a number as option key, an address with a space and an
    /// example answering a question it hides, each one line with its place, as an author sees it.
    @Test func silentMistakesAreNamedWithTheirPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let broken = validSet.replacingOccurrences(of: "toets", with: "toets🙂")
            .replacingOccurrences(of: "      b \"Wat ze al kan", with: "      2 \"Wat ze al kan")
            .replacingOccurrences(of: "https://www.vhto.nl/lesgeven/praktische-tips/\n  resource", with: "https://www.vhto.nl/lesgeven/praktische tips/\n  resource")
        _ = try folder.write("a.wijzer", broken)
        let run = try WijzerProcess.run(["check", "a.wijzer"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.wijzer:12:10: error: `🙂` (U+1F642) in `toets🙂`: dat teken kan niet in een naam."), "\(run.stderr)")
        #expect(run.stderr.contains("a.wijzer:12:10: help: schrijf `toets`"))
        #expect(run.stderr.contains("a.wijzer:20:7: error: `2` is een getal en kan geen optiesleutel zijn"))
        #expect(run.stderr.contains("a.wijzer:38:10: error: een webadres kan geen spatie bevatten"))
        #expect(run.stderr.contains("a.wijzer:38:10: help: schrijf `https://www.vhto.nl/lesgeven/praktische%20tips/`"))

        let hidden = validSet.replacingOccurrences(of: "    choice\n", with: "    show-if hoevaak > 2\n    choice\n")
            .replacingOccurrences(of: "question hoevaak", with: "question eerder")
            .replacingOccurrences(of: "  question spaart", with: "  question hoevaak \"Hoe vaak?\"\n    why \"w\"\n    likert 1..5 \"nooit\" \"zelden\" \"soms\" \"vaak\" \"altijd\"\n  question spaart")
        _ = try folder.write("b.wijzer", hidden)
        let check = try WijzerProcess.run(["check", "b.wijzer"], directory: folder.path)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stderr.contains("error: voorbeeld `troost` beantwoordt vraag `toets.spaart`, maar die wordt bij de andere antwoorden van dit voorbeeld niet getoond"), "\(check.stderr)")
        #expect(check.stderr.contains("note: de vraag wordt alleen getoond als dit waar is"))
        let test = try WijzerProcess.run(["test", "b.wijzer"], directory: folder.path)
        #expect(test.status == 1 && test.stderr.contains("herstel die eerst"), "`wijzer test` stops at the same finding")
    }
}
