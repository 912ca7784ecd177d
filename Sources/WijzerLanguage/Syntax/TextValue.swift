/// Text written in a file, from a string or a text block, with escapes resolved.
///
/// Text read from a file keeps a reference to the file's bytes and is decoded when asked for
/// (`TextDecoding`). Most of a questionnaire set is prose: copying all of it into Strings while
/// checking cost a third of the check's time and as much memory as the input itself.
/// Equality and hashing compare the text and where it was written (`span`).
public struct TextValue: Sendable, Hashable {
    private enum Storage: Sendable {
        case owned(String)
        /// A quoted string; `span` covers the quotes.
        case quoted(SourceText)
        /// A text block; `span` covers its lines, `indent` columns are removed from each.
        case block(SourceText, indent: Int32)
        /// A token taken as it is written (a web address).
        case raw(SourceText)
        /// One step of a `steps` block, at `start..<end` (`span` is the whole block's).
        case step(SourceText, start: Int32, end: Int32)
    }

    private var storage: Storage
    public var span: Span

    public init(_ text: String, span: Span = .none) {
        storage = .owned(text)
        self.span = span
    }

    /// The string token at `span` in `bytes`, decoded on use.
    init(quotedIn bytes: SourceText, span: Span) {
        storage = .quoted(bytes)
        self.span = span
    }

    /// The step of a `steps` block at `start..<end` in `bytes`; `span` is the block's.
    init(stepIn bytes: SourceText, start: Int, end: Int, span: Span) {
        storage = .step(bytes, start: Int32(clamping: start), end: Int32(clamping: end))
        self.span = span
    }

    /// The token at `span` in `bytes`, as written.
    init(rawIn bytes: SourceText, span: Span) {
        storage = .raw(bytes)
        self.span = span
    }

    /// The text block at `span` in `bytes` whose lines are indented `indent` columns.
    init(blockIn bytes: SourceText, span: Span, indent: Int) {
        storage = .block(bytes, indent: Int32(clamping: indent))
        self.span = span
    }

    public var text: String {
        get {
            switch storage {
            case .owned(let s): s
            case .quoted(let source): TextDecoding.unquote(source.bytes, span.start, span.end)
            case .block(let source, let indent): TextDecoding.block(source.bytes, span.start, span.end, indent: Int(indent))
            case .raw(let source): String(decoding: source.bytes[span.start..<span.end], as: UTF8.self)
            case .step(let source, let start, let end): TextDecoding.step(source.bytes, Int(start), Int(end))
            }
        }
        set { storage = .owned(newValue) }
    }

    /// The file's bytes and the block's indentation, for a text block read from a file.
    var blockSource: (source: SourceText, indent: Int)? {
        if case .block(let source, let indent) = storage { (source, Int(indent)) } else { nil }
    }

    /// Whether the text is empty, without decoding it.
    public var isEmpty: Bool {
        switch storage {
        case .owned(let s): s.isEmpty
        // Quotes around at least one byte: not empty, no need to look.
        case .quoted(let source): span.end - span.start > 2 ? false : TextDecoding.quotedContent(source.bytes, span.start, span.end).isEmpty
        // A block is only made for lines with text on them.
        case .block: false
        case .raw: span.start >= span.end
        case .step: text.isEmpty
        }
    }

    // Not synthesized: text read from a file equals the same text held as a String.
    public static func == (a: TextValue, b: TextValue) -> Bool { a.span == b.span && a.text == b.text }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(span)
    }
}

/// The bytes of a parsed file, shared by the text values read from it.
///
/// A class, so that every text value read from a file shares one reference to its bytes.
final class SourceText: Sendable {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
