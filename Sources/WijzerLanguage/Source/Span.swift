/// A byte range in one file of a questionnaire set.
///
/// Two spans are equal when they cover the same bytes of the same file, so syntax trees and
/// models compare positions too; to compare what a tree says regardless of where it was
/// written, compare `withoutPositions` views.
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

    /// The span from the start of `self` to the end of `other` (same file).
    public func through(_ other: Span) -> Span {
        Span(file: file, start: start, end: max(end, other.end))
    }
}
