import WijzerLanguage
import WijzerScoring

/// Adds up result documents into team figures. Documents are checked one at a time and gathered
/// per person (`TeamMember`: the newest finished answers per theme), then counted (`TeamTally`).
/// Documents that do not fit the questionnaire, and copies of a result already counted, become
/// problems; the outcome does not depend on the order in which documents are added.
public struct TeamAggregator: Sendable {
    /// What aggregation produced.
    public struct Outcome: Sendable {
        let catalog: TeamCatalog
        let tally: TeamTally
        let withReflections: Bool
        /// The themes counted (`TeamAggregator.themes`); nil: every theme.
        let themes: [String]?
        /// Documents not used, sorted by source.
        public var problems: [TeamProblem]
        /// The people counted.
        public var results: Int { tally.results }
        /// Who was counted (respondent ids, or for older files their best match): only to check
        /// that a baseline differs enough (`TeamBaseline.refusal`), never shown.
        public var people: Set<String>
    }

    let catalog: TeamCatalog
    let collectReflections: Bool
    /// The themes a team was asked (a live session's, `wijzer team --thema`), or nil for every
    /// theme: answers to other themes are not counted, and the report leaves those themes out
    /// rather than calling them "te weinig antwoorden".
    let themes: [String]?
    private var members: [String: TeamMember] = [:]
    private var problems: [TeamProblem] = []
    /// The first source of every result counted, by its `TeamContribution.key`.
    private var firstSource: [String: String] = [:]
    /// The sources of each result seen more than once, the first included.
    private var copies: [String: [String]] = [:]

    /// Why the files of a person who finished no theme are not counted.
    static let nothingFinished = "geen afgerond thema; telt niet mee (alleen afgeronde thema’s tellen)"

    public init(catalog: TeamCatalog, collectReflections: Bool, themes: [String]? = nil) {
        self.catalog = catalog
        self.collectReflections = collectReflections
        self.themes = themes
    }

    /// The contribution of `document`, or why it cannot be used. Pure and independent of other
    /// documents, so it may run anywhere before `add(_:from:)`.
    public func contribution(of document: ResultDocument) -> Result<TeamContribution, TeamProblem.Reason> {
        Result { () throws(TeamProblem.Reason) in try TeamContribution(themes.map(document.keeping(themes:)) ?? document, catalog: catalog) }
    }

    /// Counts `document`, read from `source` (a path: named only in problems).
    public mutating func add(_ document: ResultDocument, from source: String) {
        add(contribution(of: document), from: source)
    }

    /// Counts a contribution made by `contribution(of:)`, or records why it was not usable.
    public mutating func add(_ contribution: Result<TeamContribution, TeamProblem.Reason>, from source: String) {
        switch contribution {
        case .failure(let reason): reject(source, reason: reason.message)
        case .success(let c):
            if let first = firstSource[c.key] {
                copies[c.key, default: [first]].append(source)
                return
            }
            firstSource[c.key] = source
            members[c.person, default: TeamMember()].add(c, from: source)
        }
    }

    /// Records a source that could not be read, with the reason in Dutch.
    public mutating func reject(_ source: String, reason: String) {
        problems.append(TeamProblem(path: source, message: reason))
    }

    /// The figures and the problems. Of copies of one result, the first by source name counts;
    /// the others are named as its duplicates. With `memo`, people counted in an earlier
    /// aggregation with the same memo are not scored again (`TeamFiguresMemo`); the outcome is
    /// the same.
    public func finish(memo: TeamFiguresMemo? = nil) -> Outcome {
        var problems = problems
        var tally = TeamTally(catalog: catalog)
        var people: Set<String> = []
        for (person, member) in members {
            tally.unfinishedThemes += member.unfinishedThemes
            let figures = if let memo { memo.figures(of: member, catalog: catalog) } else { member.figures(catalog) }
            guard let figures else {
                for source in member.sources { problems.append(TeamProblem(path: source, message: Self.nothingFinished)) }
                continue
            }
            people.insert(person)
            tally.add(figures, files: member.files, hasRespondentID: member.hasRespondentID, collectReflections: collectReflections)
        }
        for group in copies.values {
            let names = group.sorted()
            for name in names.dropFirst() {
                problems.append(TeamProblem(path: name, message: "dubbel: hetzelfde resultaat als \(names[0]); één keer meegeteld"))
            }
        }
        tally.sortReflections()
        return Outcome(catalog: catalog, tally: tally, withReflections: collectReflections, themes: themes, problems: problems.sorted(), people: people)
    }

}
