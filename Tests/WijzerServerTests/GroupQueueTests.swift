import Synchronization
import Testing
import WijzerScoring
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

    /// Submits `first` and holds its group at a gate until every one of `later` (each from a
    /// task of its own) waits behind it, then opens the gate; returns each request's result, in
    /// the order given, the groups served and the queue.
    func gathered(first: Int, later: [Int], limit: Int, settle: GroupQueue<Int, Int>.Settle? = nil)
        async throws -> (results: [Result<Int, Error>], groups: [[Int]], queue: GroupQueue<Int, Int>) {
        let queue = GroupQueue<Int, Int>(limit: limit)
        let served = Served()
        let gate = Gate()
        let serving = serve(recordingIn: served, gate: gate)
        let tasks = [Task { try await queue.submit(first, serve: serving, settle: settle) }]
        for _ in 0 ..< 2_000 where served.all.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        let others = later.map { item in Task { try await queue.submit(item, serve: serving, settle: settle) } }
        for _ in 0 ..< 2_000 where queue.waitingCount < later.count { try await Task.sleep(for: .milliseconds(5)) }
        #expect(queue.waitingCount == later.count)
        await gate.open()
        var results: [Result<Int, Error>] = []
        for task in tasks + others { results.append(await task.result) }
        return (results, served.all, queue)
    }

    @Test func aRequestAtAQuietMomentIsServedAloneAndAtOnce() async throws {
        let queue = GroupQueue<Int, Int>(limit: 100)
        let served = Served()
        #expect(try await queue.submit(4, serve: serve(recordingIn: served)) == 40)
        #expect(try await queue.submit(5, serve: serve(recordingIn: served)) == 50)
        #expect(served.all == [[4], [5]])
    }

    @Test func requestsThatArriveDuringAGroupAreServedTogetherByTheNext() async throws {
        let (results, groups, _) = try await gathered(first: 1, later: [2, 3, 4, 5, 6], limit: 100)
        #expect(try results.map { try $0.get() } == [10, 20, 30, 40, 50, 60])
        // The first group was sent before the others arrived: they are not in it.
        #expect(groups.count == 2)
        #expect(groups.first == [1])
        #expect(groups.last?.sorted() == [2, 3, 4, 5, 6])
    }

    @Test func noGroupIsLargerThanTheLimitAndNoRequestIsLeftWaiting() async throws {
        let (results, groups, queue) = try await gathered(first: 0, later: Array(1 ... 7), limit: 3)
        #expect(try results.map { try $0.get() } == (0 ... 7).map { $0 * 10 })
        #expect(groups.map(\.count) == [1, 3, 3, 1])
        #expect(groups.flatMap { $0 }.sorted() == Array(0 ... 7))
        #expect(queue.waitingCount == 0)
    }

    @Test func aFailedRequestFailsItsCallerAloneAndTheQueueGoesOn() async throws {
        let (results, _, queue) = try await gathered(first: 1, later: [13, 14], limit: 100)
        #expect(try results[0].get() == 10)
        #expect(throws: StoreError.contended) { try results[1].get() }
        #expect(try results[2].get() == 140)
        #expect(try await queue.submit(2, serve: serve(recordingIn: Served())) == 20)
    }

    /// A store's saves queue by self-check (`SaveQueue.Queues`): a second save of a self-check
    /// whose group is under way waits for that queue's next group, while a save of another
    /// self-check is written beside it at once.
    @Test func aSelfChecksSavesShareAQueueAndAnothersIsWrittenBesideThem() async throws {
        let queues = SaveQueue.Queues(count: 2)
        #expect(SaveQueue.Queues.index(of: "a", among: 2) != SaveQueue.Queues.index(of: "b", among: 2))
        let gate = Gate()
        let served = Mutex<[[String]]>([])
        let serve: GroupQueue<SaveQueue.Save, ResultDocument?>.Serve = { group in
            // The first group waits at the gate.
            if served.withLock({ $0.append(group.map(\.key)); return $0.count }) == 1 { await gate.wait() }
            return group.map { _ in .success(nil) }
        }
        func save(_ key: String) -> SaveQueue.Save { SaveQueue.Save(key: key, questionnaire: "q") { _ in } }
        func waitFor(_ condition: () -> Bool) async throws {
            for _ in 0 ..< 2_000 where !condition() { try await Task.sleep(for: .milliseconds(5)) }
        }
        let first = Task { try await queues.submit(save("a"), serve: serve, settle: nil) }
        try await waitFor { served.withLock { $0.count } == 1 }
        let again = Task { try await queues.submit(save("a"), serve: serve, settle: nil) }
        let other = Task { try await queues.submit(save("b"), serve: serve, settle: nil) }
        try await waitFor { served.withLock { $0.count } == 2 }
        try await Task.sleep(for: .milliseconds(50))
        #expect(served.withLock { $0 } == [["a"], ["b"]], "another self-check waited, or one was written in two groups at once")
        await gate.open()
        for task in [first, again, other] { #expect(try await task.value == nil) }
        #expect(served.withLock { $0 } == [["a"], ["b"], ["a"]])
    }

    /// A group that settles (the SQLite store's flush of its log): the next group is served
    /// while it settles, and its callers get their results only once it has.
    @Test func theNextGroupIsServedWhileAGroupSettlesAndItsCallersWaitForIt() async throws {
        let queue = GroupQueue<Int, Int>(limit: 100)
        let served = Served()
        let held = Gate()
        let settles = Mutex(0)
        // The first settle waits at the gate; later ones settle at once.
        let settle: GroupQueue<Int, Int>.Settle = {
            let count = settles.withLock { count in
                count += 1
                return count
            }
            if count == 1 { await held.wait() }
        }
        let serving = serve(recordingIn: served)
        let done = Done()
        let first = Task {
            let result = try await queue.submit(1, serve: serving, settle: settle)
            done.value.withLock { $0 = true }
            return result
        }
        for _ in 0 ..< 2_000 where settles.withLock({ $0 }) == 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(try await queue.submit(2, serve: serving, settle: settle) == 20)
        #expect(served.all == [[1], [2]])
        #expect(!done.value.withLock { $0 }, "a caller got its result before its group settled")
        await held.open()
        #expect(try await first.value == 10)
    }

    /// A settle that throws fails every caller of its group, served alone or gathered, and the
    /// queue goes on.
    @Test func aGroupWhoseSettleFailsFailsEveryCallerInIt() async throws {
        let failing: GroupQueue<Int, Int>.Settle = { throw StoreError.notDurable("disk") }
        let (results, groups, queue) = try await gathered(first: 1, later: [2, 3], limit: 100, settle: failing)
        #expect(groups.count == 2)
        for result in results {
            #expect(throws: StoreError.notDurable("disk")) { try result.get() }
        }
        #expect(try await queue.submit(4, serve: serve(recordingIn: Served()), settle: {}) == 40)
    }
}
