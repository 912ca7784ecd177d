import Testing
import WijzerLanguage
import WijzerTestSupport

/// One cause, one error (issue 13, point 3 "Knock-on errors"): the finding names the line that
/// is wrong, and nothing that only follows from it is reported as well.
@Suite("Knock-on errors")
struct KnockOnTests {
    /// `validSet` with line `n` (1-based) replaced by `text`.
    static func replacing(line n: Int, with text: String) -> String {
        var lines = validSet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[n - 1] = text
        return lines.joined(separator: "\n")
    }

    @Test func theLinesAreWhereTheseTestsExpectThem() {
        #expect(findings(validSet) == [])
        let lines = validSet.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[20] == "        score feedback +2" && lines[24] == "    why \"Alle antwoorden bespreken helpt iedereen.\"")
    }

    @Test func anOddFirstLineBlamesItselfNotTheCorrectLineAfterIt() {
        // 7 spaces, then 8: before, the 8 became a child of the 7 and was blamed.
        #expect(findings(Self.replacing(line: 21, with: "       score feedback +2")) == ["21:1-21:8 bad-indent"])
        // 5, then 4.
        #expect(findings(Self.replacing(line: 25, with: "     why \"Alle antwoorden bespreken helpt iedereen.\"")) == ["25:1-25:6 bad-indent"])
    }

    @Test func anOddLaterLineBlamesItselfAndTheNextSiblingStaysASibling() {
        var text = Self.replacing(line: 22, with: "       strength \"Je geeft groeigerichte feedback.\"")
        #expect(findings(text) == ["22:1-22:8 bad-indent"])
        // The correct sibling after the odd line is not taken for its child.
        text = Self.replacing(line: 26, with: "   likert 1..5 \"nooit\" \"zelden\" \"soms\" \"vaak\" \"altijd\"")
        #expect(findings(text) == ["26:1-26:4 bad-indent"])
    }

    @Test func theFixItIndentsTheOddLineAsItsSiblings() throws {
        let text = Self.replacing(line: 21, with: "       score feedback +2")
        let result = check(text)
        let fix = try #require(result.diagnostics.diagnostics.first?.fixIts.first)
        #expect(String(decoding: fix.applied(to: Array(text.utf8), file: 0), as: UTF8.self) == validSet)
    }

    @Test func aFieldIndentedIntoATextBlockIsReportedAsSuch() {
        // At the text's depth and deeper: both would be read as text, silently.
        for spaces in [4, 6] {
            let text = Self.replacing(line: 8, with: "    Studentes hoeven niet gespaard te worden.\n" + String(repeating: " ", count: spaces) + "source https://example.org/")
            #expect(findings(text) == ["9:1-9:\(spaces + 1) field-in-text"])
            #expect(check(text).questionnaire.theme("lesgeven")?.source?.text == "https://example.org/", "read as the field it is")
        }
        // Its fix-it makes the line the field it reads like.
        let deep = Self.replacing(line: 8, with: "    Studentes hoeven niet gespaard te worden.\n      source https://example.org/")
        let fix = check(deep).diagnostics.diagnostics.first?.fixIts.first
        let fixed = fix.map { String(decoding: $0.applied(to: Array(deep.utf8), file: 0), as: UTF8.self) } ?? ""
        #expect(fixed.contains("worden.\n  source https://example.org/") && findings(fixed) == [])
        // A question swallowed by a situation.
        let question = Self.replacing(line: 14, with: "    Sanne heeft een 5,2.\n    question extra \"Nog een vraag?\"\n      why \"Waarom niet.\"\n      reflection")
        #expect(findings(question) == ["15:1-15:5 field-in-text"])
        #expect(check(question).questionnaire.question("toets.extra") != nil)
    }

    @Test func proseThatStartsWithAKeywordStaysText() {
        let text = Self.replacing(line: 8, with: "    Studentes hoeven niet gespaard te worden.\n    order 2 keer per week bespreek je het.\n    als je 3 uur hebt, doe dan meer.")
        #expect(findings(text) == [])
        #expect(check(text).questionnaire.theme("lesgeven")?.knowledge?.text.contains("order 2 keer") == true)
    }

    @Test func aThemeDefinedTwiceAcrossFilesIsOneErrorWithNotes() throws {
        let copy = String(validSet.drop { $0 != "\n" }.dropFirst().drop { $0 != "\n" }.dropFirst().dropFirst())
        #expect(copy.hasPrefix("theme lesgeven"))
        let result = Checker.check([SourceFile(path: "a.wijzer", text: validSet), SourceFile(path: "b.wijzer", text: copy)])
        #expect(findings(result.diagnostics) == ["b.wijzer:1:7-1:15 duplicate-id"])
        let error = try #require(result.diagnostics.diagnostics.first)
        #expect(error.notes.map(\.message) == [
            "eerder gedefinieerd hier", "ook dubbel: dimensie `feedback`", "ook dubbel: scenario `toets`",
            "ook dubbel: tip `groeigericht`", "ook dubbel: voorbeeld `troost`",
        ])
        #expect(error.message.contains("daardoor staan ook dimensie `feedback`, scenario `toets`, tip `groeigericht` en voorbeeld `troost` van dit thema hier dubbel"))
    }

    @Test func otherDuplicatesAreStillTheirOwnErrors() {
        let result = Checker.check([
            SourceFile(path: "a.wijzer", text: validSet),
            SourceFile(path: "b.wijzer", text: "dimension feedback \"Nog eens\" in lesgeven\n"),
        ])
        #expect(findings(result.diagnostics) == ["b.wijzer:1:11-1:19 duplicate-id"])
    }

    /// A typo in a condition is one error: the question it meant is not also called unused,
    /// whether the typo is in the question's name, its scenario's or a short name.
    @Test(arguments: ["show-if rol.begeleidr = ja", "show-if begeleidr = ja", "show-if rol.begeleider = ja"])
    func aTypoInAConditionDoesNotMakeTheMeantQuestionUnused(condition: String) throws {
        let text = scenarioShowIfSet.replacingOccurrences(of: "show-if rol.begeleider = ja", with: condition)
        let result = Checker.check([SourceFile(path: "s.wijzer", text: text)], lint: true)
        #expect(!result.diagnostics.diagnostics.contains { $0.id == .ineffectiveQuestion }, "\(findings(result.diagnostics))")
        #expect(result.diagnostics.errorCount == (condition.contains("begeleidr") ? 1 : 0))
    }

    @Test func aQuestionNoConditionMeansIsStillCalledUnused() {
        let text = scenarioShowIfSet.replacingOccurrences(of: "show-if rol.begeleider = ja", with: "show-if rol.begeleider is answered")
            .replacingOccurrences(of: "    why \"De vragen hierna gaan over stagebegeleiding.\"\n    yesno\n", with: "    why \"De vragen hierna gaan over stagebegeleiding.\"\n    yesno\n  question los \"Los?\"\n    why \"w\"\n    yesno\n")
        #expect(text.contains("question los"))
        let result = Checker.check([SourceFile(path: "s.wijzer", text: text)], lint: true)
        #expect(findings(result.diagnostics, withPath: false).contains { $0.hasSuffix("ineffective-question") }, "\(findings(result.diagnostics))")
    }
}
