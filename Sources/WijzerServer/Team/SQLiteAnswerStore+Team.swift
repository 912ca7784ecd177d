import Foundation
import SQLiteNIO
import WijzerScoring

/// The team sessions in the SQLite file of the self-checks (tables of migration 3). Writes go
/// through the same connection and lock as the saves (`writing`, which returns once the log is
/// flushed), so a purge and a join never interleave with an answer being saved; reads that
/// only show something (a page, a team view) go to the read-only connection (`reading`), which
/// sees every commit before them and does not wait for a group of saves and its fsync. (On the
/// writer, a self-check's start page waited for the lock: 4,000 loads a second where the
/// question page, read on the reader, gave 6,900.)
extension SQLiteAnswerStore: TeamSessionStore {
    public func createSession(_ session: TeamSessionRecord, facilitatorDigest: String) async throws {
        try await writing {
            let taken = try await self.connection.query(
                "SELECT 1 FROM team_sessions WHERE id = ? OR join_code = ? OR facilitator_digest = ?",
                [.text(session.id), .text(session.joinCode), .text(facilitatorDigest)])
            if !taken.isEmpty { throw StoreError.duplicate }
            _ = try await self.connection.query(
                """
                INSERT INTO team_sessions (id, questionnaire, themes, minimum_group, join_code, facilitator_digest, state, created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [.text(session.id), .text(session.questionnaire), .text(session.themes.joined(separator: " ")),
                 .integer(session.minimumGroup), .text(session.joinCode), .text(facilitatorDigest),
                 .text(session.state.rawValue), .text(Self.timestamp(session.created))])
        }
    }

    public func session(joinCode: String) async throws -> TeamSessionRecord? {
        try await reading { try await self.sessions(where: "join_code = ?", .text(joinCode), on: $0).first }
    }

    public func session(facilitatorDigest: String) async throws -> TeamSessionRecord? {
        try await reading { try await self.sessions(where: "facilitator_digest = ?", .text(facilitatorDigest), on: $0).first }
    }

    public func session(projectorDigest: String) async throws -> TeamSessionRecord? {
        try await reading { try await self.sessions(where: "projector_digest = ?", .text(projectorDigest), on: $0).first }
    }

    public func attachProjector(session: String, projectorDigest: String) async throws {
        try await writing {
            _ = try await self.connection.query(
                "UPDATE team_sessions SET projector_digest = ? WHERE id = ? AND projector_digest IS NULL",
                [.text(projectorDigest), .text(session)])
        }
    }

    public func sessions(member link: String) async throws -> [TeamSessionRecord] {
        try await reading {
            try await self.sessions(where: "id IN (SELECT session FROM team_members WHERE link_hash = ?)", .text(documents.digest(of: link)), on: $0)
        }
    }

    public func addMember(session: String, link: String, at date: Date, brought: Bool) async throws -> Bool {
        try await writing {
            let rows = try await self.connection.query(
                "INSERT INTO team_members (session, link_hash, joined, brought) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING link_hash",
                [.text(session), .text(LinkDigest.of(link)), .text(Self.timestamp(date)), .integer(brought ? 1 : 0)])
            return !rows.isEmpty
        }
    }

    public func isDeletedWithSession(member link: String) async throws -> Bool {
        try await reading {
            try await !$0.query("SELECT 1 FROM team_members WHERE link_hash = ? AND brought = 0 LIMIT 1", [.text(documents.digest(of: link))]).isEmpty
        }
    }

    public func setFinished(session: String, link: String, _ finished: Bool) async throws {
        try await writing {
            _ = try await self.connection.query("UPDATE team_members SET finished = ? WHERE session = ? AND link_hash = ?",
                                                [.integer(finished ? 1 : 0), .text(session), .text(LinkDigest.of(link))])
        }
    }

    public func counts(session: String, questionnaire: String) async throws -> (joined: Int, finished: Int) {
        try await reading { connection in
            let rows = try await connection.query(TeamProgress.countsQuery, [.text(questionnaire), .text(session)])
            return (rows.first?.column("joined")?.integer ?? 0, rows.first?.column("finished")?.integer ?? 0)
        }
    }

    /// Marks the members who finished their session's themes (migration 5), inside its transaction.
    func markFinishedMembers() async throws {
        for row in try await connection.query(TeamProgress.membersToMark) {
            guard let session = row.column("session")?.string, let key = row.column("link_hash")?.string,
                  let themes = row.column("themes")?.string, let json = row.column("document")?.string,
                  TeamProgress.hasFinished(json: json, themes: themes)
            else { continue }
            _ = try await connection.query("UPDATE team_members SET finished = 1 WHERE session = ? AND link_hash = ?",
                                           [.text(session), .text(key)])
        }
    }

    public func members(session: String, questionnaire: String, themes: [String], markedFinishedOnly: Bool) async throws -> [TeamMemberDocument] {
        // `finished` is 0 or 1: `>= 0` is every member.
        // On the reader: a release reads every member, and saves need not wait for that. A
        // release then stores its snapshot only if no other release came first (`release`).
        let ticket = documents.ticket()
        return try await reading { connection in
            let rows = try await connection.query("""
                SELECT m.link_hash, s.document FROM team_members m
                LEFT JOIN self_checks s ON s.link_hash = m.link_hash AND s.questionnaire = ?
                WHERE m.session = ? AND m.finished >= ? ORDER BY m.link_hash
                """, [.text(questionnaire), .text(session), .integer(markedFinishedOnly ? 1 : 0)])
            return try rows.compactMap { row in
                guard let key = row.column("link_hash")?.string, let text = row.column("document")?.string else { return nil }
                return try self.documents.member(key: key, text: text, themes: themes, ticket: ticket)
            }
        }
    }

    public func release(session: String, expected: Int, released: Int, snapshot: [TeamMemberDocument], html: String) async throws -> Bool {
        try await writing {
            let rows = try await self.connection.query(
                "UPDATE team_sessions SET released = ?, snapshot = ?, released_html = ? WHERE id = ? AND released = ? AND state = 'open' RETURNING id",
                [.integer(released), .text(TeamSnapshotCodec.encode(snapshot)), .text(html), .text(session), .integer(expected)])
            return !rows.isEmpty
        }
    }

    public func releasedView(session: String) async throws -> (released: Int, html: String)? {
        try await reading { connection in
            let rows = try await connection.query("SELECT released, released_html FROM team_sessions WHERE id = ?", [.text(session)])
            guard let row = rows.first, let released = row.column("released")?.integer, released > 0,
                  let html = row.column("released_html")?.string else { return nil }
            return (released, html)
        }
    }

    public func snapshot(session: String) async throws -> [ResultDocument] {
        try await reading { connection in
            let rows = try await connection.query("SELECT snapshot FROM team_sessions WHERE id = ?", [.text(session)])
            return try TeamSnapshotCodec.decode(rows.first?.column("snapshot")?.string, lines: self.snapshotLines)
        }
    }

    public func close(session: String, at date: Date, report: FrozenTeamReport, snapshot: [TeamMemberDocument]) async throws -> Bool {
        try await writing {
            let rows = try await self.connection.query(
                """
                UPDATE team_sessions SET state = 'closed', closed = ?, released = ?, snapshot = ?,
                    report_markdown = ?, report_html = ?, report_scores = ?, report_answers = ?, released_html = NULL
                WHERE id = ? AND state = 'open' RETURNING id
                """,
                [.text(Self.timestamp(date)), .integer(snapshot.count), .text(TeamSnapshotCodec.encode(snapshot)),
                 .text(report.markdown), .text(report.html), .text(report.scores), .text(report.answers), .text(session)])
            return !rows.isEmpty
        }
    }

    public func purge(closedBefore date: Date) async throws -> Int {
        try await writing {
            let due = try await self.sessions(where: "state = 'closed' AND purged = 0", nil, on: self.connection)
                .filter { ($0.closed ?? date) < date }
            for session in due {
                try await self.transaction {
                    _ = try await self.connection.query(
                        "DELETE FROM self_checks WHERE link_hash IN (SELECT link_hash FROM team_members WHERE session = ? AND brought = 0)",
                        [.text(session.id)])
                    _ = try await self.connection.query("DELETE FROM team_members WHERE session = ?", [.text(session.id)])
                    _ = try await self.connection.query(
                        "UPDATE team_sessions SET snapshot = NULL, purged = 1 WHERE id = ?", [.text(session.id)])
                }
            }
            return due.count
        }
    }

    private func sessions(where condition: String, _ value: SQLiteData?, on connection: SQLiteConnection) async throws -> [TeamSessionRecord] {
        let rows = try await connection.query(
            """
            SELECT id, questionnaire, themes, minimum_group, join_code, state, created, closed, released, purged,
                   report_markdown, report_html, report_scores, report_answers
            FROM team_sessions WHERE \(condition) ORDER BY created, id
            """, value.map { [$0] } ?? [])
        return try rows.map { row in
            guard let id = row.column("id")?.string, let questionnaire = row.column("questionnaire")?.string,
                  let themes = row.column("themes")?.string, let k = row.column("minimum_group")?.integer,
                  let code = row.column("join_code")?.string, let state = row.column("state")?.string.flatMap(TeamSessionRecord.State.init),
                  let created = row.column("created")?.string.flatMap(Self.date)
            else { throw StoreError.corrupt("team_sessions") }
            var session = TeamSessionRecord(id: id, questionnaire: questionnaire, themes: themes.split(separator: " ").map(String.init),
                                            minimumGroup: k, joinCode: code, created: created)
            session.state = state
            session.closed = row.column("closed")?.string.flatMap(Self.date)
            session.released = row.column("released")?.integer ?? 0
            session.purged = row.column("purged")?.integer == 1
            if let markdown = row.column("report_markdown")?.string, let html = row.column("report_html")?.string,
               let scores = row.column("report_scores")?.string, let answers = row.column("report_answers")?.string {
                session.report = FrozenTeamReport(markdown: markdown, html: html, scores: scores, answers: answers)
            }
            return session
        }
    }

    private static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
