import Hummingbird
// Comes with Hummingbird (its ServiceGroup runs the server).
import ServiceLifecycle

/// The body of a team view's event stream (server-sent events): `release` when the view should
/// reload, a comment every 15 s so proxies keep the connection and a closed one is noticed.
enum TeamEventStream {
    static let release = "event: release\ndata: nieuw\n\n"
    static let ping = ": ping\n\n"
    /// The header that asks a reverse proxy (nginx) to pass the stream on as it comes.
    static let noBuffering = HTTPFields.Element.Name("X-Accel-Buffering")!

    static func write(_ releases: AsyncStream<Void>, to writer: inout any ResponseBodyWriter) async throws {
        let (merged, continuation) = AsyncStream<Bool>.makeStream()
        let forward = Task {
            for await _ in releases { continuation.yield(true) }
            continuation.finish()
        }
        let beat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(false)
            }
        }
        defer {
            forward.cancel()
            beat.cancel()
        }
        try await writer.write(ByteBuffer(string: "retry: 5000\n\n"))
        // A server that stops waits for open responses: end this one then (the browser's
        // EventSource reconnects to the next server by itself).
        try await withGracefulShutdownHandler {
            for await isRelease in merged {
                try await writer.write(ByteBuffer(string: isRelease ? release : ping))
            }
        } onGracefulShutdown: {
            continuation.finish()
        }
        try await writer.finish(nil)
    }
}
