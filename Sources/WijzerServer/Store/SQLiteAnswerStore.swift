import Foundation
import SQLiteNIO
import Synchronization
import SystemPackage
import WijzerScoring
import WijzerStorage

/// The answer store in one SQLite file (bundled with sqlite-nio: nothing to install). The file
/// is created 0600 in a 0700 folder; WAL with `synchronous=FULL`, so every committed change is
/// on disk before the call returns. Private links are kept as their digest (`LinkDigest`).
public final class SQLiteAnswerStore: AnswerStore {
    private let connection: SQLiteConnection
    private let lock = SerialLock()
    /// The transaction that concurrent saves share until one of them commits it (`update`).
    private let openTransaction = Mutex<CommitTicket?>(nil)

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    public static func open(path: String) async throws -> SQLiteAnswerStore {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try DurableFile.ensurePrivateDirectory(folder) }
        try createPrivately(path)
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        let store = SQLiteAnswerStore(connection: connection)
        do {
            try await store.prepare()
        } catch {
            try? await connection.close()
            throw error
        }
        return store
    }

    /// An in-memory database, for tests.
    public static func inMemory() async throws -> SQLiteAnswerStore {
        let store = SQLiteAnswerStore(connection: try await SQLiteConnection.open(storage: .memory))
        try await store.prepare()
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
        _ = try await connection.query("PRAGMA synchronous=FULL")
        _ = try await connection.query("PRAGMA busy_timeout=5000")
        try await migrate()
    }

    /// Applies the migrations not yet recorded, each in its own transaction.
    private func migrate() async throws {
        _ = try await connection.query(StoreSchema.migrationsTable)
        let applied = try await schemaVersion()
        if applied > StoreSchema.currentVersion { throw StoreError.newerSchema(applied) }
        for migration in StoreSchema.migrations where migration.version > applied {
            try await transaction {
                for statement in migration.statements { _ = try await self.connection.query(statement) }
                if migration.hashesLinks { try await self.hashLinks() }
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
        try await lock.run {
            await self.commitOpenTransaction()
            let key = LinkDigest.of(link)
            let existing = try await self.connection.query("SELECT 1 FROM self_checks WHERE link_hash = ?", [.text(key)])
            if !existing.isEmpty { throw StoreError.duplicate }
            let now = Self.timestamp(document.created)
            _ = try await self.connection.query(
                "INSERT INTO self_checks (link_hash, questionnaire, created, updated, document) VALUES (?, ?, ?, ?, ?)",
                [.text(key), .text(document.questionnaire.id), .text(now), .text(now), .text(Self.encode(document))])
        }
    }

    public func load(link: String, questionnaire: String) async throws -> ResultDocument? {
        try await lock.run {
            await self.commitOpenTransaction()
            return try await self.read(link: link, questionnaire: questionnaire)
        }
    }

    public func update(link: String, questionnaire: String,
                       _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument? {
        // Group commit: each commit is one fsync of the WAL (synchronous=FULL, about 2 ms here),
        // which would let through only a few hundred saves a second, one after another. So a
        // save joins the open transaction when others wait behind it, the last of them commits,
        // and each caller returns only after the commit of its own transaction: every
        // acknowledged answer is on disk. The lock orders this store's callers; BEGIN IMMEDIATE
        // orders them against another process on the same file, so no change is lost between
        // the read and the write.
        let (ticket, outcome) = try await lock.run { () async throws -> (CommitTicket, Result<ResultDocument?, Error>) in
            let ticket = try await self.joinTransaction()
            let outcome: Result<ResultDocument?, Error>
            do {
                outcome = .success(try await self.write(link: link, questionnaire: questionnaire, change))
            } catch {
                outcome = .failure(error)
            }
            let changes = await ticket.count()
            if await !self.lock.hasWaiters || changes >= Self.changesPerCommit {
                await self.commitOpenTransaction()
            }
            return (ticket, outcome)
        }
        guard let document = try outcome.get() else { return nil }
        try await ticket.wait()
        return document
    }

    /// At most this many saves share one commit, so a steady stream of saves still reaches the disk.
    private static let changesPerCommit = 100

    /// Reads, changes and writes one self-check in the open transaction; nothing is written
    /// when the link is unknown or `change` throws.
    private func write(link: String, questionnaire: String,
                       _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument? {
        guard var document = try await read(link: link, questionnaire: questionnaire) else { return nil }
        try change(&document)
        _ = try await connection.query(
            "UPDATE self_checks SET document = ?, updated = ? WHERE link_hash = ? AND questionnaire = ?",
            [.text(Self.encode(document)), .text(Self.timestamp(document.updated)), .text(LinkDigest.of(link)),
             .text(questionnaire)])
        return document
    }

    /// The transaction saves are being written in, begun when there is none.
    private func joinTransaction() async throws -> CommitTicket {
        if let ticket = openTransaction.withLock({ $0 }) { return ticket }
        _ = try await connection.query("BEGIN IMMEDIATE")
        let ticket = CommitTicket()
        openTransaction.withLock { $0 = ticket }
        return ticket
    }

    /// Commits the saves' open transaction, if any, and tells the saves in it. Every other
    /// operation calls this first, inside the lock, so it runs on committed data alone.
    private func commitOpenTransaction() async {
        guard let ticket = openTransaction.withLock({ open in defer { open = nil }; return open }) else { return }
        do {
            _ = try await connection.query("COMMIT")
            await ticket.finish(.success(()))
        } catch {
            _ = try? await connection.query("ROLLBACK")
            await ticket.finish(.failure(error))
        }
    }

    public func delete(link: String, questionnaire: String) async throws -> Bool {
        try await lock.run {
            await self.commitOpenTransaction()
            let rows = try await self.connection.query(
                "DELETE FROM self_checks WHERE link_hash = ? AND questionnaire = ? RETURNING link_hash",
                [.text(LinkDigest.of(link)), .text(questionnaire)])
            return !rows.isEmpty
        }
    }

    public func close() async throws {
        try await lock.run { await self.commitOpenTransaction() }
        try await connection.close()
    }

    private func read(link: String, questionnaire: String) async throws -> ResultDocument? {
        let rows = try await connection.query(
            "SELECT document FROM self_checks WHERE link_hash = ? AND questionnaire = ?",
            [.text(LinkDigest.of(link)), .text(questionnaire)])
        guard let text = rows.first?.column("document")?.string else { return nil }
        do {
            return try ResultCodec.decode(Array(text.utf8), path: "self_checks")
        } catch {
            throw StoreError.corrupt(error.description)
        }
    }

    private func transaction<T>(_ body: () async throws -> T) async throws -> T {
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

    private static func encode(_ document: ResultDocument) -> String {
        String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self)
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
