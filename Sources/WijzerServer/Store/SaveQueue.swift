import WijzerScoring

/// Saves of self-checks written as a group (group commit) in both stores: each store queues
/// its saves in a `GroupQueue` and writes a group with `SaveQueue.write` (`SaveQueue+Apply`),
/// at most one read and one write for all of its saves. Each caller returns only after its
/// group's commit, so every acknowledged answer is on disk.
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

    /// The queue a store's saves wait in, with up to `concurrency` groups written at once
    /// (`write` keeps them from building on each other's unlanded writes).
    static func queue(concurrency: Int = 1) -> GroupQueue<Save, ResultDocument?> {
        GroupQueue(limit: groupSize, concurrency: concurrency)
    }
}
