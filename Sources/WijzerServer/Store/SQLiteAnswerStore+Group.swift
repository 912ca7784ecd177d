import Foundation
import SQLiteNIO
import WijzerScoring

extension SQLiteAnswerStore {
    /// Writes a group of saves (`SaveQueue`) in one transaction: one SELECT of every self-check
    /// in the group, the changes applied in order (a later save of the same link sees the
    /// earlier one's change), one UPDATE of every changed self-check, one commit. A change that
    /// throws, an unknown link and an unreadable document fail that save alone; when the
    /// transaction fails, every save in it fails and nothing is stored.
    func write(_ saves: [SaveQueue.Save]) async -> [Result<ResultDocument?, Error>] {
        do {
            return try await lock.run {
                try await self.transaction {
                    var stored = try await self.stored(of: saves)
                    let (results, changed) = SaveQueue.apply(saves, to: &stored)
                    try await self.update(changed)
                    return results
                }
            }
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }

    /// The stored self-checks of the group's links, by link digest; a document that cannot be
    /// read is kept as its error.
    private func stored(of saves: [SaveQueue.Save]) async throws -> [String: SaveQueue.Stored] {
        let keys = Array(Set(saves.map { LinkDigest.of($0.link) }))
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let rows = try await connection.query(
            "SELECT link_hash, questionnaire, document FROM self_checks WHERE link_hash IN (\(marks))", keys.map { .text($0) })
        var stored: [String: SaveQueue.Stored] = [:]
        for row in rows {
            guard let key = row.column("link_hash")?.string, let questionnaire = row.column("questionnaire")?.string else { continue }
            let text = row.column("document")?.string ?? ""
            stored[key] = (questionnaire, Result { try documents.document(key: key, text: text) })
        }
        return stored
    }

    /// One UPDATE for every changed self-check (SQLite's UPDATE ... FROM, 3.33 and later).
    private func update(_ changed: [(key: String, document: ResultDocument)]) async throws {
        guard !changed.isEmpty else { return }
        let rows = Array(repeating: "(?, ?, ?)", count: changed.count).joined(separator: ", ")
        let values: [SQLiteData] = changed.flatMap { key, document -> [SQLiteData] in
            [.text(key), .text(documents.text(storing: document, key: key)), .text(Self.timestamp(document.updated))]
        }
        _ = try await connection.query("""
            UPDATE self_checks SET document = v.column2, updated = v.column3
            FROM (VALUES \(rows)) AS v WHERE self_checks.link_hash = v.column1
            """, values)
    }
}
