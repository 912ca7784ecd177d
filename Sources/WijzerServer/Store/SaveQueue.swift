import WijzerScoring

/// Saves of self-checks written as a group (group commit) in both stores: each store queues
/// its saves in `Queues` and writes a group with `SaveQueue.write` (`SaveQueue+Apply`), at most
/// one read and one write for all of its saves. Each caller returns only after its group's
/// commit, so every acknowledged answer is on disk.
enum SaveQueue {
    /// One caller's save: the self-check (by its link's digest, `DocumentCache.digest(of:)`,
    /// found by the caller: the group's writer, one at a time, does not hash every save's link)
    /// and the change to apply to it.
    struct Save: Sendable {
        var key: String
        var questionnaire: String
        var change: @Sendable (inout ResultDocument) throws -> Void
    }

    /// At most this many saves in one group (a bound on one statement's parameters).
    static let groupSize = 100

    /// A store's queues of saves: `count` of them, each serving one group at a time, and every
    /// save of a self-check in the same one (by its digest). So up to `count` groups are
    /// written at once, and never two that hold the same self-check, as `write` requires.
    ///
    /// Why by self-check rather than two groups from one queue: a teacher's next answer can
    /// arrive while the group with her last one is still being written (a second tab; in
    /// Benchmarks/serve, wrk's connections taking turns at the teachers). In a group beside that
    /// one, her self-check was read again and decoded, often written a second time after the
    /// first group's write moved its revision on, and on PostgreSQL two such groups could lock
    /// their rows in opposite orders, which PostgreSQL ends after a second (a deadlock). In
    /// her own queue her answer simply waits for the next group (Benchmarks/README, 2026-12-05).
    struct Queues: Sendable {
        private let queues: [GroupQueue<Save, ResultDocument?>]

        init(count: Int) {
            precondition(count > 0, "a store has a queue of saves")
            queues = (0 ..< count).map { _ in GroupQueue(limit: groupSize) }
        }

        /// Queues `save` with the others of its self-check (`GroupQueue.submit`).
        func submit(_ save: Save, serve: @escaping GroupQueue<Save, ResultDocument?>.Serve,
                    settle: GroupQueue<Save, ResultDocument?>.Settle?) async throws -> ResultDocument? {
            try await queues[Self.index(of: save.key, among: queues.count)].submit(save, serve: serve, settle: settle)
        }

        /// Which of `count` queues takes the saves of the self-check `key`: by its last byte,
        /// which for a digest (hexadecimal) spreads the self-checks evenly over two queues.
        static func index(of key: String, among count: Int) -> Int {
            Int(key.utf8.last ?? 0) % count
        }
    }
}
