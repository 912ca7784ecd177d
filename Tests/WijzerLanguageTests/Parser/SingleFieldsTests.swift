import Testing
import WijzerLanguage
import WijzerTestSupport

/// A field a declaration holds once, written twice: one `duplicate-field` at the second, a note
/// at the first, and the first is what counts (it used to be the last, silently).
@Suite("Fields written twice")
struct SingleFieldsTests {
    /// `validSet` with `extra` inserted on the line after `anchor`.
    static func set(after anchor: String, _ extra: String) -> String {
        precondition(validSet.contains(anchor + "\n"))
        return validSet.replacingOccurrences(of: anchor + "\n", with: anchor + "\n" + extra + "\n")
    }

    /// The line `text` starts on in `source` (1-based).
    static func line(of text: String, in source: String) -> Int {
        source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }! + 1
    }

    @Test(arguments: [
        ("  order 1", "  order 2"),
        ("  opening \"Moet je studentes negatieve feedback besparen?\"", "  opening \"Nog een opening\""),
        ("    Sanne heeft een 5,2.", "  situation \"Nog een situatie\""),
        ("    why \"Correctie helpt bij de volgende toets.\"", "    why \"Een tweede uitleg\""),
        ("    not-applicable \"Ik neem geen toetsen af\"", "    not-applicable \"Nog een n.v.t.\""),
        ("  timeframe deze-week", "  timeframe deze-maand"),
        ("  text \"Noem wat al lukt en wat de volgende stap is.\"", "  text \"Een tweede tekst\""),
        ("  source https://www.vhto.nl/lesgeven/praktische-tips/", "  source https://example.org/tweede"),
    ])
    func aSecondFieldIsOneErrorAndTheFirstCounts(anchor: String, repeated: String) throws {
        let source = Self.set(after: anchor, repeated)
        let result = check(source)
        let line = Self.line(of: repeated, in: source)
        let found = findings(result.diagnostics, withPath: false)
        #expect(found.count == 1 && found.first?.hasPrefix("\(line):") == true && found.first?.hasSuffix(" duplicate-field") == true,
                "\(found)")
        let diagnostic = try #require(result.diagnostics.sorted.first)
        #expect(diagnostic.notes.count == 1, "the note points at the first")
        #expect(diagnostic.message.contains("schrijf elk veld één keer"))
    }

    @Test func theFirstValueIsKept() throws {
        let result = check(Self.set(after: "  text \"Noem wat al lukt en wat de volgende stap is.\"", "  text \"Een tweede tekst\""))
        #expect(result.questionnaire.tip("groeigericht")?.text?.text == "Noem wat al lukt en wat de volgende stap is.")
        let twice = check(Self.set(after: "    why \"Correctie helpt bij de volgende toets.\"", "    why \"Een tweede uitleg\""))
        #expect(twice.questionnaire.question("toets.spaart")?.decl.why?.text == "Correctie helpt bij de volgende toets.")
    }

    @Test func fieldsThatRepeatByDesignStayAllowed() {
        // A tip may have several resources and score triggers; a question several scores.
        let source = Self.set(after: "  resource \"Praktische tips\" https://www.vhto.nl/lesgeven/praktische-tips/",
                              "  resource \"Meer tips\" https://www.vhto.nl/lesgeven/")
        #expect(findings(check(source).diagnostics, withPath: false) == [])
    }
}
