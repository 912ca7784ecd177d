/// Collects the diagnostics for a set of source files, at most `limitPerFile` per file.
public struct DiagnosticEngine: Sendable {
    public private(set) var files: [SourceFile]
    public private(set) var diagnostics: [Diagnostic] = []
    /// Findings not kept because a file had more than `limitPerFile` (binary data, say).
    public private(set) var suppressed = 0
    /// At most this many findings are kept per file; the rest are only counted.
    public static let limitPerFile = 200
    private var perFile: [Int: Int] = [:]

    public init(files: [SourceFile] = []) {
        self.files = files
    }

    /// Adds a file and returns its index for spans.
    public mutating func add(_ file: SourceFile) -> Int {
        files.append(file)
        return files.count - 1
    }

    /// Reports an error. The message, notes and fix-its are only made when the finding is
    /// kept: a "did you mean" hint compares against every id, and a broken file can have
    /// thousands of findings beyond the per-file limit.
    public mutating func error(
        _ id: DiagnosticID, _ message: @autoclosure () -> String, at span: Span,
        notes: @autoclosure () -> [Diagnostic.Note] = [], fixIts: @autoclosure () -> [FixIt] = []
    ) {
        emit(id, .error, message(), at: span, notes: notes(), fixIts: fixIts())
    }

    /// Reports a warning; its parts are only made when the finding is kept.
    public mutating func warning(
        _ id: DiagnosticID, _ message: @autoclosure () -> String, at span: Span,
        notes: @autoclosure () -> [Diagnostic.Note] = [], fixIts: @autoclosure () -> [FixIt] = []
    ) {
        emit(id, .warning, message(), at: span, notes: notes(), fixIts: fixIts())
    }

    /// Reports a finding; its parts are only made when the finding is kept.
    public mutating func emit(
        _ id: DiagnosticID, _ severity: Diagnostic.Severity, _ message: @autoclosure () -> String, at span: Span,
        notes: @autoclosure () -> [Diagnostic.Note] = [], fixIts: @autoclosure () -> [FixIt] = []
    ) {
        if span.file >= 0 && span.file < files.count {
            let kept = perFile[span.file, default: 0]
            if kept >= Self.limitPerFile {
                suppressed += 1
                return
            }
            perFile[span.file] = kept + 1
        }
        diagnostics.append(Diagnostic(id, severity, message(), at: span, notes: notes(), fixIts: fixIts()))
    }

    /// Where `span` starts, as people read it; `<set>:0:0` for a span in no file.
    public func location(of span: Span) -> SourceLocation {
        guard span.file >= 0 && span.file < files.count else { return SourceLocation(path: "<set>", line: 0, column: 0) }
        return files[span.file].location(of: span.start)
    }

    /// `file:line:column` of a span, for messages that name a second place ("?" in no file).
    func place(_ span: Span) -> String {
        guard span.file >= 0 && span.file < files.count else { return "?" }
        let l = location(of: span)
        return "\(l.path):\(l.line):\(l.column)"
    }

    /// Diagnostics in file, line and column order; in reported order at one place.
    public var sorted: [Diagnostic] {
        // Byte order is line and column order within a file; a byte order mark takes no column.
        let keys = diagnostics.map { d -> (String, Int) in
            guard d.span.file >= 0 && d.span.file < files.count else { return ("<set>", 0) }
            let file = files[d.span.file]
            return (file.path, max(d.span.start, file.contentStart))
        }
        return diagnostics.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return a < b
        }.map { diagnostics[$0] }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } + suppressed }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
