import Synchronization
import Testing
@testable import WijzerServer

/// The queue that serves the stores' saves and PostgreSQL's page loads as groups (`GroupQueue`):
/// a request at a quiet moment is served at once on its own, those that arrive while a group is
/// under way are served together by the next one (never by the group already sent), no group is
/// larger than its limit, and each caller gets its own result.
@Suite struct GroupQueueTests {
    /// What the fake store saw: each group's items, in the order they were served.
    final class Served: Sendable {
        private let groups = Mutex<[[Int]]>([])
        func record(_ group: [Int]) { groups.withLock { $0.append(group) } }
        var all: [[Int]] { groups.withLock { $0 } }
    }

    /// Holds the first group until `open()`, so that requests can gather behind it.
    actor Gate {
        private var isOpen = false
        private var waiters: [CheckedContinuation<Void, Never>] = []
        func wait() async {
            if isOpen { return }
            await withCheckedContinuation { waiters.append($0) }
        }
        func open() {
            isOpen = true
            for waiter in waiters { waiter.resume() }
            waiters = []
        }
    }

    /// A store that answers each item with its tenfold, and fails the item 13 alone.
    func serve(recordingIn served: Served, gate: Gate? = nil) -> GroupQueue<Int, Int>.Serve {
        { group in
            served.record(group)
            await gate?.wait()
            return group.map { $0 == 13 ? .failure(StoreError.contended) : .success($0 * 10) }
        }
    }

    /// Waits until `count` requests wait in `queue` (they are submitted from tasks of their own).
    func waitUntil(_ queue: GroupQueue<Int, Int>, holds count: Int) async throws {
        for _ in 0..<2_000 where queue.waitingCount < count { try await Task.sleep(for: .milliseconds(5)) }
        #expect(queue.waitingCount == count)
    }

    @Test func aRequestAtAQuietMomentIsServedAloneAndAtOnce() async throws {
        let queue = GroupQueue<Int, Int>(limit: 100)
        let served = Served()
        #expect(try await queue.submit(4, serve: serve(recordingIn: served)) == 40)
        #expect(try await queue.submit(5, serve: serve(recordingIn: served)) == 50)
        #expect(served.all == [[4], [5]])
    }

    @Test func requestsThatArriveDuringAGroupAreServedTogetherByTheNext() async throws {
        let queue = GroupQueue<Int, Int>(limit: 100)
        let served = Served()
        let gate = Gate()
        let first = Task { try await queue.submit(1, serve: serve(recordingIn: served, gate: gate)) }
        for _ in 0..<2_000 where served.all.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        let later = (2...6).map { item in Task { try await queue.submit(item, serve: serve(recordingIn: served, gate: gate)) } }
        try await waitUntil(queue, holds: 5)
        await gate.open()
        #expect(try await first.value == 10)
        for (item, task) in zip(2...6, later) { #expect(try await task.value == item * 10) }
        // The first group was sent before the others arrived: they are not in it.
        #expect(served.all.count == 2)
        #expect(served.all.first == [1])
        #expect(served.all.last?.sorted() == [2, 3, 4, 5, 6])
    }

    @Test func noGroupIsLargerThanTheLimitAndNoRequestIsLeftWaiting() async throws {
        let queue = GroupQueue<Int, Int>(limit: 3)
        let served = Served()
        let gate = Gate()
        let first = Task { try await queue.submit(0, serve: serve(recordingIn: served, gate: gate)) }
        for _ in 0..<2_000 where served.all.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        let later = (1...7).map { item in Task { try await queue.submit(item, serve: serve(recordingIn: served, gate: gate)) } }
        try await waitUntil(queue, holds: 7)
        await gate.open()
        _ = try await first.value
        for (item, task) in zip(1...7, later) { #expect(try await task.value == item * 10) }
        #expect(served.all.map(\.count) == [1, 3, 3, 1])
        #expect(served.all.flatMap { $0 }.sorted() == Array(0...7))
        #expect(queue.waitingCount == 0)
    }

    @Test func aFailedRequestFailsItsCallerAloneAndTheQueueGoesOn() async throws {
        let queue = GroupQueue<Int, Int>(limit: 100)
        let served = Served()
        let gate = Gate()
        let first = Task { try await queue.submit(1, serve: serve(recordingIn: served, gate: gate)) }
        for _ in 0..<2_000 where served.all.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        let failing = Task { try await queue.submit(13, serve: serve(recordingIn: served, gate: gate)) }
        let other = Task { try await queue.submit(14, serve: serve(recordingIn: served, gate: gate)) }
        try await waitUntil(queue, holds: 2)
        await gate.open()
        _ = try await first.value
        await #expect(throws: StoreError.contended) { try await failing.value }
        #expect(try await other.value == 140)
        #expect(try await queue.submit(2, serve: serve(recordingIn: served)) == 20)
    }
}
