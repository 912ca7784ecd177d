import Foundation
import SQLiteNIO
import WijzerScoring

extension SQLiteAnswerStore {
    /// Writes a group of saves (`SaveQueue`) with one read and one statement: the group's
    /// self-checks are read, the changes applied in order (a later save of the same link sees
    /// the earlier one's change), and one UPDATE writes every changed self-check whose text is
    /// still the one read. A self-check another process or instance changed meanwhile is read
    /// again and its saves applied again, so no change is lost. A change that throws, an unknown
    /// link and an unreadable document fail that save alone; when the UPDATE fails, every save
    /// it held fails and nothing of them is stored.
    ///
    /// The first time round, the self-checks this store keeps (`DocumentCache`: the page before
    /// the answer read them, or the save before wrote them) are not read: the UPDATE checks
    /// their kept text instead. One whose saves were all refused is read after all, so a refusal
    /// is never judged on a kept copy alone.
    ///
    /// Why not BEGIN IMMEDIATE ... COMMIT around the read and the write: that holds the file's
    /// write lock across four hops between sqlite-nio's threads and the tasks, and a second
    /// writer on the same file waits for it on one of those few threads (`busy_timeout`). On a
    /// busy machine the first writer's task could wait for a thread longer than the timeout,
    /// and the second writer's saves failed with "database is locked" (seen in GroupSaveTests
    /// under the full test run). One statement holds the lock only while it runs.
    func write(_ saves: [SaveQueue.Save]) async -> [Result<ResultDocument?, Error>] {
        do {
            return try await lock.run {
                let keys = saves.map { LinkDigest.of($0.link) }
                var results = [Result<ResultDocument?, Error>?](repeating: nil, count: saves.count)
                var pending = Array(saves.indices)
                for attempt in 0 ..< Self.attempts {
                    let group = pending.map { saves[$0] }
                    let kept = attempt == 0 ? SaveQueue.kept(group, keys: pending.map { keys[$0] }, in: documents) : (stored: [:], texts: [:])
                    let read = try await self.stored(of: Set(pending.map { keys[$0] }).subtracting(kept.stored.keys))
                    var stored = read.stored.merging(kept.stored) { read, _ in read }
                    let (outcomes, changed) = SaveQueue.apply(group, to: &stored)
                    let written = try await self.update(changed, replacing: read.texts.merging(kept.texts) { read, _ in read },
                                                        of: stored.mapValues(\.questionnaire))
                    let notWritten = Set(changed.map(\.key)).subtracting(written)
                    // What was kept for those was never committed.
                    for key in notWritten { documents.drop(key: key) }
                    let stale = notWritten.union(Set(kept.stored.keys).subtracting(changed.map(\.key)))
                    for (index, outcome) in zip(pending, outcomes) where !stale.contains(keys[index]) { results[index] = outcome }
                    pending.removeAll { !stale.contains(keys[$0]) }
                    if pending.isEmpty { return results.map { $0! } }
                }
                throw StoreError.contended
            }
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }

    /// How often a group is tried while other writers keep changing its self-checks.
    static let attempts = 50

    /// The stored self-checks under `keys` by link digest (a document that cannot be read is
    /// kept as its error), with the texts they were read from. Read on the read-only connection
    /// (the last commit) when there is one; an in-memory database has only the writer, whose
    /// lock the caller holds.
    private func stored(of keys: Set<String>) async throws -> (stored: [String: SaveQueue.Stored], texts: [String: String]) {
        guard !keys.isEmpty else { return ([:], [:]) }
        let keys = Array(keys)
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let rows = try await (reader ?? connection).query(
            "SELECT link_hash, questionnaire, document FROM self_checks WHERE link_hash IN (\(marks))", keys.map { .text($0) })
        var stored: [String: SaveQueue.Stored] = [:]
        var texts: [String: String] = [:]
        for row in rows {
            guard let key = row.column("link_hash")?.string, let questionnaire = row.column("questionnaire")?.string else { continue }
            let text = row.column("document")?.string ?? ""
            stored[key] = (questionnaire, Result { try documents.document(key: key, text: text) })
            texts[key] = text
        }
        return (stored, texts)
    }

    /// One UPDATE (SQLite's UPDATE ... FROM, 3.33 and later) of every changed
    /// self-check whose stored text is still the one in `texts`, of the questionnaire in
    /// `questionnaires` (as read, or as the saves asked for a kept one); returns the digests written.
    private func update(_ changed: [(key: String, document: ResultDocument)], replacing texts: [String: String],
                        of questionnaires: [String: String]) async throws -> Set<String> {
        guard !changed.isEmpty else { return [] }
        let rows = Array(repeating: "(?, ?, ?, ?, ?)", count: changed.count).joined(separator: ", ")
        let values: [SQLiteData] = changed.flatMap { key, document -> [SQLiteData] in
            [.text(key), .text(documents.text(storing: document, key: key)), .text(Self.timestamp(document.updated)),
             .text(texts[key] ?? ""), .text(questionnaires[key] ?? "")]
        }
        let written = try await connection.query("""
            UPDATE self_checks SET document = v.column2, updated = v.column3
            FROM (VALUES \(rows)) AS v WHERE self_checks.link_hash = v.column1 AND self_checks.document = v.column4
                AND self_checks.questionnaire = v.column5
            RETURNING link_hash
            """, values)
        return Set(written.compactMap { $0.column("link_hash")?.string })
    }
}
