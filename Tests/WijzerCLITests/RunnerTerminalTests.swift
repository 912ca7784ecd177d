#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// End-to-end: the real binary on a pseudo-terminal, typed at key by key.
@Suite("runner on a terminal", .serialized)
struct RunnerTerminalTests {
    typealias Key = PseudoTerminal.Key

    static func session(_ data: String) throws -> ResultDocument {
        try ResultFile.read(data + "/session-beter-behouden.json")
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func tabHistoryBackAndCtrlCSaveAndExit130() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let term = try PseudoTerminal(["start", "lesgeven", "--data-dir", data], directory: folder.path)
        try term.skipIntroduction()
        try term.waitFor("Lesgeven · vraag 1 van")
        try term.waitFor("Antwoord")
        term.type("1")
        try term.waitFor("Lesgeven · extra vraag, na 1 van")
        try term.waitFor("Zou je tegen Mohammed")
        try term.waitFor("Antwoord")
        term.send("Nee, h" + Key.tab)
        try term.waitFor("aanspreken")
        term.send(Key.enter)
        try term.waitFor("Hoe bespreek je een toets")
        try term.waitFor("Antwoord")
        term.send(":ter" + Key.tab)
        try term.waitFor(":terug")
        term.send(Key.enter)
        try term.waitFor("Antwoord [nee]:")
        term.send(Key.enter)
        try term.waitFor("Hoe bespreek je een toets")
        try term.waitFor("Antwoord")
        term.type("1,3")
        try term.waitFor("vraag 3 van")
        try term.waitFor("Antwoord")
        term.type("4")
        try term.waitFor("vraag 4 van")
        try term.waitFor("Antwoord")
        term.send(Key.up)  // history: the "4" typed just before
        term.send(Key.enter)
        try term.waitFor("vraag 5 van")
        try term.waitFor("Antwoord")
        let started = Date()
        term.send(Key.ctrlC)
        let status = term.waitExit(timeout: 20)
        #expect(status == 130, "\(term.screen)")
        #expect(Date().timeIntervalSince(started) < 1.0)
        #expect(term.screen.contains("Verder gaan: wijzer start lesgeven --data-dir \(data)"))
        let attributes = term.terminalAttributes
        #expect(attributes.c_lflag & tcflag_t(ICANON) != 0, "terminal back in line mode")
        #expect(attributes.c_lflag & tcflag_t(ECHO) != 0, "echo restored")

        let lesgeven = try Self.session(data)[theme: "lesgeven"]
        let answers = Dictionary(uniqueKeysWithValues: lesgeven.answers.map { ($0.question, $0.answer) })
        #expect(answers["toets-nabespreking.fatima"] == .option("a"))
        #expect(answers["toets-nabespreking.mohammed"] == .option("nee"))
        #expect(answers["toets-nabespreking.klassikaal"] == .options(["a", "c"]))
        #expect(lesgeven.answers.count == 5)
        #expect(answers["werkplaats-instructie.beurten"] == .number(4))
        #expect(answers["werkplaats-instructie.doorvragen"] == .option("d"), "up arrow recalled the 4 typed before")
        #expect(Self.mode(data + "/session-beter-behouden.json") == 0o600)
        #expect(Self.mode(data) == 0o700)
    }

