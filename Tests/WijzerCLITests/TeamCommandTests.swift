import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// End-to-end: the real `wijzer team`, on result files generated for the questionnaires on disk.
@Suite("wijzer team")
struct TeamCommandTests {
    static let questionnaire: (Questionnaire, QuestionnaireStamp) = {
        let files = try! SourceLoader.load([WijzerProcess.repositoryRoot + "/Questionnaires"])
        let q = Checker.check(files).questionnaire
        return (q, q.stamp(files: files))
    }()

    func team(_ count: Int, seed: UInt64 = 1, in folder: TemporaryFolder, name: String? = "Pieter Bakker") throws {
        var g = ResultGenerator(questionnaire: Self.questionnaire.0, stamp: Self.questionnaire.1, seed: seed)
        for i in 0 ..< count {
            _ = try folder.write("resultaten/bakker-\(i).json", String(decoding: ResultCodec.encode(g.document(name: name)), as: UTF8.self))
        }
    }

    @Test func writesFourFilesAndWarnsAboutBadOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(8, in: folder)
        _ = try folder.write("resultaten/kapot.json", "{\"formatVersion\": 1,")
        let run = try WijzerProcess.run(["team", "resultaten", "--out", "uit"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("waarschuwing: resultaten/kapot.json: geen geldig resultaatbestand (geen JSON-object: geen geldige JSON (afgebroken of beschadigd bestand?))"))
        #expect(run.stderr.contains("8 resultaten meegeteld, 1 bestand overgeslagen"))
        for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
            let text = try String(contentsOfFile: folder.path + "/uit/" + name, encoding: .utf8)
            #expect(!text.contains("kapot") && !text.contains("bakker") && !text.contains("Pieter"), "\(name)")
        }
    }

    @Test func noUsableFileExitsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.json", "rommel")
        let run = try WijzerProcess.run(["team", "a.json", "--out", "uit"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("geen enkel bruikbaar resultaatbestand"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit"))
    }

    @Test func strictMakesAnyProblemFatal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(6, in: folder)
        _ = try folder.write("resultaten/leeg.json", "")
        let run = try WijzerProcess.run(["team", "resultaten", "--strict", "--out", "uit"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("gestopt vanwege --strict"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/uit/team-rapport.md"))
        let ok = try WijzerProcess.run(["team", "resultaten/bakker-0.json", "resultaten/bakker-1.json", "--strict", "--out", "uit"], directory: folder.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("minder dan 5 resultaten"))
    }

    @Test(arguments: [(["team", "x.json", "--min-group", "2"], "--min-group moet minstens 3 zijn"), (["team"], "Geef minstens één resultaatbestand")])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try WijzerProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func minGroupThreeAndBaselineWork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try team(4, in: folder)
        let first = try WijzerProcess.run(["team", "resultaten", "--min-group", "3", "--out", "toen"], directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try WijzerProcess.run(["team", "resultaten", "--min-group", "3", "--out", "nu", "--baseline", "toen/team-scores.csv"], directory: folder.path)
        #expect(second.status == 0, "\(second.stderr)")
        let md = try String(contentsOfFile: folder.path + "/nu/team-rapport.md", encoding: .utf8)
        #expect(md.contains("## Verandering sinds de vorige sessie"))
        #expect(md.contains("4 resultaten gelezen"))
    }
}
