import Foundation
import HummingbirdTesting
import Testing
import WijzerServer
import WijzerTestSupport

/// The team view's event stream on the real `wijzer serve`: it ends when the server stops, so
/// an open projector never keeps a server from stopping.
@Suite struct TeamLiveServeTests {
    @Test func anOpenEventStreamEndsWhenTheServerStops() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let theme = Bundled.questionnaire.themes[0].id.name
        let port = server.port
        let link = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            let browser = LiveBrowser(client)
            _ = try await browser.get("/teamsessie")
            let created = try await browser.post("/teamsessie", [("thema", theme), ("k", "5")])
            return String(try #require(created.location).dropFirst("/teamsessie/".count).prefix(32))
        }
        // Terminate only once the stream has started: a stream that never began proves nothing,
        // and on a busy machine one second was not always enough for it to begin.
        let stream = try RawStream(port: port, path: "/teamsessie/\(link)/events")
        #expect(try await stream.wait(for: "retry: 5000\n\n", seconds: 30), "\(stream.received)")
        #expect(stream.received.hasPrefix("HTTP/1.1 200"), "\(stream.received)")
        server.process.terminate()
        #expect(try await stream.waitForEnd(seconds: 10), "the event stream is still open 10 s after SIGTERM")
        #expect(stream.received.hasSuffix("0\r\n\r\n"), "the stream ended without its last chunk: \(stream.received)")
        var stopped = false
        for _ in 0 ..< 100 where !stopped {
            try await Task.sleep(for: .milliseconds(100))
            stopped = !server.process.isRunning
        }
        #expect(stopped, "the server still runs 10 s after SIGTERM with an event stream open")
        if !stopped { server.kill9() }
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
    }
}
