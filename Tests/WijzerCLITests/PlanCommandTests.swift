import Foundation
import Testing
import WijzerTestSupport

/// End-to-end: `wijzer test`, `plan` and `compare` on the committed example answer sets.
@Suite("wijzer test, plan, compare")
struct PlanCommandTests {
    let examples = WijzerProcess.repositoryRoot + "/Reports/examples"

    @Test func examplesOfTheBundledQuestionnairesHold() throws {
        let run = try WijzerProcess.run(["test", WijzerProcess.repositoryRoot + "/Questionnaires"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Alle 20 voorbeelden kloppen."))
    }

    @Test func aFailingExampleIsReportedAtItsLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = WijzerProcess.repositoryRoot + "/Questionnaires"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            var text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            if name == "02-lesgeven.wijzer" {
                text = text.replacingOccurrences(of: "  expect no tips groeigerichte-feedback", with: "  expect tips groeigerichte-feedback")
            }
            try text.write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8)
        }
        let run = try WijzerProcess.run(["test", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("02-lesgeven.wijzer:"))
        #expect(run.stderr.contains("tip `groeigerichte-feedback` wordt verwacht, maar deze antwoorden kiezen hem niet"))
    }

    @Test func planRegeneratesTheCommittedExample() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let run = try WijzerProcess.run(["plan", examples + "/ervaren-docent.json", "--out", out.path + "/plannen"])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: out.path + "/plannen/actieplan-2026-11-18.md", encoding: .utf8)
        #expect(md == (try String(contentsOfFile: examples + "/ervaren-docent.md", encoding: .utf8)))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path + "/plannen/actieplan-2026-11-18.html")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: out.path + "/plannen")[.posixPermissions] as? Int == 0o700)
        let json = try WijzerProcess.run(["plan", examples + "/ervaren-docent.json", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"theme\" : \"lesgeven\""))
    }

    @Test(arguments: [
        ("{\"formatVersion\": 9}", "gemaakt met een nieuwere Wijzer (formaat 9"),
        ("{\"formatVersion\": 1, \"themes\": []}", "veld `questionnaire` ontbreekt"),
        ("kapot", "geen geldig resultaatbestand"),
    ])
    func brokenResultFilesGetAClearMessage(content: String, message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("r.json", content)
        let run = try WijzerProcess.run(["plan", path, "--out", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path): \(message)"), "\(run.stderr)")
    }

    @Test func compareShowsProgress() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let run = try WijzerProcess.run(["compare", examples + "/startende-docent.json", examples + "/ervaren-docent.json", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Vergelijking van je zelfcheck van 18 november 2026"))
        #expect(run.stdout.contains("Lesgeven"))
        #expect(run.stdout.contains("Tips die niet meer nodig zijn volgens je antwoorden"))
        #expect(!run.stdout.contains("afgerond"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files == ["vergelijking-2026-11-18-2026-11-18.md"])
    }
}
