import Foundation
import SQLiteNIO
import SystemPackage
import WijzerScoring
import WijzerStorage

/// The answer store in one SQLite file (bundled with sqlite-nio: nothing to install). The file
/// is created 0600 in a 0700 folder; in WAL mode, and every change is on disk before the call
/// returns: committed with `synchronous=NORMAL`, then the log flushed (`LogFlush`, `writing`),
/// for a group of saves while the next group is written. Private links are kept as their digest
/// (`LinkDigest`).
public final class SQLiteAnswerStore: AnswerStore {
    // Internal, not private: the team session tables live in the same file (SQLiteAnswerStore+Team).
    let connection: SQLiteConnection
    /// A second, read-only connection for `load`, nil for an in-memory database (which a second
    /// connection would not share). In WAL mode it reads the last commit while the writer is
    /// busy, so showing a page no longer waits behind a group of saves and its fsync (about
    /// 2 ms each here), and it never sees a group that is not committed yet.
    let reader: SQLiteConnection?
    /// One caller at a time on `connection`.
    let lock = SerialLock()
    /// Flushes the log after each write; nil for an in-memory database.
    let logFlush: LogFlush?
    /// What a group of saves waits for before its callers get their answers: the flush of the
    /// log, while the next group is written.
    private let settle: GroupQueue<SaveQueue.Save, ResultDocument?>.Settle?
    /// Saves waiting to be written as a group (`update`): one queue, as SQLite has one writer.
    private let saves = SaveQueue.Queues(count: 1)
    /// Documents as last read or written, so an unchanged one is not decoded again.
    let documents = DocumentCache()
    /// Team snapshots' documents by their line, so a release's lines seen before are not decoded again.
    let snapshotLines = TeamSnapshotCodec.lineCache()

    private init(connection: SQLiteConnection, reader: SQLiteConnection?, logFlush: LogFlush?) {
        self.connection = connection
        self.reader = reader
        self.logFlush = logFlush
        if let logFlush {
            settle = { try await logFlush.flush() }
        } else {
            settle = nil
        }
    }

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    public static func open(path: String) async throws -> SQLiteAnswerStore {
        try await open(path: path, sync: LogFlush.fsync)
    }

