import WijzerLanguage

/// Renders questionnaire Markdown (a `MarkdownDocument`) as HTML.
///
/// Every piece of text goes through `Escape.html`: raw HTML in a questionnaire was reported by
/// the checker and is shown here as the text it is. Only http(s) addresses become links, and
/// links open without access to the plan (`rel="noopener"`).
public enum MarkdownHTMLRenderer {
    /// The blocks: `<p>` per paragraph, `<ul>` or `<ol>` per list.
    public static func render(_ document: MarkdownDocument) -> String {
        document.blocks.map { block in
            switch block {
            case .paragraph(let content, _):
                return "<p>\(inline(content))</p>"
            case .list(let list):
                let items = list.items.map { "<li>\(inline($0.content))</li>" }.joined()
                guard let start = list.start else { return "<ul>\(items)</ul>" }
                return (start == 1 ? "<ol>" : "<ol start=\"\(start)\">") + items + "</ol>"
            }
        }.joined()
    }

    /// The whole text as inline HTML, paragraphs and items joined by spaces: for a place that
    /// holds one line, such as a list item.
    public static func renderInline(_ document: MarkdownDocument) -> String {
        document.lines.map(inline).joined(separator: " ")
    }

    static func inline(_ nodes: [MarkdownInline]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text, _): Escape.html(text)
            case .strong(let content, _): "<strong>\(inline(content))</strong>"
            case .emphasis(let content, _): "<em>\(inline(content))</em>"
            case .link(let content, let url, _): anchor(url, inline(content))
            case .url(let url, _): anchor(url, Escape.html(url))
            case .lineBreak: "<br>"
            }
        }.joined()
    }

    private static func anchor(_ url: String, _ label: String) -> String {
        guard let target = Escape.linkTarget(url) else { return label }
        return "<a href=\"\(Escape.html(target))\" rel=\"noopener\">\(label)</a>"
    }
}

extension MarkdownDocument {
    /// The inline content of each paragraph and list item, in order.
    var lines: [[MarkdownInline]] {
        blocks.flatMap { block -> [[MarkdownInline]] in
            switch block {
            case .paragraph(let content, _): [content]
            case .list(let list): list.items.map(\.content)
            }
        }
    }
}
