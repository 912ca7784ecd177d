/// `wijzer check --format sarif`: the findings as a SARIF 2.1.0 log (OASIS Static Analysis
/// Results Interchange Format), which code-review tools and editors show in place.
public enum DiagnosticsSARIF {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public static func render(_ engine: DiagnosticEngine, toolVersion: String) -> String {
        let diagnostics = engine.sorted
        var ruleIDs: [String] = []
        var ruleIndex: [String: Int] = [:]
        for d in diagnostics where ruleIndex[d.id.rawValue] == nil {
            ruleIndex[d.id.rawValue] = ruleIDs.count
            ruleIDs.append(d.id.rawValue)
        }
        let results = diagnostics.map { d -> JSONValue in
            var members: [JSONValue.Member] = [
                .init("ruleId", .string(d.id.rawValue)),
                .init("ruleIndex", .int(ruleIndex[d.id.rawValue]!)),
                .init("level", .string(d.severity == .error ? "error" : "warning")),
                .init("message", text(d.message)),
            ]
            if let location = physical(d.span, in: engine) {
                members.append(.init("locations", .array([.object([.init("physicalLocation", location)])])))
            }
            let related = d.notes.enumerated().compactMap { i, note -> JSONValue? in
                physical(note.span, in: engine).map {
                    .object([.init("id", .int(i + 1)), .init("physicalLocation", $0), .init("message", text(note.message))])
                }
            }
            if !related.isEmpty { members.append(.init("relatedLocations", .array(related))) }
            let fixes = d.fixIts.compactMap { fix($0, in: engine) }
            if !fixes.isEmpty { members.append(.init("fixes", .array(fixes))) }
            return .object(members)
        }
        let driver: JSONValue = .object([
            .init("name", "wijzer"),
            .init("version", .string(toolVersion)),
            .init("rules", .array(ruleIDs.map { .object([.init("id", .string($0))]) })),
        ])
        return JSONValue.object([
            .init("$schema", .string(schema)),
            .init("version", "2.1.0"),
            .init("runs", .array([.object([
                .init("tool", .object([.init("driver", driver)])),
                .init("columnKind", "unicodeCodePoints"),
                .init("results", .array(results)),
            ])])),
        ]).text
    }

    private static func text(_ s: String) -> JSONValue { .object([.init("text", .string(s))]) }

    /// A file and region, or nil for a finding about the whole set.
    private static func physical(_ span: Span, in engine: DiagnosticEngine) -> JSONValue? {
        guard let (start, end) = DiagnosticsJSON.region(span, in: engine) else { return nil }
        return .object([
            .init("artifactLocation", .object([.init("uri", .string(uri(start.path)))])),
            .init("region", region(start, end)),
        ])
    }

    private static func region(_ start: SourceLocation, _ end: SourceLocation) -> JSONValue {
        .object([
            .init("startLine", .int(start.line)), .init("startColumn", .int(start.column)),
            .init("endLine", .int(end.line)), .init("endColumn", .int(end.column)),
        ])
    }

    /// A fix as replacements per file; nil when an edit is in no file.
    private static func fix(_ f: FixIt, in engine: DiagnosticEngine) -> JSONValue? {
        var byFile: [(String, [JSONValue])] = []
        for e in f.edits {
            guard let (start, end) = DiagnosticsJSON.region(e.span, in: engine) else { return nil }
            let replacement: JSONValue = .object([
                .init("deletedRegion", region(start, end)),
                .init("insertedContent", text(e.replacement)),
            ])
            if let i = byFile.firstIndex(where: { $0.0 == start.path }) { byFile[i].1.append(replacement) } else { byFile.append((start.path, [replacement])) }
        }
        return .object([
            .init("description", text(f.message)),
            .init("artifactChanges", .array(byFile.map { path, replacements in
                .object([
                    .init("artifactLocation", .object([.init("uri", .string(uri(path)))])),
                    .init("replacements", .array(replacements)),
                ])
            })),
        ])
    }

    /// A path as a URI reference: `file://` before an absolute path, and every byte outside
    /// the unreserved characters and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for b in path.utf8 {
            let keep = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~") || b == UInt8(ascii: "/")
            if keep {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
