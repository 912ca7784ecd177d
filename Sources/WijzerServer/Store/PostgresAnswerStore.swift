import Foundation
import Logging
import PostgresNIO
import WijzerScoring

/// The answer store on a PostgreSQL server, for a school that runs several `wijzer serve`
/// instances on one database. Same tables and migrations as the SQLite store (`StoreSchema`),
/// links kept as their digest (`LinkDigest`); a change returns once PostgreSQL has flushed its
/// commit, as it does with the server's default `synchronous_commit = on` (for a group of saves,
/// after `FlushCommits`, while the next group is written). Keeps the live team
/// sessions too (`PostgresAnswerStore+Team`), and tells the other instances' team views about
/// releases (`PostgresTeamEvents`).
public final class PostgresAnswerStore: AnswerStore {
    let client: PostgresClient
    private let running: Task<Void, Never>
    let logger: Logger
    /// The live team views' events of this instance: NOTIFY through `client`, LISTEN on a
    /// connection of its own.
    public let teamEvents: PostgresTeamEvents
    /// Saves waiting to be written as a group (`update`), each group on one of the pool's
    /// connections: two queues, so two groups at once, never two of one self-check (`write`).
    private let saves = SaveQueue.Queues(count: 2)
    /// Page loads waiting to be read as a group (`load`), one statement per group.
    private let loads = PageLoad.queue()
    /// Start pages' asks for their team sessions, read as a group (`sessions(member:)`).
    let memberSessions = GroupQueue<String, [TeamSessionRecord]>(limit: PageLoad.groupSize)
    /// Documents as last read or written, so an unchanged one is not decoded again.
    let documents = DocumentCache()
    /// Team snapshots' documents by their line, so a release's lines seen before are not decoded again.
    let snapshotLines = TeamSnapshotCodec.lineCache()
    /// Groups of saves wait here for PostgreSQL's flush of their commits (`flushCommits`);
    /// those that commit during one flush share the next.
    private let commits = SharedFlush()
    /// For tests: awaited before each flush of commits, as a slow disk would hold it.
    private let holdFlush: (@Sendable () async -> Void)?

    private init(client: PostgresClient, logger: Logger, teamEvents: PostgresTeamEvents, holdFlush: (@Sendable () async -> Void)?) {
        self.client = client
        self.logger = logger
        self.teamEvents = teamEvents
        self.holdFlush = holdFlush
        self.running = Task { await client.run() }
    }

    /// Connects to `location` and brings the schema up to date; instances that start together
    /// take turns through an advisory lock, so a migration runs once. Throws
    /// `StoreError.unreachable` when the server cannot be reached or refuses the login.
    public static func open(_ location: PostgresLocation) async throws -> PostgresAnswerStore {
        try await open(location, holdingFlushes: nil)
    }

