import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// End-to-end: the runner with answers from a pipe, one per line.
@Suite("runner on a pipe")
struct RunnerPipeTests {
    static let themes = ["voorbereiding", "lesgeven", "studievoortgang", "keuzebegeleiding", "stagebegeleiding", "beroepsorientatie"]
    static let ones = String(repeating: "1\n", count: 80)

    static func session(_ data: String) throws -> ResultDocument {
        try ResultFile.read(data + "/session-beter-behouden.json")
    }

    @Test(arguments: themes)
    func answeringOneCompletesTheTheme(_ theme: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let run = try WijzerProcess.run(["start", theme, "--data-dir", data, "--out", "plan"], stdin: Self.ones, directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("\u{1B}["), "no escape codes on a pipe")
        let record = try Self.session(data)[theme: theme]
        #expect(record.completed != nil)
        #expect(!record.answers.isEmpty)
        let results = try FileManager.default.contentsOfDirectory(atPath: data + "/results")
        #expect(results.count == 1 && results[0].hasPrefix("beter-behouden-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/plan").contains { $0.hasSuffix(".md") })
        #expect(run.stdout.contains("afgerond"))
    }

    @Test func onboardingRunsAllThemesKnowledgeFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let run = try WijzerProcess.run(["onboarding", "--data-dir", data, "--out", "plan", "--name", "Anna"],
                                        stdin: String(repeating: "1\n", count: 400), directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try Self.session(data)
        #expect(document.name == "Anna")
        #expect(document.themes.map(\.theme) == Self.themes)
        #expect(document.themes.allSatisfy { $0.completed != nil })
        let out = run.stdout
        let knowledge = try #require(out.range(of: "Thema: Voorbereiding"))
        let firstScenario = try #require(out.range(of: "Situatie:"))
        #expect(knowledge.lowerBound < firstScenario.lowerBound)
        #expect(out.contains("Je hebt alle thema's gedaan."))
        #expect(out.contains("Je actieplan:"))
    }

    /// A theme done before is not offered as the next one: the question names the next theme
    /// still to do (it named the next in the list, done or not).
    @Test func onboardingOffersTheNextThemeStillToDo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let second = try WijzerProcess.run(["start", Self.themes[1], "--data-dir", data], stdin: Self.ones, directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        let run = try WijzerProcess.run(["onboarding", "--data-dir", data, "--out", "plan"],
                                        stdin: String(repeating: "1\n", count: 400), directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let titles = ["Voorbereiding", "Lesgeven", "Studievoortgang bewaken"]
        #expect(!run.stdout.contains("Door naar het volgende thema, \(titles[1])?"), "offered a theme done before")
        #expect(run.stdout.contains("Door naar het volgende thema, \(titles[2])?"))
        #expect(run.stdout.contains("\(titles[1]): klaar op"))
        #expect(try Self.session(data).themes.allSatisfy { $0.completed != nil })
    }

    @Test func earlyEndOfInputSavesSaysSoAndResumes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let early = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n2\n", directory: folder.path)
        #expect(early.status == 3)
        #expect(early.stderr.contains("de invoer hield op"))
        #expect(early.stderr.contains("Je antwoorden zijn bewaard (2 antwoorden). Verder gaan: wijzer start lesgeven --data-dir"))
        #expect(try Self.session(data)[theme: "lesgeven"].answers.count == 2)
        let rest = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan"], stdin: Self.ones, directory: folder.path)
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(rest.stdout.contains("Je gaat verder waar je was: 1 van 11 vragen gedaan, en 1 extra vraag."), "Mohammed is an extra question")
        let record = try Self.session(data)[theme: "lesgeven"]
        #expect(record.completed != nil)
        #expect(record.answers.first { $0.question == "toets-nabespreking.mohammed" }?.answer == .option("nee"))
    }

