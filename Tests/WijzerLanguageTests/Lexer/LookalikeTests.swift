import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Characters pasted from a word processor get one error naming the character, with a fix-it
/// that, applied, gives back a set that checks clean; unknown escapes are reported.
@Suite("Lookalike characters and escapes")
struct LookalikeTests {
    /// Each case: a replacement in `validSet` that pastes lookalikes in, the finding expected
    /// (line:column-line:column id), and a word of its message.
    @Test(arguments: [
        // No-break spaces in the indentation of two lines: one error, one fix for both.
        ("\n  order 1\n  opening", "\n\u{A0} order 1\n\u{A0}\u{A0}opening", "5:1-5:2 lookalike-character", "U+00A0"),
        // Typographic quotes around a title.
        ("theme lesgeven \"Lesgeven\"", "theme lesgeven \u{201C}Lesgeven\u{201D}", "4:16-4:17 lookalike-character", "U+201C"),
        ("theme lesgeven \"Lesgeven\"", "theme lesgeven \u{201E}Lesgeven\u{201D}", "4:16-4:17 lookalike-character", "U+201E"),
        // An invisible character inside a name, and a no-break space between two words.
        ("dimension feedback \"Groeigerichte", "dimension feedback\u{200B} \"Groeigerichte", "10:19-10:20 lookalike-character", "U+200B"),
        ("dimension feedback \"Groeigerichte", "dimension\u{A0}feedback \"Groeigerichte", "10:10-10:11 lookalike-character", "U+00A0"),
    ])
    func oneErrorNamingTheCharacterWithAFix(original: String, pasted: String, expected: String, word: String) throws {
        #expect(validSet.contains(original), "test case does not apply")
        let broken = check(validSet.replacingOccurrences(of: original, with: pasted))
        #expect(findings(broken.diagnostics, withPath: false) == [expected])
        let finding = try #require(broken.diagnostics.diagnostics.first)
        #expect(finding.message.contains(word))
        let fixed = try #require(finding.fixIts.first).applied(to: broken.diagnostics.files[0].bytes, file: 0)
        #expect(fixed == Array(validSet.utf8), "the fix gives back the original")
    }

    /// Typographic quotes inside a string are text, as LANGUAGE.md promises.
    @Test func typographicQuotesInsideAStringAreText() {
        let text = validSet.replacingOccurrences(of: "\"Wat zeg je tegen Sanne?\"", with: "\"Wat zeg je tegen \u{201C}Sanne\u{201D}?\"")
        #expect(text != validSet)
        let result = check(text)
        #expect(result.diagnostics.diagnostics.isEmpty, "\(findings(result.diagnostics))")
        #expect(result.questionnaire.question("toets.spaart")?.decl.text.text == "Wat zeg je tegen \u{201C}Sanne\u{201D}?")
    }

    @Test func unknownEscapesAreReportedWithAFix() throws {
        let text = validSet.replacingOccurrences(of: "\"Na de toets\"", with: "\"H:\\Lesmateriaal\\\\nieuw \\\"x\\\"\"")
        #expect(text != validSet)
        let broken = check(text)
        #expect(findings(broken.diagnostics, withPath: false) == ["12:19-12:21 unknown-escape"])
        let fixed = String(decoding: try #require(broken.diagnostics.diagnostics.first?.fixIts.first).applied(to: broken.diagnostics.files[0].bytes, file: 0), as: UTF8.self)
        let result = check(fixed)
        #expect(result.diagnostics.diagnostics.isEmpty, "\(findings(result.diagnostics))")
        #expect(result.questionnaire.scenarios.first?.title.text == "H:\\Lesmateriaal\\nieuw \"x\"")
    }
}
