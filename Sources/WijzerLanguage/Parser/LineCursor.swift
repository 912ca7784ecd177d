/// Reads the tokens of one statement line left to right, reporting what is missing.
///
/// Shares the file's token and byte arrays, so making a cursor for each of a file's lines
/// costs no allocation.
struct LineCursor {
    /// The file's tokens; this line's are `allTokens[firstToken..<firstToken + count]`,
    /// without a trailing comment.
    let allTokens: [Token]
    let firstToken: Int
    /// The number of tokens on this line.
    let count: Int
    let bytes: [UInt8]
    /// The file's bytes, which text values keep to decode themselves later.
    let source: SourceText
    let fileIndex: Int
    let lineStart: Int
    let lineEnd: Int
    /// The index of the next token on this line (0: the first).
    var position = 0

    var atEnd: Bool { position >= count }
    var peek: Token? { position < count ? allTokens[firstToken + position] : nil }
    func peek(_ offset: Int) -> Token? { position + offset < count ? allTokens[firstToken + position + offset] : nil }
    /// This line's last token.
    var last: Token? { count > 0 ? allTokens[firstToken + count - 1] : nil }

    func span(_ t: Token) -> Span { Span(file: fileIndex, start: t.start, end: t.end) }
    /// The place of this line's token at `position`.
    func tokenSpan(_ position: Int) -> Span { span(allTokens[firstToken + position]) }
    /// Where something missing would have been: just after the previous token.
    var here: Span {
        if let t = peek { return span(t) }
        let end = last?.end ?? lineEnd
        return Span(file: fileIndex, start: end, end: end + 1)
    }

    func text(_ t: Token) -> String { String(decoding: bytes[t.range], as: UTF8.self) }

    /// The 1-based column of `offset` on this line, counting Unicode scalars.
    func column(of offset: Int) -> Int {
        var column = 1
        for i in lineStart..<min(offset, lineEnd) where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    mutating func next() -> Token? {
        defer { position += 1 }
        return peek
    }

    func peekKeyword() -> Keyword? {
        guard let t = peek, t.kind == .identifier else { return nil }
        return Keyword.match(bytes, t.range)
    }

    mutating func identifier(_ what: String, _ d: inout DiagnosticEngine) -> Identifier? {
        guard let t = peek, t.kind == .identifier else {
            d.error(.expectedSyntax, "verwacht \(what)\(found)", at: here)
            return nil
        }
        position += 1
        return Identifier(text(t), span: span(t))
    }

    mutating func string(_ what: String, _ d: inout DiagnosticEngine) -> TextValue? {
        guard let t = peek, t.kind == .string else {
            d.error(.expectedSyntax, "verwacht \(what) tussen aanhalingstekens\(found)", at: here)
            return nil
        }
        position += 1
        return TextValue(quotedIn: source, span: span(t))
    }

    mutating func url(_ d: inout DiagnosticEngine) -> TextValue? {
        guard let t = peek, t.kind == .url else {
            d.error(.expectedSyntax, "verwacht een webadres (https://...)\(found)", at: here)
            return nil
        }
        position += 1
        // An address with a space was reported by the lexer; the part before the space is kept.
        let space = bytes[t.range].firstIndex { $0 == 0x20 || $0 == 0x09 } ?? t.end
        return TextValue(rawIn: source, span: Span(file: fileIndex, start: t.start, end: space))
    }

    mutating func integer(_ what: String, _ d: inout DiagnosticEngine) -> Int? {
        guard let t = peek, t.kind == .number else {
            d.error(.expectedSyntax, "verwacht \(what)\(found)", at: here)
            return nil
        }
        position += 1
        guard let value = Self.integerValue(bytes, t), abs(value) <= 1_000_000_000 else {
            d.error(.badInteger, "verwacht een geheel getal (tussen -1000000000 en 1000000000), niet `\(text(t))`", at: span(t))
            return nil
        }
        return value
    }

    /// A number, whole or with decimals (`7.5`): answers, ranges and steps of number questions.
    mutating func decimal(_ what: String, _ d: inout DiagnosticEngine) -> DecimalNumber? {
        guard let t = peek, t.kind == .number else {
            d.error(.expectedSyntax, "verwacht \(what)\(found)", at: here)
            return nil
        }
        position += 1
        guard let value = DecimalNumber(text(t)) else {
            d.error(.badInteger, "verwacht een getal tussen -\(DecimalNumber.limit) en \(DecimalNumber.limit) met hoogstens \(DecimalNumber.maximumDecimals) decimalen, niet `\(text(t))`", at: span(t))
            return nil
        }
        return value
    }

    /// The value of a number token without a fraction, or nil (a fraction, or more than 18
    /// significant digits).
    private static func integerValue(_ bytes: [UInt8], _ t: Token) -> Int? {
        var i = t.start
        var negative = false
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < t.end else { return nil }
        // Leading zeros do not count towards the 18 digits an Int surely holds.
        while i + 1 < t.end && bytes[i] == UInt8(ascii: "0") { i += 1 }
        guard t.end - i <= 18 else { return nil }
        var value = 0
        while i < t.end {
            let digit = Int(bytes[i]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            i += 1
        }
        return negative ? -value : value
    }

    /// Consumes the keyword `k` if it is next.
    mutating func accept(_ k: Keyword) -> Bool {
        guard peekKeyword() == k else { return false }
        position += 1
        return true
    }

    mutating func expect(_ k: Keyword, _ d: inout DiagnosticEngine) -> Bool {
        if accept(k) { return true }
        d.error(.expectedSyntax, "verwacht `\(k.rawValue)`\(found)", at: here)
        return false
    }

    /// Reports anything left on the line, unless it starts with a character the lexer has
    /// reported already (one mistake, one finding).
    func expectEnd(_ d: inout DiagnosticEngine) {
        guard let t = peek, let last, t.kind != .invalid else { return }
        d.error(.trailingToken, "onverwacht `\(text(t))` aan het eind van de regel",
                at: Span(file: fileIndex, start: t.start, end: last.end))
    }

    /// ", gevonden `x`" or ", maar de regel houdt op".
    var found: String {
        guard let t = peek else { return ", maar de regel houdt hier op" }
        let shown = text(t)
        return ", gevonden `\(shown.count > 40 ? String(shown.prefix(40)) + "…" : shown)`"
    }
}
