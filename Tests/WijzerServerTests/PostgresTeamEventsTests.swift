import Foundation
import Testing
import WijzerServer
import WijzerTestSupport

/// Team view events between two stores on one PostgreSQL database, as two `wijzer serve`
/// instances have them: a release published by one wakes the views of the other, also after
/// the listening connection was cut.
@Suite struct PostgresTeamEventsTests {
    @Test func aReleaseOnOneInstanceWakesTheViewsOfTheOtherAlsoAfterALostConnection() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let location = try PostgresLocation.parse(fixture.address).get()
        let first = try await PostgresAnswerStore.open(location)
        let second = try await PostgresAnswerStore.open(location)
        let view = WakeCounter(await second.teamEvents.subscribe(session: "s1"))
        let other = WakeCounter(await second.teamEvents.subscribe(session: "s2"))

        await first.teamEvents.publish(session: "s1")
        #expect(await view.reaches(1), "the view on the other instance did not hear the release")
        try await Task.sleep(for: .milliseconds(300))
        #expect(await other.count == 0, "a view of another session was woken")

        // Cut every listening connection of the database (a restarted server, a dropped network).
        let cut = try await fixture.raw(
            "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'")
        #expect(cut.count == 2 && cut.allSatisfy { $0 == "true" }, "\(cut)")
        // Listening again, the instance wakes every view once: a release may have gone by unheard.
        #expect(await view.reaches(2, within: .seconds(30)), "no wake-up after the connection came back")
        #expect(await other.reaches(1))
        #expect(await second.teamEvents.connections == 2)
        await first.teamEvents.publish(session: "s1")
        #expect(await view.reaches(3), "the view did not hear a release after the reconnect")
        view.stop()
        other.stop()
        try await first.close()
        try await second.close()
    }
}

/// Counts the wake-ups of one subscription.
final class WakeCounter: Sendable {
    private actor Count {
        var value = 0
        func add() { value += 1 }
    }

    private let counted = Count()
    private let reader: Task<Void, Never>

    init(_ stream: AsyncStream<Void>) {
        let counted = counted
        reader = Task { for await _ in stream { await counted.add() } }
    }

    var count: Int { get async { await counted.value } }

    func stop() { reader.cancel() }

    /// Whether `count` reaches `target` within `limit`.
    func reaches(_ target: Int, within limit: Duration = .seconds(20)) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + limit
        while await count < target, clock.now < end { try? await Task.sleep(for: .milliseconds(20)) }
        return await count >= target
    }
}
