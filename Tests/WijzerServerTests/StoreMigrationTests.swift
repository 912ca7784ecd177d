import Foundation
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The store's schema migrations (`StoreSchema`) on SQLite and on PostgreSQL: from an empty
/// database, from the previous version, unchanged when current, refused when newer.
@Suite struct StoreMigrationTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")
    static let versions = "SELECT CAST(version AS TEXT) || ' ' || applied FROM schema_migrations ORDER BY version"

    @Test(arguments: StoreKind.allCases)
    func anEmptyDatabaseIsMigratedToTheCurrentVersionOnce(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        try await store.close()
        let applied = try await fixture.raw(Self.versions)
        #expect(applied.map { $0.prefix { $0 != " " } } == StoreSchema.migrations.map { "\($0.version)" })
        // Opening a database of the current version changes nothing, not even the record.
        try await fixture.open().close()
        #expect(try await fixture.raw(Self.versions) == applied)
    }

    /// A database of version 1 (links in plain text) with a self-check in it: opened by this
    /// code, it is at the current version, the link still opens the self-check, and the link
    /// itself is gone from the database.
    @Test(arguments: StoreKind.allCases)
    func aDatabaseOfVersion1IsMigratedAndKeepsItsSelfChecks(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let link = "abcdefghijkmnpqrstuvwxyz23456789"
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        document.name = "Van versie 1"
        let json = String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self)
        try await fixture.raw(StoreSchema.migrationsTable)
        for statement in StoreSchema.migrations[0].statements { try await fixture.raw(statement) }
        try await fixture.raw("INSERT INTO schema_migrations (version, applied) VALUES (1, '2026-01-01T00:00:00Z')")
        try await fixture.raw("""
            INSERT INTO self_checks (link, questionnaire, created, updated, document)
            VALUES ('\(link)', 'beter-behouden', 'x', 'x', '\(json.replacingOccurrences(of: "'", with: "''"))')
            """)

        let store = try await fixture.open()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Van versie 1")
        try await store.close()
        #expect(try await fixture.raw("SELECT link_hash FROM self_checks")
            == ["962d1fe87bc7c1136e3473947a84d39e94acbd8cbd1485bf31e2615dd1d07942"])
        #expect(try await fixture.raw(Self.versions).first == "1 2026-01-01T00:00:00Z")
    }

    /// Every change of a self-check's document raises its revision by one (migration 11): a
    /// store's save, and through the trigger a writer that does not know the column (Wijzer
    /// before migration 11, still running on the same database). A save from the document the
    /// store kept at the older revision is then applied to what is stored, not over it.
    @Test(arguments: StoreKind.allCases)
    func everyChangeOfADocumentRaisesItsRevisionByOne(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = "abcdefghijkmnpqrstuvwxyz23456789"
        let revision = "SELECT CAST(revision AS TEXT) FROM self_checks"
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        #expect(try await fixture.raw(revision) == ["0"])
        let first = try #require(try await store.update(link: link, questionnaire: stamp.id) { $0.name = "Eerste" })
        #expect(try await fixture.raw(revision) == ["1"])
        // As Wijzer saved before migration 11: the document and `updated`, guarded by the text.
        var outside = first
        outside.name = "Van buiten"
        let json = String(decoding: ResultCodec.encode(outside, pretty: false), as: UTF8.self)
        let kept = String(decoding: ResultCodec.encode(first, pretty: false), as: UTF8.self)
        try await fixture.raw("""
            UPDATE self_checks SET document = '\(json.replacingOccurrences(of: "'", with: "''"))', updated = 'x'
            WHERE document = '\(kept.replacingOccurrences(of: "'", with: "''"))'
            """)
        #expect(try await fixture.raw(revision) == ["2"])
        let saved = try await store.update(link: link, questionnaire: stamp.id) { $0.name = ($0.name ?? "") + ", aangevuld" }
        #expect(saved?.name == "Van buiten, aangevuld")
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Van buiten, aangevuld")
        #expect(try await fixture.raw(revision) == ["3"])
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aDatabaseOfANewerWijzerIsRefused(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        try await fixture.open().close()
        try await fixture.raw("INSERT INTO schema_migrations (version, applied) VALUES (99, 'later')")
        await #expect(throws: StoreError.newerSchema(99)) { try await fixture.open().close() }
    }

    /// On PostgreSQL the self-checks' pages keep half free for the next version of a row
    /// (migration 7, `postgresOnly`), so a save's new row can stay on its page. SQLite, which has
    /// no such setting, reaches the same version without it (the test above, on both stores).
    @Test func postgresKeepsRoomOnTheSelfChecksPages() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        try await fixture.open().close()
        #expect(try await fixture.raw("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'self_checks'")
            == ["fillfactor=50"])
    }

    /// On PostgreSQL a self-check's text is compressed with lz4 and kept in its row (migration 10,
    /// `postgresOnly`): a full self-check of about 9 kB, saved again and again, stays in its row
    /// instead of going to the TOAST table.
    @Test func postgresKeepsAFullSelfCheckCompressedInItsRow() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let store = try await fixture.open()
        #expect(try await Self.storage(fixture, of: ["document", "earlier"]) == ["document m l", "earlier m l"])
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        // Compressed, a full self-check is still more than PostgreSQL keeps in a row by default
        // (2 kB), so only `STORAGE MAIN` keeps it there.
        for round in 0 ..< 5 { try await Self.saveFullLength(link: link, stamp: stamp, in: store, round: round) }
        try await store.close()
        let sizes = try await fixture.raw("SELECT octet_length(document) || ' ' || pg_column_size(document) FROM self_checks")
        let (plain, stored) = try #require(sizes.first.map { $0.split(separator: " ").compactMap { Int($0) } }.map { ($0[0], $0[1]) })
        #expect(plain > 7_000 && stored < plain && stored > 2_100, "\(plain) bytes stored as \(stored)")
        #expect(try await fixture.raw("SELECT pg_column_compression(document) FROM self_checks") == ["lz4"])
        // In its row, and so is the rest of the row (migration 12): the TOAST table is empty.
        #expect(try await Self.outOfRow(fixture) == [], "in the TOAST table")
    }

    /// On PostgreSQL a self-check's link digest and questionnaire stay in its row (migration 12,
    /// `STORAGE PLAIN`): in a row of a self-check of some themes, PostgreSQL moved the digest to
    /// the TOAST table before compressing the document, and a save group then fetched it from
    /// there. Such a row, written with the storage before migration 12, is migrated: the digest
    /// is back in its row, and a save after that keeps it there.
    @Test func postgresKeepsALinksDigestInItsRow() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        try await fixture.open().close()
        #expect(try await Self.storage(fixture, of: ["link_hash", "questionnaire"]) == ["link_hash p", "questionnaire p"])
        // A row as version 11 wrote it: the columns' storage as before, the migration not yet applied.
        try await fixture.raw("ALTER TABLE self_checks ALTER COLUMN link_hash SET STORAGE EXTENDED, ALTER COLUMN questionnaire SET STORAGE EXTENDED")
        try await fixture.raw("DELETE FROM schema_migrations WHERE version = 12")
        let link = PrivateLink.make()
        let digest = LinkDigest.of(link)
        var document = ResultDocument(questionnaire: stamp)
        document.name = Self.everyTheme(round: 0)
        let json = String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self)
        try await fixture.raw("""
            INSERT INTO self_checks (link_hash, questionnaire, created, updated, document)
            VALUES ('\(digest)', '\(stamp.id)', 'x', 'x', '\(json.replacingOccurrences(of: "'", with: "''"))')
            """)
        #expect(try await Self.outOfRow(fixture) == [digest], "before migration 12 the digest left its row")

        let store = try await fixture.open()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await Self.outOfRow(fixture) == [], "migrated, the digest is back in its row")
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == document.name)
        try await Self.saveFullLength(link: link, stamp: stamp, in: store, round: 1)
        try await store.close()
        #expect(try await Self.outOfRow(fixture) == [], "saved again, the digest stays in its row")
        #expect(try await fixture.raw("SELECT link_hash FROM self_checks") == [digest])
    }

    /// Saves a document as long as a self-check of every theme (`everyTheme`).
    static func saveFullLength(link: String, stamp: QuestionnaireStamp, in store: any AnswerStore, round: Int) async throws {
        _ = try await store.update(link: link, questionnaire: stamp.id) { document in document.name = everyTheme(round: round) }
    }

    /// Text as long as the answers of a self-check of every theme (62), compressing no better
    /// than they do (each answer's fingerprint is hex).
    static func everyTheme(round: Int) -> String {
        (0 ..< 62).map { "{\"answer\":{\"option\":\"\($0 % 5)\"},\"fingerprint\":\"\(LinkDigest.of("\(round) \($0)"))\"}" }
            .joined(separator: ",")
    }

    /// How PostgreSQL stores `columns` of self_checks, ordered by name: "name storage", and its
    /// compression where one is set ("document m l": `STORAGE MAIN`, lz4).
    static func storage(_ fixture: StoreFixture, of columns: [String]) async throws -> [String] {
        try await fixture.raw("""
            SELECT concat_ws(' ', attname, attstorage::text, nullif(attcompression::text, '')) FROM pg_attribute
            WHERE attrelid = 'self_checks'::regclass AND attname IN (\(columns.map { "'\($0)'" }.joined(separator: ", "))) ORDER BY attname
            """)
    }

    /// The live chunks in self_checks' TOAST table, as text (a value kept uncompressed reads as itself).
    static func outOfRow(_ fixture: StoreFixture) async throws -> [String] {
        let toast = try #require(try await fixture.raw("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'self_checks'").first)
        return try await fixture.raw("SELECT encode(chunk_data, 'escape') FROM \(toast) ORDER BY chunk_id, chunk_seq")
    }

    /// Instances that start together on one new PostgreSQL database migrate it once between them.
    @Test func storesOpeningOnePostgresDatabaseAtOnceMigrateOnce() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let stores = try await withThrowingTaskGroup(of: (any AnswerStore).self) { group in
            for _ in 0 ..< 4 { group.addTask { try await fixture.open() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for store in stores {
            #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
            try await store.close()
        }
        // By the number: ordered by the text, 10 would come before 2.
        let recorded = try await fixture.raw("SELECT CAST(version AS TEXT) FROM schema_migrations ORDER BY schema_migrations.version")
        #expect(recorded == StoreSchema.migrations.map { "\($0.version)" })
    }
}
