/// Duplicate ids, one error per cause: a theme defined twice (a file copied, or two files that
/// both hold it) makes its dimensions, scenarios, tips and examples in that file duplicates
/// too; those become notes of the theme's one error instead of errors of their own.
extension Validator {
    /// An id defined a second time.
    struct Duplicate {
        var id: Identifier
        var namespace: Namespace
        /// Where it was defined first.
        var first: Span
        /// The theme the second definition belongs to, if it names one.
        var theme: String?
    }

    mutating func reportDuplicates(_ d: inout DiagnosticEngine) {
        let found = duplicates
        duplicates = []
        // A duplicated theme, by file and id: the knock-ons are in the same file.
        struct Key: Hashable { var file: Int; var theme: String }
        var knockOns: [Key: [Duplicate]] = [:]
        for x in found where x.namespace == .theme { knockOns[Key(file: x.id.span.file, theme: x.id.name)] = [] }
        for x in found where x.namespace != .theme {
            // An example (or a tip without a theme) in a file that duplicates a theme goes with
            // the first such theme: the file is most likely a copy.
            let owner = x.theme ?? found.first { $0.namespace == .theme && $0.id.span.file == x.id.span.file }?.id.name
            if let owner, knockOns[Key(file: x.id.span.file, theme: owner)] != nil {
                knockOns[Key(file: x.id.span.file, theme: owner)]!.append(x)
            } else {
                report(x, &d)
            }
        }
        for x in found where x.namespace == .theme {
            let more = knockOns[Key(file: x.id.span.file, theme: x.id.name)] ?? []
            let names = more.map { "\($0.namespace.name) `\($0.id.name)`" }
            let suffix = more.isEmpty ? "" : "; daardoor staan ook \(Self.list(names)) van dit thema hier dubbel"
            report(x, suffix: suffix, notes: more.map { Diagnostic.Note("ook dubbel: \($0.namespace.name) `\($0.id.name)`", at: $0.id.span) }, &d)
        }
    }

    private func report(_ x: Duplicate, suffix: String = "", notes: [Diagnostic.Note] = [], _ d: inout DiagnosticEngine) {
        let where_ = x.first.file >= 0 ? " (eerder op \(d.place(x.first)))" : ""
        d.error(.duplicateID, "\(x.namespace.name) `\(x.id.name)` bestaat al\(where_)\(suffix)", at: x.id.span,
                notes: .earlier(x.first) + notes)
    }

    /// "a", "a en b", "a, b en c".
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
    }
}
