#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerTestSupport

/// A FIFO or device named like a questionnaire or result file is reported as such, at once,
/// instead of blocking for ever.
@Suite("special files")
struct SpecialFileTests {
    static let valid = "theme t \"T\"\n  order 1\n"

    /// Runs `wijzer arguments` in a folder with a FIFO `set/a.wijzer`, a FIFO `r.json` and a
    /// valid `set/b.wijzer`; killed after 20 s so a hang fails instead of blocking the suite.
    static func run(_ arguments: [String]) throws -> (WijzerProcess.Outcome, String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("set/b.wijzer", valid)
        #expect(mkfifo(folder.path + "/set/a.wijzer", 0o600) == 0)
        #expect(mkfifo(folder.path + "/r.json", 0o600) == 0)
        let run = try ShellRun.wijzer(arguments, directory: folder.path)
        return (run, folder.path)
    }

    @Test(arguments: [["check", "set"], ["test", "set"], ["fmt", "set"], ["fmt", "--check", "set"],
                      ["start", "--questionnaires", "set", "t", "--data-dir", "data"]])
    func aFIFOAmongQuestionnairesIsNamed(_ arguments: [String]) throws {
        let (run, _) = try Self.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(": set/a.wijzer: is geen gewoon bestand maar een named pipe (FIFO); Wijzer leest alleen gewone bestanden\n"),
                "\(run.stderr)")
    }

    @Test(arguments: [["plan", "r.json"], ["compare", "r.json", "r.json"]])
    func aFIFOAsResultFileIsNamed(_ arguments: [String]) throws {
        let (run, _) = try Self.run(arguments)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(": r.json: is geen gewoon bestand maar een named pipe (FIFO)"), "\(run.stderr)")
    }

    @Test func aDeviceIsNamed() throws {
        let (run, _) = try Self.run(["check", "/dev/null"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("wijzer check: /dev/null: is geen gewoon bestand maar een apparaat"), "\(run.stderr)")
    }
}
