import WijzerReports

/// The team report of each session's last release, made once per release on this instance
/// instead of on every load of a presentation screen (and of a team view whose release was
/// stored without its report, by a Wijzer from before schema version 6; `releasedView`).
///
/// Why: a load read the snapshot (the released members' documents), decoded it and aggregated
/// the report; screens of one release were made again for every load while the participants
/// were still answering, and their saves waited behind it. A release changes `released` and the
/// snapshot in one statement, so the released count is the key; loads that arrive while the
/// report is being made wait for that one.
actor TeamReportCache {
    private var reports: [String: (released: Int, report: Task<TeamReport, Error>)] = [:]
    /// At most this many sessions' reports are kept.
    static let remembered = 100

    /// Starts making the report of `session`'s release `released` with `make`, unless this
    /// instance has it already: the instance that makes a release has its report at hand, so
    /// its presentation screens need not read and decode the snapshot it has just written.
    func prime(session: String, released: Int, make: @escaping @Sendable () async throws -> TeamReport) {
        _ = making(session: session, released: released, make: make)
    }

    /// The report of `session`'s release `released`, made by `make` when this instance has none.
    func report(session: String, released: Int, make: @escaping @Sendable () async throws -> TeamReport) async throws -> TeamReport {
        do {
            return try await making(session: session, released: released, make: make).value
        } catch {
            // Made again at the next view.
            if reports[session]?.released == released { reports[session] = nil }
            throw error
        }
    }

    /// The report of `session`'s release `released` as kept, or started with `make`.
    private func making(session: String, released: Int, make: @escaping @Sendable () async throws -> TeamReport) -> Task<TeamReport, Error> {
        if let cached = reports[session], cached.released == released { return cached.report }
        // One report per session ever viewed would grow for as long as the server runs: keep
        // those of at most `remembered` sessions (a forgotten one is made again when viewed).
        if reports[session] == nil && reports.count >= Self.remembered { reports.removeAll() }
        let task = Task { try await make() }
        reports[session] = (released, task)
        return task
    }
}
