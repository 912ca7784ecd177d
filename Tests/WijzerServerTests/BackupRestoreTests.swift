import Foundation
import HummingbirdTesting
import Testing
import WijzerLanguage
import WijzerTestSupport

/// docs/SERVER.md's back-ups, run as written there: for SQLite the two `sh` blocks under
/// "Back-ups", for PostgreSQL those under "Back-up en terugzetten met PostgreSQL". A test folder
/// stands for `/var/lib/wijzer` and `/var/backups`, the test's database for `wijzer`, and the
/// real `wijzer serve` for `systemctl`. A back-up taken while a teacher answers, restored after
/// a crash, gives back exactly the answers of the back-up. `make test` installs `sqlite3`;
/// `pg_dump` and `pg_restore` come with `postgresql`.
@Suite struct BackupRestoreTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func theDocumentedSQLiteBackupAndRestoreGiveBackTheAnswersOfTheBackup() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/lib"
        try await scenario(folder: folder, heading: "## Back-ups", arguments: ["--database", "sqlite:\(data)/wijzer.sqlite"],
                           commands: { try self.local($0, data: data, folder: folder.path) },
                           afterCrash: {
                               // A crash leaves the write-ahead log: the restore must not replay it.
                               #expect(FileManager.default.fileExists(atPath: data + "/wijzer.sqlite-wal"),
                                       "no write-ahead log left: the restore would prove nothing")
                           })
        let restored = try #require(try FileManager.default.attributesOfItem(atPath: data + "/wijzer.sqlite")[.posixPermissions] as? Int)
        #expect(restored == 0o600)
    }

    @Test func theDocumentedPostgreSQLBackupAndRestoreGiveBackTheAnswersOfTheBackup() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try await PostgresTestServer.shared.makeDatabase()
        let programs = try #require(PostgresTestServer.installedPrograms())
        try await scenario(folder: folder, heading: "### Back-up en terugzetten met PostgreSQL", arguments: ["--database", database],
                           commands: { line in
                               let command = try self.local(line, data: folder.path + "/lib", folder: folder.path)
                               guard command.hasPrefix("sudo -u wijzer ") else { return command }
                               // The test's server takes the test's role over TCP, not `wijzer` over Debian's socket.
                               let own = try Self.replacing("--dbname=wijzer", with: "--dbname=\(database)", in: String(command.dropFirst("sudo -u wijzer ".count)))
                               return "PATH=\(programs):$PATH " + own
                           })
    }

    /// Two answers, the documented back-up, a third answer, a crash (kill -9), the documented
    /// restore: the self-check has the two answers of the back-up again.
    func scenario(folder: TemporaryFolder, heading: String, arguments: [String],
                  commands: (String) throws -> String, afterCrash: () -> Void = {}) async throws {
        let (backup, restore) = try Self.documentedBlocks(under: heading)
        let backups = folder.path + "/backups"
        for path in [folder.path + "/lib", backups] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        let questions = Array(Bundled.questionnaire.questions(inTheme: theme).prefix(3))
        try #require(questions.count == 3 && questions.allSatisfy { $0.showIf == nil })

        var server = try LiveServer(folder: folder.path, arguments: arguments)
        defer { server.stop() }
        #expect(try await server.waitUntilRunning(), "\(server.stderr)")
        let (link, before) = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).beginAndAnswer(theme: theme, Array(questions.prefix(2)))
        }
        #expect(before == 2)

        // The back-up, while the server runs; its shell lines as one script (`umask` holds).
        let made = try Self.shell(backup.map(commands).joined(separator: "\n"))
        #expect(made.status == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: backups)
        try #require(files.count == 1, "the back-up made \(files)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: backups + "/" + files[0])[.posixPermissions] as? Int)
        #expect(mode == 0o600, "the back-up is \(String(mode, radix: 8)), not 600")

        let after = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            let browser = LiveBrowser(client)
            _ = try await browser.get("/s/\(link)")
            return try await browser.post("/s/\(link)/thema/\(theme)/vraag/3", validAnswer(questions[2])).status
        }
        #expect(after == 303)
        server.kill9()
        afterCrash()

        // The restore, line by line: `systemctl` is this test's server; the example date is the back-up's.
        let date = String(files[0].dropFirst("wijzer-".count).prefix(10))
        try #require(restore.contains { $0.contains("2026-12-01") }, "the restore names no back-up of the example date")
        for line in restore {
            if line.contains("systemctl stop") {
                server.stop()
            } else if line.contains("systemctl start") {
                server = try LiveServer(folder: folder.path, arguments: arguments)
                #expect(try await server.waitUntilRunning(), "\(server.stderr)")
            } else {
                let command = try commands(line).replacingOccurrences(of: "2026-12-01", with: date)
                let run = try Self.shell(command)
                #expect(run.status == 0, "\(command): \(run.stderr)")
            }
        }
        let intro = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
            try await LiveBrowser(client).get("/s/\(link)/thema/\(theme)")
        }
        #expect(intro.body.contains("Ga verder (2 van"), "not the back-up's two answers after the restore:\n\(intro.body)")
    }

    /// The two `sh` blocks under `heading` in docs/SERVER.md (up to the next heading), one
    /// command per line: the back-up and the restore.
    static func documentedBlocks(under heading: String) throws -> (backup: [String], restore: [String]) {
        let text = try String(contentsOfFile: WijzerProcess.repositoryRoot + "/docs/SERVER.md", encoding: .utf8)
        let start = try #require(text.range(of: "\n" + heading + "\n"), "docs/SERVER.md has no heading \(heading)")
        let section = text[start.upperBound...]
        let end = section.range(of: "\n#")?.lowerBound ?? section.endIndex
        let blocks = section[..<end].components(separatedBy: "```sh\n").dropFirst().map {
            $0.components(separatedBy: "```")[0].split(separator: "\n").map(String.init)
        }
        try #require(blocks.count == 2, "docs/SERVER.md: expected a back-up and a restore block under \(heading)")
        return (blocks[0], blocks[1])
    }

    /// A documented command with this test's folders and user, for `/var/lib/wijzer`,
    /// `/var/backups` and the owner `wijzer`.
    func local(_ line: String, data: String, folder: String) throws -> String {
        var command = line
        if command.hasPrefix("sudo ") && !command.hasPrefix("sudo -u ") { command.removeFirst(5) }
        command = command.replacingOccurrences(of: "/var/lib/wijzer", with: data).replacingOccurrences(of: "/var/backups", with: folder + "/backups")
        if command.contains("-o wijzer -g wijzer") {
            let me = try Self.shell("echo \"-o $(id -un) -g $(id -gn)\"").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            command = command.replacingOccurrences(of: "-o wijzer -g wijzer", with: me)
        }
        #expect(!command.contains("/var/"), "a path the test does not map: \(line)")
        return command
    }

    /// `text` with `old` replaced; fails when `old` is not there, so the documentation cannot
    /// drift from what the test runs.
    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        try #require(text.contains(old), "expected \(old) in: \(text)")
        return text.replacingOccurrences(of: old, with: new)
    }

    static func shell(_ script: String) throws -> WijzerProcess.Outcome {
        try WijzerProcess.runExecutableForTests("/bin/bash", ["-c", script])
    }
}
