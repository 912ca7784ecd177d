/// One open SQLite transaction that several saves share (group commit): each save waits on the
/// ticket of the transaction it was written in, and hears back only when that transaction is
/// committed and synced, or that the commit failed.
actor CommitTicket {
    private var outcome: Result<Void, Error>?
    private var waiting: [CheckedContinuation<Void, Error>] = []
    private var changes = 0

    /// Counts one more save written in the transaction; returns how many there are now.
    func count() -> Int {
        changes += 1
        return changes
    }

    /// Returns once the transaction is committed; throws the commit's error.
    func wait() async throws {
        if let outcome { return try outcome.get() }
        try await withCheckedThrowingContinuation { waiting.append($0) }
    }

    /// The transaction has ended: wakes every save that waits on it.
    func finish(_ result: Result<Void, Error>) {
        outcome = result
        for continuation in waiting { continuation.resume(with: result) }
        waiting = []
    }
}
