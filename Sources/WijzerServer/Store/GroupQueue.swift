import Synchronization

/// Requests to a store that wait to be served as a group, one group at a time: the saves of
/// both stores (group commit, `SaveQueue`) and the page loads of the PostgreSQL store. A group
/// of saves may still settle (`Settle`: the flush of its commit) while the next one is served.
///
/// Why: on SQLite each commit needs one fsync of the WAL (about 2 ms here, `LogFlush`) and
/// each statement a hop to sqlite-nio's thread and back; on PostgreSQL each statement is a
/// round trip through postgres-nio and a backend. Served one by one, a busy server spent most
/// of its time on those. Requests that arrive while a group is under way wait here and are
/// served together by the next, in one statement (or one transaction) for all of them. A
/// request never joins a group already sent, so it sees every change acknowledged before it
/// arrived. At a quiet moment a group is a single request, served at once.
///
/// A `Mutex` around the queue rather than an actor: every save and page load passes through
/// here, and an actor cost four hops between executors per request (in, out to the group's
/// task, back, out to the caller), each waiting for a thread to wake on a busy server.
final class GroupQueue<Item: Sendable, Output: Sendable>: Sendable {
    /// What serves a group: one result per item, in order.
    typealias Serve = @Sendable ([Item]) async -> [Result<Output, Error>]
    /// What a served group waits for before its callers get their results, while the next
    /// group is already being served: the flush of its commit (`LogFlush` on SQLite,
    /// `FlushCommits` on PostgreSQL). When it throws, every item of the group fails with its error.
    typealias Settle = @Sendable () async throws -> Void

    private typealias Waiting = (item: Item, continuation: CheckedContinuation<Output, Error>)

    private struct State {
        var waiting: [Waiting] = []
        /// Whether a group is being served now. One group at a time: while it is under way the
        /// next one gathers every request that arrives, so there are as few statements per
        /// request as the load allows. On PostgreSQL four groups of saves at once made the
        /// groups smaller: at saturation a save cost PostgreSQL 44.5 µs of CPU and the server
        /// 153 µs, against 21.7 and 127 µs with one (Benchmarks/README, 2026-12-02).
        var serving = false

        /// Takes up to `count` waiting requests, oldest first.
        mutating func take(_ count: Int) -> [Waiting] {
            let taken = Array(waiting.prefix(count))
            waiting.removeFirst(taken.count)
            return taken
        }
    }

    private let state = Mutex(State())
    /// At most this many requests in one group (a bound on one statement's parameters).
    let limit: Int

    init(limit: Int) {
        precondition(limit > 0, "a group holds at least one request")
        self.limit = limit
    }

    /// Queues `item` and returns its result once the group it is served in is done (for a
    /// save: committed) and, with `settle`, settled. `serve` must not keep the items (a save's
    /// change does not outlive its caller's call).
    func submit(_ item: Item, serve: @escaping Serve, settle: Settle? = nil) async throws -> Output {
        // No group is under way: this caller serves its own request, with any that wait, in its
        // own task. At a quiet moment (most requests: teachers read before they answer) that
        // spares the hops to another task and back, each of which waits for a core on a busy
        // machine. Requests that arrive meanwhile are left to a task of their own, so this
        // caller returns after its own group.
        guard var others = state.withLock({ state -> [Waiting]? in
            guard !state.serving else { return nil }
            state.serving = true
            return state.take(limit - 1)
        }) else {
            return try await withCheckedThrowingContinuation { continuation in
                // Checked again under the lock: the last group may have finished meanwhile.
                let startServer = state.withLock { state in
                    state.waiting.append((item, continuation))
                    guard !state.serving else { return false }
                    state.serving = true
                    return true
                }
                if startServer { Task { await self.serveGroups(serve, settle: settle) } }
            }
        }
        let continuations = others.map(\.continuation)
        let served = await serve([item] + Self.drain(&others))
        let more = state.withLock { state in
            if state.waiting.isEmpty { state.serving = false }
            return !state.waiting.isEmpty
        }
        // Requests came in meanwhile: a task of their own takes them over, still marked as
        // serving, while this group settles.
        if more { Task { await self.serveGroups(serve, settle: settle) } }
        let results = await Self.settled(served, by: settle)
        for (continuation, result) in zip(continuations, results.dropFirst()) { continuation.resume(with: result) }
        return try results[0].get()
    }

    /// `results` once `settle` is done; each a failure with its error if it throws.
    private static func settled(_ results: [Result<Output, Error>], by settle: Settle?) async -> [Result<Output, Error>] {
        guard let settle else { return results }
        do {
            try await settle()
            return results
        } catch {
            return results.map { _ in .failure(error) }
        }
    }

    /// How many requests wait for the next group (for tests).
    var waitingCount: Int { state.withLock { $0.waiting.count } }

    /// The items of `group`, which is left empty. The items go straight into `serve` and are
    /// released when it returns, before any caller resumes: a save's change closure must not
    /// outlive its call (`withoutActuallyEscaping` in the stores traps if it does).
    private static func drain(_ group: inout [Waiting]) -> [Item] {
        defer { group = [] }
        return group.map(\.item)
    }

    /// Serves what waits, group after group, then marks the queue as not serving (the caller
    /// marked it). A group that must settle does so in a task of its own, so the next group is
    /// served meanwhile.
    private func serveGroups(_ serve: Serve, settle: Settle?) async {
        while true {
            var group = state.withLock { state in
                let next = state.take(limit)
                if next.isEmpty { state.serving = false }
                return next
            }
            if group.isEmpty { return }
            let continuations = group.map(\.continuation)
            let results = await serve(Self.drain(&group))
            guard settle != nil else {
                for (continuation, result) in zip(continuations, results) { continuation.resume(with: result) }
                continue
            }
            Task {
                let settled = await Self.settled(results, by: settle)
                for (continuation, result) in zip(continuations, settled) { continuation.resume(with: result) }
            }
        }
    }
}
