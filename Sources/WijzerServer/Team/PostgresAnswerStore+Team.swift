import Foundation
import Logging
import PostgresNIO
import WijzerScoring

/// The team sessions in the PostgreSQL database of the self-checks (tables of migration 3), with
/// the SQLite store's rules. Every check and its change is one statement (or one transaction), so
/// instances that join, release or close at once cannot overtake each other.
extension PostgresAnswerStore: TeamSessionStore {
    public func createSession(_ session: TeamSessionRecord, facilitatorDigest: String) async throws {
        // Without a conflict target the insert yields to every unique column: id, join code and digest.
        let rows = try await client.query("""
            INSERT INTO team_sessions (id, questionnaire, themes, minimum_group, join_code, facilitator_digest, state, created)
            VALUES (\(session.id), \(session.questionnaire), \(session.themes.joined(separator: " ")), \(session.minimumGroup),
                    \(session.joinCode), \(facilitatorDigest), \(session.state.rawValue), \(session.created.formatted(.iso8601)))
            ON CONFLICT DO NOTHING RETURNING id
            """, logger: logger)
        if try await !Self.hasRows(rows) { throw StoreError.duplicate }
    }

    public func session(joinCode: String) async throws -> TeamSessionRecord? {
        try await sessions("\(unescaped: Self.sessionColumns) WHERE join_code = \(joinCode)").first
    }

    public func session(facilitatorDigest: String) async throws -> TeamSessionRecord? {
        try await sessions("\(unescaped: Self.sessionColumns) WHERE facilitator_digest = \(facilitatorDigest)").first
    }

    public func session(projectorDigest: String) async throws -> TeamSessionRecord? {
        try await sessions("\(unescaped: Self.sessionColumns) WHERE projector_digest = \(projectorDigest)").first
    }

    public func attachProjector(session: String, projectorDigest: String) async throws {
        // Read to the end, so the update has completed when this returns.
        let rows = try await client.query("""
            UPDATE team_sessions SET projector_digest = \(projectorDigest) WHERE id = \(session) AND projector_digest IS NULL
            RETURNING id
            """, logger: logger)
        _ = try await Self.hasRows(rows)
    }

    public func sessions(member link: String) async throws -> [TeamSessionRecord] {
        // Asked by every start page: read with the other start pages' asks waiting now, in one
        // statement per group (`GroupQueue`), as `load` reads their self-checks.
        try await memberSessions.submit(documents.digest(of: link)) { keys in
            await self.sessions(members: keys)
        }
    }

    /// The sessions of each of `keys` (links' digests), in one statement (`MembersSessions`).
    private func sessions(members keys: [String]) async -> [Result<[TeamSessionRecord], Error>] {
        do {
            var sessions: [String: [TeamSessionRecord]] = [:]
            for try await (key, session) in try await client.execute(MembersSessions(keys: keys), logger: logger) {
                sessions[key, default: []].append(session)
            }
            return keys.map { .success(sessions[$0] ?? []) }
        } catch {
            return keys.map { _ in .failure(error) }
        }
    }

    public func addMember(session: String, link: String, at date: Date, brought: Bool) async throws -> Bool {
        let rows = try await client.query("""
            INSERT INTO team_members (session, link_hash, joined, brought)
            VALUES (\(session), \(LinkDigest.of(link)), \(date.formatted(.iso8601)), \(brought ? 1 : 0))
            ON CONFLICT DO NOTHING RETURNING link_hash
            """, logger: logger)
        return try await Self.hasRows(rows)
    }

    public func isDeletedWithSession(member link: String) async throws -> Bool {
        let rows = try await client.query("""
            SELECT 1 FROM team_members WHERE link_hash = \(documents.digest(of: link)) AND brought = 0 LIMIT 1
            """, logger: logger)
        return try await Self.hasRows(rows)
    }

    public func setFinished(session: String, link: String, _ finished: Bool) async throws {
        try await client.query(
            "UPDATE team_members SET finished = \(finished ? 1 : 0) WHERE session = \(session) AND link_hash = \(LinkDigest.of(link))",
            logger: logger)
    }

    public func counts(session: String, questionnaire: String) async throws -> (joined: Int, finished: Int) {
        var binds = PostgresBindings()
        binds.append(questionnaire)
        binds.append(session)
        let rows = try await client.query(PostgresQuery(unsafeSQL: TeamProgress.countsQuery, binds: binds), logger: logger)
        var counts = (joined: 0, finished: 0)
        for try await (joined, finished) in rows.decode((Int, Int).self) { counts = (joined, finished) }
        return counts
    }

