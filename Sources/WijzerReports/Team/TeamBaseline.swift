import WijzerLanguage
import WijzerScoring

/// The earlier session a report compares with: its theme score distributions, read from an
/// earlier `team-scores.csv` or aggregated from earlier result files with the same privacy rules.
public enum TeamBaseline {
    /// Theme distributions by theme id, from the CSV text of an earlier report; nil when the
    /// text is not such a file. Suppressed rows are left out.
    public static func fromCSV(_ text: String) -> [String: TeamReport.Distribution]? {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { String($0).trimmingSuffix("\r") }
        guard let header = lines.first, parse(header) == TeamCSVRenderer.scoresHeader else { return nil }
        var result: [String: TeamReport.Distribution] = [:]
        for line in lines.dropFirst() {
            let cells = parse(line)
            guard cells.count >= 8 else { return nil }
            let numbers = cells[2 ... 7].compactMap { Int($0) }
            guard numbers.count == 6 else { continue }
            result[cells[0]] = TeamReport.Distribution(count: numbers[0], minimum: numbers[1], q1: numbers[2],
                                                       median: numbers[3], q3: numbers[4], maximum: numbers[5])
        }
        return result
    }

    /// The theme distributions a report shows.
    public static func fromReport(_ r: TeamReport) -> [String: TeamReport.Distribution] {
        var result: [String: TeamReport.Distribution] = [:]
        for theme in r.themes { if let d = theme.scores { result[theme.id] = d } }
        return result
    }

    /// The fields of one RFC 4180 line (no line breaks inside fields: the scores file has none).
    static func parse(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                cells.append(cell); cell = ""
            } else {
                cell.append(c)
            }
        }
        cells.append(cell)
        return cells
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
