#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerScoring
import WijzerTestSupport

/// Issue 12, points 7 and 8 for `wijzer team`: a link loop in a team folder is walked once and
/// named once; a FIFO named like a result file is reported, not read.
@Suite("wijzer team on hostile folders")
struct TeamFolderTests {
    /// A team folder `resultaten` with six results, inside `folder`.
    func team(in folder: TemporaryFolder) throws {
        let (questionnaire, stamp) = TeamCommandTests.questionnaire
        var g = ResultGenerator(questionnaire: questionnaire, stamp: stamp, seed: 7)
        for i in 0 ..< 6 {
            _ = try folder.write("resultaten/lid-\(i).json", String(decoding: ResultCodec.encode(g.document(name: nil)), as: UTF8.self))
        }
    }

    @Test func aLinkLoopIsWalkedOnceAndNamedOnce() throws {
        let folder = try TemporaryFolder(), out = try TemporaryFolder()
        defer { folder.remove(); out.remove() }
        try team(in: folder)
        for (name, target) in [("lus1", "."), ("lus2", "."), ("omhoog", "..")] {
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/resultaten/" + name, withDestinationPath: target)
        }
        let start = Date()
        let run = try ShellRun.wijzer(["team", "resultaten", "--out", out.path + "/uit"], directory: folder.path)
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("6 teamleden meegeteld (uit 6 bestanden)."), "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "lus van gekoppelde mappen").count == 2, "\(run.stderr)")
        #expect(run.stderr.contains("waarschuwing: resultaten/lus1 en 2 andere koppelingen leiden naar een map die al gelezen is"))
        #expect(FileManager.default.fileExists(atPath: out.path + "/uit/team-rapport.md"))
    }

    @Test func aFIFONamedLikeAResultIsReportedNotRead() throws {
        let folder = try TemporaryFolder(), out = try TemporaryFolder()
        defer { folder.remove(); out.remove() }
        try team(in: folder)
        #expect(mkfifo(folder.path + "/resultaten/x.json", 0o600) == 0)
        // ShellRun kills wijzer after 20 s, so a hang fails instead of blocking the suite.
        let run = try ShellRun.wijzer(["team", "resultaten", "--out", out.path + "/uit"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("waarschuwing: resultaten/x.json: is geen gewoon bestand maar een named pipe (FIFO)"), "\(run.stderr)")
        #expect(run.stderr.contains("6 teamleden meegeteld (uit 6 bestanden), 1 bestand overgeslagen"))
        #expect(!run.stderr.contains("lus van gekoppelde mappen"))
    }
}
