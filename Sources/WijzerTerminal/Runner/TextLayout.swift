import Foundation

/// Plain-text layout for the runner: Markdown from the questionnaires made readable on a
/// terminal (emphasis markers dropped, links as "text (url)") and wrapped to a width.
enum TextLayout {
    static let width = 78

    /// `markdown` as wrapped paragraphs, each line starting with `indent`.
    static func paragraphs(_ markdown: String, indent: String = "", width: Int = width) -> String {
        var out: [String] = []
        for block in markdown.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard !lines.isEmpty else { continue }
            if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") || $0.hasPrefix("  ") }) {
                // A list: each item wrapped on its own, continuation lines under the text.
                var item = ""
                for line in lines {
                    if line.hasPrefix("- ") || line.hasPrefix("* ") {
                        if !item.isEmpty { out.append(wrap(plain(item), indent: indent + "• ", rest: indent + "  ", width: width)) }
                        item = String(line.dropFirst(2))
                    } else {
                        item += " " + line.trimmingCharacters(in: .whitespaces)
                    }
                }
                if !item.isEmpty { out.append(wrap(plain(item), indent: indent + "• ", rest: indent + "  ", width: width)) }
            } else {
                out.append(wrap(plain(lines.joined(separator: " ")), indent: indent, rest: indent, width: width))
            }
        }
        return out.joined(separator: "\n\n")
    }

    /// Greedy word wrap.
    static func wrap(_ text: String, indent: String, rest: String, width: Int = width) -> String {
        var lines: [String] = []
        var line = indent
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Markdown emphasis removed, `[text](url)` as `text (url)`, headings without `#`.
    static func plain(_ markdown: String) -> String {
        var s = markdown
        while let open = s.range(of: "["), let mid = s.range(of: "](", range: open.upperBound..<s.endIndex),
              let close = s.range(of: ")", range: mid.upperBound..<s.endIndex) {
            let text = s[open.upperBound..<mid.lowerBound]
            let url = s[mid.upperBound..<close.lowerBound]
            s.replaceSubrange(open.lowerBound..<close.upperBound, with: "\(text) (\(url))")
        }
        s = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "")
        while s.hasPrefix("#") { s.removeFirst() }
        return s.trimmingCharacters(in: .whitespaces)
    }
}