    /// Marks the members who finished their session's themes (migration 5), inside its transaction.
    static func markFinishedMembers(on connection: PostgresConnection, logger: Logger) async throws {
        var done: [(session: String, key: String)] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: TeamProgress.membersToMark), logger: logger)
        for try await (session, key, themes, json) in rows.decode((String, String, String, String).self)
        where TeamProgress.hasFinished(json: json, themes: themes) {
            done.append((session, key))
        }
        for (session, key) in done {
            try await connection.query("UPDATE team_members SET finished = 1 WHERE session = \(session) AND link_hash = \(key)", logger: logger)
        }
    }

    public func members(session: String, questionnaire: String, themes: [String], markedFinishedOnly: Bool) async throws -> [TeamMemberDocument] {
        // `finished` is 0 or 1: `>= 0` is every member.
        // Byte order of the digests, as SQLite sorts them, so both stores number members alike.
        let ticket = documents.ticket()
        let rows = try await client.query("""
            SELECT m.link_hash, s.document FROM team_members m
            LEFT JOIN self_checks s ON s.link_hash = m.link_hash AND s.questionnaire = \(questionnaire)
            WHERE m.session = \(session) AND m.finished >= \(markedFinishedOnly ? 1 : 0) ORDER BY m.link_hash COLLATE "C"
            """, logger: logger)
        var found: [TeamMemberDocument] = []
        for try await (key, text) in rows.decode((String, String?).self) {
            if let text { found.append(try self.documents.member(key: key, text: text, themes: themes, ticket: ticket)) }
        }
        return found
    }

    public func release(session: String, expected: Int, released: Int, snapshot: [TeamMemberDocument], html: String) async throws -> Bool {
        let rows = try await client.query("""
            UPDATE team_sessions SET released = \(released), snapshot = \(TeamSnapshotCodec.encode(snapshot)), released_html = \(html)
            WHERE id = \(session) AND released = \(expected) AND state = 'open' RETURNING id
            """, logger: logger)
        return try await Self.hasRows(rows)
    }

    public func releasedView(session: String) async throws -> (released: Int, html: String)? {
        let rows = try await client.query("SELECT released, released_html FROM team_sessions WHERE id = \(session)", logger: logger)
        var view: (released: Int, html: String)?
        for try await (released, html) in rows.decode((Int, String?).self) {
            if released > 0, let html { view = (released, html) }
        }
        return view
    }

    public func snapshot(session: String) async throws -> [ResultDocument] {
        let rows = try await client.query("SELECT snapshot FROM team_sessions WHERE id = \(session)", logger: logger)
        var text: String?
        for try await value in rows.decode(String?.self) { text = value }
        return try TeamSnapshotCodec.decode(text, lines: snapshotLines)
    }

    public func close(session: String, at date: Date, report: FrozenTeamReport, snapshot: [TeamMemberDocument]) async throws -> Bool {
        let rows = try await client.query("""
            UPDATE team_sessions SET state = 'closed', closed = \(date.formatted(.iso8601)), released = \(snapshot.count),
                snapshot = \(TeamSnapshotCodec.encode(snapshot)), report_markdown = \(report.markdown), report_html = \(report.html),
                report_scores = \(report.scores), report_answers = \(report.answers), released_html = NULL
            WHERE id = \(session) AND state = 'open' RETURNING id
            """, logger: logger)
        return try await Self.hasRows(rows)
    }

    public func purge(closedBefore date: Date) async throws -> Int {
        let logger = self.logger
        let due = try await sessions("\(unescaped: Self.sessionColumns) WHERE state = 'closed' AND purged = 0 ORDER BY created, id")
            .filter { ($0.closed ?? date) < date }
        for session in due {
            try await Self.unwrapping { try await client.withTransaction(logger: logger) { connection in
                // A save group writing two of the same rows could lock them in the other order:
                // PostgreSQL then ends one of the two, and a group it ends is written again
                // (`write`); a purge it ends is tried again at the next one (every hour).
                try await connection.query("""
                    DELETE FROM self_checks
                    WHERE link_hash IN (SELECT link_hash FROM team_members WHERE session = \(session.id) AND brought = 0)
                    """, logger: logger)
                try await connection.query("DELETE FROM team_members WHERE session = \(session.id)", logger: logger)
                try await connection.query("UPDATE team_sessions SET snapshot = NULL, purged = 1 WHERE id = \(session.id)", logger: logger)
            } }
        }
        return due.count
    }

    /// The columns of a session (`session(_:)`), in order; none of them is also a column of team_members.
    static let sessionColumnList = """
        id, questionnaire, themes, minimum_group, join_code, state, created, closed, released, purged,
        report_markdown, report_html, report_scores, report_answers
        """
    static let sessionColumns = "SELECT \(sessionColumnList) FROM team_sessions"

    private func sessions(_ query: PostgresQuery) async throws -> [TeamSessionRecord] {
        let rows = try await client.query(query, logger: logger)
        var sessions: [TeamSessionRecord] = []
        for try await row in rows { sessions.append(try Self.session(row)) }
        return sessions
    }

    /// A row of `sessionColumns` as a session (more columns after them are left alone).
    static func session(_ row: PostgresRow) throws -> TeamSessionRecord {
        let (id, questionnaire, themes, k, code, state, created, closed, released, purged, markdown, html, scores, answers) =
            try row.decode((String, String, String, Int, String, String, String, String?, Int, Int,
                            String?, String?, String?, String?).self)
        guard let state = TeamSessionRecord.State(rawValue: state), let created = Self.date(created)
        else { throw StoreError.corrupt("team_sessions") }
        var session = TeamSessionRecord(id: id, questionnaire: questionnaire, themes: themes.split(separator: " ").map(String.init),
                                        minimumGroup: k, joinCode: code, created: created)
        session.state = state
        session.closed = closed.flatMap(Self.date)
        session.released = released
        session.purged = purged == 1
        if let markdown, let html, let scores, let answers {
            session.report = FrozenTeamReport(markdown: markdown, html: html, scores: scores, answers: answers)
        }
        return session
    }

    private static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
