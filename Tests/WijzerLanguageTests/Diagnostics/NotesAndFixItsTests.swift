import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Notes point at the related place; fix-its, applied, remove their finding.
@Suite("Notes and fix-its")
struct NotesAndFixItsTests {
    /// Each case: a replacement in `validSet` that makes one finding with a fix-it, and its id.
    @Test(arguments: [
        ("tip groeigericht weight 3", "tip groeigerich weight 3", "unknown-tip"),
        ("expect tips groeigericht", "expect tips groeigerich", "unknown-tip"),
        ("score feedback +2", "score feedbak +2", "unknown-dimension"),
        ("in lesgeven\n\nscenario", "in lesgeve\n\nscenario", "unknown-theme"),
        ("spaart in [a]", "spaart in [c]", "unknown-option"),
        ("toets.spaart = a,", "toets.spaarrt = a,", "unknown-question"),
        ("toets.spaart = a,", "toetz.spaart = a,", "unknown-scenario"),
        ("timeframe deze-week", "timeframe deze-wek", "unknown-timeframe"),
        ("    why \"Correctie", "    whyy \"Correctie", "misplaced-keyword"),
    ])
    func applyingTheFixItRemovesTheFinding(original: String, replacement: String, id: String) throws {
        #expect(validSet.contains(original), "test case does not apply")
        let broken = check(validSet.replacingOccurrences(of: original, with: replacement))
        let finding = try #require(broken.diagnostics.diagnostics.first { $0.id.rawValue == id }, "\(findings(broken.diagnostics))")
        #expect(broken.diagnostics.diagnostics.filter { !$0.fixIts.isEmpty }.count == 1)
        #expect(finding.fixIts.count == 1)
        let fixed = try #require(finding.fixIts.first).applied(to: broken.diagnostics.files[0].bytes, file: 0)
        let result = Checker.check([SourceFile(path: "test.wijzer", bytes: fixed)])
        #expect(result.diagnostics.diagnostics.isEmpty, "\(findings(result.diagnostics))")
        #expect(fixed == Array(validSet.utf8), "the fix restores the original")
    }

    @Test func aMultipleChoiceAnswerBecomesAList() throws {
        let multiple = """
              question welke "Welke?"
                why "w"
                multiple
                  a "A"
                    score feedback +1
                  b "B"

            tip groeigericht
            """
        let text = validSet.replacingOccurrences(of: "\ntip groeigericht", with: "\n" + multiple)
            .replacingOccurrences(of: "toets.hoevaak = 2", with: "toets.hoevaak = 2, toets.welke = a")
        let broken = check(text)
        #expect(findings(broken.diagnostics, withPath: false) == ["49:62-49:63 multiple-needs-list"])
        let fix = try #require(broken.diagnostics.diagnostics.first?.fixIts.first)
        let fixed = String(decoding: fix.applied(to: broken.diagnostics.files[0].bytes, file: 0), as: UTF8.self)
        #expect(fixed == text.replacingOccurrences(of: "toets.welke = a", with: "toets.welke = [a]"))
        #expect(check(fixed).diagnostics.diagnostics.isEmpty)
    }

    @Test func anAmbiguousNameOffersEveryMatch() throws {
        let other = """
            scenario ander "Ander" in lesgeven
              situation "x"
              question spaart "Nog een?"
                why "w"
                yesno
            """
        let text = validSet.replacingOccurrences(of: "toets.spaart = a,", with: "spaart = a,")
        let result = Checker.check([SourceFile(path: "a.wijzer", text: text), SourceFile(path: "b.wijzer", text: other)])
        let ambiguous = try #require(result.diagnostics.diagnostics.first { $0.id == .ambiguousQuestion })
        #expect(ambiguous.fixIts.map { $0.edits.map(\.replacement) } == [["toets.spaart"], ["ander.spaart"]])
        #expect(ambiguous.notes.map { result.diagnostics.place($0.span) } == ["a.wijzer:15:12", "b.wijzer:3:12"])
    }

    /// Each case: a set with a duplicate, the duplicate's id, where it is and where the note points.
    @Test(arguments: [
        ("tip groeigericht \"Geef groeigerichte feedback\"", "tip groeigericht \"Geef groeigerichte feedback\"\n  theme lesgeven\ntip groeigericht \"Twee\"",
         "duplicate-id", "33:5", "31:5"),
        ("question hoevaak", "question spaart", "duplicate-question", "24:12", "15:12"),
        ("    choice\n      a \"Dat", "    choice\n      b \"Nee\"\n      b \"Dat", "duplicate-option", "19:7", "18:7"),
        ("toets.hoevaak = 2", "toets.spaart = b", "duplicate-answer", "42:29", "42:11"),
        ("questionnaire demo \"Demo\"\n  version \"1\"\n", "questionnaire demo \"Demo\"\n  version \"1\"\nquestionnaire twee \"Twee\"\n  version \"2\"\n",
         "duplicate-questionnaire", "3:15", "1:15"),
    ])
    func duplicatesPointAtTheFirst(original: String, replacement: String, id: String, at place: String, note: String) throws {
        #expect(validSet.contains(original), "test case does not apply")
        let result = check(validSet.replacingOccurrences(of: original, with: replacement))
        let found = try #require(result.diagnostics.diagnostics.first { $0.id.rawValue == id }, "\(findings(result.diagnostics))")
        let at = result.diagnostics.location(of: found.span)
        #expect("\(at.line):\(at.column)" == place)
        let notes = found.notes.map { result.diagnostics.location(of: $0.span) }.map { "\($0.line):\($0.column)" }
        #expect(notes == [note])
    }
}
