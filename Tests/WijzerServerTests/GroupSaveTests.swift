import Foundation
import Synchronization
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// Saves written in groups (`SaveQueue`, one group at a time in each store) by two stores on
/// one database at once, as two instances of `wijzer serve` do, the groups sharing links: every
/// save commits (a deadlock would make PostgreSQL abort a group and fail its saves) and no
/// change is lost.
@Suite struct GroupSaveTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    @Test(arguments: StoreKind.allCases)
    func overlappingGroupsOfTwoStoresAllCommit(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let stores = [try await fixture.open(), try await fixture.open()]
        let links = (0 ..< 8).map { _ in PrivateLink.make() }
        for link in links { try await stores[0].create(link: link, document: ResultDocument(questionnaire: stamp)) }
        if kind == .postgres {
            // A school's table, not a handful of rows: PostgreSQL then finds a group's rows by
            // key in the order of its links, which is where two stores' groups can cross.
            try await fixture.raw("""
                INSERT INTO self_checks (link_hash, questionnaire, created, updated, document)
                SELECT md5(i::text) || md5((-i)::text), 'ander', '', '', '{}' FROM generate_series(1, 20000) AS i
                """)
            try await fixture.raw("ANALYZE self_checks")
        }
        let questionnaire = stamp.id
        let rounds = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0 ..< rounds {
                // Each store walks the links in its own order, so their groups overlap in every way.
                for (s, store) in stores.enumerated() {
                    for link in s == 0 ? links : links.reversed() {
                        group.addTask {
                            let stored = try await store.update(link: link, questionnaire: questionnaire) {
                                $0.themes.append(ThemeResult(theme: "s\(s)-\(i)"))
                            }
                            #expect(stored?.themes.contains { $0.theme == "s\(s)-\(i)" } == true)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        for link in links {
            let themes = try #require(try await stores[1].load(link: link, questionnaire: questionnaire)).themes.map(\.theme)
            #expect(themes.count == 2 * rounds && Set(themes).count == 2 * rounds)
        }
        for store in stores { try await store.close() }
    }

    /// Another process writes the self-check after the group read it and before its UPDATE (the
    /// change itself runs that writer): the UPDATE leaves it alone, the group reads it again
    /// and applies the save to what the other process wrote. Neither change is lost, and the
    /// other writer did not wait for this store's group (it holds no lock between statements).
    @Test func aSelfCheckChangedByAnotherProcessMeanwhileIsReadAgain() async throws {
        let fixture = try await StoreFixture(.sqlite)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        _ = try await store.update(link: link, questionnaire: stamp.id) { $0.themes.append(ThemeResult(theme: "eerst")) }
        let other = """
            import json, sqlite3, sys
            c = sqlite3.connect(sys.argv[1], timeout=5)
            (text,) = c.execute("SELECT document FROM self_checks").fetchone()
            d = json.loads(text); t = dict(d["themes"][0]); t["theme"] = "ander-proces"; d["themes"].append(t)
            c.execute("UPDATE self_checks SET document = ?", (json.dumps(d),)); c.commit()
            """
        let runs = Mutex(0)
        let path = fixture.address
        let stored = try await store.update(link: link, questionnaire: stamp.id) { document in
            if runs.withLock({ $0 += 1; return $0 }) == 1 {
                let python = Process()
                python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                python.arguments = ["python3", "-c", other, path]
                try python.run()
                python.waitUntilExit()
                #expect(python.terminationStatus == 0)
            }
            document.themes.append(ThemeResult(theme: "deze-save"))
        }
        #expect(runs.withLock { $0 } == 2)
        #expect(stored?.themes.map(\.theme) == ["eerst", "ander-proces", "deze-save"])
        let loaded = try await store.load(link: link, questionnaire: stamp.id)
        #expect(loaded?.themes.map(\.theme) == ["eerst", "ander-proces", "deze-save"])
        try await store.close()
    }

    /// On PostgreSQL a group's write and a purge take their turn through one advisory lock
    /// (`PostgresAnswerStore.saveLock`, held to the commit), so writers of several self-checks
    /// never lock each other's rows in opposite orders: while another session holds the lock,
    /// neither commits; once it is let go, both do.
    @Test func aGroupAndAPurgeWaitForTheirTurnOnPostgreSQL() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let store = try #require(try await fixture.open() as? PostgresAnswerStore)
        let (saved, joined) = (PrivateLink.make(), PrivateLink.make())
        for link in [saved, joined] { try await store.create(link: link, document: ResultDocument(questionnaire: stamp)) }
        let closed = Date().addingTimeInterval(-7200)
        try await store.createSession(TeamSessionRecord(id: "s1", questionnaire: stamp.id, themes: ["a"], minimumGroup: 3,
                                                        joinCode: JoinCode.make(), created: closed), facilitatorDigest: LinkDigest.of("f"))
        #expect(try await store.addMember(session: "s1", link: joined, at: closed, brought: false))
        #expect(try await store.close(session: "s1", at: closed, report: FrozenTeamReport(markdown: "", html: "", scores: "", answers: ""),
                                      snapshot: []))

        let release = try await fixture.holdAdvisoryLock(PostgresAnswerStore.saveLock)
        let save = Task { try await store.update(link: saved, questionnaire: stamp.id) { $0.themes.append(ThemeResult(theme: "a")) } }
        let purge = Task { try await store.purge(closedBefore: Date()) }
        let whileHeld: (saved: [String], purged: [String])
        do {
            try await Task.sleep(for: .milliseconds(500))
            whileHeld = (try await fixture.raw("SELECT count(*)::text FROM self_checks WHERE document LIKE '%\"theme\":\"a\"%'"),
                         try await fixture.raw("SELECT purged::text FROM team_sessions"))
        } catch {
            // Let go either way, or the save and the purge would wait for ever.
            try? await release()
            throw error
        }
        try await release()
        #expect(whileHeld.saved == ["0"], "the group committed while another held its lock")
        #expect(whileHeld.purged == ["0"], "the purge committed while another held the lock")
        #expect(try await save.value?.themes.map(\.theme) == ["a"])
        #expect(try await purge.value == 1)
        #expect(try await store.load(link: joined, questionnaire: stamp.id) == nil)
        try await store.close()
    }
}
