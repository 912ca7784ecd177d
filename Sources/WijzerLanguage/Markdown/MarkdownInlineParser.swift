/// Parses the text of a paragraph or list item: emphasis, links, bare URLs, line breaks and
/// backslash escapes; raw HTML and images are reported and kept as text.
///
/// Emphasis follows CommonMark's delimiter runs in a simplified form: a run of `*` or `_` may
/// open when it is followed by text and close when it follows text (`_` not inside a word), and
/// each closer takes the nearest opener of its kind.
struct MarkdownInlineParser {
    /// The paragraph's bytes, its lines joined by `\n`.
    private var chars: [UInt8] = []
    /// Where each line starts in `chars` and in the text (a joining `\n` counts as the end of
    /// the line before it).
    private var lineStarts: [(index: Int, offset: Int)] = []
    private var problems: [MarkdownProblem] = []
    /// Whether to make text nodes; the checker, which wants only the problems, does without.
    private var keepText = true

    /// A run of `*` or `_` not yet matched; `start` is its first character in `chars`.
    private struct Delimiter {
        var char: UInt8
        var start: Int
        var count: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private enum Item {
        case node(MarkdownInline)
        case delimiter(Delimiter)
    }

    /// The inline tree of the lines `segments` of `bytes`; problems are added to `problems`.
    static func parse(_ bytes: [UInt8], _ segments: [Range<Int>], keepText: Bool = true,
                      _ problems: inout [MarkdownProblem]) -> [MarkdownInline] {
        var parser = MarkdownInlineParser()
        parser.keepText = keepText
        for (n, segment) in segments.enumerated() {
            if n > 0 { parser.chars.append(0x0A) }
            parser.lineStarts.append((parser.chars.count, segment.lowerBound))
            parser.chars.append(contentsOf: bytes[segment])
        }
        let tree = parser.inlines(0..<parser.chars.count)
        problems.append(contentsOf: parser.problems)
        return tree
    }

    /// The offset in the text of `chars[i]`.
    private func offset(_ i: Int) -> Int {
        var line = lineStarts.count - 1
        while line > 0 && lineStarts[line].index > i { line -= 1 }
        return lineStarts.isEmpty ? i : lineStarts[line].offset + (i - lineStarts[line].index)
    }

    /// The byte range in the text of `chars[range]`.
    private func span(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return offset(range.lowerBound)..<offset(range.lowerBound) }
        return offset(range.lowerBound)..<(offset(range.upperBound - 1) + 1)
    }

    /// Bytes that may start markup; all others are copied into text a run at a time.
    private static let special: [Bool] = (0..<256).map { b in
        "\\\n![<h*_".utf8.contains(UInt8(b))
    }

