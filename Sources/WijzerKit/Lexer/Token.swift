/// One token of a statement line: its kind and byte range.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        case identifier, string, number, url
        case dot, dotDot, comma, equal, notEqual, less, lessEqual, greater, greaterEqual
        case leftBracket, rightBracket, leftParen, rightParen
        case comment
        /// A character that starts no token; reported by the lexer.
        case invalid
    }

    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { start..<end }
}
