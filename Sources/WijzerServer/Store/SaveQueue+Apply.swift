import OrderedCollections
import WijzerScoring

extension SaveQueue {
    /// A self-check as read for a group: its questionnaire and its document, or why the
    /// document could not be read.
    ///
    /// A struct, not a tuple (and so `Write`): a dictionary or array of tuples copies and
    /// destroys them through the runtime's generic tuple functions; as structs a save costs
    /// 2,700 fewer instructions (491,000 against 488,300, `save-instructions.py`).
    struct Stored {
        var questionnaire: String
        var document: Result<ResultDocument, Error>
    }

    /// Self-checks as a group read them, with the revisions they were read at.
    typealias Read = (stored: [String: Stored], revisions: [String: Int])
    /// A self-check to write: only while its row is still at `revision` for `questionnaire`.
    /// Written, it is at `revision + 1`.
    struct Write {
        var key: String
        var questionnaire: String
        var revision: Int
        var document: ResultDocument
    }

    /// How often a group is tried while other writers keep changing its self-checks.
    static let attempts = 50

    /// Writes a group of saves in both stores, without a lock held between statements. The
    /// self-checks `documents` keeps (the page before an answer read them, or the save before
    /// wrote them) are not read; the others are (`read`). The changes are applied in order (a
    /// later save of a link sees the earlier one's change), and one statement (`write`) writes
    /// every changed self-check whose stored revision is still the one read or kept, returning
    /// the digests written. A self-check another instance or process changed meanwhile is read
    /// again and its saves applied again, so no change is lost; one whose saves were all refused
    /// on a kept copy is read and judged again. A change that throws, an unknown link and an
    /// unreadable document fail that save alone. Throws when `read` or `write` does (none of the
    /// group's saves was stored by it) or after `attempts` rounds (`StoreError.contended`).
    /// Never called for one self-check twice at once on one `documents` (the stores' `Queues`
    /// keep a self-check's saves in one queue, one group at a time): a group that started from
    /// what another kept for it before that write landed would be guarded by a revision another
    /// writer may reach with another text.
    static func write(_ saves: [Save], documents: DocumentCache, read: (Set<String>) async throws -> Read,
                      write: ([Write]) async throws -> Set<String>) async throws -> [Result<ResultDocument?, Error>] {
        var results = [Result<ResultDocument?, Error>?](repeating: nil, count: saves.count)
        var pending = Array(saves.indices)
        for attempt in 0 ..< attempts {
            let group = pending.map { saves[$0] }
            let kept: Read = attempt == 0 ? Self.kept(group, in: documents) : ([:], [:])
            // Each digest is hashed once per question asked of it here, and no set is built
            // where a filter does: built and subtracted sets hashed every digest (64 characters)
            // about eight times per save (`save-instructions.py`, Benchmarks/README).
            let fresh = try await read(Set(group.lazy.map(\.key).filter { kept.stored[$0] == nil }))
            // What was read wins over what was kept. Merged into the kept ones: at saturation a
            // group's self-checks are usually all kept, and nothing read is merged.
            var stored = kept.stored.merging(fresh.stored) { _, read in read }
            let revisions = kept.revisions.merging(fresh.revisions) { _, read in read }
            let (outcomes, changed) = apply(group, to: &stored)
            let written: Set<String>
            do {
                written = try await write(changed.compactMap { key, document in
                    guard let found = stored[key], let revision = revisions[key] else { return nil }
                    return Write(key: key, questionnaire: found.questionnaire, revision: revision, document: document)
                })
            } catch {
                // The write may or may not have landed: what was kept for it is not to be
                // trusted, nor its revision matched by a later write from it.
                for key in changed.keys { documents.drop(key: key) }
                throw error
            }
            let notWritten = changed.keys.elements.filter { !written.contains($0) }
            // What was kept for those was never committed.
            for key in notWritten { documents.drop(key: key) }
            // Kept ones that no save changed (all refused on a kept copy) are read and judged again.
            let stale = Set(notWritten + kept.stored.keys.filter { changed[$0] == nil })
            if stale.isEmpty {
                for (index, outcome) in zip(pending, outcomes) { results[index] = outcome }
                return results.map { $0! }
            }
            for (index, outcome) in zip(pending, outcomes) where !stale.contains(saves[index].key) { results[index] = outcome }
            pending.removeAll { !stale.contains(saves[$0].key) }
        }
        throw StoreError.contended
    }

    /// The self-checks of `saves` (by their link digests) that `documents` keeps as documents
    /// of their saves' questionnaire, with a known revision, as `apply` takes them, with the
    /// revisions they were kept at. A group starts from these instead of reading them (`write`).
    static func kept(_ saves: [Save], in documents: DocumentCache) -> Read {
        // Sized once: grown one save at a time, a group of a hundred hashed its digests again
        // at each of seven resizes.
        var stored: [String: Stored] = Dictionary(minimumCapacity: saves.count)
        var revisions: [String: Int] = Dictionary(minimumCapacity: saves.count)
        var unsure: Set<String> = []
        for save in saves where !unsure.contains(save.key) {
            let key = save.key
            guard let found = documents.kept(key: key), found.document.questionnaire.id == save.questionnaire else {
                unsure.insert(key)
                (stored[key], revisions[key]) = (nil, nil)
                continue
            }
            (stored[key], revisions[key]) = (Stored(questionnaire: save.questionnaire, document: .success(found.document)), found.revision)
        }
        return (stored, revisions)
    }

    /// Applies a group's changes in order to the self-checks read for it (`stored`, by link
    /// digest): a later save of the same link sees the earlier one's
    /// change. Returns one result per save (nil for an unknown link or another questionnaire's;
    /// a change that throws or an unreadable document fails that save alone) and the changed
    /// documents to write, each once, by digest in the order first changed.
    static func apply(_ saves: [Save], to stored: inout [String: Stored])
        -> (results: [Result<ResultDocument?, Error>], changed: OrderedDictionary<String, ResultDocument>) {
        var changed: OrderedDictionary<String, ResultDocument> = [:]
        var results: [Result<ResultDocument?, Error>] = []
        results.reserveCapacity(saves.count)
        for save in saves {
            let key = save.key
            guard let found = stored[key], found.questionnaire == save.questionnaire else {
                results.append(.success(nil))
                continue
            }
            results.append(Result {
                var document = try found.document.get()
                try save.change(&document)
                stored[key]?.document = .success(document)
                changed[key] = document
                return document
            })
        }
        return (results, changed)
    }
}
