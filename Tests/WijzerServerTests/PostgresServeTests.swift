import Foundation
import HummingbirdTesting
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The real binary on PostgreSQL: `wijzer serve --database postgres://...` keeps answers
/// across kill -9, two instances share one database, and an unreachable server is reported in
/// Dutch without the password.
@Suite(.serialized) struct PostgresServeTests {
    let theme = Bundled.questionnaire.themes[0].id.name
    /// The theme's first questions, shown unconditionally (so question i is at `vraag/i+1`).
    var questions: [ResolvedQuestion] {
        get throws {
            let all = Array(Bundled.questionnaire.questions(inTheme: theme).prefix(3))
            try #require(all.count == 3 && all.allSatisfy { $0.showIf == nil })
            return all
        }
    }

    @Test func answersAcknowledgedBeforeKill9AreThereAfterRestart() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await PostgresTestServer.shared.makeDatabase()
        let server = try LiveServer(folder: folder.path, arguments: ["--database", database])
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let (link, acknowledged) = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).beginAndAnswer(theme: theme, try questions)
        }
        #expect(acknowledged == 3)
        server.kill9()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/data/wijzer.sqlite"))

        let again = try LiveServer(folder: folder.path, arguments: ["--database", database])
        defer { again.stop() }
        #expect(try await again.waitUntilRunning(), "\(again.stderr)")
        let intro = try await TestClient.withClient(host: "127.0.0.1", port: again.port) { client in
            try await LiveBrowser(client).get("/s/\(link)/thema/\(theme)")
        }
        #expect(intro.body.contains("Ga verder (\(acknowledged) van"), "\(intro.body)")
        again.stop()
        let store = try await PostgresAnswerStore.open(try PostgresLocation.parse(database).get())
        let document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
        #expect(document[theme: theme].answers.count == acknowledged)
        try await store.close()
    }

    @Test func twoInstancesOnOneDatabaseSeeEachOthersAnswers() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await PostgresTestServer.shared.makeDatabase()
        for name in ["een", "twee"] { try FileManager.default.createDirectory(atPath: folder.path + "/" + name, withIntermediateDirectories: true) }
        let first = try LiveServer(folder: folder.path + "/een", arguments: ["--database", database])
        defer { first.stop() }
        let second = try LiveServer(folder: folder.path + "/twee", arguments: ["--database", database])
        defer { second.stop() }
        #expect(try await first.waitUntilRunning(), "\(first.stderr)")
        #expect(try await second.waitUntilRunning(), "\(second.stderr)")
        let link = try await TestClient.withClient(host: "127.0.0.1", port: first.port) { client in
            let browser = LiveBrowser(client)
            _ = try await browser.get("/")
            let link = String(try #require(try await browser.post("/begin").location).dropFirst(3).prefix(32))
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(try questions[0])).status == 303)
            return link
        }
        // The second instance sees the first's answer, and its own answer is seen by the first.
        try await TestClient.withClient(host: "127.0.0.1", port: second.port) { client in
            let browser = LiveBrowser(client)
            #expect(try await browser.get("/s/\(link)/thema/\(theme)").body.contains("Ga verder (1 van"))
            _ = try await browser.get("/s/\(link)")
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/vraag/2", validAnswer(try questions[1])).status == 303)
        }
        let intro = try await TestClient.withClient(host: "127.0.0.1", port: first.port) { client in
            try await LiveBrowser(client).get("/s/\(link)/thema/\(theme)")
        }
        #expect(intro.body.contains("Ga verder (2 van"), "\(intro.body)")
    }

    @Test func anUnreachableServerIsReportedInDutchWithoutThePassword() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let port = try LiveServer.freePort()
        let result = try WijzerProcess.run(["serve", "--port", String(try LiveServer.freePort()), "--data-dir", folder.path + "/data",
                                            "--database", "postgres://wijzer:geheim-wachtwoord@127.0.0.1:\(port)/wijzer"])
        #expect(result.status == 4, "\(result.status)")
        #expect(result.stderr.contains("kan de PostgreSQL-server niet bereiken als wijzer@127.0.0.1:\(port)/wijzer"), "\(result.stderr)")
        #expect(!result.stderr.contains("geheim") && !result.stdout.contains("geheim"))
    }

    @Test func aMalformedAddressIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try WijzerProcess.run(["serve", "--data-dir", folder.path + "/data", "--database", "postgres://127.0.0.1/wijzer"])
        #expect(result.status == 2, "\(result.status)")
        #expect(result.stderr.contains("het adres mist de gebruiker"), "\(result.stderr)")
    }
}
