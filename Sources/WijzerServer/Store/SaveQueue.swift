import WijzerScoring

/// Saves of self-checks waiting to be written as a group (group commit), in both stores. On
/// SQLite each commit is one fsync of the WAL (`synchronous=FULL`, about 2 ms here) and each
/// statement a hop to sqlite-nio's thread and back, so one transaction per answer lets through
/// only a few hundred saves a second, one after another; on PostgreSQL each save was four round
/// trips (BEGIN, SELECT ... FOR UPDATE, UPDATE, COMMIT). Saves that arrive while a group is being written wait
/// here and are written together by the next: one transaction, one read and one write for
/// all of them. Each caller returns only after its group's commit, so every acknowledged
/// answer is on disk.
actor SaveQueue {
    /// One caller's save: the self-check and the change to apply to it.
    struct Save: Sendable {
        var link: String
        var questionnaire: String
        var change: @Sendable (inout ResultDocument) throws -> Void
    }

    /// What writes a group: one result per save, in order (nil for an unknown link).
    typealias Writer = @Sendable ([Save]) async -> [Result<ResultDocument?, Error>]

    /// At most this many saves in one group (a bound on one statement's parameters).
    static let groupSize = 100

    private var waiting: [(save: Save, continuation: CheckedContinuation<ResultDocument?, Error>)] = []
    /// Groups being written now.
    private var writing = 0
    /// How many groups may be written at once: 1 on SQLite (one connection, one writer at a
    /// time anyway); more on PostgreSQL, where a group's round trips to the server would
    /// otherwise leave the connection pool and the server's cores idle.
    private let writers: Int

    init(writers: Int = 1) {
        self.writers = writers
    }

    /// Queues `save` and returns its result once the group it is written in has been committed.
    /// `write` must not keep the saves (their changes do not outlive the callers' calls).
    func submit(_ save: Save, write: @escaping Writer) async throws -> ResultDocument? {
        guard writing < writers else {
            return try await withCheckedThrowingContinuation { waiting.append((save, $0)) }
        }
        // A writer is free: this caller writes its own save, with any that wait, in its own task.
        // At a quiet moment (most saves: teachers read before they answer) that spares the hops
        // to a writer task and back, each of which waits for a core on a busy machine. Saves that
        // arrive meanwhile are left to a writer task, so this caller returns after its own commit.
        writing += 1
        let others = min(waiting.count, Self.groupSize - 1)
        let continuations = waiting.prefix(others).map(\.continuation)
        let results = await write([save] + take(others))
        for (continuation, result) in zip(continuations, results.dropFirst()) { continuation.resume(with: result) }
        if waiting.isEmpty {
            writing -= 1
        } else {
            Task { await self.writeGroups(write) }
        }
        return try results[0].get()
    }

    /// Writes what waits, group after group, then frees its writer.
    private func writeGroups(_ write: Writer) async {
        while !waiting.isEmpty {
            let count = min(waiting.count, Self.groupSize)
            let continuations = waiting.prefix(count).map(\.continuation)
            // The group goes straight into the call and is released when it returns, before
            // any caller resumes: a caller's change closure must not outlive its call.
            let results = await write(take(count))
            for (continuation, result) in zip(continuations, results) { continuation.resume(with: result) }
        }
        writing -= 1
    }

    private func take(_ count: Int) -> [Save] {
        defer { waiting.removeFirst(count) }
        return waiting.prefix(count).map(\.save)
    }
}
