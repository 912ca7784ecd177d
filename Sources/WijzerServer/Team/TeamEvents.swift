/// Tells open team views that their session released a new state, so they reload. Behind a
/// protocol so several servers on one PostgreSQL can fan out with LISTEN/NOTIFY; with SQLite
/// (one process) `InProcessTeamEvents` is enough. An event carries no data: the view reloads
/// and reads the released state from the store.
public protocol TeamEvents: Sendable {
    /// Wakes every subscriber of `session`.
    func publish(session: String) async

    /// The releases of `session` from now on, until the stream is dropped.
    func subscribe(session: String) async -> AsyncStream<Void>
}

/// Fan-out inside one process.
public actor InProcessTeamEvents: TeamEvents {
    private var subscribers: [String: [Int: AsyncStream<Void>.Continuation]] = [:]
    private var nextID = 0

    public init() {}

    public func publish(session: String) {
        for continuation in (subscribers[session] ?? [:]).values { continuation.yield() }
    }

    public func subscribe(session: String) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = nextID
        nextID += 1
        subscribers[session, default: [:]][id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(session, id) } }
        return stream
    }

    /// Wakes every subscriber of every session (after events may have been missed).
    public func publishAll() {
        for session in subscribers.values {
            for continuation in session.values { continuation.yield() }
        }
    }

    /// How many views of `session` listen now (for tests).
    public func count(session: String) -> Int { subscribers[session]?.count ?? 0 }

    private func remove(_ session: String, _ id: Int) {
        subscribers[session]?[id] = nil
        if subscribers[session]?.isEmpty == true { subscribers[session] = nil }
    }
}
