import Synchronization

/// An async lock: callers run one at a time, in arrival order. The SQLite store holds one
/// connection, and a read-modify-write of one self-check must not interleave with another
/// (an actor alone would let them interleave at every `await`).
///
/// A `Mutex` around the state rather than an actor: the lock is taken for every write and an
/// actor cost four hops between executors each time (into the actor, out to run the body, back
/// to release, back to the caller); on a busy server each hop waits for a thread to wake
/// (Benchmarks/serve: waking threads was the largest part of a save after decoding JSON).
final class SerialLock: Sendable {
    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []

        /// Takes the lock if it is free.
        mutating func take() -> Bool {
            if busy { return false }
            busy = true
            return true
        }
    }

    private let state = Mutex(State())

    /// Runs `body` when no other caller is inside.
    func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        if state.withLock({ $0.take() }) { return }
        await withCheckedContinuation { continuation in
            // Checked again under the lock: a release may have come in between.
            let free = state.withLock { state in
                if state.take() { return true }
                state.waiting.append(continuation)
                return false
            }
            if free { continuation.resume() }
        }
    }

    private func release() {
        // The lock passes straight to the first waiter (it stays busy), so nobody overtakes it.
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.busy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
