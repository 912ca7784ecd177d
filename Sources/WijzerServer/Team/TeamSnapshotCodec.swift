import WijzerScoring

/// The text form of a released snapshot in `team_sessions.snapshot`: the documents one per line
/// (compact JSON has no raw line breaks), the same in SQLite and PostgreSQL.
enum TeamSnapshotCodec {
    static func encode(_ documents: [ResultDocument]) -> String {
        documents.map(DocumentCache.encode).joined(separator: "\n")
    }

    /// The documents of `text`; none for an empty or missing snapshot.
    static func decode(_ text: String?) throws -> [ResultDocument] {
        guard let text, !text.isEmpty else { return [] }
        do {
            return try text.split(separator: "\n").map { try ResultCodec.decode(Array($0.utf8), path: "team_sessions") }
        } catch {
            throw StoreError.corrupt(String(describing: error))
        }
    }
}
