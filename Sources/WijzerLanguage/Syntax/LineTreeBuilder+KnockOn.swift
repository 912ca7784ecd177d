/// Reading indentation mistakes as their authors meant them, so that one misplaced line gives
/// one error at that line, not a cascade at the correct lines after it.
extension LineTreeBuilder {
    /// Keywords whose lines never take indented lines below them (a text block aside).
    static let leafKeywords: Set<Keyword> = [
        .version, .order, .opening, .source, .resource, .why, .showIf, .notApplicable, .score, .strength,
        .timeframe, .notice, .expect, .likert, .number, .reflection, .tip, .theme,
        .publisher, .minutes, .guide, .praise, .attribution, .condition,
    ]

    /// Keywords that start the lines a text block can swallow by mistake.
    static let fieldKeywords: Set<Keyword> = leafKeywords.union([
        .question, .scenario, .dimension, .example, .situation, .knowledge, .text, .intro,
    ])

    /// Whether the line of `tokens` is a field that takes no lines below it.
    static func isLeaf(_ tokens: ArraySlice<Token>, _ buf: [UInt8]) -> Bool {
        guard let first = tokens.first, first.kind == .identifier, let k = Keyword.match(buf, first.range) else { return false }
        return leafKeywords.contains(k) || (k.opensTextBlock && tokens.count > 1)
    }

    /// The indentation of the next line with code after `line`, skipping blank and comment lines.
    static func nextCodeIndent(_ file: SourceFile, after line: Int) -> Int? {
        var index = line + 1
        while index < file.lineCount {
            let range = file.lineRange(index)
            let (indent, contentStart) = TextDecoding.measureIndent(file.bytes, range.lowerBound, range.upperBound)
            if contentStart < range.upperBound && file.bytes[contentStart] != UInt8(ascii: "#") { return indent }
            index += 1
        }
        return nil
    }

    /// The line a text block ended at because it reads like a field written too deep, with its
    /// keyword: the first non-blank line from `line`, if deeper than the block's keyword.
    static func fieldAfterText(_ file: SourceFile, from line: Int, parentIndent: Int) -> (Int, Keyword)? {
        var index = line
        while index < file.lineCount {
            let range = file.lineRange(index)
            let (indent, contentStart) = TextDecoding.measureIndent(file.bytes, range.lowerBound, range.upperBound)
            if contentStart < range.upperBound {
                guard indent > parentIndent, let k = fieldInText(file.bytes, contentStart..<range.upperBound) else { return nil }
                return (index, k)
            }
            index += 1
        }
        return nil
    }

    /// A fix-it that indents the line starting at `lineStart` by `spaces` spaces.
    static func reindent(_ file: Int, _ lineStart: Int, _ contentStart: Int, to spaces: Int) -> FixIt {
        FixIt("spring de regel \(spaces) spaties in", edits: [FixIt.Edit(Span(file: file, start: lineStart, end: contentStart), String(repeating: " ", count: spaces))])
    }

    /// The keyword of a text-block line that reads like a field written too deep: a field
    /// keyword, then a string, web address or number, and at most two more words (prose has more).
    static func fieldInText(_ buf: [UInt8], _ range: Range<Int>) -> Keyword? {
        guard let b = range.first.map({ buf[$0] }), b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else { return nil }
        // Most text lines start with a word that is no field keyword: decided before lexing.
        var wordEnd = range.lowerBound
        while wordEnd < range.upperBound && (buf[wordEnd] >= UInt8(ascii: "a") && buf[wordEnd] <= UInt8(ascii: "z") || buf[wordEnd] == UInt8(ascii: "-")) {
            wordEnd += 1
        }
        guard let word = Keyword.match(buf, range.lowerBound..<wordEnd), fieldKeywords.contains(word) else { return nil }
        var problems: [Lexer.Problem] = []
        let tokens = Lexer.tokenize(buf, range, problems: &problems)
        guard problems.isEmpty, tokens.count >= 2, tokens[0].kind == .identifier,
              let k = Keyword.match(buf, tokens[0].range), fieldKeywords.contains(k) else { return nil }
        let rest = tokens.dropFirst().filter { $0.kind != .comment }
        let words = rest.filter { $0.kind == .identifier }.count
        let values = rest.filter { $0.kind == .string || $0.kind == .url || $0.kind == .number }.count
        return values > 0 && words <= 2 ? k : nil
    }
}