    private mutating func inlines(_ range: Range<Int>) -> [MarkdownInline] {
        var items: [Item] = []
        var text: [UInt8] = []
        var textStart = range.lowerBound
        func flush(upTo end: Int) {
            if keepText && !text.isEmpty { items.append(.node(.text(String(decoding: text, as: UTF8.self), span: span(textStart..<end)))) }
            text = []
        }
        var i = range.lowerBound
        while i < range.upperBound {
            if text.isEmpty { textStart = i }
            let c = chars[i]
            if !Self.special[Int(c)] {
                var end = i + 1
                while end < range.upperBound && !Self.special[Int(chars[end])] { end += 1 }
                if keepText { text.append(contentsOf: chars[i..<end]) } else { text.append(c) }
                i = end
                continue
            }
            let next: UInt8 = i + 1 < range.upperBound ? chars[i + 1] : 0x20
            switch c {
            case UInt8(ascii: "\\") where next == 0x0A:
                flush(upTo: i)
                items.append(.node(.lineBreak(span: span(i..<i + 1))))
                i += 2
                continue
            case UInt8(ascii: "\\") where i + 1 < range.upperBound && Self.isPunctuation(next):
                text.append(next)
                i += 2
                continue
            case 0x0A:
                text.append(0x20)
            case UInt8(ascii: "!") where next == UInt8(ascii: "["):
                if let link = linkEnd(from: i + 1, in: range) {
                    problems.append(MarkdownProblem(.image, span: span(i..<link.end)))
                    text.append(contentsOf: chars[i..<link.end])
                    i = link.end
                    continue
                }
                text.append(c)
            case UInt8(ascii: "["):
                if let link = linkEnd(from: i, in: range) {
                    flush(upTo: i)
                    let url = String(decoding: chars[link.url], as: UTF8.self)
                    if let problem = URLCheck.problem(in: url) {
                        problems.append(MarkdownProblem(.badLink(problem), span: span(link.url)))
                    }
                    let label = inlines(i + 1..<link.url.lowerBound - 2)
                    items.append(.node(.link(label, url: url, span: span(i..<link.end))))
                    i = link.end
                    continue
                }
                text.append(c)
            case UInt8(ascii: "<") where startsURL(i + 1, range):
                // `<https://...>`: a URL in angle brackets, as the Markdown renderer writes one.
                var end = i + 1
                while end < range.upperBound && !Self.isWhitespace(chars[end]) && chars[end] != UInt8(ascii: ">") { end += 1 }
                guard end < range.upperBound, chars[end] == UInt8(ascii: ">") else { fallthrough }
                flush(upTo: i)
                items.append(.node(.url(String(decoding: chars[i + 1..<end], as: UTF8.self), span: span(i..<end + 1))))
                i = end + 1
                continue
            case UInt8(ascii: "<") where Self.isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?"):
                var end = i + 1
                while end < range.upperBound && chars[end] != UInt8(ascii: ">") && chars[end] != 0x0A { end += 1 }
                if end < range.upperBound && chars[end] == UInt8(ascii: ">") { end += 1 }
                problems.append(MarkdownProblem(.rawHTML, span: span(i..<end)))
                text.append(contentsOf: chars[i..<end])
                i = end
                continue
            case UInt8(ascii: "h") where startsWord(i, range) && startsURL(i, range):
                let end = urlEnd(from: i, in: range)
                flush(upTo: i)
                items.append(.node(.url(String(decoding: chars[i..<end], as: UTF8.self), span: span(i..<end))))
                i = end
                continue
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                flush(upTo: i)
                var end = i
                while end < range.upperBound && chars[end] == c { end += 1 }
                items.append(.delimiter(delimiter(c, i..<end, in: range)))
                i = end
                continue
            default:
                text.append(c)
            }
            i += 1
        }
        flush(upTo: range.upperBound)
        return Self.merged(matchEmphasis(items))
    }

    /// A link starting at the `[` at `open`: `[text](url)` with a URL without blanks.
    private func linkEnd(from open: Int, in range: Range<Int>) -> (url: Range<Int>, end: Int)? {
        var close = open + 1
        while close < range.upperBound && chars[close] != UInt8(ascii: "]") {
            if chars[close] == UInt8(ascii: "[") { return nil }
            close += 1
        }
        guard close + 1 < range.upperBound, chars[close + 1] == UInt8(ascii: "(") else { return nil }
        var end = close + 2
        while end < range.upperBound && chars[end] != UInt8(ascii: ")") {
            if chars[end] == 0x20 || chars[end] == 0x0A || chars[end] == 0x09 { return nil }
            end += 1
        }
        guard end < range.upperBound else { return nil }
        return (close + 2..<end, end + 1)
    }

    private func startsWord(_ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound else { return true }
        let before = chars[i - 1]
        return Self.isWhitespace(before) || before == UInt8(ascii: "(") || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
    }

    private static let https = Array("https://".utf8)
    private static let http = Array("http://".utf8)

    /// Whether `http://` or `https://` and at least one more byte start at `i`.
    private func startsURL(_ i: Int, _ range: Range<Int>) -> Bool {
        for scheme in [Self.https, Self.http] where i + scheme.count < range.upperBound {
            var k = 0
            while k < scheme.count && chars[i + k] == scheme[k] { k += 1 }
            if k == scheme.count { return true }
        }
        return false
    }

    private static let trailingPunctuation = Array(".,:;!?'\"*_".utf8)

