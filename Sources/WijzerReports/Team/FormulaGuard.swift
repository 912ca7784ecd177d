/// Keeps a spreadsheet from evaluating text as a formula (CSV injection): what it would evaluate
/// gets a leading `'`, which spreadsheets show as plain text. A formula starts, after any
/// leading blanks or control characters (a TAB, a line break), with `=`, `+`, `-` or `@`, or their
/// full-width forms (`＝`, `＋`, `－`, `＠`), which some spreadsheets fold to the ASCII ones. A plain
/// number such as a negative scale key (`-2`) is no formula and stays as it is.
enum FormulaGuard {
    static let starters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    static func guarded(_ s: String) -> String {
        let scalars = s.unicodeScalars
        // A leading TAB or line break is itself a way to slip a formula past a simple check.
        if let lead = scalars.first, lead.properties.generalCategory == .control { return "'" + s }
        guard let first = scalars.first(where: { !isBlank($0) }), starters.contains(first), !isPlainNumber(s) else { return s }
        return "'" + s
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .control || c.properties.generalCategory == .spaceSeparator
    }

    /// `-2`, `+3`, `-1.5`: a sign, digits and at most one decimal point or comma.
    private static func isPlainNumber(_ s: String) -> Bool {
        var scalars = Substring(s).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        var digits = 0, points = 0
        for c in scalars {
            if ("0"..."9").contains(c) { digits += 1 } else if c == "." || c == "," { points += 1 } else { return false }
        }
        return digits > 0 && points <= 1
    }
}
