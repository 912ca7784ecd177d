/// Renders diagnostics as text, compact for pipes and annotated for terminals; the one place
/// where spans become lines and columns.
///
/// Compact: `file:line:column: error: message`, then a `help:` line per fix-it and a `note:`
/// line per note. Annotated adds the source line and a caret under each place, like a
/// compiler. Colour is not this type's business: a `highlight` function (the terminal's) may
/// wrap each part.
public struct DiagnosticsFormatter: Sendable {
    public enum Style: Sendable {
        case compact
        case annotated
    }

    /// The parts of a rendered diagnostic that `highlight` may mark.
    public enum Part: Sendable, Hashable {
        /// `file:line:column:`
        case place
        /// `error:`, `warning:`, `note:` or `help:`
        case label(Label)
        /// The message of a diagnostic (not of its notes and fix-its).
        case message
        /// The caret and tildes under a place.
        case marks
    }

    /// The word before a message.
    public enum Label: String, Sendable, Hashable {
        case error, warning, note, help
    }

    public var style: Style
    /// Wraps a part of the text (colour on a terminal); the identity by default.
    public var highlight: @Sendable (Part, String) -> String

    public init(style: Style, highlight: @escaping @Sendable (Part, String) -> String = { $1 }) {
        self.style = style
        self.highlight = highlight
    }

    /// One diagnostic with its fix-its and notes, without a trailing newline.
    public func format(_ diagnostic: Diagnostic, in files: [SourceFile]) -> String {
        let d = diagnostic
        var out = entry(d.span, Label(rawValue: d.severity.rawValue)!, highlight(.message, VisibleText.visible(d.message)), files)
        let gutter = style == .annotated ? String(repeating: " ", count: gutterWidth(d.span, files)) : nil
        for fix in d.fixIts {
            let label = highlight(.label(.help), "help:")
            if let gutter {
                out += "\n\(gutter) = \(label) \(VisibleText.visible(fix.message))"
            } else {
                out += "\n\(highlight(.place, place(fix.edits.first?.span ?? d.span, files))) \(label) \(VisibleText.visible(fix.message))"
            }
        }
        for note in d.notes {
            out += "\n" + entry(note.span, .note, VisibleText.visible(note.message), files)
        }
        return out
    }

    /// All diagnostics, each followed by a newline; annotated ones separated by a blank line.
    public func format(_ diagnostics: [Diagnostic], in files: [SourceFile]) -> String {
        var out = ""
        for d in diagnostics {
            out += format(d, in: files) + "\n"
            if style == .annotated { out += "\n" }
        }
        return out
    }

    /// The header line of a place and, annotated, the source line with a caret under the span.
    private func entry(_ span: Span, _ label: Label, _ message: String, _ files: [SourceFile]) -> String {
        var out = "\(highlight(.place, place(span, files))) \(highlight(.label(label), label.rawValue + ":")) \(message)"
        guard style == .annotated, span.file >= 0 && span.file < files.count else { return out }
        let file = files[span.file]
        let location = file.location(of: span.start)
        let line = location.line - 1
        let end = min(max(span.end, span.start + 1), file.lineRange(line).upperBound)
        let length = max(1, file.location(of: end).column - location.column)
        var text = file.lineText(line)
        if text.utf8.count > 500 { text = String(text.prefix(500)) }
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        var caretIndent = ""
        for (index, ch) in text.unicodeScalars.enumerated() where index < location.column - 1 {
            caretIndent += ch == "\t" ? "    " : String(repeating: " ", count: VisibleText.visible(String(ch)).count)
        }
        let marks = "^" + String(repeating: "~", count: max(0, min(length, 200) - 1))
        out += "\n\(pad) |\n\(gutter) | \(VisibleText.visible(text.replacingTabs()))\n\(pad) | \(caretIndent)\(highlight(.marks, marks))"
        return out
    }

    private func place(_ span: Span, _ files: [SourceFile]) -> String {
        guard span.file >= 0 && span.file < files.count else { return "<set>:0:0:" }
        let l = files[span.file].location(of: span.start)
        return "\(VisibleText.visible(l.path)):\(l.line):\(l.column):"
    }

    /// The width of the line number in the gutter of `span`'s source excerpt.
    private func gutterWidth(_ span: Span, _ files: [SourceFile]) -> Int {
        guard span.file >= 0 && span.file < files.count else { return 0 }
        return String(files[span.file].location(of: span.start).line).count
    }
}

private extension String {
    func replacingTabs() -> String {
        var out = ""
        for ch in unicodeScalars { if ch == "\t" { out += "    " } else { out.unicodeScalars.append(ch) } }
        return out
    }
}
