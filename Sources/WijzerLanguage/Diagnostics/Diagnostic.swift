/// One problem found in a questionnaire, placed at a file, line and column.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The message, in Dutch, for content authors.
    public var message: String
    public var location: SourceLocation
    /// How many columns the caret underline covers (at least 1).
    public var length: Int
    /// The line of source the finding is on, for the annotated form.
    public var sourceLine: String?

    public init(
        severity: Severity, message: String, location: SourceLocation,
        length: Int = 1, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.sourceLine = sourceLine
    }
}

/// Collects diagnostics for a set of source files, resolving spans to lines and columns.
public struct DiagnosticEngine: Sendable {
    public private(set) var files: [SourceFile]
    public private(set) var diagnostics: [Diagnostic] = []
    /// Findings not kept because a file had more than `limitPerFile` (binary data, say).
    public private(set) var suppressed = 0
    /// At most this many findings are kept per file; the rest are only counted.
    public static let limitPerFile = 200
    private var perFile: [Int: Int] = [:]
    /// Findings reported to an engine made by `recording(over:)`, not yet placed or counted.
    private var recorded: [Recorded]?

    /// A finding as it was reported, for `replay(_:)`.
    private struct Recorded: Sendable {
        var severity: Diagnostic.Severity
        var message: String
        var span: Span
    }

    public init(files: [SourceFile] = []) {
        self.files = files
    }

    /// An engine over `files` that only records what is reported, for checks run on another
    /// thread: `replay(_:)` then reports it all to the main engine in order, so that findings,
    /// their order and the per-file limit come out exactly as on one thread.
    static func recording(over files: [SourceFile]) -> DiagnosticEngine {
        var engine = DiagnosticEngine(files: files)
        engine.recorded = []
        return engine
    }

    /// Reports here, in order, what the recording engine `other` was told.
    /// A finding its recording counted as dropped (see `emit`) is dropped here too: the
    /// findings replayed before it already filled its file's share.
    mutating func replay(_ other: DiagnosticEngine) {
        for r in other.recorded ?? [] { emit(r.severity, r.message, at: r.span) }
        suppressed += other.suppressed
    }

    /// Adds a file and returns its index for spans.
    public mutating func add(_ file: SourceFile) -> Int {
        files.append(file)
        return files.count - 1
    }

    /// Reports an error. The message is only made when the finding is kept: a "did you mean"
    /// hint compares against every id, and a broken file can have thousands of findings beyond
    /// the per-file limit.
    public mutating func error(_ message: @autoclosure () -> String, at span: Span) {
        emit(.error, message(), at: span)
    }

    /// Reports a warning; the message is only made when the finding is kept.
    public mutating func warning(_ message: @autoclosure () -> String, at span: Span) {
        emit(.warning, message(), at: span)
    }

    /// Reports a finding; the message is only made when the finding is kept.
    public mutating func emit(_ severity: Diagnostic.Severity, _ message: @autoclosure () -> String, at span: Span) {
        let inFiles = span.file >= 0 && span.file < files.count
        let kept = inFiles ? perFile[span.file, default: 0] : 0
        if recorded != nil {
            // A file with `limitPerFile` findings in this recording has at least as many when
            // this one is replayed (all of them come first): it will certainly be dropped, so
            // it is only counted, and its message never made.
            if inFiles && kept >= Self.limitPerFile {
                suppressed += 1
                return
            }
            if inFiles { perFile[span.file] = kept + 1 }
            recorded!.append(Recorded(severity: severity, message: message(), span: span))
            return
        }
        guard inFiles else {
            diagnostics.append(Diagnostic(
                severity: severity, message: message(),
                location: SourceLocation(path: "<set>", line: 0, column: 0)))
            return
        }
        if kept >= Self.limitPerFile {
            suppressed += 1
            return
        }
        perFile[span.file] = kept + 1
        let file = files[span.file]
        let location = file.location(of: span.start)
        let line = location.line - 1
        let lineRange = file.lineRange(line)
        let end = min(max(span.end, span.start + 1), lineRange.upperBound)
        let endColumn = file.location(of: end).column
        var text = file.lineText(line)
        if text.utf8.count > 500 { text = String(text.prefix(500)) }
        diagnostics.append(Diagnostic(
            severity: severity, message: message(), location: location,
            length: max(1, endColumn - location.column), sourceLine: text))
    }

    /// Diagnostics in file, line and column order; errors before warnings at one place.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } + suppressed }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
