/// A correction a diagnostic proposes: text edits that remove the finding when applied.
public struct FixIt: Sendable, Hashable {
    /// Replaces the bytes of `span` with `replacement`.
    public struct Edit: Sendable, Hashable {
        public var span: Span
        public var replacement: String

        public init(_ span: Span, _ replacement: String) {
            self.span = span
            self.replacement = replacement
        }
    }

    /// What the fix does, in Dutch ("vervang `x` door `y`").
    public var message: String
    public var edits: [Edit]

    public init(_ message: String, edits: [Edit]) {
        self.message = message
        self.edits = edits
    }

    /// Replaces the name `written` at `span` with `name`.
    public static func replace(_ written: String, at span: Span, with name: String) -> FixIt {
        FixIt("vervang `\(written)` door `\(name)`", edits: [Edit(span, name)])
    }

    /// The bytes of file `file` with this fix's edits to that file applied (edits must not overlap).
    public func applied(to bytes: [UInt8], file: Int) -> [UInt8] {
        var out = bytes
        for edit in edits.filter({ $0.span.file == file }).sorted(by: { $0.span.start > $1.span.start }) {
            out.replaceSubrange(edit.span.start..<edit.span.end, with: Array(edit.replacement.utf8))
        }
        return out
    }
}

extension Suggestions {
    /// A fix-it replacing `name` at `span` with the nearest of `candidates`, if one is close.
    public static func fixIts<S: Sequence>(replacing name: String, at span: Span, in candidates: S) -> [FixIt]
    where S.Element == String {
        Index(candidates).fixIts(replacing: name, at: span)
    }
}

extension Suggestions.Index {
    /// A fix-it replacing `name` at `span` with the nearest candidate, if one is close.
    public func fixIts(replacing name: String, at span: Span) -> [FixIt] {
        nearest(to: name).map { [FixIt.replace(name, at: span, with: $0)] } ?? []
    }
}
