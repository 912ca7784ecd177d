import Foundation
import SQLiteNIO
import SystemPackage
import WijzerScoring
import WijzerStorage

/// The answer store in one SQLite file (bundled with sqlite-nio: nothing to install). The file
/// is created 0600 in a 0700 folder; WAL with `synchronous=FULL`, so every committed change is
/// on disk before the call returns.
public final class SQLiteAnswerStore: AnswerStore {
    // Internal, not private: the team session tables live in the same file (SQLiteAnswerStore+Team).
    let connection: SQLiteConnection
    let lock = SerialLock()

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
                _ = try await self.connection.query(
                    "INSERT INTO schema_migrations (version, applied) VALUES (?, ?)",
                    [.integer(migration.version), .text(Self.timestamp(Date()))])
            }
        }
    }

    public func schemaVersion() async throws -> Int {
        let rows = try await connection.query("SELECT MAX(version) AS v FROM schema_migrations")
        return rows.first?.column("v")?.integer ?? 0
    }

    public func create(link: String, document: ResultDocument) async throws {
        try await lock.run {
            let existing = try await self.connection.query("SELECT 1 FROM self_checks WHERE link = ?", [.text(link)])
            if !existing.isEmpty { throw StoreError.duplicate }
            let now = Self.timestamp(document.created)
            _ = try await self.connection.query(
                "INSERT INTO self_checks (link, questionnaire, created, updated, document) VALUES (?, ?, ?, ?, ?)",
                [.text(link), .text(document.questionnaire.id), .text(now), .text(now), .text(Self.encode(document))])
        }
    }

    public func load(link: String, questionnaire: String) async throws -> ResultDocument? {
        try await lock.run { try await self.read(link: link, questionnaire: questionnaire) }
    }

    public func update(link: String, questionnaire: String,
                       _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument? {
        try await lock.run {
            guard var document = try await self.read(link: link, questionnaire: questionnaire) else { return nil }
            try change(&document)
            _ = try await self.connection.query(
                "UPDATE self_checks SET document = ?, updated = ? WHERE link = ? AND questionnaire = ?",
                [.text(Self.encode(document)), .text(Self.timestamp(document.updated)), .text(link), .text(questionnaire)])
            return document
        }
    }

    public func delete(link: String, questionnaire: String) async throws -> Bool {
        try await lock.run {
            let rows = try await self.connection.query(
                "DELETE FROM self_checks WHERE link = ? AND questionnaire = ? RETURNING link", [.text(link), .text(questionnaire)])
            return !rows.isEmpty
        }
    }

    public func close() async throws {
        try await connection.close()
    }

    func read(link: String, questionnaire: String) async throws -> ResultDocument? {
        let rows = try await connection.query(
            "SELECT document FROM self_checks WHERE link = ? AND questionnaire = ?", [.text(link), .text(questionnaire)])
        guard let text = rows.first?.column("document")?.string else { return nil }
        do {
            return try ResultCodec.decode(Array(text.utf8), path: "self_checks")
        } catch {
            throw StoreError.corrupt(error.description)
        }
    }

    func transaction(_ body: () async throws -> Void) async throws {
        _ = try await connection.query("BEGIN IMMEDIATE")
        do {
            try await body()
            _ = try await connection.query("COMMIT")
        } catch {
            _ = try? await connection.query("ROLLBACK")
            throw error
        }
    }

    static func encode(_ document: ResultDocument) -> String {
        String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self)
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
