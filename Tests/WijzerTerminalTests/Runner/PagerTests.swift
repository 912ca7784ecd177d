import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport
@testable import WijzerTerminal

/// Issue 14: a theme starts with its opening question and knowledge, long text comes a
/// screenful at a time at the terminal's height (skippable), `:uitleg` ends with the question,
/// and a pipe gets everything at once.
@Suite("pager")
struct PagerTests {
    /// Typed lines on a terminal; every prompt is written to the screen as `⟪prompt⟫`, so the
    /// screen shows what stood above each prompt.
    final class TypedSource: LineSource {
        var lines: [String]
        let isInteractive: Bool
        let screen: (String) -> Void
        private(set) var prompts: [String] = []

        init(_ lines: [String], interactive: Bool, screen: @escaping (String) -> Void) {
            self.lines = lines
            self.isInteractive = interactive
            self.screen = screen
        }

        func read(prompt: String, completions: [String]) -> InputEvent {
            prompts.append(prompt)
            screen("⟪\(prompt)⟫\n")
            return lines.isEmpty ? .endOfInput : .line(Array(lines.removeFirst().utf8))
        }
    }

    /// The mini set with a knowledge text of 30 short paragraphs (59 lines).
    static let set = RunnerTests.set.replacingOccurrences(
        of: "  knowledge \"Studentes hoeven **niet** gespaard te worden.\"",
        with: "  knowledge\n" + (1...30).map { "    Alinea \($0) van de achtergrond." }.joined(separator: "\n\n"))

    final class Run {
        var screen = ""
        let folder: TemporaryFolder
        let source: TypedSource
        let outcome: RunnerOutcome

        init(_ lines: [String], interactive: Bool = true, rows: Int = 12, onboarding: Bool = false) throws {
            let folder = try TemporaryFolder()
            self.folder = folder
            let files = [SourceFile(path: "mini.wijzer", text: PagerTests.set)]
            let result = Checker.check(files)
            try #require(result.diagnostics.errorCount == 0)
            var text = ""
            let source = TypedSource(lines, interactive: interactive) { text += $0 }
            let output = RunnerOutput(color: false, width: { 60 }, height: { rows }, screen: { text += $0 }, notices: { _ in })
            let context = try RunnerContext(questionnaire: result.questionnaire, stamp: result.questionnaire.stamp(files: files),
                                            store: SessionStore(folder: folder.path + "/data"), planFolder: folder.path + "/plan",
                                            input: source, output: output, resumeCommand: "wijzer start les")
            self.source = source
            outcome = onboarding ? Runner(context: context).onboarding() : Runner(context: context).start(themes: ["les"])
            screen = text
        }

        deinit { folder.remove() }

        /// The screen between prompts: each piece is what a prompt stood below.
        var pieces: [Substring] { screen.split(separator: "⟫\n", omittingEmptySubsequences: false) }
    }

    @Test func startShowsOpeningAndKnowledgeAScreenfulAtATime() throws {
        let run = try Run(Array(repeating: "", count: 8) + [":stop"])
        #expect(run.outcome == .stopped)
        #expect(run.screen.contains("Thema: Les\nSpaar je studentes?\n"))
        #expect(run.screen.contains("Enter leest verder; s of\n:verder slaat de rest over en gaat naar de vragen."))
        #expect(run.screen.contains("Alinea 30 van de achtergrond."), "Enter read to the end")
        let more = "Enter om verder te lezen, s of :verder om naar de vragen te gaan: "
        #expect(run.source.prompts.filter { $0 == more }.count >= 5)
        #expect(run.source.prompts.contains("Enter om naar de vragen te gaan: "))
        // No page is taller than the window: 12 rows, one of them for the prompt.
        for piece in run.pieces.dropLast() {
            let rows = piece.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(rows <= 11, "\(piece)")
        }
        // The question comes after the last page, not below half of the text.
        let last = try #require(run.screen.range(of: "⟪Enter om naar de vragen te gaan: ⟫"))
        #expect(run.screen[last.upperBound...].contains("Les · vraag 1 van 3"))
    }

    @Test func sOrVerderSkipsToTheQuestions() throws {
        for skip in ["s", ":verder"] {
            let run = try Run([skip, ":stop"])
            #expect(run.outcome == .stopped)
            #expect(run.screen.contains("Alinea 1 van"))
            #expect(!run.screen.contains("Alinea 30 van"), "skipped")
            #expect(run.screen.contains("Les · vraag 1 van 3"))
            #expect(run.source.prompts.last == "Antwoord: ")
        }
    }

    @Test func explanationIsPagedAndEndsWithTheQuestion() throws {
        let run = try Run(["s", ":uitleg"] + Array(repeating: "", count: 9) + [":stop"])
        #expect(run.outcome == .stopped)
        let asked = try #require(run.screen.range(of: "Waarom deze vraag?"))
        let after = run.screen[asked.upperBound...]
        #expect(after.contains("Alinea 30 van de achtergrond."))
        #expect(after.contains("Enter om verder te lezen, s of :verder om naar de vraag te gaan: "))
        // The explanation ends with the question and its answers, then the prompt.
        let end = try #require(after.range(of: "Alinea 30 van de achtergrond."))
        let tail = after[end.upperBound...]
        let question = try #require(tail.range(of: "Les · vraag 1 van 3"))
        #expect(tail[question.upperBound...].contains("Wat zeg je?\n    1  Het komt wel goed."))
        #expect(tail[question.upperBound...].contains("⟪Antwoord: ⟫"))
        // The last page leaves room for the question below it.
        let lastPiece = run.pieces.first { $0.contains("Alinea 30 van") && $0.contains("Wat zeg je?") }
        if let lastPiece { #expect(lastPiece.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= 11) }
    }

    /// The onboarding's welcome is paged together with the first theme's introduction.
    @Test func onboardingWelcomeIsPartOfTheFirstPage() throws {
        let run = try Run(["", "s", ":stop"], onboarding: true)
        #expect(run.outcome == .stopped)
        let first = try #require(run.pieces.first)
        #expect(first.hasPrefix("Kennismaking met Wijzer\n"))
        #expect(first.contains("Thema: Les"))
        #expect(first.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= 11, "\(first)")
        #expect(run.source.prompts.first == "Enter om verder te lezen, s of :verder om naar de vragen te gaan: ")
        #expect(run.screen.components(separatedBy: "Kennismaking met Wijzer").count == 2, "said once")
    }

    @Test func aPipeGetsEverythingAtOnce() throws {
        let run = try Run(["b", ":stop"], interactive: false)
        #expect(run.outcome == .stopped)
        #expect(run.screen.contains("Spaar je studentes?"))
        #expect(run.screen.contains("Alinea 30 van de achtergrond."))
        #expect(run.screen.contains("Typ :uitleg voor de achtergrond bij een vraag"))
        #expect(!run.screen.contains("Enter om"))
        #expect(!run.screen.contains("s of :verder"))
        #expect(run.source.prompts == ["Antwoord: ", "Antwoord: "])
    }
}