    @Test func sameAnswersGiveTheSameResultApartFromTimes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = "2\n1,3\n:overslaan\nvaak\nb\n:terug\nc\n1\n2\n1\n3\nnvt\nIk geef Yara vaker de beurt.\n1\n"
        var files: [String] = []
        for run in ["a", "b"] {
            let data = folder.path + "/" + run
            let result = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", "plan-" + run],
                                               stdin: input + Self.ones, directory: folder.path)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: data + "/session-beter-behouden.json", encoding: .utf8)
            // Apart from times and the folder's random respondent id (in the session from the start).
            files.append(text.split(separator: "\n").filter { line in
                !["\"at\"", "\"created\"", "\"updated\"", "\"completed\"", "\"respondent\""].contains { key in line.contains(key) }
            }.joined(separator: "\n"))
        }
        #expect(files[0] == files[1])
        let record = try Self.session(folder.path + "/a")[theme: "lesgeven"]
        #expect(record.skipped.count == 1)
    }

    @Test func badInputIsRefusedAndNeverStored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        var input: [UInt8] = []
        input += [0xC3, 0x28, 0x0A]                                   // invalid UTF-8
        input += Array("a\u{1B}[31m\n".utf8)                          // escape: a control character
        input += Array(String(repeating: "x", count: 5000).utf8) + [0x0A]  // over 4 KB
        input += Array("7\n".utf8)                                    // out of range
        input += Array("b\n".utf8)
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdinBytes: input, directory: folder.path)
        #expect(run.status == 3)
        #expect(run.stdout.contains("ongeldige UTF-8"))
        #expect(run.stdout.contains("stuurteken"))
        #expect(run.stdout.contains("te lang (5000 bytes, hooguit 4096)"))
        // Only "7" is a well-formed wrong answer; the refused lines never reach the answer parser.
        #expect(run.stdout.components(separatedBy: "Typ een nummer van 1 tot 5").count == 2)
        let answers = try Self.session(data)[theme: "lesgeven"].answers
        #expect(answers.map(\.answer) == [.option("b")])
    }

    @Test func invalidUTF8IsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data"],
                                        stdinBytes: [0xC3, 0x28, 0x0A] + Array("b\n".utf8), directory: folder.path)
        #expect(run.stdout.contains("ongeldige UTF-8"))
        #expect(try Self.session(folder.path + "/data")[theme: "lesgeven"].answers.map(\.answer) == [.option("b")])
    }

    @Test func changedQuestionnaireKeepsUnchangedAnswersAndNamesDropped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = folder.path + "/q"
        try FileManager.default.copyItem(atPath: WijzerProcess.repositoryRoot + "/Questionnaires", toPath: copy)
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data", "--questionnaires", copy],
                                          stdin: "1\n1\n1\n", directory: folder.path)
        #expect(first.status == 3)
        let file = copy + "/02-lesgeven.wijzer"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "Zou je tegen Mohammed, met zijn 5,1, hetzelfde zeggen?",
                                         with: "Zou je tegen Mohammed (5,1) precies hetzelfde zeggen?")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let second = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data", "--questionnaires", copy],
                                           stdin: "", directory: folder.path)
        #expect(second.stdout.contains("De vragenlijst is veranderd"))
        #expect(second.stdout.contains("vraag `toets-nabespreking.mohammed` is veranderd"))
        #expect(second.stdout.contains("Zou je tegen Mohammed (5,1)"), "the changed question is asked again")
        let kept = try Self.session(folder.path + "/data")[theme: "lesgeven"].answers.map(\.question)
        #expect(kept == ["toets-nabespreking.fatima", "toets-nabespreking.klassikaal"])
    }

    @Test func commandsWorkOnAPipeWithEnglishAliases() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try WijzerProcess.run(["start", "lesgeven", "--data-dir", "data"],
                                        stdin: ":help\n:explain\n2\n:skip\n:back\n:review\n\n:onbekend\n:quit\n", directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(":overslaan"))
        #expect(run.stdout.contains("Waarom deze vraag?"))
        #expect(run.stdout.contains("Overgeslagen."))
        #expect(run.stdout.contains("Overzicht: Lesgeven"))
        #expect(run.stdout.contains("(overgeslagen)"))
        #expect(run.stdout.contains("Onbekende opdracht `:onbekend`"))
        #expect(run.stdout.contains("Gestopt. Je antwoorden zijn bewaard (1 antwoord)."))
    }

    @Test func bareWijzerOnAPipeChecksAndUnknownThemeIsUsage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bare = try WijzerProcess.run([], directory: folder.path)
        #expect(bare.status == 0)
        #expect(bare.stderr.contains("In orde"))
        let unknown = try WijzerProcess.run(["start", "koken", "--data-dir", "data"], directory: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Onbekend thema “koken”. Typ een nummer van 1 tot "))
        #expect(!unknown.stderr.contains("`") && !unknown.stderr.contains("beroepsorientatie"), "no internal ids")
    }
}
