/// One token of a statement line: its kind and byte range.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        case identifier, string, number, url
        case dot, dotDot, comma, colon, equal, notEqual, less, lessEqual, greater, greaterEqual
        case leftBracket, rightBracket, leftParen, rightParen
        case comment
        /// A character that starts no token; reported by the lexer.
        case invalid
    }

    public var kind: Kind
    // 32-bit offsets keep a token at 12 bytes instead of 24; files are at most 64 MB
    // (`SourceLoader.maxFileSize`), far below 2 GB.
    private var start32: Int32
    private var end32: Int32

    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }

    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
    }

    public var range: Range<Int> { start..<end }
}