    /// `open(path:)` with the log's flush (`sync`) replaced, for tests that make it wait or fail.
    static func open(path: String, sync: @escaping LogFlush.Sync) async throws -> SQLiteAnswerStore {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try DurableFile.ensurePrivateDirectory(folder) }
        try createPrivately(path)
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        let reader: SQLiteConnection
        do {
            reader = try await SQLiteConnection.open(storage: .file(path: path))
        } catch {
            try? await connection.close()
            throw error
        }
        let store = SQLiteAnswerStore(connection: connection, reader: reader, logFlush: LogFlush(database: path, sync: sync))
        do {
            try await store.prepare()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// An in-memory database, for tests.
    public static func inMemory() async throws -> SQLiteAnswerStore {
        let store = SQLiteAnswerStore(connection: try await SQLiteConnection.open(storage: .memory), reader: nil, logFlush: nil)
        try await store.prepare()  // on failure `deinit` closes the connection
        return store
    }

    /// Creates the file 0600 before SQLite does (SQLite would follow the umask), and makes an
    /// existing one 0600 too; its `-wal` and `-shm` files take the same permissions.
    private static func createPrivately(_ path: String) throws {
        let fd = try FileDescriptor.open(FilePath(path), .readWrite, options: [.create],
                                         permissions: .ownerReadWrite, retryOnInterrupt: true)
        try fd.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    private func prepare() async throws {
        _ = try await connection.query("PRAGMA journal_mode=WAL")
        // Durable through `logFlush` after the commit, not inside it (`LogFlush`).
        _ = try await connection.query("PRAGMA synchronous=NORMAL")
        // How long a statement waits for another connection's write (another process or store on
        // the same file) before failing: a save group is one statement, which holds the lock for
        // milliseconds, but a wait occupies one of sqlite-nio's few threads (as many as cores),
        // which a loaded machine hands out slowly. An answer that waits is better than one refused.
        _ = try await connection.query("PRAGMA busy_timeout=30000")
        try await migrate()
        if let logFlush {
            try logFlush.open()
            try await logFlush.flush()
        }
        if let reader {
            _ = try await reader.query("PRAGMA busy_timeout=30000")
            _ = try await reader.query("PRAGMA query_only=1")
        }
    }

    /// Applies the migrations not yet recorded, each in its own transaction.
    private func migrate() async throws {
        _ = try await connection.query(StoreSchema.migrationsTable)
        let applied = try await schemaVersion()
        if applied > StoreSchema.currentVersion { throw StoreError.newerSchema(applied) }
        for migration in StoreSchema.migrations where migration.version > applied {
            try await transaction {
                for statement in migration.statements + migration.sqliteOnly { _ = try await self.connection.query(statement) }
                if migration.hashesLinks { try await self.hashLinks() }
                if migration.marksFinishedMembers { try await self.markFinishedMembers() }
                _ = try await self.connection.query(
                    "INSERT INTO schema_migrations (version, applied) VALUES (?, ?)",
                    [.integer(migration.version), .text(Self.timestamp(Date()))])
            }
        }
    }

    /// Replaces every stored link with its digest (migration 2).
    private func hashLinks() async throws {
        for row in try await connection.query("SELECT link_hash FROM self_checks") {
            guard let link = row.column("link_hash")?.string else { continue }
            _ = try await connection.query("UPDATE self_checks SET link_hash = ? WHERE link_hash = ?",
                                           [.text(LinkDigest.of(link)), .text(link)])
        }
    }

    public func schemaVersion() async throws -> Int {
        let rows = try await connection.query("SELECT MAX(version) AS v FROM schema_migrations")
        return rows.first?.column("v")?.integer ?? 0
    }

    public func create(link: String, document: ResultDocument) async throws {
        try await writing {
            let key = self.documents.digest(of: link)
            let existing = try await self.connection.query("SELECT 1 FROM self_checks WHERE link_hash = ?", [.text(key)])
            if !existing.isEmpty { throw StoreError.duplicate }
            let now = Self.timestamp(document.created)
            // Not kept, as on PostgreSQL (`PostgresAnswerStore.create`).
            _ = try await self.connection.query(
                "INSERT INTO self_checks (link_hash, questionnaire, created, updated, document) VALUES (?, ?, ?, ?, ?)",
                [.text(key), .text(document.questionnaire.id), .text(now), .text(now), .text(DocumentCache.encode(document))])
        }
    }

    public func load(link: String, questionnaire: String) async throws -> ResultDocument? {
        let key = documents.digest(of: link)
        return try await reading { try await self.read(key, questionnaire, on: $0) }
    }

    /// Runs a read on the read-only connection of a file database, so it does not wait for the
    /// writer's lock (nor hold it up); an in-memory database has one connection, used inside
    /// the lock.
    func reading<T: Sendable>(_ body: (SQLiteConnection) async throws -> T) async throws -> T {
        guard let reader else { return try await lock.run { try await body(self.connection) } }
        return try await body(reader)
    }

    public func update(link: String, questionnaire: String,
                       _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument? {
        // Written with the other saves waiting now, in one transaction (`SaveQueue`, `write`);
        // the change is kept only until this call returns. The UPDATE writes only what is still
        // as read, so no change of another process on the same file is lost between read and write.
        try await withoutActuallyEscaping(change) { change in
            try await saves.submit(SaveQueue.Save(key: documents.digest(of: link), questionnaire: questionnaire, change: change),
                                   serve: { group in await self.write(group) }, settle: settle)
        }
    }

    public func earlierRounds(link: String, questionnaire: String) async throws -> ResultDocument? {
        let key = documents.digest(of: link)
        let rows = try await reading {
            try await $0.query("SELECT earlier FROM self_checks WHERE link_hash = ? AND questionnaire = ?", [.text(key), .text(questionnaire)])
        }
        return try rows.first?.column("earlier")?.string.map { try DocumentCache.decode($0, path: "self_checks.earlier") }
    }

    public func keepEarlierRounds(_ rounds: ResultDocument, link: String, questionnaire: String) async throws -> Bool {
        let key = documents.digest(of: link)
        return try await writing {
            try await !self.connection.query(
                "UPDATE self_checks SET earlier = ? WHERE link_hash = ? AND questionnaire = ? RETURNING link_hash",
                [.text(DocumentCache.encode(rounds)), .text(key), .text(questionnaire)]).isEmpty
        }
    }

    public func delete(link: String, questionnaire: String) async throws -> Bool {
        let key = documents.digest(of: link)
        return try await writing {
            let rows = try await self.connection.query(
                "DELETE FROM self_checks WHERE link_hash = ? AND questionnaire = ? RETURNING link_hash",
                [.text(key), .text(questionnaire)])
            // Inside the lock, after the DELETE: no save group can keep the document again.
            self.documents.forget(key: key)
            return !rows.isEmpty
        }
    }

    public func close() async throws {
        if let reader, !reader.isClosed { try await reader.close() }
        if !connection.isClosed { try await connection.close() }
        await logFlush?.close()
    }

    /// Closes the connection of a store dropped without `close()`, e.g. when a request or a test
    /// threw half-way. sqlite-nio asserts on a connection freed while open, which in a debug
    /// build turns the real error into a crash of the whole process; in a release build the file
    /// handle would leak. The close runs on sqlite-nio's thread pool and keeps the connection
    /// alive until it is done.
    deinit {
        for open in [connection, reader].compactMap(\.self) where !open.isClosed { _ = open.close() }
    }

    /// The document stored under a link's digest, read on `connection` (the writer, inside
    /// the lock) or `reader`.
    private func read(_ digest: String, _ questionnaire: String, on connection: SQLiteConnection) async throws -> ResultDocument? {
        let ticket = documents.ticket()
        let rows = try await connection.query(
            "SELECT document, revision FROM self_checks WHERE link_hash = ? AND questionnaire = ?",
            [.text(digest), .text(questionnaire)])
        guard let row = rows.first, let text = row.column("document")?.string else { return nil }
        return try documents.document(key: digest, text: text, revision: row.column("revision")?.integer, ticket: ticket)
    }

    /// Runs a change on the writer's connection, one caller at a time, and returns once it is
    /// on the disk (`logFlush`). Every write but a group of saves (which flushes while the next
    /// group is written) goes through here.
    func writing<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        let result = try await changing(body)
        try await logFlush?.flush()
        return result
    }

    /// Runs a change on the writer's connection, one caller at a time, unless a flush failed
    /// (`LogFlush.checkWritable`): then nothing more is changed that could not be acknowledged.
    func changing<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await lock.run {
            try self.logFlush?.checkWritable()
            return try await body()
        }
    }

    func transaction<T>(_ body: () async throws -> T) async throws -> T {
        _ = try await connection.query("BEGIN IMMEDIATE")
        do {
            let result = try await body()
            _ = try await connection.query("COMMIT")
            return result
        } catch {
            _ = try? await connection.query("ROLLBACK")
            throw error
        }
    }

    static func timestamp(_ date: Date) -> String {
        ISODate.string(date)
    }
}
