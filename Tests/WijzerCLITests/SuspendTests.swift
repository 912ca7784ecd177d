import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Ctrl-Z then `fg`: the runner really stops, gives the terminal back as it was, and after
/// `fg` draws its prompt again with what was typed so far. A job-control shell (`sh -c 'set -m;
/// …; fg'`) plays the teacher's shell: when the runner stops, the shell's next command is `fg`.
@Suite("suspend and resume")
struct SuspendTests {
    @Test func ctrlZThenFgRedrawsThePrompt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = "set -m; '\(WijzerProcess.binary)' start lesgeven --data-dir data; echo gestopt-met-$?; fg; echo klaar-met-$?"
        let term = try PseudoTerminal(["-c", script], executable: "/bin/sh", directory: folder.path)
        try term.skipIntroduction()
        try term.waitFor("Lesgeven · vraag 1 van")
        try term.waitFor("Antwoord")
        term.type("1")
        try term.waitFor("extra vraag, na 1 van")
        try term.waitFor("Antwoord")
        term.send("Ne")
        try term.waitFor("Ne")
        term.send("\u{1A}")  // Ctrl-Z
        try term.waitFor("gestopt-met-")  // the shell got control back: the runner is stopped
        try term.waitFor("Antwoord")  // after fg: the prompt again
        try term.waitFor("Ne")  // with what was typed
        term.type("e")
        try term.waitFor("vraag 2 van")
        try term.waitFor("Antwoord")
        term.type(":stop")
        try term.waitFor("klaar-met-0")
        let answers = try ResultFile.read(folder.path + "/data/session-beter-behouden.json")[theme: "lesgeven"].answers
        #expect(answers.map(\.answer) == [.option("a"), .option("nee")])
    }
}
