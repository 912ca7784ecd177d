/// The store's tables, as versioned migrations applied in order and recorded in
/// `schema_migrations`, so a database made by an older Wijzer is brought up to date at start
/// and one made by a newer Wijzer is refused. Plain SQL that SQLite and PostgreSQL both accept,
/// apart from a migration's `postgresOnly` statements (settings SQLite does not have).
public enum StoreSchema {
    /// One step: its version (1, 2, …) and the statements that take the schema there.
    public struct Migration: Sendable {
        public var version: Int
        public var statements: [String]
        /// Statements only the PostgreSQL store runs, after `statements`: storage settings that
        /// SQLite has no counterpart for, and what the two write in their own SQL (triggers).
        public var postgresOnly: [String] = []
        /// Statements only the SQLite store runs, after `statements`: the same in SQLite's SQL.
        public var sqliteOnly: [String] = []
        /// Whether the step ends by replacing each stored private link with its digest
        /// (`LinkDigest`): SQL alone cannot, as SQLite has no SHA-256.
        public var hashesLinks = false
        /// Whether the step ends by marking the team members who finished their session's
        /// themes (`TeamProgress`): that is in the documents' JSON, which SQL does not read alike
        /// on SQLite and PostgreSQL.
        public var marksFinishedMembers = false
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
        // Live team sessions (issue 17). Self-contained: only new tables.
        Migration(version: 3, statements: [
            // One row per session. The facilitator's private link is kept only as its SHA-256
            // (`facilitator_digest`); `released` and `snapshot` are the last released state of the
            // team view (the finished count and those members' documents, as a JSON array);
            // `report_*` is the report frozen at closing, kept after the answers are deleted.
            """
            CREATE TABLE team_sessions (
                id TEXT PRIMARY KEY,
                questionnaire TEXT NOT NULL,
                themes TEXT NOT NULL,
                minimum_group INTEGER NOT NULL,
                join_code TEXT NOT NULL UNIQUE,
                facilitator_digest TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL,
                created TEXT NOT NULL,
                closed TEXT,
                released INTEGER NOT NULL DEFAULT 0,
                snapshot TEXT,
                report_markdown TEXT,
                report_html TEXT,
                report_scores TEXT,
                report_answers TEXT,
                purged INTEGER NOT NULL DEFAULT 0
            )
            """,
            // Who takes part: only the digest of the participant's private link (the row's
            // `link_hash` in self_checks), never the link, a name or an address.
            """
            CREATE TABLE team_members (
                session TEXT NOT NULL,
                link_hash TEXT NOT NULL,
                joined TEXT NOT NULL,
                PRIMARY KEY (session, link_hash)
            )
            """,
            "CREATE INDEX team_members_link ON team_members (link_hash)",
        ]),
        // The projector's read-only link of a team session (`ProjectorLink`), kept as its
        // SHA-256 like the facilitator's. Sessions from before have none until their facilitator
        // page is next opened (the link is derived from the facilitator's).
        Migration(version: 4, statements: [
            "ALTER TABLE team_sessions ADD COLUMN projector_digest TEXT",
            "CREATE UNIQUE INDEX team_sessions_projector ON team_sessions (projector_digest)",
        ]),
        // Whether each member finished the session's themes, kept with the membership and set
        // when they finish or restart a theme (`TeamProgress`), so a release check counts rows
        // instead of reading and decoding every member's document on every finish (issue 17's
        // speed: that made the finishing phase of a session of n cost n² document reads).
        Migration(version: 5, statements: [
            "ALTER TABLE team_members ADD COLUMN finished INTEGER NOT NULL DEFAULT 0",
        ], marksFinishedMembers: true),
        // The team view's report of the last release (the HTML inside the page's <main>), stored
        // with the release, so a view on any instance shows it as is: without it, every instance
        // whose views saw a release read the snapshot, decoded each new member and aggregated the
        // report again (issue 17's speed, two instances). Only the group's figures, as shown.
        Migration(version: 6, statements: [
            "ALTER TABLE team_sessions ADD COLUMN released_html TEXT",
        ]),
        // Every save rewrites its self-check's row. With pages filled to the brim, PostgreSQL
        // had no room for the new version on the same page at a busy moment, so it wrote it
        // elsewhere (not HOT) and left the old one for VACUUM: in a run of Benchmarks/serve the
        // table of 200 self-checks grew to 129 MB with 125,000 dead rows, only 38 % of updates
        // were HOT, and every save group's scan of the table cost more each round. Half of each
        // page kept free lets the new version stay on its page, where PostgreSQL prunes the old
        // one as it goes. Applies to pages written from now on; no rewrite of existing rows.
        Migration(version: 7, statements: [], postgresOnly: [
            "ALTER TABLE self_checks SET (fillfactor = 50)",
        ]),
        // Whether a member brought a self-check of their own (a pasted link, or the one their
        // browser had) rather than starting one by joining. The purge deletes only the
        // self-checks started by joining: one a teacher kept for months and brought to a team
        // meeting stays hers, and only its membership goes. Members from before are taken as
        // started by joining, as every member was purged before.
        Migration(version: 8, statements: [
            "ALTER TABLE team_members ADD COLUMN brought INTEGER NOT NULL DEFAULT 0",
        ]),
        // The rounds before the current one (`EarlierRounds`, one result document as JSON, NULL
        // until a finished theme is done again), so a plan compares with the round before in
        // the same self-check. In the self-check's own row: deleting or purging the self-check
        // deletes them with it, and a save, which sets only `document` and `updated`, does not
        // read them.
        Migration(version: 9, statements: [
            "ALTER TABLE self_checks ADD COLUMN earlier TEXT",
        ]),
        // A self-check a teacher filled in is about 9 kB of JSON (62 answers), more than
        // PostgreSQL keeps in a row as is: it compressed it with pglz and moved it to the TOAST
        // table, so every save compressed 9 kB slowly, wrote it to a second table and left the
        // old copy there for VACUUM. Measured with full self-checks (groups of 100 saves, binary
        // parameters; Benchmarks/postgres/document-size.py, Benchmarks/README 2026-12-04):
        // 241-338 µs of PostgreSQL's CPU per save and the table 14-35 MB after 6,000-30,000
        // saves of 200 self-checks; with lz4 and the text kept in its row (about 2.5 kB
        // compressed, every update HOT) 157-190 µs and 1.8 MB. lz4 needs
        // PostgreSQL 14 built with it (Debian's is); elsewhere pglz stays, still in the row.
        Migration(version: 10, statements: [], postgresOnly: [
            "ALTER TABLE self_checks ALTER COLUMN document SET STORAGE MAIN, ALTER COLUMN earlier SET STORAGE MAIN",
            """
            DO $$
            BEGIN
                IF current_setting('server_version_num')::int >= 140000 AND EXISTS (
                       SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    EXECUTE 'ALTER TABLE self_checks ALTER COLUMN document SET COMPRESSION lz4, '
                         || 'ALTER COLUMN earlier SET COMPRESSION lz4';
                END IF;
            END
            $$
            """,
        ]),
        // Each self-check's revision, one more with every change of its document. A save group
        // writes a self-check only while its revision is still the one read or kept, instead of
        // while its text is: the stores then need not send the kept text back (5-9 kB per save
        // for a teacher part way through) nor PostgreSQL unpack and compare it. PostgreSQL's CPU
        // per save, groups of 100, lz4 in the row: 112-120 → 72-78 µs for 5 kB, 193-200 → 100-107
        // µs for 9.4 kB (Benchmarks/README 2026-12-04). The stores raise it in their UPDATE; the
        // trigger raises it for a writer that does not (an older Wijzer still running on the
        // same database while a newer one starts), so its change is never overwritten unseen.
        Migration(version: 11, statements: [
            "ALTER TABLE self_checks ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        ], postgresOnly: [
            """
            CREATE FUNCTION wijzer_next_revision() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.revision := OLD.revision + 1;
                RETURN NEW;
            END
            $$
            """,
            """
            CREATE TRIGGER self_checks_revision BEFORE UPDATE OF document ON self_checks
            FOR EACH ROW WHEN (NEW.revision = OLD.revision) EXECUTE FUNCTION wijzer_next_revision()
            """,
        ], sqliteOnly: [
            """
            CREATE TRIGGER self_checks_revision AFTER UPDATE OF document ON self_checks
            FOR EACH ROW WHEN NEW.revision = OLD.revision
            BEGIN
                UPDATE self_checks SET revision = OLD.revision + 1 WHERE rowid = NEW.rowid;
            END
            """,
        ]),
        // A self-check's link digest and questionnaire stay in its row (`STORAGE PLAIN`), never in
        // the TOAST table. A row of more than 2 kB makes PostgreSQL move its largest values that
        // may leave the row out of it before it compresses those that should stay (`document`,
        // `STORAGE MAIN`, migration 10): that was the 64-character digest of every self-check a
        // teacher had answered a few themes of. A save group's statement compares the digests of
        // the rows it joins, and fetched each from the TOAST table to do so: a fifth of
        // PostgreSQL's CPU time at saturation (Benchmarks/README, 2026-12-05). The UPDATE brings
        // the digests of rows written before back into their rows.
        Migration(version: 12, statements: [], postgresOnly: [
            "ALTER TABLE self_checks ALTER COLUMN link_hash SET STORAGE PLAIN, ALTER COLUMN questionnaire SET STORAGE PLAIN",
            "UPDATE self_checks SET link_hash = link_hash || '', questionnaire = questionnaire || ''",
        ]),
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
