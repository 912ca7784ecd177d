/// A byte range in one file of a questionnaire set.
///
/// Spans do not take part in equality or hashing: two syntax trees or models are equal when
/// they say the same thing, wherever they were written. This is what lets `wijzer fmt` be
/// checked with `parse(format(x)) == parse(x)`.
public struct Span: Sendable, Hashable {
    // 32-bit storage: a model holds a span per name and text, and files are at most 64 MB.
    private var file32: Int32
    private var start32: Int32
    private var end32: Int32

    /// Index of the file in its `DiagnosticEngine` (-1: no place in a file).
    public var file: Int {
        get { Int(file32) }
        set { file32 = Int32(clamping: newValue) }
    }
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    public init(file: Int, start: Int, end: Int) {
        file32 = Int32(clamping: file)
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
    }

    /// A span for things that have no place in a file.
    public static let none = Span(file: -1, start: 0, end: 0)

    public static func == (lhs: Span, rhs: Span) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    /// The span from the start of `self` to the end of `other` (same file).
    public func through(_ other: Span) -> Span {
        Span(file: file, start: start, end: max(end, other.end))
    }
}
