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
            return try await changing {
                try await SaveQueue.write(saves, documents: documents, read: stored(of:), write: update(_:))
            }
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }

    /// The stored self-checks under `keys` by link digest (a document that cannot be read is
    /// kept as its error), with the revisions they were read at. Read on the read-only connection
    /// (the last commit) when there is one; an in-memory database has only the writer, whose
    /// lock the caller holds.
    private func stored(of keys: Set<String>) async throws -> SaveQueue.Read {
        guard !keys.isEmpty else { return ([:], [:]) }
        let keys = Array(keys)
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let rows = try await (reader ?? connection).query(
            "SELECT link_hash, questionnaire, document, revision FROM self_checks WHERE link_hash IN (\(marks))", keys.map { .text($0) })
        var stored: [String: SaveQueue.Stored] = [:]
        var revisions: [String: Int] = [:]
        for row in rows {
            guard let key = row.column("link_hash")?.string, let questionnaire = row.column("questionnaire")?.string,
                  let revision = row.column("revision")?.integer else { continue }
            let text = row.column("document")?.string ?? ""
            stored[key] = SaveQueue.Stored(questionnaire: questionnaire,
                                           document: Result { try documents.document(key: key, text: text, revision: revision) })
            revisions[key] = revision
        }
        return (stored, revisions)
    }

    /// One UPDATE of every self-check in `writes` whose row is still at its revision and of its
    /// questionnaire; returns the digests written. Several rows go through SQLite's
    /// UPDATE ... FROM (VALUES ...) (3.33 and later).
    ///
    /// Why a statement of its own for one row: at a teacher's pace most groups are groups of one,
    /// and a VALUES list costs SQLite a temporary table and a join besides a longer statement to
    /// prepare (sqlite-nio prepares each query): 80,000 instructions, 14 % of such a save
    /// (`save-instructions.py`, Benchmarks/README 2026-12-02). The guard is the same: both
    /// statements come from `guardedUpdate`.
    private func update(_ writes: [SaveQueue.Write]) async throws -> Set<String> {
        guard !writes.isEmpty else { return [] }
        let values: [SQLiteData] = writes.flatMap { write -> [SQLiteData] in
            [.text(write.key), .text(documents.text(storing: write.document, key: write.key, revision: write.revision + 1)),
             .text(Self.timestamp(write.document.updated)), .integer(write.revision), .text(write.questionnaire)]
        }
        let written = try await connection.query(Self.guardedUpdate(rows: writes.count), values)
        return Set(written.compactMap { $0.column("link_hash")?.string })
    }

    /// The UPDATE of `rows` self-checks, each bound as (digest, new text, updated, revision,
    /// questionnaire), that changes a row only while it is still at the revision and of the
    /// questionnaire, raises its revision by one, and returns the digests it changed. One row
    /// refers to its values as ?1 ... ?5, several as the VALUES list's v.column1 ... v.column5.
    static func guardedUpdate(rows: Int) -> String {
        func statement(from: String, _ value: (Int) -> String) -> String {
            """
            UPDATE self_checks SET document = \(value(2)), updated = \(value(3)), revision = self_checks.revision + 1\(from)
            WHERE self_checks.link_hash = \(value(1)) AND self_checks.revision = \(value(4))
                AND self_checks.questionnaire = \(value(5))
            RETURNING link_hash
            """
        }
        if rows == 1 { return statement(from: "") { "?\($0)" } }
        let values = Array(repeating: "(?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return statement(from: " FROM (VALUES \(values)) AS v") { "v.column\($0)" }
    }
}
