/// One problem found in a questionnaire: what kind it is, how serious, where, and what helps.
///
/// A diagnostic holds a byte span, not a line and column: those are worked out only when it
/// is rendered (`DiagnosticsFormatter`), so findings that are dropped or filtered cost nothing.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// A related place, such as where a duplicated id was first defined.
    public struct Note: Sendable, Hashable {
        /// The message, in Dutch.
        public var message: String
        public var span: Span

        public init(_ message: String, at span: Span) {
            self.message = message
            self.span = span
        }
    }

    public var id: DiagnosticID
    public var severity: Severity
    /// The message, in Dutch, for content authors.
    public var message: String
    public var span: Span
    public var notes: [Note]
    public var fixIts: [FixIt]

    public init(
        _ id: DiagnosticID, _ severity: Severity, _ message: String, at span: Span,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.fixIts = fixIts
    }
}

extension [Diagnostic.Note] {
    /// A note "eerder gedefinieerd hier" (or `message`) at `span`, for a duplicate; none when
    /// `span` is in no file.
    static func earlier(_ span: Span, _ message: String = "eerder gedefinieerd hier") -> Self {
        span.file >= 0 ? [Diagnostic.Note(message, at: span)] : []
    }
}
