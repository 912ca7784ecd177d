import Synchronization
import Testing
@testable import WijzerServer

/// One flush at a time for many callers (`SharedFlush`): those who ask during a flush share the
/// next, and what a flush throws reaches exactly the callers it served.
@Suite struct SharedFlushTests {
    @Test func aFailedFlushFailsOnlyTheCallersItServedAndTheNextIsTriedAfresh() async throws {
        let shared = SharedFlush()
        let flushes = Mutex(0)
        // How many flushes run at once now, and at most.
        let running = Mutex((now: 0, most: 0))
        let flush: SharedFlush.Flush = {
            let count = flushes.withLock { count in
                count += 1
                return count
            }
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            defer { running.withLock { $0.now -= 1 } }
            if count == 1 {
                // The first flush takes a while, then fails.
                try await Task.sleep(for: .milliseconds(200))
                throw StoreError.notDurable("disk")
            }
        }
        let first = Task { try await shared.wait(flush) }
        for _ in 0 ..< 2_000 where flushes.withLock({ $0 }) == 0 { try await Task.sleep(for: .milliseconds(2)) }
        let later = (0 ..< 3).map { _ in Task { try await shared.wait(flush) } }
        for _ in 0 ..< 2_000 where shared.waitingCount < 3 { try await Task.sleep(for: .milliseconds(2)) }
        #expect(shared.waitingCount == 3)

        await #expect(throws: StoreError.notDurable("disk")) { try await first.value }
        for task in later { try await task.value }
        #expect(flushes.withLock { $0 } == 2)
        #expect(running.withLock { $0.most } == 1, "two flushes ran at once")
        #expect(shared.waitingCount == 0)
        // Quiet again: a caller alone gets a flush of its own at once.
        try await shared.wait(flush)
        #expect(flushes.withLock { $0 } == 3)
    }
}
