import WijzerLanguage
import WijzerScoring

/// Renders the team figures as two CSV files that open cleanly in a spreadsheet: RFC 4180
/// (comma-separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes
/// doubled), UTF-8 with a header row. Text cells that start with `=`, `+`, `-` or `@` get a
/// leading `'` so a spreadsheet never reads them as a formula.
public enum TeamCSVRenderer {
    static let scoresHeader = ["thema_id", "thema", "aantal", "minimum", "eerste_kwartiel", "mediaan", "derde_kwartiel", "maximum", "opmerking"]
    static let answersHeader = ["vraag_id", "thema", "vraag", "antwoord_id", "antwoord", "aantal", "procent", "opmerking"]

    /// One row per theme; suppressed themes have empty figures and a remark.
    public static func scores(_ r: TeamReport) -> String {
        var rows = [scoresHeader.map(text)]
        for theme in r.themes {
            if let d = theme.scores {
                rows.append([text(theme.id), text(theme.title)] + [d.count, d.minimum, d.q1, d.median, d.q3, d.maximum].map(String.init) + [""])
            } else {
                rows.append([text(theme.id), text(theme.title), "", "", "", "", "", "", text(TeamPrivacy.tooFew)])
            }
        }
        return join(rows)
    }

    /// One row per answer of each question (reflections left out); suppressed questions get one
    /// row with empty figures and a remark.
    public static func answers(_ r: TeamReport) -> String {
        var rows = [answersHeader.map(text)]
        for q in r.questions where !q.isReflection {
            let lead = [text(q.id), text(q.themeTitle), text(q.text)]
            guard r.teamShown, q.respondents != nil else {
                rows.append(lead + ["", "", "", "", text(TeamPrivacy.tooFew)])
                continue
            }
            for bar in q.bars {
                rows.append(lead + [text(bar.key), text(bar.label), String(bar.count), String(bar.percent), ""])
            }
        }
        return join(rows)
    }

    /// A text cell: guarded against formulas, quoted when needed.
    static func text(_ s: String) -> String {
        var value = s
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func join(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
