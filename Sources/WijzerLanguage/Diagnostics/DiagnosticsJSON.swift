/// `wijzer check --format json`: every finding with its place, id, message, notes and fix-its.
/// The fields are documented in docs/check-output.schema.json and stay stable: tools may rely
/// on them; new fields may be added, none renamed or removed without a new `version`.
public enum DiagnosticsJSON {
    /// The format's version, raised only when a field changes meaning or goes.
    public static let version = 1

    public static func render(_ engine: DiagnosticEngine) -> String {
        let diagnostics = engine.sorted.map { d -> JSONValue in
            .object(place(d.span, in: engine, withEnd: true) + [
                .init("severity", .string(d.severity.rawValue)),
                .init("id", .string(d.id.rawValue)),
                .init("message", .string(d.message)),
                .init("notes", .array(d.notes.map { n in .object(place(n.span, in: engine, withEnd: false) + [.init("message", .string(n.message))]) })),
                .init("fixIts", .array(d.fixIts.map { f in
                    .object([
                        .init("message", .string(f.message)),
                        .init("edits", .array(f.edits.map { e in .object(place(e.span, in: engine, withEnd: true) + [.init("replacement", .string(e.replacement))]) })),
                    ])
                })),
            ])
        }
        return JSONValue.object([
            .init("version", .int(version)),
            .init("errors", .int(engine.errorCount)),
            .init("warnings", .int(engine.warningCount)),
            .init("suppressed", .int(engine.suppressed)),
            .init("diagnostics", .array(diagnostics)),
        ]).text
    }

    /// `file`, `line`, `column` (and `endLine`, `endColumn`, just after the span) of `span`:
    /// 1-based, columns in Unicode scalars; `file` null and 0s for a finding about the whole set.
    static func place(_ span: Span, in engine: DiagnosticEngine, withEnd: Bool) -> [JSONValue.Member] {
        guard let (start, end) = region(span, in: engine) else {
            return [.init("file", .null), .init("line", 0), .init("column", 0)] + (withEnd ? [.init("endLine", 0), .init("endColumn", 0)] : [])
        }
        return [.init("file", .string(start.path)), .init("line", .int(start.line)), .init("column", .int(start.column))]
            + (withEnd ? [.init("endLine", .int(end.line)), .init("endColumn", .int(end.column))] : [])
    }

    /// Where `span` starts and ends (just after its last character), or nil for no file.
    static func region(_ span: Span, in engine: DiagnosticEngine) -> (SourceLocation, SourceLocation)? {
        guard span.file >= 0 && span.file < engine.files.count else { return nil }
        let file = engine.files[span.file]
        return (file.location(of: span.start), file.location(of: max(span.start, span.end)))
    }
}
