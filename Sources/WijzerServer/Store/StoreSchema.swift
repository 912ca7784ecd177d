/// The store's tables, as versioned migrations applied in order and recorded in
/// `schema_migrations`, so a database made by an older Wijzer is brought up to date at start
/// and one made by a newer Wijzer is refused. Plain SQL that SQLite and PostgreSQL both accept.
public enum StoreSchema {
    /// One step: its version (1, 2, …) and the statements that take the schema there.
    public struct Migration: Sendable {
        public var version: Int
        public var statements: [String]
        /// Whether the step ends by replacing each stored private link with its digest
        /// (`LinkDigest`): SQL alone cannot, as SQLite has no SHA-256.
        public var hashesLinks = false
    }

    /// Every migration, oldest first. Never edit one that has shipped: add the next.
    public static let migrations: [Migration] = [
        Migration(version: 1, statements: [
            // One row per private link. `document` is the result JSON (ResultCodec): no names,
            // e-mail or IP addresses are ever stored.
            """
            CREATE TABLE self_checks (
                link TEXT PRIMARY KEY,
                questionnaire TEXT NOT NULL,
                created TEXT NOT NULL,
                updated TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
        ]),
        // Private links are stored as their SHA-256 (`LinkDigest`), so a leaked database or
        // backup opens no self-check.
        Migration(version: 2, statements: [
            "ALTER TABLE self_checks RENAME COLUMN link TO link_hash",
        ], hashesLinks: true),
    ]

    /// The version this code brings a database to.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The table that records applied migrations; created before any migration runs.
    public static let migrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            applied TEXT NOT NULL
        )
        """
}
