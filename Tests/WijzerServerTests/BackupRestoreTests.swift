import Foundation
import HummingbirdTesting
import Testing
import WijzerLanguage
import WijzerTestSupport

/// docs/SERVER.md's back-up and restore of the SQLite database, run as written there (its two
/// `sh` blocks under "Back-ups"), with a test folder for `/var/lib/wijzer` and `/var/backups`
/// and the real `wijzer serve` for `systemctl`: a back-up taken while teachers answer, then
/// restored after a crash that left a write-ahead log behind, gives back exactly the answers
/// of the back-up. `make test` installs `sqlite3`.
@Suite struct BackupRestoreTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func theDocumentedBackupAndRestoreGiveBackTheAnswersOfTheBackup() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (backup, restore) = try Self.documentedBlocks()
        let data = folder.path + "/lib", backups = folder.path + "/backups"
        for path in [data, backups] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        let arguments = ["--database", "sqlite:\(data)/wijzer.sqlite"]
        let questions = Array(Bundled.questionnaire.questions(inTheme: theme).prefix(3))
        try #require(questions.count == 3 && questions.allSatisfy { $0.showIf == nil })

        var server = try LiveServer(folder: folder.path, arguments: arguments)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let (link, before) = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).beginAndAnswer(theme: theme, Array(questions.prefix(2)))
        }
        #expect(before == 2)

        // The back-up, while the server runs.
        let made = try Self.shell(backup.map { try self.local($0, data: data, backups: backups) }.joined(separator: "\n"))
        #expect(made.status == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: backups)
        try #require(files.count == 1, "the back-up made \(files)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: backups + "/" + files[0])[.posixPermissions] as? Int)
        #expect(mode == 0o600, "the back-up is \(String(mode, radix: 8)), not 600")

        // An answer after the back-up; then the server crashes and leaves its write-ahead log.
        let after = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            let browser = LiveBrowser(client)
            _ = try await browser.get("/s/\(link)")
            return try await browser.post("/s/\(link)/thema/\(theme)/vraag/3", validAnswer(questions[2])).status
        }
        #expect(after == 303)
        server.kill9()
        #expect(FileManager.default.fileExists(atPath: data + "/wijzer.sqlite-wal"), "no write-ahead log left: the restore would prove nothing")

        // The restore, line by line: `systemctl` is this test's server.
        for line in restore {
            if line.contains("systemctl stop") {
                server.stop()
            } else if line.contains("systemctl start") {
                server = try LiveServer(folder: folder.path, arguments: arguments)
                #expect(try await server.waitUntilRunning(), "\(server.stderr)")
            } else {
                let command = try local(line, data: data, backups: backups).replacingOccurrences(of: "2026-12-01", with: Self.dated(files[0]))
                let run = try Self.shell(command)
                #expect(run.status == 0, "\(command): \(run.stderr)")
            }
        }
        let intro = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).get("/s/\(link)/thema/\(theme)")
        }
        #expect(intro.body.contains("Ga verder (2 van"), "not the back-up's two answers after the restore:\n\(intro.body)")
        let restored = try #require(try FileManager.default.attributesOfItem(atPath: data + "/wijzer.sqlite")[.posixPermissions] as? Int)
        #expect(restored == 0o600)
    }

    /// The two `sh` blocks of the section "Back-ups" in docs/SERVER.md, one command per line.
    static func documentedBlocks() throws -> (backup: [String], restore: [String]) {
        let text = try String(contentsOfFile: WijzerProcess.repositoryRoot + "/docs/SERVER.md", encoding: .utf8)
        let start = try #require(text.range(of: "## Back-ups"))
        let section = text[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        let blocks = section[..<end].components(separatedBy: "```sh\n").dropFirst().map {
            $0.components(separatedBy: "```")[0].split(separator: "\n").map(String.init)
        }
        try #require(blocks.count == 2, "docs/SERVER.md: expected a back-up and a restore block under Back-ups")
        return (blocks[0], blocks[1])
    }

    /// A documented command with this test's folders and user: the one place the test departs
    /// from the text, so each replacement must find what it replaces.
    func local(_ line: String, data: String, backups: String) throws -> String {
        var command = line
        if command.hasPrefix("sudo ") { command.removeFirst(5) }
        command = command.replacingOccurrences(of: "/var/lib/wijzer", with: data).replacingOccurrences(of: "/var/backups", with: backups)
        if command.contains("-o wijzer -g wijzer") {
            let me = try Self.shell("echo \"-o $(id -un) -g $(id -gn)\"").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            command = command.replacingOccurrences(of: "-o wijzer -g wijzer", with: me)
        }
        #expect(!command.contains("/var/"), "a path the test does not map: \(line)")
        return command
    }

    /// The date in a back-up's name (`wijzer-2026-12-03.sqlite`).
    static func dated(_ name: String) -> String {
        String(name.dropFirst("wijzer-".count).prefix(10))
    }

    static func shell(_ script: String) throws -> WijzerProcess.Outcome {
        try WijzerProcess.runExecutableForTests("/bin/bash", ["-c", script])
    }
}
