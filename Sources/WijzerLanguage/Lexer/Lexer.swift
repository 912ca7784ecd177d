/// Splits one statement line into tokens, working on UTF-8 bytes for speed.
///
/// Problems (an unterminated string, a stray character) are returned as lexer errors with their
/// byte offsets; the line's other tokens are still produced so that parsing can go on.
public struct Lexer {
    /// A problem found while lexing, in Dutch.
    public struct Problem: Sendable {
        public var message: String
        public var start: Int
        public var end: Int
        public var id: DiagnosticID
        /// What to write at `start..<end` instead, when the fix is certain.
        public var replacement: String?

        public init(message: String, start: Int, end: Int, id: DiagnosticID = .badToken, replacement: String? = nil) {
            self.message = message
            self.start = start
            self.end = end
            self.id = id
            self.replacement = replacement
        }
    }

    /// Tokens of `bytes[range]` (one line, without terminator).
    public static func tokenize(
        _ bytes: [UInt8], _ range: Range<Int>, problems: inout [Problem]
    ) -> [Token] {
        var tokens: [Token] = []
        tokenize(bytes, range, into: &tokens, problems: &problems)
        return tokens
    }

    /// Appends the tokens of `bytes[range]` (one line, without terminator) to `tokens`: the
    /// line tree keeps one token buffer per file.
    public static func tokenize(
        _ bytes: [UInt8], _ range: Range<Int>, into tokens: inout [Token], problems: inout [Problem]
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        @inline(__always) func at(_ k: Int) -> UInt8 { k < end ? bytes[k] : 0 }
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            let start = i
            if b >= 0xC2, let look = Lookalike.at(bytes, i, end) {
                problems.append(Problem(
                    message: look.message,
                    start: i, end: i + look.length, id: .lookalikeCharacter, replacement: look.replacement))
                if look.opensString {
                    i = stringEnd(bytes, opening: start, from: i + look.length, end, problems: &problems)
                    tokens.append(Token(kind: .string, start: start, end: i))
                } else {
                    i += look.length
                }
                continue
            }
            switch b {
            case UInt8(ascii: "#"):
                tokens.append(Token(kind: .comment, start: i, end: end))
                return
            case UInt8(ascii: "\""):
                i = stringEnd(bytes, opening: start, from: i + 1, end, problems: &problems)
                tokens.append(Token(kind: .string, start: start, end: i))
            case UInt8(ascii: "."):
                if at(i + 1) == UInt8(ascii: ".") {
                    i += 2
                    tokens.append(Token(kind: .dotDot, start: start, end: i))
                } else {
                    i += 1
                    tokens.append(Token(kind: .dot, start: start, end: i))
                }
            case UInt8(ascii: ","): i += 1; tokens.append(Token(kind: .comma, start: start, end: i))
            case UInt8(ascii: ":"): i += 1; tokens.append(Token(kind: .colon, start: start, end: i))
            case UInt8(ascii: "["): i += 1; tokens.append(Token(kind: .leftBracket, start: start, end: i))
            case UInt8(ascii: "]"): i += 1; tokens.append(Token(kind: .rightBracket, start: start, end: i))
            case UInt8(ascii: "("): i += 1; tokens.append(Token(kind: .leftParen, start: start, end: i))
            case UInt8(ascii: ")"): i += 1; tokens.append(Token(kind: .rightParen, start: start, end: i))
            case UInt8(ascii: "="): i += 1; tokens.append(Token(kind: .equal, start: start, end: i))
            case UInt8(ascii: "!"):
                if at(i + 1) == UInt8(ascii: "=") {
                    i += 2
                    tokens.append(Token(kind: .notEqual, start: start, end: i))
                } else {
                    i += 1
                    problems.append(Problem(message: "onverwacht teken `!`; bedoel je `!=`?", start: start, end: i))
                    tokens.append(Token(kind: .invalid, start: start, end: i))
                }
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                let less = b == UInt8(ascii: "<")
                if at(i + 1) == UInt8(ascii: "=") {
                    i += 2
                    tokens.append(Token(kind: less ? .lessEqual : .greaterEqual, start: start, end: i))
                } else {
                    i += 1
                    tokens.append(Token(kind: less ? .less : .greater, start: start, end: i))
                }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if isDigit(at(i + 1)) {
                    i = scanNumber(bytes, i + 1, end)
                    tokens.append(Token(kind: .number, start: start, end: i))
                } else if b == UInt8(ascii: "-") && at(i + 1) == UInt8(ascii: ">") {
                    // `a "Ja" -> tip x`, as other formats write an option's effect.
                    i += 2
                    problems.append(Problem(message: "onverwacht `->`; een effect (`score`, `tip`, `strength`) staat op een eigen regel, ingesprongen onder de optie",
                                            start: start, end: i))
                    tokens.append(Token(kind: .invalid, start: start, end: i))
                } else {
                    i += 1
                    problems.append(Problem(message: "onverwacht teken `\(Character(Unicode.Scalar(b)))`", start: start, end: i))
                    tokens.append(Token(kind: .invalid, start: start, end: i))
                }
            default:
                if isDigit(b) {
                    i = scanNumber(bytes, i, end)
                    if i < end && isIdentifierByte(bytes[i]) && bytes[i] != UInt8(ascii: ".") {
                        // `3d-printen`: an identifier that starts with digits.
                        var nonASCII = false
                        i = identifierEnd(bytes, i, end, nonASCII: &nonASCII)
                        if nonASCII { checkLetters(bytes, start, i, &problems) }
                        tokens.append(Token(kind: .identifier, start: start, end: i))
                    } else {
                        tokens.append(Token(kind: .number, start: start, end: i))
                    }
                } else if isIdentifierByte(b) {
                    if startsURL(bytes, i, end) {
                        while i < end && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
                        i = urlEnd(bytes, start, i, end, &problems)
                        tokens.append(Token(kind: .url, start: start, end: i))
                    } else {
                        var nonASCII = false
                        i = identifierEnd(bytes, i, end, nonASCII: &nonASCII)
                        if i + 2 < end && bytes[i] == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/") {
                            // `htps://...`: a mistyped web address; the checker explains the scheme.
                            while i < end && bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
                            i = urlEnd(bytes, start, i, end, &problems)
                            tokens.append(Token(kind: .url, start: start, end: i))
                        } else {
                            if nonASCII { checkLetters(bytes, start, i, &problems) }
                            tokens.append(Token(kind: .identifier, start: start, end: i))
                        }
                    }
                } else {
                    // One whole (possibly multi-byte) character.
                    i += 1
                    while i < end && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    let shown = b < 0x20 || b == 0x7F ? "U+\(String(b, radix: 16, uppercase: true))" : text
                    problems.append(Problem(message: "onverwacht teken `\(shown)`", start: start, end: i))
                    tokens.append(Token(kind: .invalid, start: start, end: i))
                }
            }
        }
    }

    /// Where a string that opens at `start` (its quote ending at `from`) ends: after its closing quote (`"`, or a
    /// typographic closing quote, reported as a lookalike), or at the end of the line (reported).
    /// A backslash escapes a quote or another backslash; any other escape is reported.
    private static func stringEnd(_ bytes: [UInt8], opening start: Int, from: Int, _ end: Int, problems: inout [Problem]) -> Int {
        var i = from
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { return i + 1 }
            if c == 0xE2, let look = Lookalike.at(bytes, i, end), look.opensString, i + 3 <= end,
               bytes[i + 2] == 0x9D || bytes[i + 2] == 0x9C {
                // A closing typographic quote ends the string only when one opened it: inside a
                // straight-quoted string it is text (LANGUAGE.md: they need no escape).
                if bytes[start] == 0xE2 {
                    problems.append(Problem(message: look.message,
                                            start: i, end: i + 3, id: .lookalikeCharacter, replacement: "\""))
                    return i + 3
                }
            }
            if c == UInt8(ascii: "\\") {
                if i + 1 < end && bytes[i + 1] != UInt8(ascii: "\"") && bytes[i + 1] != UInt8(ascii: "\\") {
                    var next = i + 2
                    while next < end && bytes[next] & 0xC0 == 0x80 { next += 1 }
                    let escaped = String(decoding: bytes[(i + 1) ..< next], as: UTF8.self)
                    problems.append(Problem(
                        message: "onbekende escape `\\\(escaped)`: binnen aanhalingstekens schrijf je een backslash als `\\\\` en een aanhalingsteken als `\\\"`",
                        start: i, end: next, id: .unknownEscape, replacement: "\\\\" + escaped))
                    i = next
                    continue
                }
                i = min(i + 2, end)
                continue
            }
            i += 1
        }
        problems.append(Problem(message: "tekst zonder afsluitend aanhalingsteken `\"`", start: start, end: end))
        return end
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Letters (ASCII or any non-ASCII UTF-8 byte except typographic punctuation), digits, `-`, `_`.
    @inline(__always) static func isIdentifierByte(_ b: UInt8) -> Bool {
        // One bit per ASCII byte: `-` and digits below 64; letters and `_` from 64 on.
        let low: UInt64 = 0x03FF_2000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        return b >= 0x80 || (b < 64 ? low >> b : high >> (b &- 64)) & 1 == 1
    }

    /// Where a web address that starts at `start` and reaches a space at `i` ends. An address
    /// is always the last item on its line (`source`, `resource`), so more text before the end
    /// or a ` #` comment means the address had a space in it: the token takes that text too,
    /// and one finding offers the address with `%20` (the parser keeps the part before the
    /// space).
    private static func urlEnd(_ bytes: [UInt8], _ start: Int, _ i: Int, _ end: Int, _ problems: inout [Problem]) -> Int {
        var last = i
        var k = i
        while k < end {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 {
                k += 1
                continue
            }
            if b == UInt8(ascii: "#") && (bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09) { break }
            k += 1
            last = k
        }
        guard last > i else { return i }
        var repaired: [UInt8] = []
        var inSpace = false
        for b in bytes[start..<last] {
            if b == 0x20 || b == 0x09 {
                if !inSpace { repaired += Array("%20".utf8) }
                inSpace = true
            } else {
                repaired.append(b)
                inSpace = false
            }
        }
        let address = String(decoding: bytes[start..<i], as: UTF8.self)
        let rest = String(decoding: bytes[i..<last], as: UTF8.self).drop { $0 == " " || $0 == "\t" }
        problems.append(Problem(
            message: "een webadres kan geen spatie bevatten, maar na `\(address)` volgen een spatie en `\(rest)`; schrijf een spatie in een adres als `%20`",
            start: start, end: last, id: .badURL, replacement: String(decoding: repaired, as: UTF8.self)))
        return last
    }

    /// Reports the first character of the identifier `bytes[start..<end]` that is neither a
    /// letter (any script, with its accents) nor a digit, `-` or `_`, such as an emoji (asked
    /// only for a name with a non-ASCII byte: the byte table vets ASCII); dashes
    /// from a word processor are reported as lookalikes of `-`. The token stays an identifier,
    /// so nothing after it is blamed as well.
    private static func checkLetters(_ bytes: [UInt8], _ start: Int, _ end: Int, _ problems: inout [Problem]) {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        func allowed(_ s: Unicode.Scalar) -> Bool {
            guard s.value >= 0x80 else { return true }
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return s.properties.isAlphabetic
            }
        }
        guard let bad = text.unicodeScalars.first(where: { !allowed($0) }) else { return }
        let dashes = Lookalike.dashes
        if text.unicodeScalars.allSatisfy({ allowed($0) || dashes.contains($0.value) }) {
            // Only dashes from a word processor: lookalikes of `-`, which fmt repairs.
            var offset = start
            for s in text.unicodeScalars {
                let length = String(s).utf8.count
                if dashes.contains(s.value) {
                    problems.append(Problem(
                        message: Lookalike.message(name: "\(Self.code(s)) (streepje uit een tekstverwerker) in de naam `\(text)`", replacement: "-"),
                        start: offset, end: offset + length, id: .lookalikeCharacter, replacement: "-"))
                }
                offset += length
            }
            return
        }
        var fixed = ""
        for s in text.unicodeScalars where allowed(s) || dashes.contains(s.value) {
            fixed.unicodeScalars.append(allowed(s) ? s : "-")
        }
        problems.append(Problem(
            message: "`\(String(bad))` (\(Self.code(bad))) in `\(text)`: dat teken kan niet in een naam. Een naam bestaat uit letters, cijfers, `-` en `_`",
            start: start, end: end, id: .badIdentifier,
            replacement: fixed.isEmpty || fixed.first == "-" ? nil : fixed))
    }

    /// `U+2013`: a character's code point, at least four hex digits.
    static func code(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Where the identifier bytes from `i` end: lowercase ASCII letters, most of an id, are
    /// passed with one comparison, the rest through `isIdentifierByte`. `nonASCII` is set when
    /// a byte of the name is not ASCII (then `checkLetters` looks at its characters).
    @inline(__always) private static func identifierEnd(_ bytes: [UInt8], _ from: Int, _ end: Int, nonASCII: inout Bool) -> Int {
        var i = from
        while i < end {
            let b = bytes[i]
            guard b &- UInt8(ascii: "a") < 26 || isIdentifierByte(b) else { break }
            if b >= 0x80 {
                if b >= 0xC2 && Lookalike.at(bytes, i, end) != nil { break }
                nonASCII = true
            }
            i += 1
        }
        return i
    }

    private static func scanNumber(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end && isDigit(bytes[i]) { i += 1 }
        if i + 1 < end && bytes[i] == UInt8(ascii: ".") && isDigit(bytes[i + 1]) {
            i += 1
            while i < end && isDigit(bytes[i]) { i += 1 }
        }
        return i
    }

    /// Whether `http://` or `https://` starts at `i`. Byte by byte: every identifier asks.
    private static func startsURL(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        guard end - i >= 7, bytes[i] == UInt8(ascii: "h"), bytes[i + 1] == UInt8(ascii: "t"),
              bytes[i + 2] == UInt8(ascii: "t"), bytes[i + 3] == UInt8(ascii: "p") else { return false }
        let colon = bytes[i + 4] == UInt8(ascii: "s") ? i + 5 : i + 4
        return colon + 3 <= end && bytes[colon] == UInt8(ascii: ":")
            && bytes[colon + 1] == UInt8(ascii: "/") && bytes[colon + 2] == UInt8(ascii: "/")
    }
}
