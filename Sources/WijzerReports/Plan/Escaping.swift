import WijzerLanguage
import WijzerScoring

/// Makes text from answers and questionnaires inert in the plan's formats.
public enum Escape {
    /// For HTML text and attribute values.
    ///
    /// Works on the UTF-8 bytes and returns a text without any of `&<>"'` as it is: every
    /// server page escapes each of its texts, and appending scalar by scalar was a sixteenth of
    /// the server's time under a live team session's load (Benchmarks/team, perf).
    public static func html(_ s: String) -> String {
        guard s.utf8.contains(where: isSpecialInHTML) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` is one of the five that `html(_:)` replaces (all ASCII, so never part of
    /// a longer UTF-8 sequence). A second list of the five on purpose: one switch returning each
    /// byte's entity as an optional made every page 3 to 7 % dearer in server CPU (three alternated
    /// serve-bench pairs, 2026-12-01); EscapeTests holds both lists to the rule.
    private static func isSpecialInHTML(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// For Markdown inline text: every character that could start inline markup is
    /// backslash-escaped or written as an entity, so `[x](javascript:…)`, `<script>`, `|` and
    /// backticks stay text; a leading `-`, `+`, `#` or `1.` cannot start a block. Line breaks
    /// become spaces: one item is one line.
    public static func markdown(_ s: String) -> String { markdownText(s, atLineStart: true) }

    /// For Markdown inline text that starts a line (`atLineStart`, leading blanks dropped and
    /// block markers neutralised, as `markdown(_:)`) or continues one (taken as it is, blanks
    /// included, so that it can follow other markup).
    public static func markdownText(_ s: String, atLineStart: Bool) -> String {
        let scalars = atLineStart ? Array(s.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" })) : Array(s.unicodeScalars)
        var out = ""
        // Until the first character that is not a digit, block markers must be neutralised:
        // `- `, `+ `, `# `, `1. `, `1) `, and runs like `---` or `===`.
        var leading = atLineStart
        var sawDigit = false
        for (i, ch) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            let opensBlock = next == " " || next == "\t" || next == ch
            let blockMarker = leading && opensBlock
                && ("-+#=".unicodeScalars.contains(ch) || (sawDigit && (ch == "." || ch == ")")))
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r": out += " "
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\" + String(ch)
            default: out += blockMarker ? "\\" + String(ch) : String(ch)
            }
            if ("0"..."9").contains(ch) { sawDigit = true } else { leading = false }
        }
        return out
    }

    /// A URL for a Markdown or HTML link: only http(s) URLs become links (the checker enforces
    /// this for questionnaires; this guards result files from elsewhere).
    public static func linkTarget(_ url: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || "<>\"'`()\\ ".unicodeScalars.contains($0) }) else { return nil }
        return url
    }
}
