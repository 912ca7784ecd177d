import Logging
import PostgresNIO

/// Team view events across every `wijzer serve` instance on one PostgreSQL database: a release
/// is a `NOTIFY` on one channel whose payload is the session's internal id (never a link), and
/// each instance `LISTEN`s on a connection of its own and wakes its local views
/// (`InProcessTeamEvents`). A lost listening connection is opened again; the views are then woken
/// once, as a release may have gone by unheard.
public actor PostgresTeamEvents: TeamEvents {
    /// The channel every instance of one database shares.
    static let channel = "wijzer_team"

    private let client: PostgresClient
    private let logger: Logger
    private let local = InProcessTeamEvents()
    private var listener: Task<Void, Never>?
    private var connection: PostgresConnection?
    /// How often the listening connection was (re)established, for tests.
    public private(set) var connections = 0

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Starts listening with `configuration` and returns once the first attempt is done (listening
    /// or failed; a failed one is retried in the background), so an open store hears every later
    /// release.
    static func start(listeningWith configuration: PostgresConnection.Configuration, publishingThrough client: PostgresClient,
                      logger: Logger) async -> PostgresTeamEvents {
        let events = PostgresTeamEvents(client: client, logger: logger)
        let (attempts, attempted) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        await events.listen(configuration, attempted: attempted)
        for await _ in attempts { break }
        return events
    }

    public func publish(session: String) async {
        do {
            try await client.query("SELECT pg_notify(\(Self.channel), \(session))", logger: logger)
        } catch {
            // The views reload at their next release or by hand; the answer itself is stored.
            logger.error("NOTIFY failed: \(String(reflecting: error))")
        }
    }

    public func subscribe(session: String) async -> AsyncStream<Void> {
        await local.subscribe(session: session)
    }

    /// Stops listening for good (the store closes).
    func stop() async {
        listener?.cancel()
        try? await connection?.close()
        await listener?.value
        listener = nil
    }

    private func listen(_ configuration: PostgresConnection.Configuration, attempted: AsyncStream<Void>.Continuation) {
        let logger = logger
        listener = Task {
            while !Task.isCancelled {
                do {
                    let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
                    await self.connected(connection)
                    do {
                        try await connection.listen(on: Self.channel) { notifications in
                            await self.listening()
                            attempted.yield()
                            for try await notification in notifications {
                                await self.local.publish(session: notification.payload)
                            }
                        }
                    } catch {
                        // Closing the connection is how `stop` ends the listening: nothing to report.
                        if !Task.isCancelled { logger.error("LISTEN ended: \(String(reflecting: error))") }
                    }
                    try? await connection.close()
                } catch {
                    if !Task.isCancelled { logger.error("LISTEN connection failed: \(String(reflecting: error))") }
                }
                attempted.yield()
                try? await Task.sleep(for: .seconds(1))
            }
            attempted.finish()
        }
    }

    private func connected(_ connection: PostgresConnection) async {
        self.connection = connection
        if Task.isCancelled { try? await connection.close() }
    }

    private func listening() async {
        connections += 1
        if connections > 1 { await local.publishAll() }
    }
}
