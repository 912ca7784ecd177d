import WijzerLanguage
import WijzerScoring

/// Adds up result documents into team figures, one at a time, so memory does not grow with the
/// number of results (`TeamTally`). Documents that do not fit the questionnaire, and copies of a
/// result already counted, become problems; the outcome does not depend on the order in which
/// documents are added.
public struct TeamAggregator: Sendable {
    /// What aggregation produced.
    public struct Outcome: Sendable {
        let catalog: TeamCatalog
        let tally: TeamTally
        let withReflections: Bool
        /// Documents not used, sorted by source.
        public var problems: [TeamProblem]
        /// The results counted.
        public var results: Int { tally.results }
    }

    let catalog: TeamCatalog
    let collectReflections: Bool
    private var tally: TeamTally
    private var problems: [TeamProblem] = []
    /// The first source of every result counted, by its `TeamContribution.key`.
    private var firstSource: [String: String] = [:]
    /// The sources of each result seen more than once, the first included.
    private var copies: [String: [String]] = [:]

    public init(catalog: TeamCatalog, collectReflections: Bool) {
        self.catalog = catalog
        self.collectReflections = collectReflections
        tally = TeamTally(catalog: catalog)
    }

    /// The contribution of `document`, or why it cannot be used. Pure and independent of other
    /// documents, so it may run anywhere before `add(_:from:)`.
    public func contribution(of document: ResultDocument) -> Result<TeamContribution, TeamProblem.Reason> {
        Result { () throws(TeamProblem.Reason) in try TeamContribution(document, catalog: catalog) }
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
            tally.add(c, collectReflections: collectReflections)
        }
    }

    /// Records a source that could not be read, with the reason in Dutch.
    public mutating func reject(_ source: String, reason: String) {
        problems.append(TeamProblem(path: source, message: reason))
    }

    /// The figures and the problems. Of copies of one result, the first by source name counts;
    /// the others are named as its duplicates.
    public func finish() -> Outcome {
        var problems = problems
        for group in copies.values {
            let names = group.sorted()
            for name in names.dropFirst() {
                problems.append(TeamProblem(path: name, message: "dubbel: hetzelfde resultaat als \(names[0]); één keer meegeteld"))
            }
        }
        var tally = tally
        tally.sortReflections()
        return Outcome(catalog: catalog, tally: tally, withReflections: collectReflections, problems: problems.sorted())
    }

}
