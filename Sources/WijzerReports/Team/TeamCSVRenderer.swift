import WijzerLanguage
import WijzerScoring

/// Renders the team figures as two CSV files that open cleanly in a Dutch spreadsheet: UTF-8 with
/// a byte order mark (so Excel reads "Beroepsoriëntatie", not "BeroepsoriÃ«ntatie") and `;` as
/// separator (the list separator of a Dutch locale, where `,` is the decimal comma); with
/// `--csv-separator ,` plain RFC 4180 for other tools. CRLF line ends; fields with the separator,
/// a quote or a line break quoted, quotes doubled; a header row. Text cells that a spreadsheet
/// would evaluate as a formula get a leading `'`.
public enum TeamCSVRenderer {
    /// The separators on offer.
    public static let separators: [Character] = [";", ","]
    /// The UTF-8 byte order mark, first in every file.
    public static let byteOrderMark = "\u{FEFF}"
    static let scoresHeader = ["thema_id", "thema", "aantal", "eerste_kwartiel", "mediaan", "derde_kwartiel", "opmerking"]
    static let answersHeader = ["vraag_id", "thema", "vraag", "antwoord_id", "antwoord", "aantal", "procent", "opmerking"]

    /// One row per theme; suppressed themes have empty figures and a remark.
    public static func scores(_ r: TeamReport, separator: Character = ";") -> String {
        var rows = [scoresHeader.map { text($0, separator) }]
        for theme in r.themes {
            let lead = [text(theme.id, separator), text(theme.title, separator)]
            if let d = theme.scores {
                rows.append(lead + [d.count, d.q1, d.median, d.q3].map(String.init) + [""])
            } else {
                rows.append(lead + ["", "", "", "", text(TeamPrivacy.tooFew, separator)])
            }
        }
        return join(rows, separator)
    }

    /// One row per answer of each question (reflections left out); suppressed questions get one
    /// row with empty figures and a remark.
    public static func answers(_ r: TeamReport, separator: Character = ";") -> String {
        var rows = [answersHeader.map { text($0, separator) }]
        for q in r.questions where !q.isReflection {
            let lead = [q.id, q.themeTitle, q.text].map { text($0, separator) }
            guard r.teamShown, q.respondents != nil else {
                rows.append(lead + ["", "", "", "", text(TeamPrivacy.tooFew, separator)])
                continue
            }
            for bar in q.bars {
                rows.append(lead + [key(bar.key, separator), text(bar.label, separator), String(bar.count), String(bar.percent), ""])
            }
        }
        return join(rows, separator)
    }

    /// An answer's key; a number question's key is the number, which a Dutch spreadsheet (`;`)
    /// reads with a decimal comma: `7,5` is the number, while `7.5` would become 7 May.
    static func key(_ key: String, _ separator: Character) -> String {
        guard separator == ";", let number = DecimalNumber(key) else { return text(key, separator) }
        return number.dutch
    }

    /// A text cell: guarded against formulas, quoted when needed.
    static func text(_ s: String, _ separator: Character) -> String {
        let value = FormulaGuard.guarded(s)
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func join(_ rows: [[String]], _ separator: Character) -> String {
        byteOrderMark + rows.map { $0.joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }
}
