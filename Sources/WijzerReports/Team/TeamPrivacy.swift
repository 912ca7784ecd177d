import WijzerLanguage
import WijzerScoring

/// The privacy rules of a team report (docs/TEAM.md). Every figure about a group goes through
/// `mayShow`; the report model holds nothing that did not pass it.
public struct TeamPrivacy: Sendable, Equatable {
    /// The smallest group shown unless `--min-group` says otherwise.
    public static let defaultMinimumGroup = 5
    /// `--min-group` may not go below this.
    public static let lowestMinimumGroup = 3
    /// Free-text reflections need at least this many respondents (and `--with-reflections`).
    public static let reflectionMinimum = 10
    /// What the report says instead of a figure.
    public static let tooFew = "te weinig antwoorden om te tonen"

    /// The same, with the reason: for the report's text.
    public static func hidden(_ k: Int) -> String { "minder dan \(k) antwoorden: niet getoond, zodat niemand herkenbaar is" }

    /// k: the smallest group whose figures are shown.
    public var minimumGroup: Int
    /// The number of results counted: the team.
    public var team: Int

    public init(minimumGroup: Int, team: Int) {
        self.minimumGroup = minimumGroup
        self.team = team
    }

    /// Whether figures about a group of `size` team members may be shown: the team and the group
    /// both have at least k members. The rest of the team need not reach k: no figure in a report
    /// describes the same answers over two nested groups, so nothing can be subtracted
    /// (docs/TEAM.md, "Why the rest of the team need not reach k").
    public func mayShow(group size: Int) -> Bool {
        team >= minimumGroup && size >= minimumGroup
    }

    /// The same rule with a higher floor, for quoting free text: `texts` counts only real texts
    /// that their writers agreed to share, never n.v.t.
    func mayQuote(texts: Int) -> Bool {
        texts >= Self.reflectionMinimum && mayShow(group: texts)
    }
}
