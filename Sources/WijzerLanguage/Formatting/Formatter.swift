/// Writes a parsed file in the canonical layout: two spaces a level, one space between tokens,
/// English keywords, one blank line between top-level declarations, comments kept.
///
/// Works line by line from the parse, so it only changes layout: parsing the result gives the
/// same declarations (`parse(format(x)) == parse(x)`), and formatting twice changes nothing.
public enum Formatter {
    /// The canonical text of `file`, parsed as `parsed`. Only call it for files without errors.
    public static func format(_ parsed: ParsedFile, file: SourceFile) -> String {
        // A parse made only for checking keeps no layout: parse again with it.
        if parsed.roles.count != file.lineCount { return format(Checker.parse(file).0, file: file) }
        var out: [String] = []
        var pendingBlank = false
        var lastWasComment = false
        var lastWasOpener = false
        var lastTopLevelWasDimension = false
        func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
        func separate(topLevel: Bool) {
            if out.isEmpty { pendingBlank = false; return }
            if (topLevel && !lastWasComment) || pendingBlank { out.append("") }
            pendingBlank = false
        }
        for line in 0..<file.lineCount {
            switch parsed.roles[line] {
            case .blank:
                pendingBlank = true
            case .comment(let depth):
                separate(topLevel: depth == 0)
                out.append(indent(depth) + trimmedContent(file, line))
                lastWasComment = true
                lastWasOpener = false
            case .code(let depth):
                // Consecutive one-line `dimension` declarations may stay together.
                let isDimension = depth == 0 && parsed.tokens[line].first.map { parsed.keywords[$0.start] == .dimension } == true
                if depth == 0 {
                    separate(topLevel: !(isDimension && lastTopLevelWasDimension && !lastWasComment))
                    lastTopLevelWasDimension = isDimension
                } else {
                    separate(topLevel: false)
                }
                out.append(indent(depth) + join(parsed.tokens[line], file: file, keywords: parsed.keywords))
                lastWasComment = false
                lastWasOpener = true
            case .text(let depth, let extra):
                out.append(indent(depth) + String(repeating: " ", count: extra) + trimmedContent(file, line))
                lastWasOpener = false
                lastWasComment = false
                pendingBlank = false
            case .textBlank:
                if !lastWasOpener { out.append("") }
            }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// A line without its indentation and trailing spaces.
    private static func trimmedContent(_ file: SourceFile, _ line: Int) -> String {
        let range = file.lineRange(line)
        var start = range.lowerBound
        var end = range.upperBound
        let b = file.bytes
        while start < end && (b[start] == 0x20 || b[start] == 0x09) { start += 1 }
        while end > start && (b[end - 1] == 0x20 || b[end - 1] == 0x09) { end -= 1 }
        return String(decoding: b[start..<end], as: UTF8.self)
    }

    /// Tokens joined by single spaces, without spaces around `.`, `..`, inside brackets, before `,`.
    static func join(_ tokens: [Token], file: SourceFile, keywords: [Int: Keyword]) -> String {
        var s = ""
        var previous: Token.Kind?
        for t in tokens {
            var text = keywords[t.start]?.rawValue ?? String(decoding: file.bytes[t.range], as: UTF8.self)
            if t.kind == .comment {
                while text.last == " " || text.last == "\t" { text.removeLast() }
            }
            if let p = previous {
                let tight = [.comma, .colon, .dot, .dotDot, .rightBracket, .rightParen].contains(t.kind)
                    || [.dot, .dotDot, .leftBracket, .leftParen].contains(p)
                if !tight || t.kind == .comment { s += " " }
            }
            s += text
            previous = t.kind
        }
        return s
    }
}
