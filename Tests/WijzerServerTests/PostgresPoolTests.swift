import Foundation
import PostgresNIO
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// The PostgreSQL store's connection pool (`PostgresLocation.poolOptions`): a few connections
/// kept open without timers, so a connection going idle after a query schedules nothing.
@Suite struct PostgresPoolTests {
    @Test func anIdleStoreKeepsFourConnectionsOpenWithoutKeepAlive() async throws {
        let options = PostgresLocation.poolOptions
        #expect(options.keepAliveBehavior == nil)
        #expect(options.minimumConnections == 4 && options.maximumConnections == 20)
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let others = "SELECT CAST(count(*) AS TEXT) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        // The pool opens its minimum in the background, and keeps it while nothing happens.
        var open = 0
        for _ in 0 ..< 100 where open < 4 {
            open = Int(try await fixture.raw(others).first ?? "") ?? 0
            if open < 4 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(open >= 4)
        #expect(try await store.load(link: PrivateLink.make(), questionnaire: "beter-behouden") == nil)
        try await Task.sleep(for: .milliseconds(300))
        #expect(Int(try await fixture.raw(others).first ?? "") ?? 0 >= 4)
        try await store.close()
    }

    /// The pool's connections plan a prepared statement once, not again for each call: a save
    /// group's write made on one of them is executed from its generic plan every time.
    @Test func aSaveGroupsWriteIsPlannedOncePerConnection() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let store = try #require(try await fixture.open() as? PostgresAnswerStore)
        let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000)))
        let key = LinkDigest.of(link)
        let plans = try await store.client.withConnection { connection in
            #expect(try await connection.query("SHOW plan_cache_mode", logger: store.logger).collect().first?.decode(String.self) == "force_generic_plan")
            // On this one connection: six writes (PostgreSQL's default plans the first five anew).
            for round in 1 ... 6 {
                let (stored, revision) = try await connection.query("SELECT document, revision FROM self_checks WHERE link_hash = \(key)", logger: store.logger)
                    .collect().first?.decode((String, Int).self) ?? ("", -1)
                let write = WriteDocuments(keys: [key], questionnaires: [stamp.id], revisions: [revision], documents: [stored + " "],
                                           updated: ["2026-12-02T10:0\(round):00Z"])
                var written = 0
                for try await _ in try await connection.execute(write, logger: store.logger) { written += 1 }
                #expect(written == 1)
            }
            let rows = try await connection.query(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%UPDATE self_checks%'", logger: store.logger)
            return try await rows.collect().map { try $0.decode((Int, Int).self) }
        }
        #expect(plans.count == 1)
        #expect(plans.first?.0 == 6 && plans.first?.1 == 0)
        try await store.close()
    }
}
