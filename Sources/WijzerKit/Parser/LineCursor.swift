/// Reads the tokens of one statement line left to right, reporting what is missing.
struct LineCursor {
    let tokens: [Token]
    let file: SourceFile
    let fileIndex: Int
    let lineEnd: Int
    var position = 0

    init(node: LineNode, file: SourceFile, fileIndex: Int) {
        // A trailing comment is layout, not content.
        tokens = node.tokens.last?.kind == .comment ? Array(node.tokens.dropLast()) : node.tokens
        self.file = file
        self.fileIndex = fileIndex
        lineEnd = file.lineRange(node.line).upperBound
    }

    var atEnd: Bool { position >= tokens.count }
    var peek: Token? { position < tokens.count ? tokens[position] : nil }
    func peek(_ offset: Int) -> Token? { position + offset < tokens.count ? tokens[position + offset] : nil }

    func span(_ t: Token) -> Span { Span(file: fileIndex, start: t.start, end: t.end) }
    /// Where something missing would have been: just after the previous token.
    var here: Span {
        if let t = peek { return span(t) }
        let end = tokens.last?.end ?? lineEnd
        return Span(file: fileIndex, start: end, end: end + 1)
    }

    func text(_ t: Token) -> String { String(decoding: file.bytes[t.range], as: UTF8.self) }

    mutating func next() -> Token? {
        defer { position += 1 }
        return peek
    }

    func peekKeyword() -> Keyword? {
        guard let t = peek, t.kind == .identifier else { return nil }
        return Keyword.match(file.bytes, t.range)
    }

    mutating func identifier(_ what: String, _ d: inout DiagnosticEngine) -> Identifier? {
        guard let t = peek, t.kind == .identifier else {
            d.error("verwacht \(what)\(found)", at: here)
            return nil
        }
        position += 1
        return Identifier(text(t), span: span(t))
    }

    mutating func string(_ what: String, _ d: inout DiagnosticEngine) -> TextValue? {
        guard let t = peek, t.kind == .string else {
            d.error("verwacht \(what) tussen aanhalingstekens\(found)", at: here)
            return nil
        }
        position += 1
        return TextValue(stringValue(t), span: span(t))
    }

    /// A string token's text without quotes, escapes resolved; works on the bytes, since most
    /// strings have no escapes and need only one copy.
    func stringValue(_ t: Token) -> String {
        let bytes = file.bytes
        var start = t.start + 1
        var end = t.end
        if end > start && bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 } else { start = min(start, end) }
        var hasEscape = false
        for i in start..<end where bytes[i] == UInt8(ascii: "\\") { hasEscape = true; break }
        if !hasEscape { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: "\\") && i + 1 < end {
                out.append(bytes[i + 1])
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func url(_ d: inout DiagnosticEngine) -> TextValue? {
        guard let t = peek, t.kind == .url else {
            d.error("verwacht een webadres (https://...)\(found)", at: here)
            return nil
        }
        position += 1
        return TextValue(text(t), span: span(t))
    }

    mutating func integer(_ what: String, _ d: inout DiagnosticEngine) -> Int? {
        guard let t = peek, t.kind == .number else {
            d.error("verwacht \(what)\(found)", at: here)
            return nil
        }
        position += 1
        var s = text(t)
        if s.hasPrefix("+") { s.removeFirst() }
        guard let value = Int(s), abs(value) <= 1_000_000_000 else {
            d.error("verwacht een geheel getal (tussen -1000000000 en 1000000000), niet `\(text(t))`", at: span(t))
            return nil
        }
        return value
    }

    /// Consumes the keyword `k` if it is next.
    mutating func accept(_ k: Keyword) -> Bool {
        guard peekKeyword() == k else { return false }
        position += 1
        return true
    }

    mutating func expect(_ k: Keyword, _ d: inout DiagnosticEngine) -> Bool {
        if accept(k) { return true }
        d.error("verwacht `\(k.rawValue)`\(found)", at: here)
        return false
    }

    /// Reports anything left on the line.
    func expectEnd(_ d: inout DiagnosticEngine) {
        guard let t = peek else { return }
        let last = tokens[tokens.count - 1]
        d.error("onverwacht `\(text(t))` aan het eind van de regel",
                at: Span(file: fileIndex, start: t.start, end: last.end))
    }

    /// ", gevonden `x`" or ", maar de regel houdt op".
    var found: String {
        guard let t = peek else { return ", maar de regel houdt hier op" }
        let shown = text(t)
        return ", gevonden `\(shown.count > 40 ? String(shown.prefix(40)) + "…" : shown)`"
    }
}
