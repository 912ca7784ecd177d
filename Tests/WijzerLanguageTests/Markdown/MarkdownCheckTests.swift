import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// `wijzer check` reports Markdown the language does not accept at its file, line and column.
@Suite("Markdown check")
struct MarkdownCheckTests {
    /// `miniSet` with the knowledge block, a `why` string and a tip text replaced.
    static func findings(knowledge: String, why: String = "\"Correctie helpt.\"", tip: String = "\"Noem wat goed gaat.\"") -> [Finding] {
        let text = miniSet
            .replacingOccurrences(of: "  knowledge \"Studentes hoeven niet gespaard te worden.\"", with: "  knowledge\n" + knowledge)
            .replacingOccurrences(of: "    why \"Correctie helpt.\"", with: "    why " + why)
            .replacingOccurrences(of: "  text \"Noem wat goed gaat en wat de volgende stap is.\"", with: "  text " + tip)
        let result = Checker.check([SourceFile(path: "mini.wijzer", text: text)])
        let engine = result.diagnostics
        return engine.sorted.filter { $0.severity == .error }.map { d in
            let start = engine.location(of: d.span)
            let end = engine.location(of: Span(file: d.span.file, start: d.span.end, end: d.span.end))
            return Finding(id: d.id, message: d.message, place: "\(start.line):\(start.column)+\(end.column - start.column)")
        }
    }

    /// A finding's id, message and place as `line:column+width`.
    struct Finding {
        var id: DiagnosticID
        var message: String
        var place: String
    }

    @Test func cleanMarkdownHasNoFindings() {
        #expect(Self.findings(knowledge: "    **Vet**, *schuin* en [link](https://www.vhto.nl/).\n\n    - een\n    - twee\n").isEmpty)
    }

    @Test func rawHTMLAndImagesInABlockAtTheirColumn() {
        // Line 8 is the block's first line; its text starts at column 5, the next line's at 7.
        let found = Self.findings(knowledge: "    Eerst gewoon.\n      <script>alert(1)</script> en ![foto](https://a.nl/x.png)\n")
        #expect(found.map(\.place) == ["9:7+8", "9:23+9", "9:36+27"])
        #expect(found.map(\.id) == [.markdownHTML, .markdownHTML, .markdownImage])
        #expect(found[0].message.contains("HTML (`<script>`)"))
        #expect(found[2].message.contains("afbeelding"))
    }

    @Test func headingsAndUnclosedBoldInABlock() {
        let found = Self.findings(knowledge: "    ## Kop\n\n    Dit is **half vet.\n")
        #expect(found.map(\.place) == ["8:5+2", "10:12+2"])
        #expect(found.map(\.id) == [.markdownHeading, .markdownUnclosedStrong])
    }

    @Test func problemsInAStringCountTheQuoteAndEscapes() {
        // `    why "\"x\" <i>y</i>"`: the tag starts at column 16 (after `why `, the quote and
        // the four bytes of two escapes that the text holds as two).
        let found = Self.findings(knowledge: "    Tekst.\n", why: "\"\\\"x\\\" <i>y</i>\"")
        #expect(found.map(\.place) == ["16:16+3", "16:20+4"])
    }

    @Test func badLinkTargetInATipText() {
        let found = Self.findings(knowledge: "    Tekst.\n", tip: "\"Klik [hier](javascript:alert(1)).\"")
        #expect(found.count == 1)
        #expect(found.first?.id == .markdownBadLink)
        #expect(found.map(\.place) == ["40:21+18"], "the address, up to the first `)`")
    }
}
