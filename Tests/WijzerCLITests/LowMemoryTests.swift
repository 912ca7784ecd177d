import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// With little memory (`ulimit -v 150000`), a result or session file too large to decode is
/// refused by its size before it is read, with a Dutch message instead of an abort.
@Suite("low memory")
struct LowMemoryTests {
    /// A valid result file of about 15 MB: one answer repeated.
    static func largeResult(_ path: String) throws {
        let example = try String(contentsOfFile: WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json", encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any])
        var themes = try #require(object["themes"] as? [[String: Any]])
        let answer = try #require((themes[0]["answers"] as? [Any])?.first)
        themes[0]["answers"] = Array(repeating: answer, count: 120_000)
        var large = object
        large["themes"] = themes
        try JSONSerialization.data(withJSONObject: large).write(to: URL(fileURLWithPath: path))
    }

    static func limited(_ arguments: [String], stdin: String = "", directory: String) throws -> WijzerProcess.Outcome {
        try ShellRun.wijzer(arguments, setup: "ulimit -v 150000", redirections: "<" + (stdin.isEmpty ? "/dev/null" : stdin),
                            directory: directory)
    }

    @Test func aLargeResultFileIsRefusedByItsSize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.largeResult(folder.path + "/groot.json")
        let run = try Self.limited(["plan", "groot.json", "--out", "plan"], directory: folder.path)
        #expect(run.status == 1, "\(run.stderr.prefix(300))")
        #expect(run.stderr == "wijzer plan: groot.json: bestand is groter dan 4 MB; dat is geen resultaatbestand\n")
    }

    @Test func aLargeSessionIsSetAsideWithoutAnAbort() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/data", withIntermediateDirectories: false)
        try Self.largeResult(folder.path + "/data/session-beter-behouden.json")
        _ = try folder.write("in.txt", "1\n")
        let run = try Self.limited(["start", "lesgeven", "--data-dir", "data"], stdin: "in.txt", directory: folder.path)
        #expect(run.status == 3, "\(run.stderr.prefix(300))")
        #expect(run.stdout.contains("bestand is groter dan 4 MB; dat is geen resultaatbestand). Het bestand staat nu als data/session-beter-behouden.onleesbaar-"),
                "\(run.stdout.prefix(600))")
        #expect(try ResultFile.read(folder.path + "/data/session-beter-behouden.json")[theme: "lesgeven"].answers.count == 1)
    }
}
