import Synchronization
import WijzerReports

/// Team members' contributions (their answers coded for the team report) by the line their
/// document is stored as in a snapshot (`TeamMemberDocument.line`), so a release codes only the
/// members who are new or changed since the last one.
///
/// Why: every release of a session aggregates all finished members again; `TeamFiguresMemo`
/// spares scoring them, but coding each member's answers took 5 % of the server's CPU time in a
/// session of 200 on SQLite (Benchmarks/team, perf). The line is the document's exact text, so
/// a changed document is coded afresh. One server has one questionnaire, hence one catalog.
final class TeamContributionMemo: Sendable {
    typealias Contribution = Result<TeamContribution, TeamProblem.Reason>

    private let kept = Mutex<[String: Contribution]>([:])
    /// At most this many members are kept (as `DocumentCache` keeps 2,000 documents); when full,
    /// it starts over.
    static let capacity = 2_000

    /// The contribution of the member stored as `line`: the kept one, or made by `make` and kept.
    func contribution(line: String, make: () -> Contribution) -> Contribution {
        if let kept = kept.withLock({ $0[line] }) { return kept }
        let made = make()
        kept.withLock { kept in
            if kept[line] == nil && kept.count >= Self.capacity { kept.removeAll(keepingCapacity: true) }
            kept[line] = made
        }
        return made
    }

    /// How many members are kept (for tests).
    var count: Int { kept.withLock { $0.count } }
}
