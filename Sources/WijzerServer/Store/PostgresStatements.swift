import PostgresNIO

// The statements of every page and every save, prepared once per connection: PostgreSQL parses
// and plans each once instead of on every call (Benchmarks/serve: preparing the page load's
// statement alone gave 8 % more saves per second). Their parameters are fixed in number (a
// group's links are one array), so one plan serves every group size.

/// A group of page loads (`PostgresAnswerStore.load`), and a save group's read of the
/// self-checks the instance does not keep (`SaveQueue.write`).
struct ReadDocuments: PostgresPreparedStatement {
    static let sql = "SELECT link_hash, questionnaire, document, revision FROM self_checks WHERE link_hash = ANY($1)"
    typealias Row = (String, String, String, Int)
    var keys: [String]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(keys)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode((String, String, String, Int).self)
    }
}

/// A save group's write, in one statement (its own transaction): each self-check is written only
/// while its row is still at the revision the group read or kept, which it raises by one, and
/// only the links written come back.
///
/// Its commit does not wait for PostgreSQL to flush its log (`synchronous_commit` off for this
/// transaction alone, `async`): the group's callers wait for `FlushCommits` instead, while the
/// next group is written. Why: the commit held this instance's group under way through the
/// flush, and the cores idled a quarter of a saturated round.
///
/// Groups do not take turns by an advisory lock held to the commit, as they did before
/// 2026-12-05: two groups written side by side gave a seventh more saves a second, with the
/// cores idle 6 % of a saturated round instead of a fifth (Benchmarks/README; with the lock
/// kept, the second group waited for it, and gave less). A group that locks two rows in the
/// order opposite to another writer's is ended by PostgreSQL's deadlock check instead, and
/// written again (`PostgresAnswerStore.write`).
struct WriteDocuments: PostgresPreparedStatement {
    static let sql = """
        WITH async AS MATERIALIZED (SELECT set_config('synchronous_commit', 'off', true))
        UPDATE self_checks SET document = v.document, updated = v.updated, revision = self_checks.revision + 1
        FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])
            AS v(link_hash, questionnaire, revision, document, updated)
        WHERE self_checks.link_hash = v.link_hash AND EXISTS (SELECT FROM async)
            AND self_checks.questionnaire = v.questionnaire AND self_checks.revision = v.revision
        RETURNING self_checks.link_hash
        """
    typealias Row = String
    var keys: [String]
    var questionnaires: [String]
    var revisions: [Int]
    var documents: [String]
    var updated: [String]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(keys)
        bindings.append(questionnaires)
        bindings.append(revisions)
        bindings.append(documents)
        bindings.append(updated)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(String.self)
    }
}

/// The team sessions of a group of self-checks (`PostgresAnswerStore.sessions(member:)`, asked
/// by every start page): each row a session, as `sessionColumns` gives it, and last the digest
/// of the member's link.
struct MembersSessions: PostgresPreparedStatement {
    static let sql = """
        SELECT \(PostgresAnswerStore.sessionColumnList), m.link_hash
        FROM team_sessions JOIN team_members m ON m.session = id
        WHERE m.link_hash = ANY($1) ORDER BY created, id
        """
    typealias Row = (key: String, session: TeamSessionRecord)
    var keys: [String]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(keys)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        let session = try PostgresAnswerStore.session(row)
        let cells = row.makeRandomAccess()
        return (try cells[cells.count - 1].decode(String.self), session)
    }
}

/// Waits until PostgreSQL has flushed its log through every commit before it, for the save
/// groups whose own commit did not wait (`WriteDocuments`): a transaction that takes a
/// transaction id commits with the session's `synchronous_commit` (on, PostgreSQL's default and
/// what docs/SERVER.md asks for), so it returns only once the log is flushed through its commit
/// record, which comes after theirs. `txid_current()` rather than `pg_current_xact_id()`: the
/// latter needs PostgreSQL 13.
struct FlushCommits: PostgresPreparedStatement {
    static let sql = "SELECT txid_current()"
    typealias Row = Int64

    func makeBindings() -> PostgresBindings { PostgresBindings() }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Int64.self)
    }
}
