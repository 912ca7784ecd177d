import WijzerScoring

/// The text form of a released snapshot in `team_sessions.snapshot`: the members' lines one per
/// line (compact JSON has no raw line breaks), the same in SQLite and PostgreSQL.
enum TeamSnapshotCodec {
    static func encode(_ members: [TeamMemberDocument]) -> String {
        members.map(\.line).joined(separator: "\n")
    }

    /// The documents of `text`; none for an empty or missing snapshot. `lines` keeps what it
    /// decoded, keyed by the line itself: the next release repeats most lines of the last one,
    /// and only the new ones are decoded.
    static func decode(_ text: String?, lines: DocumentCache) throws -> [ResultDocument] {
        guard let text, !text.isEmpty else { return [] }
        // Split by bytes: splitting a String by Character walks grapheme clusters, and did so
        // for the whole snapshot (hundreds of kB) at every release.
        return try text.utf8.split(separator: UInt8(ascii: "\n")).map { bytes in
            let line = String(Substring(bytes))
            return try lines.document(key: line, text: line)
        }
    }

    /// The cache of decoded snapshot lines for `decode`, one per store. A session of 200 holds
    /// 200 lines; the lines of earlier releases that differ are forgotten when it is full.
    static func lineCache() -> DocumentCache {
        DocumentCache(capacity: 2_000) { try DocumentCache.decode($0, path: "team_sessions") }
    }
}