    /// A bare URL ends at a blank; punctuation at its end (`.`, `,`, an unmatched `)`) is text.
    private func urlEnd(from start: Int, in range: Range<Int>) -> Int {
        var end = start
        while end < range.upperBound && !Self.isWhitespace(chars[end]) && chars[end] != UInt8(ascii: "<") { end += 1 }
        while end > start {
            let last = chars[end - 1]
            if Self.trailingPunctuation.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")")
                        && chars[start..<end].count(where: { $0 == UInt8(ascii: "(") }) < chars[start..<end].count(where: { $0 == UInt8(ascii: ")") }) {
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// The run `run` of `char`, with whether it can open or close emphasis.
    private func delimiter(_ char: UInt8, _ run: Range<Int>, in range: Range<Int>) -> Delimiter {
        let before: UInt8 = run.lowerBound > range.lowerBound ? chars[run.lowerBound - 1] : 0x20
        let after: UInt8 = run.upperBound < range.upperBound ? chars[run.upperBound] : 0x20
        let leftFlanking = !Self.isWhitespace(after)
            && (!Self.isPunctuation(after) || Self.isWhitespace(before) || Self.isPunctuation(before))
        let rightFlanking = !Self.isWhitespace(before)
            && (!Self.isPunctuation(before) || Self.isWhitespace(after) || Self.isPunctuation(after))
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if char == UInt8(ascii: "_") {
            // Not inside a word: `bestand_naam_kort` stays text.
            canOpen = leftFlanking && (!rightFlanking || Self.isPunctuation(before))
            canClose = rightFlanking && (!leftFlanking || Self.isPunctuation(after))
        }
        return Delimiter(char: char, start: run.lowerBound, count: run.count, canOpen: canOpen, canClose: canClose)
    }

    /// Pairs closers with the nearest earlier opener of the same character; `**` makes strong
    /// text, `*` emphasis. Runs left over become text, and an unpaired `**` or `*` a problem.
    private mutating func matchEmphasis(_ input: [Item]) -> [MarkdownInline] {
        var items = input
        var index = 0
        // Below these no opener for `*` (first) or `_` (second) is left: a closer that found
        // none there stops searching, so a line of unmatched closers is not quadratic.
        var floor = (star: 0, underscore: 0)
        while index < items.count {
            guard case .delimiter(var closer) = items[index], closer.canClose else {
                index += 1
                continue
            }
            let bottom = closer.char == UInt8(ascii: "*") ? floor.star : floor.underscore
            guard let o = items[bottom..<index].lastIndex(where: {
                      if case .delimiter(let d) = $0 { d.char == closer.char && d.canOpen } else { false }
                  }),
                  case .delimiter(var opener) = items[o] else {
                if closer.char == UInt8(ascii: "*") { floor.star = index } else { floor.underscore = index }
                index += 1
                continue
            }
            let use = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            let inner = items[(o + 1)..<index].map(node)
            let whole = span(opener.start + opener.count - use..<closer.start + use)
            let wrapped: MarkdownInline = use == 2 ? .strong(Self.merged(inner), span: whole) : .emphasis(Self.merged(inner), span: whole)
            opener.count -= use
            closer.count -= use
            closer.start += use
            var replacement: [Item] = []
            if opener.count > 0 { replacement.append(.delimiter(opener)) }
            replacement.append(.node(wrapped))
            let nodeIndex = o + replacement.count - 1
            if closer.count > 0 { replacement.append(.delimiter(closer)) }
            items.replaceSubrange(o...index, with: replacement)
            // Items after the pair moved down: a floor past `o` would now skip some of them.
            floor = (min(floor.star, o), min(floor.underscore, o))
            index = nodeIndex + 1
        }
        return items.map { item in
            if case .delimiter(let d) = item {
                let run = span(d.start..<d.start + d.count)
                if d.count >= 2 && (d.canOpen || d.canClose) {
                    problems.append(MarkdownProblem(.unclosedStrong, span: run))
                } else if d.char == UInt8(ascii: "*") && (d.canOpen || d.canClose) {
                    problems.append(MarkdownProblem(.unclosedEmphasis, span: run))
                }
            }
            return node(item)
        }
    }

    /// An item as a node: a delimiter left between a pair is text.
    private func node(_ item: Item) -> MarkdownInline {
        switch item {
        case .node(let n): n
        case .delimiter(let d): .text(String(decoding: repeatElement(d.char, count: d.count), as: UTF8.self), span: span(d.start..<d.start + d.count))
        }
    }

    /// Neighbouring text nodes joined into one.
    static func merged(_ nodes: [MarkdownInline]) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        for n in nodes {
            if case .text(let b, let bs) = n, case .text(let a, let aspan)? = out.last {
                out[out.count - 1] = .text(a + b, span: aspan.lowerBound..<max(aspan.upperBound, bs.upperBound))
            } else {
                out.append(n)
            }
        }
        return out
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }
    static func isASCIILetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    /// ASCII punctuation (bytes of other scripts count as letters).
    static func isPunctuation(_ b: UInt8) -> Bool {
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }
}
