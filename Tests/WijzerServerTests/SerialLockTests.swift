import Synchronization
import Testing
@testable import WijzerServer

/// The async lock of the SQLite store (`SerialLock`): callers never overlap, however often
/// they suspend inside, and each gets its turn.
@Suite struct SerialLockTests {
    final class Probe: Sendable {
        let state = Mutex((inside: 0, most: 0, total: 0))
    }

    @Test func callersNeverOverlapAndAllGetTheirTurn() async throws {
        let lock = SerialLock()
        let probe = Probe()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0 ..< 200 {
                group.addTask {
                    try await lock.run {
                        probe.state.withLock { $0.inside += 1; $0.most = max($0.most, $0.inside) }
                        // A read-modify-write with suspensions in between, as a group of saves does.
                        let before = probe.state.withLock { $0.total }
                        await Task.yield()
                        try await Task.sleep(for: .microseconds(i % 7 == 0 ? 200 : 0))
                        probe.state.withLock { $0.total = before + 1; $0.inside -= 1 }
                        return i
                    }
                }
            }
            var done = Set<Int>()
            for try await i in group { done.insert(i) }
            #expect(done == Set(0 ..< 200))
        }
        let state = probe.state.withLock { $0 }
        #expect(state.most == 1)
        #expect(state.total == 200)
        #expect(state.inside == 0)
    }

    @Test func aBodyThatThrowsReleasesTheLock() async throws {
        struct Refused: Error {}
        let lock = SerialLock()
        await #expect(throws: Refused.self) { try await lock.run { () async throws -> Int in throw Refused() } }
        #expect(try await lock.run { 7 } == 7)
    }
}
