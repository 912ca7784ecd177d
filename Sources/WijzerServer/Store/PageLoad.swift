/// A page's read of one self-check, served in a group of such reads (`GroupQueue`) by the
/// PostgreSQL store: the self-check stored under `key` (its link's digest) for `questionnaire`.
///
/// Not on SQLite: there a read is a query on the read-only connection, and grouping them did
/// not make pages cheaper (two alternating pairs of Benchmarks/serve, 2026-12-04: server CPU
/// per page 134.7 and 173.7 µs before, 169.5 and 136.9 µs grouped).
struct PageLoad: Sendable {
    var key: String
    var questionnaire: String

    /// At most this many reads in one statement: the links of a group are its parameters, and
    /// a group this large forms only on a server busier than any school's.
    static let groupSize = 100

    /// A self-check's row as a load reads it.
    struct Row: Sendable {
        var questionnaire: String
        var text: String
        var revision: Int
    }

    /// The queue a store's page loads wait in.
    static func queue() -> GroupQueue<PageLoad, Row?> { GroupQueue(limit: groupSize) }

    /// Each load's stored row among the `stored` rows (by key), nil for an unknown link and for
    /// one of another questionnaire (no link here).
    static func rows(for loads: [PageLoad], in stored: [String: Row]) -> [Result<Row?, Error>] {
        loads.map { load in .success(stored[load.key].flatMap { $0.questionnaire == load.questionnaire ? $0 : nil }) }
    }
}
