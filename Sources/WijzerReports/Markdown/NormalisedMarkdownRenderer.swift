import WijzerLanguage

/// Renders questionnaire Markdown (a `MarkdownDocument`) as Markdown again, normalised and safe.
///
/// Normalised: one line a paragraph, `-` for bullets, `**` and `*` for emphasis, a blank line
/// between blocks. Safe: text that is not markup is escaped (`Escape.markdown`), so whatever a
/// questionnaire holds, a Markdown viewer shows only the markup the tree has.
public enum NormalisedMarkdownRenderer {
    /// The blocks, separated by blank lines.
    public static func render(_ document: MarkdownDocument) -> String {
        document.blocks.map { block in
            switch block {
            case .paragraph(let content, _):
                return inline(content, continuation: "")
            case .list(let list):
                return list.items.enumerated().map { n, item in
                    let marker = list.start.map { "\($0 + n). " } ?? "- "
                    return marker + inline(item.content, continuation: String(repeating: " ", count: marker.count))
                }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    /// The whole text on one line, paragraphs and items joined by spaces: for a place that
    /// holds one line, such as a list item. It does not start a line.
    public static func renderInline(_ document: MarkdownDocument) -> String {
        document.lines.map { inline($0, continuation: nil, atLineStart: false) }.joined(separator: " ")
    }

    /// `continuation` indents the line after a line break; nil: a line break becomes a space.
    static func inline(_ nodes: [MarkdownInline], continuation: String?, atLineStart: Bool = true) -> String {
        var out = ""
        var lineStart = atLineStart
        for node in nodes {
            switch node {
            case .text(let text, _):
                out += Escape.markdownText(text, atLineStart: lineStart)
            case .strong(let content, _):
                out += "**" + inline(content, continuation: continuation, atLineStart: false) + "**"
            case .emphasis(let content, _):
                out += "*" + inline(content, continuation: continuation, atLineStart: false) + "*"
            case .link(let content, let url, _):
                let label = inline(content, continuation: continuation, atLineStart: false)
                out += Escape.linkTarget(url).map { "[\(label)](\($0))" } ?? label
            case .url(let url, _):
                out += Escape.linkTarget(url).map { "<\($0)>" } ?? Escape.markdownText(url, atLineStart: lineStart)
            case .lineBreak:
                guard let continuation else {
                    out += " "
                    break
                }
                out += "\\\n" + continuation
                lineStart = true
                continue
            }
            lineStart = false
        }
        return out
    }
}
