import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A multiple-choice question with an exclusive "none of these" option and `max 2`, through
/// the runner on a pipe and the plan.
@Suite("exclusive options: runner and plan")
struct ExclusiveOptionRunTests {
    static let set = """
        questionnaire demo "Demo"
          version "1"

        theme lesgeven "Lesgeven"
          order 1
          opening "Welke werkvormen gebruik je?"
          knowledge "Afwisseling in werkvormen spreekt meer studenten aan."

        dimension werkvormen "Afwisseling in werkvormen" in lesgeven

        scenario les "Je les" in lesgeven
          situation "Je bereidt een les voor."
          question vormen "Welke werkvormen gebruik je deze week?"
            why "Afwisseling houdt meer studenten erbij."
            multiple max 2
              a "Samenwerken"
                score werkvormen +1
              b "Een spel of simulatie"
                score werkvormen +1
              c "Een ontwerpopdracht"
                score werkvormen +1
              d "Geen van deze" exclusive
                tip afwisselen

        tip afwisselen "Wissel werkvormen af"
          theme lesgeven
          timeframe deze-maand
          text "Kies deze maand één nieuwe werkvorm."
          steps
            - Probeer een spel of simulatie in één les.
          source https://www.vhto.nl/
          resource "Werkvormen" https://www.vhto.nl/
        """

    /// Answers `typed` in a fresh folder; returns the folder, the run and the result file.
    static func run(_ typed: String) throws -> (TemporaryFolder, WijzerProcess.Outcome, String) {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/q", withIntermediateDirectories: true)
        _ = try folder.write("q/set.wijzer", set)
        let run = try WijzerProcess.run(["start", "lesgeven", "--questionnaires", "q", "--data-dir", "data", "--out", "plan"],
                                        stdin: typed, directory: folder.path)
        let results = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/results")) ?? []
        return (folder, run, folder.path + "/data/results/" + (results.first ?? ""))
    }

    @Test func theRunnerSaysInDutchWhatGoesAlone() throws {
        let (folder, run, result) = try Self.run("1,4\n1,2,3\n4\n1\n")
        defer { folder.remove() }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kies hoogstens 2 antwoorden: typ bijvoorbeeld 1,3. 4 (“Geen van deze”) kies je alleen."))
        #expect(run.stdout.contains("“Geen van deze” gaat niet samen met andere antwoorden: kies het alleen, of laat het weg."))
        #expect(run.stdout.contains("Kies hoogstens 2 antwoorden; je koos er 3."))
        let document = try ResultFile.read(result)
        #expect(document[theme: "lesgeven"].answers.map(\.answer) == [.options(["d"])])
    }

    @Test func thePlanNamesTheAnswerAndScoresWithinTheLimits() throws {
        let (none, _, noneResult) = try Self.run("4\n1\n")
        defer { none.remove() }
        let markdown = try WijzerProcess.run(["plan", noneResult, "--questionnaires", "q", "--out", "p"], directory: none.path)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: none.path + "/p").filter { $0.hasSuffix(".md") }
        let text = try String(contentsOfFile: none.path + "/p/" + plans[0], encoding: .utf8)
        #expect(text.contains("### 1. Wissel werkvormen af"))
        #expect(text.contains("antwoordde je: Geen van deze"))

        // Two of three +1 options is the best a `max 2` answer can do: 100, not 67.
        let (two, _, twoResult) = try Self.run("1,3\n1\n")
        defer { two.remove() }
        let json = try WijzerProcess.run(["plan", twoResult, "--questionnaires", "q", "--format", "json"], directory: two.path)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.first?["score"] as? Int == 100)
    }
}
