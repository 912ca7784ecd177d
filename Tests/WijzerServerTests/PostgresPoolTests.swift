import Foundation
import Testing
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
}
