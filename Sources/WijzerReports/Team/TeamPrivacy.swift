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

    /// k: the smallest group whose figures are shown.
    public var minimumGroup: Int
    /// The number of results counted: the team.
    public var team: Int

    public init(minimumGroup: Int, team: Int) {
        self.minimumGroup = minimumGroup
        self.team = team
    }

    /// Whether figures about a group of `size` team members may be shown: the group has at least
    /// k members, and so has the rest of the team, unless the group is the whole team. Otherwise
    /// the team size minus the group size would reveal how many people are in a group below k
    /// (those who skipped a question, say).
    public func mayShow(group size: Int) -> Bool {
        guard team >= minimumGroup, size >= minimumGroup else { return false }
        return size == team || team - size >= minimumGroup
    }

    /// The same rule with a higher floor, for quoting free text.
    func mayQuote(group size: Int) -> Bool {
        size >= Self.reflectionMinimum && mayShow(group: size)
    }
}
