import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Output that cannot be written whole is an error (exit 4) and leaves no partial file: a plan
/// is its Markdown and its HTML, or nothing. The full disk is a real file-size limit
/// (`ulimit -f`, SIGXFSZ ignored), so the kernel refuses the write as it would on a full disk.
@Suite("whole output")
struct WholeOutputTests {
    /// Runs `wijzer arguments` under a file-size limit of `blocks` × 512 bytes.
    static func limited(_ blocks: Int, _ arguments: [String], stdin: String = "", directory: String) throws -> WijzerProcess.Outcome {
        try ShellRun.wijzer(arguments, setup: "trap '' XFSZ; ulimit -f \(blocks)",
                            redirections: stdin.isEmpty ? "</dev/null" : "<<'EOF'\n\(stdin)EOF\n", directory: directory)
    }

    static func files(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    static func size(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test func aPlanThatDoesNotFitLeavesNoHalfPlan() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json"
        let whole = try WijzerProcess.run(["plan", result, "--out", "whole"], directory: folder.path)
        #expect(whole.status == 0, "\(whole.stderr)")
        let names = Self.files(folder.path + "/whole")
        try #require(names.count == 2)
        let sizes = try names.map { try Self.size(folder.path + "/whole/" + $0) }
        // Room for the smaller file, not for the larger.
        let blocks = (sizes.min()! + 511) / 512
        try #require(blocks * 512 < sizes.max()!)

        let full = try Self.limited(blocks, ["plan", result, "--out", "plan"], directory: folder.path)
        #expect(full.status == 4, "\(full.stderr)")
        #expect(full.stderr.contains("het bestand is te groot"), "\(full.stderr)")
        #expect(Self.files(folder.path + "/plan") == [], "no plan file, no temporary file")
    }

    @Test func aRunnerWhosePlanDoesNotFitSaysSoAndExitsFour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let whole = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "d1", "--out", "p1"], stdin: RunnerPipeTests.ones,
                                          directory: folder.path)
        #expect(whole.status == 0, "\(whole.stderr)")
        let plan = try Self.files(folder.path + "/p1").map { try Self.size(folder.path + "/p1/" + $0) }
        let session = try Self.size(folder.path + "/d1/session-beter-behouden.json")
        let blocks = (max(plan.min()!, session) + 1024 + 511) / 512
        try #require(blocks * 512 < plan.max()!, "the larger plan file must not fit: \(plan), session \(session)")

        let full = try Self.limited(blocks, ["start", "lesgeven", "--data-dir", "d2", "--out", "p2"], stdin: RunnerPipeTests.ones,
                                    directory: folder.path)
        #expect(full.status == 4, "\(full.stderr)")
        #expect(full.stderr.contains("Je actieplan kon niet worden geschreven"), "\(full.stderr)")
        #expect(full.stderr.contains("Maak het later opnieuw met: wijzer plan d2/results/beter-behouden-"), "\(full.stderr)")
        #expect(Self.files(folder.path + "/p2") == [])
        #expect(try ResultFile.read(folder.path + "/d2/session-beter-behouden.json")[theme: "lesgeven"].completed != nil)
        #expect(Self.files(folder.path + "/d2/results").count == 1)
    }
}
