import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// Pasting several answers at once on a terminal works as typing them does. The test plays the
/// terminal emulator: it wraps the paste in bracketed-paste markers exactly when the program
/// asked for them (ESC [ ? 2004 h), as a real terminal does.
@Suite("terminal paste")
struct TerminalPasteTests {
    @Test func pastingSeveralLinesAnswersSeveralQuestions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let term = try PseudoTerminal(["start", "lesgeven", "--data-dir", data], directory: folder.path)
        try term.skipIntroduction()
        try term.waitFor("Lesgeven · vraag 1 van")
        try term.waitFor("Antwoord")
        let pasted = "1\r2\r1,3\r"
        let bracketed = term.raw.contains("\u{1B}[?2004h")
        term.send(bracketed ? "\u{1B}[200~" + pasted + "\u{1B}[201~" : pasted)
        if bracketed { term.send(PseudoTerminal.Key.enter) }  // a bracketed paste waits for Enter
        try term.waitFor("vraag 3 van")  // the second answer was to an extra question
        try term.waitFor("Antwoord")
        term.type(":stop")
        #expect(term.waitExit(timeout: 20) == 0, "\(term.screen)")
        #expect(!term.screen.contains("stuurteken"))
        let answers = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"].answers
        #expect(answers.map(\.answer) == [.option("a"), .option("nee"), .options(["a", "c"])])
    }
}
