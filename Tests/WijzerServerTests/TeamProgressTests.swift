import Foundation
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The members' finished marks (migration 5, `TeamSessionStore.setFinished` and `counts`): the
/// release check counts them in the database instead of decoding every member's document. On
/// both stores: the migration from version 3 marks who had finished, and a deleted self-check
/// no longer counts.
@Suite struct TeamProgressTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    /// A document with `themes` completed.
    func document(finishing themes: [String]) -> ResultDocument {
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        for theme in themes { document[theme: theme].completed = Date(timeIntervalSince1970: 1_800_000_100) }
        return document
    }

    /// Brings `fixture`'s empty database to schema version `version` as Wijzer did then.
    static func migrate(_ fixture: StoreFixture, upTo version: Int) async throws {
        try await fixture.raw(StoreSchema.migrationsTable)
        for migration in StoreSchema.migrations.prefix(version) {
            for statement in migration.statements { try await fixture.raw(statement) }
            try await fixture.raw("INSERT INTO schema_migrations (version, applied) VALUES (\(migration.version), 'toen')")
        }
    }

    static func json(_ document: ResultDocument) -> String {
        String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self).replacingOccurrences(of: "'", with: "''")
    }

    /// Adds member `key` (a link's digest) to session s1 as an older Wijzer's SQL did, with a
    /// self-check that finished `themes` unless `themes` is nil (its self-check is gone).
    func insertMember(_ fixture: StoreFixture, key: String, finishing themes: [String]?) async throws {
        try await fixture.raw("INSERT INTO team_members (session, link_hash, joined) VALUES ('s1', '\(key)', 'toen')")
        guard let themes else { return }
        try await fixture.raw("""
            INSERT INTO self_checks (link_hash, questionnaire, created, updated, document)
            VALUES ('\(key)', 'beter-behouden', 'x', 'x', '\(Self.json(document(finishing: themes)))')
            """)
    }

    @Test(arguments: StoreKind.allCases)
    func aDatabaseOfVersion3IsMigratedWithItsFinishedMembersMarked(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        try await Self.migrate(fixture, upTo: 3)
        try await fixture.raw("""
            INSERT INTO team_sessions (id, questionnaire, themes, minimum_group, join_code, facilitator_digest, state, created)
            VALUES ('s1', 'beter-behouden', 'a b', 5, 'KX7P-M3QD', 'f', 'open', '2026-01-01T00:00:00Z')
            """)
        // Both themes, one of the two, the session's themes and another, and one whose self-check is gone.
        let members = [("both", ["a", "b"]), ("half", ["a"]), ("more", ["c", "b", "a"]), ("gone", ["a", "b"])]
        for (key, themes) in members { try await insertMember(fixture, key: key, finishing: key == "gone" ? nil : themes) }

        let store = try await fixture.openTeamStore()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id) == (joined: 4, finished: 2))
        try await store.close()
        #expect(try await fixture.raw("SELECT link_hash FROM team_members WHERE finished = 1 ORDER BY link_hash") == ["both", "more"])
    }

    /// A session released before schema version 6 has no stored view report: after the
    /// migration `releasedView` says so (the view then makes it from the snapshot), and the next
    /// release stores one.
    @Test(arguments: StoreKind.allCases)
    func aDatabaseOfVersion5KeepsItsReleaseWithoutAStoredViewReport(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        try await Self.migrate(fixture, upTo: 5)
        try await fixture.raw("""
            INSERT INTO team_sessions (id, questionnaire, themes, minimum_group, join_code, facilitator_digest, state, created, released, snapshot)
            VALUES ('s1', 'beter-behouden', 'a', 5, 'KX7P-M3QD', 'f', 'open', '2026-01-01T00:00:00Z', 5, '')
            """)
        let store = try await fixture.openTeamStore()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.session(joinCode: "KX7P-M3QD")?.released == 5)
        #expect(try await store.releasedView(session: "s1") == nil)
        #expect(try await store.release(session: "s1", expected: 5, released: 10, snapshot: [], html: "<p>tien</p>"))
        #expect(try await store.releasedView(session: "s1")?.html == "<p>tien</p>")
        try await store.close()
    }

    @Test(arguments: StoreKind.allCases)
    func finishedMarksAreCountedAndADeletedSelfCheckNoLongerCounts(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.openTeamStore()
        let session = TeamSessionRecord(id: "s1", questionnaire: stamp.id, themes: ["a"], minimumGroup: 5,
                                        joinCode: JoinCode.make(), created: Date())
        try await store.createSession(session, facilitatorDigest: LinkDigest.of("f"))
        let links = (0 ..< 3).map { _ in PrivateLink.make() }
        for link in links {
            try await store.create(link: link, document: document(finishing: []))
            #expect(try await store.addMember(session: "s1", link: link, at: Date(), brought: false))
        }
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id) == (joined: 3, finished: 0))
        for link in links { try await store.setFinished(session: "s1", link: link, true) }
        try await store.setFinished(session: "s1", link: links[0], true)
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id) == (joined: 3, finished: 3))
        // A restarted theme takes the mark away; a deleted self-check no longer counts as finished.
        try await store.setFinished(session: "s1", link: links[1], false)
        #expect(try await store.delete(link: links[2], questionnaire: stamp.id))
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id) == (joined: 3, finished: 1))
        // Another questionnaire's self-check under the same link is no member's document here.
        #expect(try await store.counts(session: "s1", questionnaire: "ander") == (joined: 3, finished: 0))
        #expect(try await store.counts(session: "s2", questionnaire: stamp.id) == (joined: 0, finished: 0))
        try await store.close()
    }

    /// Members from before schema version 8 count as started by joining, as every member was
    /// purged with its session before: the migration keeps a session's purge as it was.
    @Test(arguments: StoreKind.allCases)
    func aDatabaseOfVersion7PurgesItsMembersAsBefore(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        try await Self.migrate(fixture, upTo: 7)
        try await fixture.raw("""
            INSERT INTO team_sessions (id, questionnaire, themes, minimum_group, join_code, facilitator_digest, state, created, closed)
            VALUES ('s1', 'beter-behouden', 'a', 5, 'KX7P-M3QD', 'f', 'closed', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')
            """)
        let link = PrivateLink.make()
        try await insertMember(fixture, key: LinkDigest.of(link), finishing: ["a"])
        let store = try await fixture.openTeamStore()
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.isDeletedWithSession(member: link))
        #expect(try await store.purge(closedBefore: Date()) == 1)
        #expect(try await store.load(link: link, questionnaire: "beter-behouden") == nil)
        try await store.close()
    }
}
