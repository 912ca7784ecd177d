/// Parses the Markdown subset that docs/LANGUAGE.md defines into a `MarkdownDocument`.
///
/// Hand-written rather than taken from a library: the language module may not use Foundation,
/// the checker needs byte positions for every node and problem, and JohnSundell/Ink (the
/// library at hand) passes raw HTML through and keeps no positions. The subset is small:
/// paragraphs, `- `/`* ` and `1. ` lists, emphasis, links, bare URLs and line breaks
/// (`MarkdownInlineParser`). Everything else is text.
enum MarkdownParser {
    /// One line of the text: where its content starts (after indentation) and ends (before
    /// trailing blanks); `start == end` for a blank line.
    struct Line {
        var start: Int
        var end: Int
        var isBlank: Bool { start == end }
    }

    /// A list being read: its first number (nil: bullets) and each item's content ranges.
    private struct OpenList {
        var start: Int?
        var items: [(first: Int, segments: [Range<Int>])]
    }

    /// The tree of `bytes[range]` (all of `bytes` when nil), spans counted from the start of
    /// `bytes`; without `keepText`, only its problems are worth anything (no text nodes are
    /// made). The checker parses a text block where it is in its file, indentation and all
    /// (each line's indentation is left out anyway), so that nothing is copied and every span
    /// is a place in the file.
    static func parse(_ bytes: [UInt8], in range: Range<Int>? = nil, keepText: Bool = true) -> MarkdownDocument {
        var blocks: [MarkdownBlock] = []
        var problems: [MarkdownProblem] = []
        var paragraph: [Range<Int>] = []
        var list: OpenList?
        var blankInList = false

        func closeParagraph() {
            guard let first = paragraph.first, let last = paragraph.last else { return }
            let content = MarkdownInlineParser.parse(bytes, paragraph, keepText: keepText, &problems)
            blocks.append(.paragraph(content, span: first.lowerBound..<last.upperBound))
            paragraph = []
        }
        func closeList() {
            guard let open = list, let last = open.items.last?.segments.last else { return }
            let items = open.items.map { item in
                MarkdownListItem(content: MarkdownInlineParser.parse(bytes, item.segments, keepText: keepText, &problems),
                                 span: item.first..<(item.segments.last?.upperBound ?? item.first))
            }
            blocks.append(.list(MarkdownList(start: open.start, items: items, span: open.items[0].first..<last.upperBound)))
            list = nil
        }

        for line in lines(bytes, range ?? 0..<bytes.count) {
            if line.isBlank {
                closeParagraph()
                blankInList = list != nil
                continue
            }
            if let marker = listMarker(bytes, line),
               paragraph.isEmpty || marker.number == nil || marker.number == 1 {
                // A numbered item other than 1 does not interrupt a paragraph ("in 2024. Dat ..."),
                // as in CommonMark.
                closeParagraph()
                if list == nil || (list?.start == nil) != (marker.number == nil) {
                    closeList()
                    list = OpenList(start: marker.number, items: [])
                }
                list?.items.append((first: line.start, segments: [marker.content..<line.end]))
                blankInList = false
                continue
            }
            if var open = list {
                if !blankInList {
                    // A line right below an item continues it.
                    open.items[open.items.count - 1].segments.append(line.start..<line.end)
                    list = open
                    continue
                }
                closeList()
            }
            if let hashes = heading(bytes, line) {
                problems.append(MarkdownProblem(.heading, span: line.start..<hashes))
            }
            paragraph.append(line.start..<line.end)
        }
        closeParagraph()
        closeList()
        return MarkdownDocument(blocks: blocks, problems: problems)
    }

    /// The lines of `bytes[range]` (separated by `\n`), indentation and trailing blanks left out.
    static func lines(_ bytes: [UInt8], _ range: Range<Int>) -> [Line] {
        var out: [Line] = []
        var lineStart = range.lowerBound
        while lineStart <= range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var start = lineStart
            while start < lineEnd && isBlank(bytes[start]) { start += 1 }
            var end = lineEnd
            while end > start && (isBlank(bytes[end - 1]) || bytes[end - 1] == 0x0D) { end -= 1 }
            out.append(Line(start: start, end: end))
            lineStart = lineEnd + 1
        }
        return out
    }

    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// The list marker that starts `line` (`- `, `* `, `+ `, `12. `, `3) `): the item's number
    /// (nil for a bullet) and where its text starts.
    static func listMarker(_ bytes: [UInt8], _ line: Line) -> (number: Int?, content: Int)? {
        var i = line.start
        let first = bytes[i]
        var number: Int?
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            i += 1
        } else {
            var value = 0
            while i < line.end && i - line.start < 9, case 0x30...0x39 = bytes[i] {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i > line.start, i < line.end, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
            number = value
            i += 1
        }
        guard i < line.end, isBlank(bytes[i]) else { return nil }
        while i < line.end && isBlank(bytes[i]) { i += 1 }
        return (number, i)
    }

    /// Where the `#` run of a heading line (`# `, up to `###### `) ends, or nil.
    static func heading(_ bytes: [UInt8], _ line: Line) -> Int? {
        var i = line.start
        while i < line.end && bytes[i] == UInt8(ascii: "#") { i += 1 }
        let count = i - line.start
        guard (1...6).contains(count), i == line.end || isBlank(bytes[i]) else { return nil }
        return i
    }
}
