/// How many new self-checks may be begun by joining one open team session with its code: a
/// budget per session (`ServerSettings.joinBurst`, `joinsPerSecond`), apart from the anonymous
/// begin budget of the start page (`beginBurst`, `beginsPerSecond`).
///
/// Why a budget of its own: a team session is a meeting, and everyone joins in the same minute;
/// 45 teachers (or a whole staff) must never wait for a limit meant for scripts, and another
/// session's joins must not use up theirs. Measured (Benchmarks/team, 50 sessions of 20): with
/// joins on the begin budget (200 at once, then 2 a second per instance), 1,050 joins took
/// 177 s. A join costs the session's budget only after its code was found (unknown codes count
/// against the lookup limiter) and while the session is open, and every session was itself
/// begun under the begin budget: so what one leaked code can add is bounded per session.
/// In memory, per instance, like the other limiters; one small bucket per session seen.
actor JoinBudget {
    private let capacity: Int
    private let perSecond: Double
    private var sessions: [String: LookupLimiter] = [:]
    /// At most this many sessions' buckets are kept.
    static let remembered = 1_000

    init(capacity: Int, perSecond: Double) {
        self.capacity = capacity
        self.perSecond = perSecond
    }

    /// Takes one join from `session`'s budget if there is one left.
    func take(session: String) async -> Bool {
        // A server runs for months: forget old sessions' buckets rather than keep one per
        // session ever joined. A forgotten session starts again with a full (bounded) budget.
        if sessions[session] == nil && sessions.count >= Self.remembered { sessions.removeAll() }
        let bucket = sessions[session] ?? LookupLimiter(capacity: capacity, perSecond: perSecond)
        sessions[session] = bucket
        return bucket.take()
    }
}
