/// A byte range in one file of a questionnaire set.
///
/// Spans do not take part in equality or hashing: two syntax trees or models are equal when
/// they say the same thing, wherever they were written. This is what lets `wijzer fmt` be
/// checked with `parse(format(x)) == parse(x)`.
public struct Span: Sendable, Hashable {
    /// Index of the file in its `SourceSet`.
    public var file: Int
    public var start: Int
    public var end: Int

    public init(file: Int, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = end
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
