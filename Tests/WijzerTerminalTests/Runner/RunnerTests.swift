import Foundation
import Testing
@testable import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport
@testable import WijzerTerminal

/// The runner driven by scripted input: flow, commands, saving, leaving.
@Suite("runner with scripted input")
struct RunnerTests {
    static let set = """
        questionnaire mini "Mini"
          version "1"

        theme les "Les"
          order 1
          opening "Spaar je studentes?"
          knowledge "Studentes hoeven **niet** gespaard te worden."

        dimension feedback "Feedback" in les

        scenario toets "Na de toets" in les
          situation "Sanne heeft een 5,2."
          question zeg "Wat zeg je?"
            why "Correctie helpt."
            choice
              a "Het komt wel goed."
                tip groei weight 3
              b "Wat ze kan en wat ze oefent."
                score feedback +2
          question vaak "Hoe vaak corrigeer je?"
            why "Vaker is beter."
            likert 1..5 "nooit" "zelden" "soms" "vaak" "altijd"
            score feedback scale
          question voornemen "Wat neem je je voor?"
            why "Eigen woorden."
            reflection

        tip groei "Geef groeigerichte feedback"
          theme les
          timeframe deze-week
          text "Noem wat goed gaat."
          steps
            - Noem iets dat goed ging.
          source https://www.vhto.nl/
          resource "Beter Behouden" https://www.vhto.nl/
        """

    final class Fixture {
        let folder: TemporaryFolder
        let capture = Capture()
        let source: ScriptedSource
        let context: RunnerContext

        init(_ source: ScriptedSource) throws {
            folder = try TemporaryFolder()
            let files = [SourceFile(path: "mini.wijzer", text: RunnerTests.set)]
            let result = Checker.check(files)
            precondition(result.diagnostics.errorCount == 0)
            self.source = source
            context = try RunnerContext(questionnaire: result.questionnaire, stamp: result.questionnaire.stamp(files: files),
                                    store: SessionStore(folder: folder.path + "/data"), planFolder: folder.path + "/plan",
                                    input: source, output: capture.output, resumeCommand: "wijzer start les")
        }

        deinit { folder.remove() }

        var saved: ResultDocument? { try? ResultFile.read(folder.path + "/data/session-mini.json") }
    }

