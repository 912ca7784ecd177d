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

    /// On PostgreSQL two writers can lock the same self-checks' rows in opposite orders (groups
    /// of two instances, or a group and the hourly purge), and PostgreSQL ends one of them to
    /// undo the deadlock. A save group it ends wrote nothing and is written again, so every
    /// save lands.
    @Test func aGroupEndedByADeadlockIsWrittenAgainOnPostgreSQL() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let store = try #require(try await fixture.open() as? PostgresAnswerStore)
        // Stored, and saved in the group, in the order of their digests: whichever way
        // PostgreSQL joins the group's rows to the table, it reaches them in that order.
        let links = [PrivateLink.make(), PrivateLink.make()].sorted { LinkDigest.of($0) < LinkDigest.of($1) }
        for link in links { try await store.create(link: link, document: ResultDocument(questionnaire: stamp)) }
        let keys = links.map(LinkDigest.of)
        let deadlocks = "SELECT deadlocks::text FROM pg_stat_database WHERE datname = current_database()"
        let before = try await fixture.raw(deadlocks)
        // This database's sessions waiting for a lock (other tests' databases share the server).
        let waiting = "SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        // Another session locks the row the group reaches last, then, once the group waits for
        // it, the row the group locked first. It waits a minute before it looks for a deadlock,
        // so PostgreSQL ends the group.
        let (other, logger) = try await fixture.connect()
        try await other.query("SET deadlock_timeout = '60s'", logger: logger)
        try await other.query("BEGIN", logger: logger)
        try await other.query("UPDATE self_checks SET updated = updated WHERE link_hash = \(keys[1])", logger: logger)
        let group = Task {
            await store.write(links.map { SaveQueue.Save(key: LinkDigest.of($0), questionnaire: stamp.id) { $0.name = "Opgeslagen" } })
        }
        for _ in 0 ..< 2_000 {
            if try await fixture.raw(waiting) != ["0"] { break }
            try await Task.sleep(for: .milliseconds(5))
        }
        try await other.query("UPDATE self_checks SET updated = updated WHERE link_hash = \(keys[0])", logger: logger)
        try await other.query("COMMIT", logger: logger)
        try await other.close()
        #expect(try await group.value.map { try $0.get()?.name } == ["Opgeslagen", "Opgeslagen"])
        let fresh = try await fixture.open()
        for link in links { #expect(try await fresh.load(link: link, questionnaire: stamp.id)?.name == "Opgeslagen") }
        try await fresh.close()
        try await store.close()
        // PostgreSQL counts the deadlock it ended (its statistics follow within a second or so).
        for _ in 0 ..< 400 {
            if try await fixture.raw(deadlocks) != before { break }
            try await Task.sleep(for: .milliseconds(25))
        }
        #expect(try await fixture.raw(deadlocks).first.flatMap { Int($0) } == before.first.flatMap { Int($0) }.map { $0 + 1 },
                "no deadlock happened: the test did not make the group cross the other session")
    }
}
