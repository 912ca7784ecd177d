import Foundation
import PostgresNIO
import WijzerScoring

extension PostgresAnswerStore {
    /// Writes a group of saves (`SaveQueue`) in one transaction, as the SQLite store does: one
    /// SELECT ... FOR UPDATE of every self-check in the group, the changes applied in order, one
    /// UPDATE of every changed self-check, one commit: four round trips for the group instead of
    /// four per save. The rows are locked in the order of their digests, so groups of several
    /// writers or instances that share links wait for each other instead of deadlocking. A
    /// change that throws, an unknown link and an unreadable document fail that save alone; when
    /// the transaction fails, every save in it fails and nothing is stored.
    func write(_ saves: [SaveQueue.Save]) async -> [Result<ResultDocument?, Error>] {
        let logger = self.logger
        let keys = Set(saves.map { LinkDigest.of($0.link) }).sorted()
        do {
            return try await Self.unwrapping { try await client.withTransaction(logger: logger) { connection in
                var stored: [String: SaveQueue.Stored] = [:]
                for try await (key, questionnaire, text) in try await connection.execute(LockDocuments(keys: keys), logger: logger) {
                    stored[key] = (questionnaire, Result { try documents.document(key: key, text: text) })
                }
                let (results, changed) = SaveQueue.apply(saves, to: &stored)
                if !changed.isEmpty {
                    _ = try await connection.execute(UpdateDocuments(keys: changed.map(\.key),
                                                                     documents: changed.map { documents.text(storing: $0.document, key: $0.key) },
                                                                     updated: changed.map { ISODate.string($0.document.updated) }),
                                                     logger: logger)
                }
                return results
            } }
        } catch {
            return saves.map { _ in .failure(error) }
        }
    }
}
