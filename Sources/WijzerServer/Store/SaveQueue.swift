import Synchronization
import WijzerScoring

/// Saves of self-checks waiting to be written as a group (group commit), in both stores. On
/// SQLite each commit is one fsync of the WAL (`synchronous=FULL`, about 2 ms here) and each
/// statement a hop to sqlite-nio's thread and back, so one transaction per answer lets through
/// only a few hundred saves a second, one after another; on PostgreSQL each save was four round
/// trips (BEGIN, SELECT ... FOR UPDATE, UPDATE, COMMIT). Saves that arrive while a group is
/// being written wait here and are written together by the next: at most one read and one
/// write for all of them (`SaveQueue.write`). Each caller returns only after its group's
/// commit, so every acknowledged answer is on disk.
///
/// A `Mutex` around the queue rather than an actor: every save passes through here, and an
/// actor cost four hops between executors per save (in, out to the writer, back, out to the
/// caller), each waiting for a thread to wake on a busy server.
final class SaveQueue: Sendable {
    /// One caller's save: the self-check (by its link's digest, `DocumentCache.digest(of:)`,
    /// found by the caller: the group's writer, one at a time, does not hash every save's link)
    /// and the change to apply to it.
    struct Save: Sendable {
        var key: String
        var questionnaire: String
        var change: @Sendable (inout ResultDocument) throws -> Void
    }

    /// What writes a group: one result per save, in order (nil for an unknown link).
    typealias Writer = @Sendable ([Save]) async -> [Result<ResultDocument?, Error>]

    /// At most this many saves in one group (a bound on one statement's parameters).
    static let groupSize = 100

    private typealias Waiting = (save: Save, continuation: CheckedContinuation<ResultDocument?, Error>)

    private struct State {
        var waiting: [Waiting] = []
        /// Whether a group is being written now. One group at a time, on both stores: while it is
        /// under way the next one gathers every save that arrives, so there are as few
        /// statements and commits per save as the load allows. On PostgreSQL four groups at
        /// once (chosen when every group still read its self-checks first) made the groups
        /// smaller: at saturation a save cost PostgreSQL 44.5 µs of CPU and the server 153 µs,
        /// against 21.7 and 127 µs with one (Benchmarks/README, 2026-12-02).
        var writing = false

        /// Takes up to `count` waiting saves, oldest first.
        mutating func take(_ count: Int) -> [Waiting] {
            let taken = Array(waiting.prefix(count))
            waiting.removeFirst(taken.count)
            return taken
        }
    }

    private let state = Mutex(State())

    /// Queues `save` and returns its result once the group it is written in has been committed.
    /// `write` must not keep the saves (their changes do not outlive the callers' calls).
    func submit(_ save: Save, write: @escaping Writer) async throws -> ResultDocument? {
        // No group is being written: this caller writes its own save, with any that wait, in its own task.
        // At a quiet moment (most saves: teachers read before they answer) that spares the hops
        // to a writer task and back, each of which waits for a core on a busy machine. Saves that
        // arrive meanwhile are left to a writer task, so this caller returns after its own commit.
        guard var others = state.withLock({ state -> [Waiting]? in
            guard !state.writing else { return nil }
            state.writing = true
            return state.take(Self.groupSize - 1)
        }) else {
            return try await withCheckedThrowingContinuation { continuation in
                // Checked again under the lock: the last writer may have finished meanwhile.
                let startWriter = state.withLock { state in
                    state.waiting.append((save, continuation))
                    guard !state.writing else { return false }
                    state.writing = true
                    return true
                }
                if startWriter { Task { await self.writeGroups(write) } }
            }
        }
        let continuations = others.map(\.continuation)
        let results = await write([save] + Self.drain(&others))
        for (continuation, result) in zip(continuations, results.dropFirst()) { continuation.resume(with: result) }
        let more = state.withLock { state in
            if state.waiting.isEmpty { state.writing = false }
            return !state.waiting.isEmpty
        }
        // Saves came in meanwhile: a writer task takes them over, still marked as writing.
        if more { Task { await self.writeGroups(write) } }
        return try results[0].get()
    }

    /// The saves of `group`, which is left empty. The saves go straight into the writer's call
    /// and are released when it returns, before any caller resumes: a caller's change closure
    /// must not outlive its call (`withoutActuallyEscaping` in the stores traps if it does).
    private static func drain(_ group: inout [Waiting]) -> [Save] {
        defer { group = [] }
        return group.map(\.save)
    }

    /// Writes what waits, group after group, then marks the queue as not writing (the caller
    /// marked it).
    private func writeGroups(_ write: Writer) async {
        while true {
            var group = state.withLock { state in
                let next = state.take(Self.groupSize)
                if next.isEmpty { state.writing = false }
                return next
            }
            if group.isEmpty { return }
            let continuations = group.map(\.continuation)
            let results = await write(Self.drain(&group))
            for (continuation, result) in zip(continuations, results) { continuation.resume(with: result) }
        }
    }
}
