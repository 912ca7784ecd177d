import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// Any text parses: spans stay inside it, the checker's parse finds the same problems, and a
/// line full of unmatched delimiters is not slow.
@Suite("Markdown parser on any text")
struct MarkdownRobustnessTests {
    static let pieces = ["*", "**", "_", "__", "[", "]", "(", ")", "![", "<", ">", "</", "#", "# ", "\\", "\n", "\n\n",
                         " ", "- ", "1. ", "2) ", "a", "woord", "é", "https://", "a.nl/x", "javascript:", "\t"]

    @Test func randomTextKeepsSpansInside() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            let count = Int(rng.next() % 40)
            let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            let doc = MarkdownParser.parse(bytes)
            var spans = doc.problems.map(\.span)
            func visit(_ nodes: [MarkdownInline]) {
                for node in nodes {
                    spans.append(node.span)
                    switch node {
                    case .strong(let c, _), .emphasis(let c, _), .link(let c, _, _): visit(c)
                    default: break
                    }
                }
            }
            for block in doc.blocks {
                switch block {
                case .paragraph(let c, let span): spans.append(span); visit(c)
                case .list(let list): spans.append(list.span); list.items.forEach { spans.append($0.span); visit($0.content) }
                }
            }
            #expect(spans.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= bytes.count }, "\(text.debugDescription)")
            #expect(MarkdownParser.parse(bytes, keepText: false).problems == doc.problems, "\(text.debugDescription)")
        }
    }

    /// 20,000 closers and 20,000 lone openers on one line (a quadratic search would take minutes).
    @Test func manyUnmatchedDelimitersStayLinear() {
        let text = String(repeating: "a* ", count: 20_000) + String(repeating: " *a", count: 20_000)
        let doc = MarkdownDocument(parsing: text)
        #expect(doc.problems.count == 40_000)
    }
}
