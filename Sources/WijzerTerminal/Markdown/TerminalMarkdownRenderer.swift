import WijzerLanguage

/// Renders questionnaire Markdown (a `MarkdownDocument`) for the terminal.
///
/// Bold and italics become escape codes when colour is on (and plain text when it is off);
/// lists get `•` or their number with the item's text hanging under its first word; a link
/// shows its text, then its URL on a line of its own, never broken, so it can be copied or
/// clicked. Everything is wrapped to `width` by visible width (`TextLayout`).
struct TerminalMarkdownRenderer {
    var color: Bool
    var width: Int

    /// The blocks, a blank line between them; every line starts with `indent`.
    func render(_ document: MarkdownDocument, indent: String = "") -> String {
        document.blocks.map { block in
            switch block {
            case .paragraph(let content, _):
                return TextLayout.wrap(tokens(content), first: indent, rest: indent, width: width).joined(separator: "\n")
            case .list(let list):
                let markers = list.items.indices.map { n in list.start.map { "\($0 + n)." } ?? "•" }
                let markerWidth = markers.map(\.count).max() ?? 1
                return zip(markers, list.items).map { marker, item in
                    let padded = String(repeating: " ", count: markerWidth - marker.count) + marker + " "
                    let hanging = indent + String(repeating: " ", count: markerWidth + 1)
                    return TextLayout.wrap(tokens(item.content), first: indent + padded, rest: hanging, width: width).joined(separator: "\n")
                }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    /// The inline content as words and breaks: a word is the runs between two blanks, so
    /// `(**vet**)` stays one word in three styles.
    func tokens(_ nodes: [MarkdownInline]) -> [TextLayout.Token] {
        var tokens: [TextLayout.Token] = []
        var word: [TextLayout.Run] = []
        func endWord() {
            if !word.isEmpty { tokens.append(.word(word, breakable: true)) }
            word = []
        }
        func add(_ nodes: [MarkdownInline], bold: Bool, italic: Bool) {
            let codes = !color ? "" : [bold ? "1" : nil, italic ? "3" : nil].compactMap { $0 }.joined(separator: ";")
            for node in nodes {
                switch node {
                case .text(let text, _):
                    var part = ""
                    for ch in text {
                        if ch == " " || ch == "\t" || ch == "\n" {
                            if !part.isEmpty { word.append(TextLayout.Run(text: part, codes: codes)) }
                            part = ""
                            endWord()
                        } else {
                            part.append(ch)
                        }
                    }
                    if !part.isEmpty { word.append(TextLayout.Run(text: part, codes: codes)) }
                case .strong(let content, _):
                    add(content, bold: true, italic: italic)
                case .emphasis(let content, _):
                    add(content, bold: bold, italic: true)
                case .link(let content, let url, _):
                    add(content, bold: bold, italic: italic)
                    endWord()
                    tokens.append(.ownLine(url))
                case .url(let url, _):
                    endWord()
                    tokens.append(.word([TextLayout.Run(text: url)], breakable: false))
                case .lineBreak:
                    endWord()
                    tokens.append(.lineBreak)
                }
            }
        }
        add(nodes, bold: false, italic: false)
        endWord()
        return tokens
    }
}