    @Test func ctrlDOnEmptyPromptSavesAndExitsZero() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let term = try PseudoTerminal(["start", "voorbereiding", "--data-dir", data], directory: folder.path)
        try term.skipIntroduction()
        try term.waitFor("vraag 1 van")
        try term.waitFor("Antwoord")
        term.type("1")
        try term.waitFor("vraag 2 van")
        try term.waitFor("Antwoord")
        term.send("2")  // not empty: Ctrl-D would delete, so clear first
        term.send(Key.backspace)
        term.send(Key.ctrlD)
        #expect(term.waitExit() == 0, "\(term.screen)")
        #expect(term.screen.contains("Je antwoorden zijn bewaard (1 antwoord)"))
        #expect(try Self.session(data)[theme: "voorbereiding"].answers.count == 1)
    }

    @Test func sigkillMidThemeThenResumeAtNextQuestion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let first = try PseudoTerminal(["start", "stagebegeleiding", "--data-dir", data], directory: folder.path)
        try first.skipIntroduction()
        try first.waitFor("vraag 1 van")
        try first.waitFor("Antwoord")
        first.type("1")
        try first.waitFor("vraag 2 van")
        try first.waitFor("Antwoord")
        first.type("1")
        // Whether she knows how many women work there is asked because of the answer before:
        // an extra question, and so is the number itself.
        try first.waitFor("Stagebegeleiding · extra vraag, na 2 van")
        try first.waitFor("Antwoord")
        first.type("1")
        try first.waitFor("Stagebegeleiding · extra vraag, na 2 van")
        try first.waitFor("Antwoord")
        first.signal(SIGKILL)
        #expect(first.waitExit() == 128 + SIGKILL)
        #expect(try Self.session(data)[theme: "stagebegeleiding"].answers.count == 3)

        let second = try PseudoTerminal(["start", "stagebegeleiding", "--data-dir", data], directory: folder.path)
        try second.waitFor("Je gaat verder waar je was: 2 van 6 vragen gedaan, en 1 extra vraag.")
        try second.waitFor("Stagebegeleiding · extra vraag, na 2 van 6")
        try second.waitFor("Hoeveel vrouwen met")
        try second.waitFor("Antwoord")
        second.type(":stop")
        #expect(second.waitExit() == 0)
        #expect(second.screen.contains("Gestopt. Je antwoorden zijn bewaard (3 antwoorden)."))
    }

    @Test func controlCharactersAreRefusedAndSigtermSaves() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let term = try PseudoTerminal(["start", "lesgeven", "--data-dir", data], directory: folder.path)
        try term.skipIntroduction()
        try term.waitFor("vraag 1 van")
        try term.waitFor("Antwoord")
        term.send("\u{16}\u{01}" + Key.enter)  // Ctrl-V Ctrl-A: a literal control character
        try term.waitFor("stuurteken")
        try term.waitFor("Antwoord")
        term.type("b")
        try term.waitFor("vraag 2 van")
        try term.waitFor("Antwoord")
        term.signal(SIGTERM)
        #expect(term.waitExit(timeout: 20) == 128 + SIGTERM)
        let answers = try Self.session(data)[theme: "lesgeven"].answers
        #expect(answers.map(\.answer) == [.option("b")])
    }

    @Test func startScreenShowsThemeStatesAndColour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let done = try WijzerProcess.run(["start", "voorbereiding", "--data-dir", data, "--out", folder.path + "/out"],
                                         stdin: String(repeating: "1\n", count: 60))
        #expect(done.status == 0, "\(done.stderr)")
        let busy = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n1\n1\n1\n")
        #expect(busy.status == 3)

        let term = try PseudoTerminal(["--data-dir", data], directory: folder.path)
        try term.waitFor("Welkom bij Wijzer")
        let screen = try term.waitFor("Keuze:")
        #expect(screen.contains("klaar op"))
        #expect(screen.contains("bezig: 3 van"), "four answers, one of them to an extra question")
        #expect(screen.contains("nieuw"))
        #expect(screen.contains("Enter = verder met Lesgeven"))
        #expect(term.raw.contains("\u{1B}[1m"), "bold on a terminal")
        term.send(Key.enter)
        try term.waitFor("vraag 4 van")
        try term.waitFor("Antwoord")
        term.type(":quit")
        #expect(term.waitExit() == 0)

        let plain = try PseudoTerminal(["start", "--no-color", "--data-dir", data], directory: folder.path)
        try plain.waitFor("Keuze:")
        #expect(!plain.raw.contains("\u{1B}[1m"))
        plain.send(Key.ctrlD)
        #expect(plain.waitExit() == 0)
    }
}
