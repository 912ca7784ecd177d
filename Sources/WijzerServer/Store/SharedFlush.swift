import Synchronization

/// Callers that each need a flush (everything committed before they asked made durable),
/// served by as few flushes as possible: one at a time, and a caller who asks while one is
/// under way waits for the next, which serves everyone waiting by then at once. Both stores'
/// groups of saves wait here after their commit (`LogFlush` on SQLite, a synchronous commit
/// on PostgreSQL), while the next group is written.
///
/// Why: at saturation several groups commit while one flush runs; flushed one by one, each
/// would wait for every flush queued before its own.
final class SharedFlush: Sendable {
    /// One flush; what it throws, every caller it served throws.
    typealias Flush = @Sendable () async throws -> Void

    private struct State {
        /// Callers waiting for the next flush, each of whose commits came before it asked.
        var waiting: [CheckedContinuation<Void, Error>] = []
        /// Whether a flush is under way (or about to begin).
        var flushing = false
    }

    private let state = Mutex(State())

    /// Returns once a flush that began after this call has ended; throws what it threw.
    /// `flush` runs if this call starts one (every caller of one `SharedFlush` passes the same).
    func wait(_ flush: @escaping Flush) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            let start = state.withLock { state in
                state.waiting.append(continuation)
                if state.flushing { return false }
                state.flushing = true
                return true
            }
            if start { Task { await self.flushWaiting(flush) } }
        }
    }

    /// One flush for everyone waiting, again while others came to wait during it (their
    /// commits may have come after it began).
    private func flushWaiting(_ flush: Flush) async {
        while true {
            let waiting = state.withLock { state in
                defer { state.waiting = [] }
                if state.waiting.isEmpty { state.flushing = false }
                return state.waiting
            }
            if waiting.isEmpty { return }
            let outcome: Result<Void, Error>
            do {
                try await flush()
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            for continuation in waiting { continuation.resume(with: outcome) }
        }
    }

    /// How many callers wait for a flush to begin (for tests).
    var waitingCount: Int { state.withLock { $0.waiting.count } }
}
