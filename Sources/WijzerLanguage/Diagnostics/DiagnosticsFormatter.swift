/// Renders diagnostics as text, compact for pipes and annotated for terminals.
///
/// Compact: `file:line:column: error: message`. Annotated adds the source line and a caret
/// under the finding, like a compiler, optionally in colour (ANSI escapes).
public struct DiagnosticsFormatter: Sendable {
    public enum Style: Sendable {
        case compact
        case annotated
    }

    public var style: Style
    public var colors: Bool

    public init(style: Style, colors: Bool = false) {
        self.style = style
        self.colors = colors
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let d = diagnostic
        let place = "\(d.location.path):\(d.location.line):\(d.location.column):"
        let severity = d.severity.rawValue + ":"
        var out = colors
            ? "\(bold(place)) \(paint(severity, d.severity == .error ? "31" : "35")) \(bold(d.message))"
            : "\(place) \(severity) \(d.message)"
        guard style == .annotated, let line = d.sourceLine else { return out }
        let shown = line.replacingTabs()
        let gutter = String(d.location.line)
        let pad = String(repeating: " ", count: gutter.count)
        var caretIndent = ""
        for (index, ch) in line.unicodeScalars.enumerated() where index < d.location.column - 1 {
            caretIndent += ch == "\t" ? "    " : " "
        }
        let marks = "^" + String(repeating: "~", count: max(0, min(d.length, 200) - 1))
        out += "\n\(pad) |\n\(gutter) | \(shown)\n\(pad) | \(caretIndent)\(colors ? paint(marks, "32") : marks)"
        return out
    }

    /// All diagnostics, each followed by a newline; annotated ones separated by a blank line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            out += format(d) + "\n"
            if style == .annotated { out += "\n" }
        }
        return out
    }

    private func paint(_ s: String, _ code: String) -> String { "\u{1B}[1;\(code)m\(s)\u{1B}[0m" }
    private func bold(_ s: String) -> String { "\u{1B}[1m\(s)\u{1B}[0m" }
}

private extension String {
    func replacingTabs() -> String {
        var out = ""
        for ch in unicodeScalars { if ch == "\t" { out += "    " } else { out.unicodeScalars.append(ch) } }
        return out
    }
}