    @Test func wholeThemeWithReviewConfirmAndPlan() throws {
        let f = try Fixture(ScriptedSource(["b", "4", "Vaker doorvragen.", "", "1"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .finished)
        let record = try #require(f.saved)[theme: "les"]
        #expect(record.completed != nil)
        #expect(record.answers.map(\.answer) == [.option("b"), .number(4), .text("Vaker doorvragen.")])
        // A reflection is asked about; Enter keeps it out of team reports.
        #expect(f.source.prompts.contains("Mag dit antwoord anoniem in een teamoverzicht? (ja/nee) [nee]: "))
        #expect(record.answers.map(\.shareAnonymously) == [nil, nil, false])
        #expect(f.capture.screen.contains("Les · vraag 2 van 3"))
        #expect(f.capture.screen.contains("Overzicht: Les"))
        #expect(f.capture.screen.contains("Thema Les afgerond."))
        #expect(f.capture.screen.contains("Je actieplan:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.folder.path + "/data/results").count == 1)
        #expect(f.source.offered[0].contains(":terug") && f.source.offered[0].contains("Het komt wel goed."))
    }

    /// The end of a theme names a place on the plan's path, never a grade-like number.
    @Test func finishShowsThePositionNotAScore() throws {
        let f = try Fixture(ScriptedSource(["b", "4", "Vaker doorvragen.", "", "1"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .finished)
        #expect(f.capture.screen.contains("Waar je staat: begin → op weg → stevig."))
        #expect(!f.capture.screen.contains("van 100") && !f.capture.screen.contains("Score"))
    }

    /// On fewer than half the questions answered there is nothing to say about where one stands.
    @Test func finishShowsNoPositionOnTooFewAnswers() throws {
        let f = try Fixture(ScriptedSource(["b", ":overslaan", ":overslaan", "1"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .finished)
        #expect(f.capture.screen.contains("Thema Les afgerond."))
        #expect(!f.capture.screen.contains("Waar je staat") && !f.capture.screen.contains("van 100"))
    }

    /// One key per option: the menu shows numbers only; a typed letter still answers.
    @Test func menuShowsNumbersOnlyButLettersStillAnswer() throws {
        let f = try Fixture(ScriptedSource(["b"]))
        _ = Runner(context: f.context).start(themes: ["les"])
        #expect(f.capture.screen.contains("    1  Het komt wel goed.\n"))
        #expect(!f.capture.screen.contains("a. Het komt") && !f.capture.screen.contains("b. Wat ze"))
        #expect(try #require(f.saved)[theme: "les"].answers.map(\.answer) == [.option("b")])
    }

    /// The review reads as the menu did: words without letters, and no cryptic shortcut.
    @Test func reviewShowsAnswersInWordsWithoutShortcuts() throws {
        let f = try Fixture(ScriptedSource(["b", "4", "Vaker doorvragen.", "", "1"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .finished)
        #expect(f.capture.screen.contains("      → Wat ze kan en wat ze oefent.\n"))
        #expect(!f.capture.screen.contains("b. Wat ze") && !f.capture.screen.contains("w3"))
        #expect(f.capture.screen.contains("Klopt alles? Typ 1 (ja) om het thema af te ronden, of 2 (nee) om een antwoord te\nwijzigen; je kiest dan de vraag."))
    }

    @Test func severalAnswersAreJoinedBySemicolonsAlone() {
        let options = [("a", "Ik vraag door."), ("b", "Ik wacht."), ("c", "Ik help.")].map {
            AnswerOption(key: Identifier($0.0), label: TextValue($0.1))
        }
        let menu = AnswerMenu(kind: .multiple(options), notApplicable: nil)
        #expect(menu.describe(.options(["a", "c"])) == "Ik vraag door; Ik help.")
    }

    /// Only a clear yes lets a team report quote the reflection; anything else is asked again.
    @Test func aReflectionIsSharedOnlyAfterYes() throws {
        let f = try Fixture(ScriptedSource(["b", "4", "Vaker doorvragen.", "misschien", "ja", "1"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .finished)
        let record = try #require(f.saved)[theme: "les"]
        #expect(record.answers.last?.shareAnonymously == true)
        #expect(f.capture.screen.contains("Typ ja of nee; Enter betekent nee."))
    }

    @Test func wrongAnswerExplainsAndAsksAgainThenBackKeepsDefault() throws {
        let f = try Fixture(ScriptedSource(["9", "a", ":terug", "", "so", ":overzicht", "w1", "b"]))
        _ = Runner(context: f.context).start(themes: ["les"])
        #expect(f.capture.screen.contains("Typ een nummer van 1 tot 2 of het begin van een antwoord."))
        #expect(f.source.prompts.contains("Antwoord [a]: "), "the earlier answer is the default")
        let record = try #require(f.saved)[theme: "les"]
        #expect(record.answers.map(\.answer) == [.option("b"), .number(3)])
        #expect(record.completed == nil, "input ended before the theme was confirmed")
    }

    @Test func endOfInputSavesAndSaysSoOnStderr() throws {
        let f = try Fixture(ScriptedSource(["a"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .endOfInput)
        #expect(f.capture.notices.contains("de invoer hield op"))
        #expect(f.capture.notices.contains("Verder gaan: wijzer start les"))
        #expect(try #require(f.saved)[theme: "les"].answers.count == 1)
    }

    @Test func signalLeavesWithEverythingSaved() throws {
        let f = try Fixture(ScriptedSource(["a", "2"], then: .signal(2)))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .signal(2))
        #expect(f.capture.notices.contains("Onderbroken (Ctrl-C). Je antwoorden zijn bewaard (2 antwoorden)."))
        #expect(try #require(f.saved)[theme: "les"].answers.count == 2)
    }

    @Test func refusedInputIsNeverStored() throws {
        let f = try Fixture(ScriptedSource(events: [.line([0xFF]), .line(Array("a\u{7}".utf8)), .overlong(bytes: 5000),
                                                    .line(Array("b".utf8)), .endOfInput]))
        _ = Runner(context: f.context).start(themes: ["les"])
        #expect(f.capture.screen.contains("ongeldige UTF-8"))
        #expect(f.capture.screen.contains("stuurteken"))
        #expect(f.capture.screen.contains("te lang (5000 bytes"))
        #expect(try #require(f.saved)[theme: "les"].answers.map(\.answer) == [.option("b")])
    }

    @Test func explainShowsWhyAndKnowledgeAndStopSaves() throws {
        let f = try Fixture(ScriptedSource([":uitleg", ":help", ":stop"]))
        #expect(Runner(context: f.context).start(themes: ["les"]) == .stopped)
        #expect(f.capture.screen.contains("Correctie helpt."))
        #expect(f.capture.screen.contains("Studentes hoeven niet gespaard te worden."), "Markdown emphasis dropped")
        #expect(f.capture.screen.contains(":overzicht"))
        #expect(f.capture.screen.contains("Gestopt. Je antwoorden zijn bewaard (0 antwoorden). Verder gaan: wijzer start les"))
    }

    @Test func homeScreenListsStatesAndContinues() throws {
        let f = try Fixture(ScriptedSource(["", "a", ":stop"]))
        #expect(Runner(context: f.context).home() == .stopped)
        #expect(f.capture.screen.contains("Welkom bij Wijzer."))
        #expect(f.capture.screen.contains("1  Les  nieuw"))
        #expect(f.capture.screen.contains("Enter = beginnen met Les"))
    }

    /// A number past the list is explained with the numbers and titles shown, never ids.
    @Test func homeScreenExplainsAWrongNumberInWhatItShows() throws {
        let f = try Fixture(ScriptedSource(["7", ":stop"]))
        _ = Runner(context: f.context).home()
        #expect(f.capture.screen.contains("Onbekend thema “7”. Typ een nummer van 1 tot 1 of de naam van een thema: 1 Les."))
    }

    @Test func tabCompletionOffersCommandsAndLabels() throws {
        #expect(Completion.matches(":ter", among: []) == [":terug"])
        #expect(Completion.matches("wat", among: ["Wat ze kan", "Het komt"]) == ["Wat ze kan"])
        #expect(Completion.matches("joh", among: ["‘Joh, maak je niet druk’"]) == ["‘Joh, maak je niet druk’"])
    }
}