    /// `open(_:)` with `holdFlush` awaited before each flush of a group's commits (tests).
    static func open(_ location: PostgresLocation, holdingFlushes holdFlush: (@Sendable () async -> Void)?) async throws -> PostgresAnswerStore {
        var logger = Logger(label: "wijzer.postgres")
        logger.logLevel = .error
        // One plain connection first: the pool would keep retrying an unreachable server,
        // where a person starting the server wants to hear at once that the address is wrong.
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: location.connectionConfiguration,
                                                              id: 0, logger: logger)
        } catch {
            throw StoreError.unreachable(location: location.description, reason: String(reflecting: error))
        }
        do {
            try await migrate(on: connection, logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        let client = PostgresClient(configuration: location.clientConfiguration, backgroundLogger: logger)
        let events = await PostgresTeamEvents.start(listeningWith: location.connectionConfiguration, publishingThrough: client, logger: logger)
        return PostgresAnswerStore(client: client, logger: logger, teamEvents: events, holdFlush: holdFlush)
    }

    /// An arbitrary constant that names Wijzer's migration lock among the database's advisory locks.
    private static let migrationLock: Int64 = 0x5769_6A7A_6572

    private static func migrate(on connection: PostgresConnection, logger: Logger) async throws {
        try await Self.unwrapping { try await connection.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: StoreSchema.migrationsTable), logger: logger)
            let applied = try await version(on: connection, logger: logger)
            if applied > StoreSchema.currentVersion { throw StoreError.newerSchema(applied) }
            for migration in StoreSchema.migrations where migration.version > applied {
                for statement in migration.statements + migration.postgresOnly {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                if migration.hashesLinks { try await hashLinks(on: connection, logger: logger) }
                if migration.marksFinishedMembers { try await markFinishedMembers(on: connection, logger: logger) }
                let now = Date().formatted(.iso8601)
                try await connection.query(
                    "INSERT INTO schema_migrations (version, applied) VALUES (\(migration.version), \(now))",
                    logger: logger)
            }
        } }
    }

    /// Replaces every stored link with its digest (migration 2), computed as the SQLite store does.
    private static func hashLinks(on connection: PostgresConnection, logger: Logger) async throws {
        var links: [String] = []
        for try await link in try await connection.query("SELECT link_hash FROM self_checks", logger: logger)
            .decode(String.self) { links.append(link) }
        for link in links {
            try await connection.query(
                "UPDATE self_checks SET link_hash = \(LinkDigest.of(link)) WHERE link_hash = \(link)", logger: logger)
        }
    }

    public func schemaVersion() async throws -> Int {
        let logger = self.logger
        return try await client.withConnection { try await Self.version(on: $0, logger: logger) }
    }

    private static func version(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("SELECT MAX(version) FROM schema_migrations", logger: logger)
        var version = 0
        for try await value in rows.decode(Int?.self) { version = value ?? 0 }
        return version
    }

    public func create(link: String, document: ResultDocument) async throws {
        let now = document.created.formatted(.iso8601)
        let key = documents.digest(of: link)
        // Not kept (`DocumentCache.encode`, not `text(storing:)`): only a save group drops what
        // it kept when its write does not land; the first page decodes the new self-check once.
        let rows = try await client.query("""
            INSERT INTO self_checks (link_hash, questionnaire, created, updated, document)
            VALUES (\(key), \(document.questionnaire.id), \(now), \(now), \(DocumentCache.encode(document)))
            ON CONFLICT (link_hash) DO NOTHING RETURNING link_hash
            """, logger: logger)
        if try await !Self.hasRows(rows) { throw StoreError.duplicate }
    }

    public func load(link: String, questionnaire: String) async throws -> ResultDocument? {
        // Read with the other loads waiting now, in one statement per group (`GroupQueue`,
        // `read`). Why: each statement on its own is a round trip through postgres-nio and a
        // PostgreSQL backend. With one statement per load (and per start page's team sessions)
        // a page under load cost the server 226-244 µs of CPU; grouped, 113-122 µs, and 2.3
        // times as many pages a second (Benchmarks/README, 2026-12-04). At a quiet moment a
        // group is the one load, read at once.
        let key = documents.digest(of: link)
        let ticket = documents.ticket()
        let row = try await loads.submit(PageLoad(key: key, questionnaire: questionnaire)) { group in
            await self.read(group)
        }
        return try row.map { try documents.document(key: key, text: $0.text, revision: $0.revision, ticket: ticket) }
    }

    /// Reads a group of loads in one statement (`ReadDocuments`): each load's stored row, nil
    /// for an unknown link or one of another questionnaire. Each caller decodes its own text.
    private func read(_ loads: [PageLoad]) async -> [Result<PageLoad.Row?, Error>] {
        do {
            var stored: [String: PageLoad.Row] = [:]
            for try await (key, questionnaire, text, revision) in try await client.execute(ReadDocuments(keys: loads.map(\.key)), logger: logger) {
                stored[key] = PageLoad.Row(questionnaire: questionnaire, text: text, revision: revision)
            }
            return PageLoad.rows(for: loads, in: stored)
        } catch {
            return loads.map { _ in .failure(error) }
        }
    }

    public func update(link: String, questionnaire: String,
                       _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument? {
        // Written with the other saves waiting now, in one statement per group (`SaveQueue`,
        // `write`); the change is kept only until this call returns. The statement writes only
        // what is still as read, so two instances changing one self-check at once apply their
        // changes one after the other instead of losing one.
        try await withoutActuallyEscaping(change) { change in
            try await saves.submit(SaveQueue.Save(key: documents.digest(of: link), questionnaire: questionnaire, change: change),
                                   serve: { group in await self.write(group) }, settle: { try await self.flushCommits() })
        }
    }

    /// Returns once PostgreSQL's log is flushed through every commit before the call
    /// (`FlushCommits`, shared by the groups that ask during one). When it fails, the commits
    /// may be lost if PostgreSQL went down, so nothing kept of them is trusted: every kept
    /// document is dropped, and the next save reads its self-check again.
    private func flushCommits() async throws {
        try await commits.wait {
            await self.holdFlush?()
            do {
                for try await _ in try await self.client.execute(FlushCommits(), logger: self.logger) {}
            } catch {
                self.documents.dropAll()
                throw error
            }
        }
    }

    public func earlierRounds(link: String, questionnaire: String) async throws -> ResultDocument? {
        let key = documents.digest(of: link)
        let rows = try await client.query(
            "SELECT earlier FROM self_checks WHERE link_hash = \(key) AND questionnaire = \(questionnaire)", logger: logger)
        var text: String?
        for try await value in rows.decode(String?.self) { text = value }
        return try text.map { try DocumentCache.decode($0, path: "self_checks.earlier") }
    }

    public func keepEarlierRounds(_ rounds: ResultDocument, link: String, questionnaire: String) async throws -> Bool {
        let key = documents.digest(of: link)
        let rows = try await client.query("""
            UPDATE self_checks SET earlier = \(DocumentCache.encode(rounds))
            WHERE link_hash = \(key) AND questionnaire = \(questionnaire) RETURNING link_hash
            """, logger: logger)
        return try await Self.hasRows(rows)
    }

    public func delete(link: String, questionnaire: String) async throws -> Bool {
        let key = documents.digest(of: link)
        let rows = try await client.query(
            "DELETE FROM self_checks WHERE link_hash = \(key) AND questionnaire = \(questionnaire) RETURNING link_hash",
            logger: logger)
        // After the DELETE: a save group whose write locked the row first kept its document
        // before the DELETE could go ahead; one that began later keeps nothing (its ticket).
        documents.forget(key: key)
        return try await Self.hasRows(rows)
    }

    public func close() async throws {
        await teamEvents.stop()
        running.cancel()
        await running.value
    }

    /// Runs a transaction and rethrows what its body threw as itself (postgres-nio wraps it in a
    /// `PostgresTransactionError`), so callers see `StoreError` and a change's own errors.
    static func unwrapping<T>(_ transaction: () async throws -> T) async throws -> T {
        do {
            return try await transaction()
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }

    static func hasRows(_ rows: PostgresRowSequence) async throws -> Bool {
        var found = false
        for try await _ in rows { found = true }
        return found
    }

}
