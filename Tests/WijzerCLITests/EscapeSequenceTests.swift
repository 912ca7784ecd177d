import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Control characters from files (ids, keys, file names) never reach the terminal raw: a
/// crafted file cannot set the title, clear the screen or write the clipboard (OSC 52).
@Suite("escape sequences from files")
struct EscapeSequenceTests {
    static let clipboard = "\u{1B}]52;c;aGk=\u{07}"

    @Test func aResultFileCannotWriteToTheTerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let example = try String(contentsOfFile: WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json", encoding: .utf8)
        let crafted = example.replacingOccurrences(of: "\"id\" : \"beter-behouden\"", with: "\"id\" : \"evil\\u001b]52;c;aGk=\\u0007\"")
        #expect(crafted != example)
        _ = try folder.write("r.json", crafted)
        let run = try WijzerProcess.run(["plan", "r.json"], directory: folder.path)
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}"), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("`evil^[]52;c;aGk=^G`"), "\(run.stderr)")
    }

    @Test func aFileNameCannotWriteToTheTerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("set/a\u{1B}[2J.wijzer", "theme t  \"T\"\n  order 1\n")
        let run = try WijzerProcess.run(["fmt", "--check", "set"], directory: folder.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("set/a^[[2J.wijzer: staat niet in de vaste opmaak"), "\(run.stderr)")
    }

    @Test func aSessionCannotWriteToTheTerminalThroughItsNotes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n", directory: folder.path)
        #expect(first.status == 3)
        let session = data + "/session-beter-behouden.json"
        let text = try String(contentsOfFile: session, encoding: .utf8)
        // An answer to a question that no longer exists, from a questionnaire that has changed.
        let hash = try #require(text.range(of: #""contentHash" : "[0-9a-f]+""#, options: .regularExpression))
        try text.replacingCharacters(in: hash, with: #""contentHash" : "0000000000000000""#)
            .replacingOccurrences(of: "\"toets-nabespreking.fatima\"", with: "\"weg\\u001b]0;titel\\u0007\"")
            .write(toFile: session, atomically: false, encoding: .utf8)
        let dropped = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: ":stop\n", directory: folder.path)
        #expect(!dropped.stdout.contains("\u{1B}") && !dropped.stdout.contains("\u{07}"), "\(dropped.stdout.debugDescription)")
        #expect(dropped.stdout.contains("weg^[]0;titel^G"), "\(dropped.stdout)")
    }
}
