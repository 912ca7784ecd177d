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
        let stream = Task {
            try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                try await LiveBrowser(client).get("/teamsessie/\(link)/events")
            }
        }
        try await Task.sleep(for: .seconds(1))
        server.process.terminate()
        var stopped = false
        for _ in 0 ..< 100 where !stopped {
            try await Task.sleep(for: .milliseconds(100))
            stopped = !server.process.isRunning
        }
        #expect(stopped, "the server still runs 10 s after SIGTERM with an event stream open")
        if !stopped { server.kill9() }
        let events = try await stream.value
        #expect(events.status == 200 && events.body.hasPrefix("retry: 5000\n\n"))
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
    }
}
