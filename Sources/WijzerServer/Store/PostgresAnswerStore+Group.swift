import Foundation
import PostgresNIO
import WijzerScoring

extension PostgresAnswerStore {
    /// Writes a group of saves (`SaveQueue.write`, as the SQLite store does): the self-checks
    /// this instance does not keep are read (`ReadDocuments`), and one statement writes every
    /// changed one whose stored revision is still the one read or kept (`WriteDocuments`, its own
    /// transaction); those another instance changed meanwhile are read and written again. A
    /// group of kept self-checks, most groups at a teacher's pace, is one round trip.
    ///
    /// Why not a transaction that reads with SELECT ... FOR UPDATE: BEGIN, the read, the UPDATE
    /// and COMMIT are four round trips, each waiting for PostgreSQL's backend and this instance's
    /// threads to wake. Writing from the kept documents instead: one session of 200, five
    /// alternating rounds, instances' CPU 0.90×, save p99 16.9 → 11.2 ms (Benchmarks/team).
    ///
    /// Two groups are written at once (`SaveQueue.Queues`, two queues, a self-check's saves in
    /// one of them), each in its own transaction on its own connection, and PostgreSQL writes
    /// them side by side: one group at a time left a fifth of the cores idle while PostgreSQL
    /// wrote it (Benchmarks/README, 2026-12-05). Two writers of the same self-checks (groups of
    /// two instances, a purge; never this instance's two groups) lock their rows as they come,
    /// and so could lock two of them in opposite orders. PostgreSQL then ends one of them (after
    /// `deadlock_timeout`, a second by default); a group it ends wrote nothing, so its
    /// self-checks are read and written again, as those another instance changed meanwhile are.
    func write(_ saves: [SaveQueue.Save]) async -> [Result<ResultDocument?, Error>] {
        // No lock orders this group's reads and writes against a delete: what it reads or
        // writes is kept only if nothing was deleted since it began.
        let ticket = documents.ticket()
        do {
            return try await SaveQueue.write(saves, documents: documents, read: { keys in
                var read: SaveQueue.Read = ([:], [:])
                guard !keys.isEmpty else { return read }
                for try await (key, questionnaire, text, revision) in try await client.execute(ReadDocuments(keys: Array(keys)), logger: logger) {
                    read.stored[key] = SaveQueue.Stored(questionnaire: questionnaire,
                                                        document: Result { try documents.document(key: key, text: text, revision: revision, ticket: ticket) })
                    read.revisions[key] = revision
                }
                return read
            }, write: { writes in
                var written: Set<String> = []
                guard !writes.isEmpty else { return written }
                let statement = WriteDocuments(keys: writes.map(\.key), questionnaires: writes.map(\.questionnaire), revisions: writes.map(\.revision),
                                               documents: writes.map { documents.text(storing: $0.document, key: $0.key, revision: $0.revision + 1, ticket: ticket) },
                                               updated: writes.map { ISODate.string($0.document.updated) })
                do {
                    for try await key in try await client.execute(statement, logger: logger) { written.insert(key) }
                } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresError.Code.deadlockDetected.raw {
                    return []
                }
                return written
            })
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }
}
