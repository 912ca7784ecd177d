import Foundation
import HummingbirdTesting
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The real binary: `wijzer serve` starts, prints its address, serves the start page, logs
/// without secrets, and loses no acknowledged answer to kill -9.
@Suite(.serialized) struct LiveServeTests {
    @Test func serveStartsPrintsItsAddressAndServesTheStartPage() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        #expect(server.stdout.contains("Open http://127.0.0.1:\(server.port) in je browser"))
        let link = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            let browser = LiveBrowser(client)
            let start = try await browser.get("/")
            #expect(start.status == 200 && start.body.contains("Begin je zelfcheck"))
            let begin = try await browser.post("/begin")
            #expect(begin.status == 303)
            let link = String(try #require(begin.location).dropFirst(3).prefix(32))
            #expect(try await browser.get("/s/\(link)").status == 200)
            return link
        }
        let database = folder.path + "/data/wijzer.sqlite"
        let attributes = try FileManager.default.attributesOfItem(atPath: database)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        server.stop()
        // SIGTERM (systemd's stop) shuts down gracefully: the store is closed, the exit is clean.
        #expect(server.process.terminationStatus == 0, "\(server.stderr)")
        // Requests are logged by route, never with the private link.
        #expect(server.stderr.contains("GET /s/{link}") || server.stderr.contains("GET /s/:link"), "\(server.stderr)")
        #expect(!server.stderr.contains(link) && !server.stdout.contains(link))
        // Nor with the client's address (every request here came from 127.0.0.1).
        let requestLines = server.stderr.split(separator: "\n").filter { $0.contains("hb.request.id") }
        #expect(requestLines.count >= 3 && !requestLines.contains { $0.contains("127.0.0.1") }, "\(server.stderr)")
    }

    @Test func aPortInUseIsOneDutchLineAndExit2() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let second = try WijzerProcess.run(["serve", "--port", String(server.port), "--data-dir", folder.path + "/ander"])
        #expect(second.status == 2)
        #expect(second.stderr == "wijzer serve: poort \(server.port) op 127.0.0.1 is al in gebruik; kies een andere met --port\n")
    }

    @Test func answersAcknowledgedBeforeKill9AreThereAfterRestart() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let theme = Bundled.questionnaire.themes[0].id.name
        let questions = Bundled.questionnaire.questions(inTheme: theme)
        let server = try LiveServer(folder: folder.path)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let (link, acknowledged) = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).beginAndAnswer(theme: theme, Array(questions.prefix(3)))
        }
        #expect(acknowledged > 0)
        server.kill9()

        let again = try LiveServer(folder: folder.path)
        defer { again.stop() }
        #expect(try await again.waitUntilRunning(), "\(again.stderr)")
        let intro = try await TestClient.withClient(host: "127.0.0.1", port: again.port) { client in
            try await LiveBrowser(client).get("/s/\(link)/thema/\(theme)")
        }
        #expect(intro.body.contains("Ga verder (\(acknowledged) van"))
        again.stop()
        let store = try await SQLiteAnswerStore.open(path: folder.path + "/data/wijzer.sqlite")
        let document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
        #expect(document[theme: theme].answers.count == acknowledged)
        try await store.close()
    }
}
