import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Golden files for diagnostics; re-record with `WIJZER_RECORD=1 swift test`.
@Suite("Diagnostics")
struct DiagnosticsFormatterTests {
    func render(
        _ style: DiagnosticsFormatter.Style, highlight: @escaping @Sendable (DiagnosticsFormatter.Part, String) -> String = { $1 }
    ) throws -> String {
        let path = testsFolder + "/Golden/broken.wijzer"
        let data = try #require(FileManager.default.contents(atPath: path))
        let result = Checker.check([SourceFile(path: "broken.wijzer", bytes: [UInt8](data))])
        return DiagnosticsFormatter(style: style, highlight: highlight).format(result.diagnostics.sorted, in: result.diagnostics.files)
    }

    @Test func compactGolden() throws {
        let mismatch = Golden.mismatch(try render(.compact), path: testsFolder + "/Golden/broken.compact.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func annotatedGolden() throws {
        let mismatch = Golden.mismatch(try render(.annotated), path: testsFolder + "/Golden/broken.annotated.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func caretUnderlinesTheToken() {
        let file = SourceFile(path: "a.wijzer", text: "tip groei \"G\"\n\n    tip groei weight 2\n")
        let d = Diagnostic(.unknownTip, .error, "onbekende tip `x`", at: Span(file: 0, start: 23, end: 28))
        #expect(DiagnosticsFormatter(style: .annotated).format(d, in: [file]) == """
            a.wijzer:3:9: error: onbekende tip `x`
              |
            3 |     tip groei weight 2
              |         ^~~~~
            """)
    }

    /// Notes come under their diagnostic, fix-its as `help:` lines; each place is worked out
    /// from its own span.
    @Test func notesAndFixItsAreRenderedUnderTheirDiagnostic() {
        let file = SourceFile(path: "a.wijzer", text: "tip groei \"G\"\n\n    tip groi weight 2\n")
        let d = Diagnostic(.unknownTip, .error, "onbekende tip `groi`", at: Span(file: 0, start: 23, end: 27),
                           notes: [Diagnostic.Note("tip `groei` staat hier", at: Span(file: 0, start: 4, end: 9))],
                           fixIts: [FixIt.replace("groi", at: Span(file: 0, start: 23, end: 27), with: "groei")])
        #expect(DiagnosticsFormatter(style: .compact).format(d, in: [file]) == """
            a.wijzer:3:9: error: onbekende tip `groi`
            a.wijzer:3:9: help: vervang `groi` door `groei`
            a.wijzer:1:5: note: tip `groei` staat hier
            """)
        #expect(DiagnosticsFormatter(style: .annotated).format(d, in: [file]) == """
            a.wijzer:3:9: error: onbekende tip `groi`
              |
            3 |     tip groi weight 2
              |         ^~~~
              = help: vervang `groi` door `groei`
            a.wijzer:1:5: note: tip `groei` staat hier
              |
            1 | tip groei "G"
              |     ^~~~~
            """)
    }

    @Test func aFindingInNoFileHasNoExcerpt() {
        let d = Diagnostic(.missingQuestionnaire, .warning, "geen questionnaire", at: .none)
        #expect(DiagnosticsFormatter(style: .annotated).format(d, in: []) == "<set>:0:0: warning: geen questionnaire")
    }

    /// The highlighter wraps every part and changes nothing else: colour is added around the text.
    @Test func highlightOnlyWrapsParts() throws {
        let marked = try render(.annotated) { part, text in
            switch part {
            case .label(.error): "<E>\(text)</>"
            case .marks: "<M>\(text)</>"
            default: "<X>\(text)</>"
            }
        }
        #expect(marked.contains("<E>error:</>"))
        #expect(marked.contains("<M>^"))
        let stripped = marked.replacing(/<[^<>]*>/, with: "")
        #expect(stripped == (try render(.annotated)))
    }

    @Test(arguments: [("groeigerich", ["groeigericht", "gastles"], "groeigericht"),
                      ("lesgevn", ["lesgeven", "stage"], "lesgeven"),
                      ("xyz", ["lesgeven", "stage"], nil)])
    func nearestName(name: String, candidates: [String], expected: String?) {
        #expect(Suggestions.nearest(to: name, in: candidates) == expected)
    }
}

/// Text from a questionnaire that reaches the terminal through a diagnostic cannot steer it:
/// escape sequences in names, messages and the quoted source line are made visible.
@Suite("Diagnostics formatter and control characters")
struct DiagnosticsFormatterControlTests {
    @Test(arguments: [DiagnosticsFormatter.Style.compact, .annotated])
    func controlCharactersFromTheFileAreMadeVisible(style: DiagnosticsFormatter.Style) throws {
        // An unknown tip whose name carries an OSC 52 clipboard write and a screen clear.
        let payload = "x\u{1B}]52;c;aGk=\u{07}\u{1B}[2J"
        let text = validSet.replacingOccurrences(of: "tip groeigericht weight 3", with: "tip \(payload) weight 3")
        let result = check(text, path: "in\u{1B}[31mjected.wijzer")
        #expect(!result.diagnostics.diagnostics.isEmpty)
        let out = DiagnosticsFormatter(style: style).format(result.diagnostics.sorted, in: result.diagnostics.files)
        #expect(!out.contains("\u{1B}") && !out.contains("\u{07}"), "\(out)")
        #expect(out.contains("^["), "\(out)")
    }
}
