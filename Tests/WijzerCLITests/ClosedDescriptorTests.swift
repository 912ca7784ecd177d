import Foundation
import Testing
import WijzerTestSupport

/// Started with standard input, output or error closed, `wijzer` never lets its own pipes and
/// files take descriptors 0, 1 or 2: it ends as with empty input instead of waiting on itself.
@Suite("closed descriptors")
struct ClosedDescriptorTests {
    /// Runs `wijzer arguments` from `sh` with `redirections` (e.g. `<&-`), stopped after 20 s.
    static func run(_ arguments: [String], _ redirections: String, directory: String) throws -> WijzerProcess.Outcome {
        try ShellRun.wijzer(arguments, redirections: redirections, directory: directory)
    }

    @Test func closedInputEndsLikeEmptyInput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try Self.run(["start", "lesgeven", "--data-dir", "data"], "<&-", directory: folder.path)
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("de invoer hield op"))
    }

    @Test func everythingClosedStillEndsWithTheInputStatus() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try Self.run(["start", "lesgeven", "--data-dir", "data"], "<&- >&- 2>&-", directory: folder.path)
        #expect(run.status == 3)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/data/session-beter-behouden.json"),
                "no answers, so nothing saved, and no notice written into a file")
    }

    @Test func closedOutputStillSavesAnswers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("in.txt", "1\n2\n")
        let run = try Self.run(["start", "lesgeven", "--data-dir", "data"], "<in.txt >&- 2>&-", directory: folder.path)
        #expect(run.status == 3)
        let session = try String(contentsOfFile: folder.path + "/data/session-beter-behouden.json", encoding: .utf8)
        #expect(session.hasPrefix("{"))
    }
}
