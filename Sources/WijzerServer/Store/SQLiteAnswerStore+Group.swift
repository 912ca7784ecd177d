import Foundation
import SQLiteNIO
import WijzerScoring

extension SQLiteAnswerStore {
    /// Writes a group of saves (`SaveQueue.write`: a read of the self-checks not kept, one guarded
    /// UPDATE, again for those changed meanwhile), one group at a time under the writer's lock.
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
                try await SaveQueue.write(saves, documents: documents, read: stored(of:), write: update(_:))
            }
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }

    /// The stored self-checks under `keys` by link digest (a document that cannot be read is
    /// kept as its error), with the texts they were read from. Read on the read-only connection
    /// (the last commit) when there is one; an in-memory database has only the writer, whose
    /// lock the caller holds.
    private func stored(of keys: Set<String>) async throws -> SaveQueue.Read {
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

    /// One UPDATE (SQLite's UPDATE ... FROM, 3.33 and later) of every self-check in `writes`
    /// whose row still holds its kept text and questionnaire; returns the digests written.
    private func update(_ writes: [SaveQueue.Write]) async throws -> Set<String> {
        guard !writes.isEmpty else { return [] }
        let rows = Array(repeating: "(?, ?, ?, ?, ?)", count: writes.count).joined(separator: ", ")
        let values: [SQLiteData] = writes.flatMap { write -> [SQLiteData] in
            [.text(write.key), .text(documents.text(storing: write.document, key: write.key)), .text(Self.timestamp(write.document.updated)),
             .text(write.kept), .text(write.questionnaire)]
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
