import Foundation
import Logging
import WijzerReports
import WijzerScoring

/// The rules of a live team session: who counts as finished, when the team view may change
/// (a release), and the report itself, made by the same aggregation and renderers as
/// `wijzer team`.
extension WebServer {
    /// The team report on the session's `themes` over `documents` (those themes only) with
    /// groups of at least `minimumGroup`, reflections included (only those their writers agreed
    /// to share; `TeamPrivacy` decides the rest).
    func teamReport(_ documents: [ResultDocument], themes: [String], minimumGroup: Int) -> TeamReport {
        aggregate(themes: themes, minimumGroup: minimumGroup) { aggregator in documents.map(aggregator.contribution(of:)) }
    }

    /// The same report over members as stored, each member's answers coded once per server
    /// (`TeamContributionMemo`).
    func teamReport(members: [TeamMemberDocument], themes: [String], minimumGroup: Int) -> TeamReport {
        aggregate(themes: themes, minimumGroup: minimumGroup) { aggregator in
            members.map { member in teamContributions.contribution(line: member.line) { aggregator.contribution(of: member.document) } }
        }
    }

    private func aggregate(themes: [String], minimumGroup: Int,
                           _ contributions: (TeamAggregator) -> [TeamContributionMemo.Contribution]) -> TeamReport {
        var aggregator = TeamAggregator(catalog: teamCatalog, collectReflections: true, themes: themes)
        for (i, contribution) in contributions(aggregator).enumerated() { aggregator.add(contribution, from: "deelnemer \(i + 1)") }
        return TeamReport(aggregator.finish(memo: teamFigures), minimumGroup: minimumGroup, baseline: nil)
    }

    /// The four files of `wijzer team --with-reflections` for `report`.
    static func frozen(_ report: TeamReport) -> FrozenTeamReport {
        FrozenTeamReport(markdown: TeamMarkdownRenderer.render(report), html: TeamHTMLRenderer.render(report),
                         scores: TeamCSVRenderer.scores(report), answers: TeamCSVRenderer.answers(report))
    }

    /// The documents (session themes only) of the members who finished: of those marked
    /// finished, the ones whose answers say so.
    func finishedMembers(_ session: TeamSessionRecord) async throws -> [TeamMemberDocument] {
        guard let teams else { return [] }
        return try await teams.members(session: session.id, questionnaire: questionnaire.id, themes: session.themes, markedFinishedOnly: true)
            .filter { TeamProgress.hasFinished($0.document, session.themes) }
    }

    /// Releases a new state of the team view when at least k more members finished than at
    /// the last release, and tells the open views. True when it released.
    @discardableResult
    func releaseIfDue(_ session: TeamSessionRecord) async throws -> Bool {
        guard let teams, session.state == .open else { return false }
        // The members' finished marks are counted by the database first: the documents are read
        // and decoded only when a release is due (every k finishes), not on every finish, and
        // then only those of the marked members (the others change with every answer, so they
        // would be decoded afresh each time). The release counts again from those documents, so
        // the steps of k and "one member counts once" rest on the answers, not on the marks.
        let marked = try await teams.counts(session: session.id, questionnaire: questionnaire.id).finished
        guard marked >= session.released + session.minimumGroup else { return false }
        let finished = try await finishedMembers(session)
        guard finished.count >= session.released + session.minimumGroup else { return false }
        // The report is made before it is released: the views of every instance show it as
        // stored with the release (`releasedView`).
        let report = teamReport(members: finished, themes: session.themes, minimumGroup: session.minimumGroup)
        guard try await teams.release(session: session.id, expected: session.released, released: finished.count, snapshot: finished,
                                      html: TeamHTMLRenderer.mainContent(report))
        else { return false }
        // The snapshot holds exactly these documents: this instance's presentation screens need
        // not read them back.
        await teamReports.prime(session: session.id, released: finished.count) { report }
        await teamEvents.publish(session: session.id)
        return true
    }

    /// Marks whether `link` (its stored `document`) finished each of its sessions' themes, and
    /// releases what is due there: after a finished or restarted theme.
    func recordProgress(of link: String, _ document: ResultDocument) async throws {
        guard let teams else { return }
        for session in try await teams.sessions(member: link) {
            try await teams.setFinished(session: session.id, link: link, TeamProgress.hasFinished(document, session.themes))
            try await releaseIfDue(session)
        }
    }

    /// Closes `session`: the report over all members is frozen, the view shows it.
    func closeTeamSession(_ session: TeamSessionRecord, at date: Date) async throws {
        guard let teams else { return }
        let documents = try await teams.members(session: session.id, questionnaire: questionnaire.id, themes: session.themes, markedFinishedOnly: false)
        let report = teamReport(members: documents, themes: session.themes, minimumGroup: session.minimumGroup)
        if try await teams.close(session: session.id, at: date, report: Self.frozen(report), snapshot: documents) {
            await teamEvents.publish(session: session.id)
        }
    }

    /// Deletes the individual answers of sessions closed more than `settings.retentionDays`
    /// before `now`; the frozen reports stay. Runs at start and every hour (`wijzer serve`,
    /// through `purgeExpiredTeamSessions(now:logger:)`).
    public func purgeExpiredTeamSessions(now: Date) async throws -> Int {
        guard let teams else { return 0 }
        return try await teams.purge(closedBefore: now.addingTimeInterval(-Double(settings.retentionDays) * 24 * 3600))
    }

    /// `purgeExpiredTeamSessions(now:)`, its failure written to `logger` (the server's log)
    /// instead of thrown: nil when it failed. Why: a purge that keeps failing
    /// keeps the answers of closed sessions past `--retention`, and only the log tells IT.
    @discardableResult
    public func purgeExpiredTeamSessions(now: Date, logger: Logger) async -> Int? {
        do {
            return try await purgeExpiredTeamSessions(now: now)
        } catch {
            logger.error("""
                purging the answers of closed team sessions failed: \(error); they stay stored until a \
                purge succeeds (tried again every hour)
                """)
            return nil
        }
    }
}
