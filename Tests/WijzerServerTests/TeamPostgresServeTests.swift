import Foundation
import Hummingbird
@testable import HummingbirdTesting
import NIOCore
import Testing
import WijzerServer
import WijzerTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two real `wijzer serve` instances on one PostgreSQL database, as behind a load balancer: the
/// facilitator's team view on one hears the releases of participants who finish on the other.
@Suite(.serialized) struct TeamPostgresServeTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func aTeamViewOnOneInstanceHearsParticipantsFinishingOnTheOther() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await PostgresTestServer.shared.makeDatabase()
        for name in ["a", "b"] { try FileManager.default.createDirectory(atPath: folder.path + "/" + name, withIntermediateDirectories: true) }
        let a = try LiveServer(folder: folder.path + "/a", arguments: ["--database", database])
        defer { a.stop() }
        let b = try LiveServer(folder: folder.path + "/b", arguments: ["--database", database])
        defer { b.stop() }
        #expect(try await a.waitUntilRunning(), "\(a.stderr)")
        #expect(try await b.waitUntilRunning(), "\(b.stderr)")
        let theme = self.theme

        let (link, code) = try await Self.browse(b) { try await $0.startTeamSession(themes: [theme], k: 3) }
        // The projector's event stream (its read-only link), held open on instance B.
        let projector = ProjectorLink.of(facilitator: link)
        let events = try EventStreamReader(url: "http://127.0.0.1:\(b.port)/beamer/\(projector)/events", folder: folder.path)
        defer { events.stop() }
        #expect(await events.waitFor("retry: 5000"), "the stream did not open: \(events.text)")

        for i in 0 ..< 3 {
            try await Self.browse(a) { browser in
                let member = try await browser.join(code)
                try await browser.finishTheme(theme, link: member, variant: i)
            }
            if i < 2 { #expect(!events.text.contains("event: release"), "released before k finished") }
        }
        #expect(await events.waitFor("event: release"), "B's stream did not deliver A's release: \(events.text)")
        let view = try await Self.browse(b) { try await $0.get("/teamsessie/\(link)/overzicht") }
        #expect(view.status == .ok && view.body.contains("Dit overzicht telt 3 deelnemers"), "\(view.body.prefix(2000))")
    }

    /// Runs `body` with a fresh browser on `server`.
    private static func browse<T: Sendable>(_ server: LiveServer, _ body: @escaping @Sendable (Browser) async throws -> T) async throws -> T {
        try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await body(Browser(LiveClient(client: client)))
        }
    }
}

/// The live HTTP client behind the `Browser` of the in-process tests, so the same team session
/// driver runs against the real binary.
private struct LiveClient: TestClientProtocol {
    let client: TestClient

    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        let response = try await client.execute(TestClient.Request(uri, method: method, authority: "localhost", headers: headers, body: body))
        return TestResponse(head: response.head, body: response.body ?? ByteBuffer(), trailerHeaders: response.trailerHeaders)
    }

    var port: Int? { client.port }
}

/// A server-sent event stream read as a browser's EventSource does, by `curl --no-buffer` into a file.
private final class EventStreamReader: Sendable {
    let process = Process()
    let path: String

    init(url: String, folder: String) throws {
        path = folder + "/events.txt"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--silent", "--no-buffer", "--max-time", "60", "--output", path, url]
        try process.run()
    }

    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Whether `marker` arrives within 10 s.
    func waitFor(_ marker: String) async -> Bool {
        for _ in 0 ..< 100 {
            if text.contains(marker) { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return text.contains(marker)
    }

    /// SIGKILL: curl started from the test process ignores SIGTERM.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
