import WijzerLanguage
import WijzerScoring

/// The earlier session a report compares with: its theme score distributions, read from an
/// earlier `team-scores.csv` or aggregated from earlier result files with the same privacy rules.
public enum TeamBaseline {
    /// An earlier session: its theme distributions and, when read from result files, who was in it.
    public struct Session: Sendable {
        public var themes: [String: TeamReport.Distribution]
        /// The people (respondent keys) of the session; nil for a CSV, which names nobody.
        public var people: Set<String>?

        public init(themes: [String: TeamReport.Distribution], people: Set<String>?) {
            self.themes = themes
            self.people = people
        }
    }

    /// Why a comparison between `now` and `then` is refused, in Dutch; nil when it may be made.
    /// Two sets of people that differ by fewer than k respondents give away the answers of
    /// those few (docs/TEAM.md, "Differencing"). A CSV names nobody, so there only the theme
    /// counts are compared: a theme whose count changed by fewer than k is refused.
    public static func refusal(now: TeamAggregator.Outcome, then: Session, minimumGroup k: Int) -> String? {
        let why = "de vorige sessie verschilt in minder dan \(k) teamleden van deze; een vergelijking zou hun antwoorden verraden"
        if let people = then.people {
            let differ = now.people.symmetricDifference(people).count
            return differ > 0 && differ < k ? why : nil
        }
        let report = TeamReport(now, minimumGroup: k, baseline: nil)
        for theme in report.themes {
            guard let count = theme.scores?.count, let before = then.themes[theme.id]?.count else { continue }
            if count != before && abs(count - before) < k { return why }
        }
        return nil
    }

    /// Theme distributions by theme id, from the CSV text of an earlier report (either separator,
    /// with or without a byte order mark; also the older comma file with minimum and maximum,
    /// whose extremes are dropped); nil when the text is not such a file. Suppressed rows are
    /// left out. Older figures are rounded like new ones.
    public static func fromCSV(_ text: String) -> [String: TeamReport.Distribution]? {
        var text = Substring(text)
        if text.hasPrefix(TeamCSVRenderer.byteOrderMark) { text = text.dropFirst() }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { String($0).trimmingSuffix("\r") }
        guard let header = lines.first,
              let separator = TeamCSVRenderer.separators.first(where: { [TeamCSVRenderer.scoresHeader, olderScoresHeader].contains(parse(header, $0)) })
        else { return nil }
        let names = parse(header, separator)
        let columns = ["aantal", "eerste_kwartiel", "mediaan", "derde_kwartiel"].compactMap { names.firstIndex(of: $0) }
        var result: [String: TeamReport.Distribution] = [:]
        for line in lines.dropFirst() {
            let cells = parse(line, separator)
            guard cells.count == names.count else { return nil }
            let numbers = columns.compactMap { Int(cells[$0]) }
            guard numbers.count == 4 else { continue }
            func rounded(_ v: Int) -> Int { (v + TeamReport.Distribution.step / 2) / TeamReport.Distribution.step * TeamReport.Distribution.step }
            result[cells[0]] = TeamReport.Distribution(count: numbers[0], q1: rounded(numbers[1]), median: rounded(numbers[2]), q3: rounded(numbers[3]))
        }
        return result
    }

    /// The header of `team-scores.csv` before issue 15 (with minimum and maximum).
    static let olderScoresHeader = ["thema_id", "thema", "aantal", "minimum", "eerste_kwartiel", "mediaan", "derde_kwartiel", "maximum", "opmerking"]

    /// The theme distributions a report shows.
    public static func fromReport(_ r: TeamReport) -> [String: TeamReport.Distribution] {
        var result: [String: TeamReport.Distribution] = [:]
        for theme in r.themes { if let d = theme.scores { result[theme.id] = d } }
        return result
    }

    /// The fields of one line (no line breaks inside fields: the scores file has none).
    static func parse(_ line: String, _ separator: Character) -> [String] {
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
            } else if c == separator {
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
