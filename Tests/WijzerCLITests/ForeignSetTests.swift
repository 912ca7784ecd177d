import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A set from another publisher (Tests/Fixtures/digitale-didactiek) through the real binary:
/// every text about the content comes from the set, none from the bundled one (issue 13, point 1).
@Suite("a foreign set")
struct ForeignSetTests {
    static let folder = WijzerProcess.repositoryRoot + "/Tests/Fixtures/digitale-didactiek"
    /// Words of the bundled set that the engine must never say about another set.
    static let bundledWords = ["vhto", "gids", "studente", "beter behouden", "genderinclusief"]

    /// The bundled set's words found in `text`, case-insensitively.
    static func leaks(_ text: String) -> [String] {
        let lower = text.lowercased()
        return bundledWords.filter { lower.contains($0) }
    }

    @Test func startScreenOnboardingAndPlansAreTheSetsOwn() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let start = try WijzerProcess.run(["start", "--questionnaires", Self.folder, "--data-dir", "data"], directory: tmp.path)
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("Digitale didactiek is een zelfcheck"))
        #expect(start.stdout.contains("Stichting Leren met ICT"))
        #expect(start.stdout.contains("Een thema kost 5 tot 10 minuten"))
        #expect(Self.leaks(start.stdout + start.stderr) == [])

        let onboarding = try WijzerProcess.run(["onboarding", "--questionnaires", Self.folder, "--data-dir", "data", "--out", "plan"],
                                               stdin: String(repeating: "1\n", count: 60), directory: tmp.path)
        #expect(onboarding.status == 0, "\(onboarding.stderr)")
        #expect(onboarding.stdout.contains("Je doorloopt de twee thema's van Digitale didactiek in de volgorde van de"))
        #expect(onboarding.stdout.contains("de handreiking aanraadt"))
        #expect(Self.leaks(onboarding.stdout + onboarding.stderr) == [])

        let plans = try FileManager.default.contentsOfDirectory(atPath: tmp.path + "/plan").sorted()
        #expect(plans.contains { $0.hasSuffix(".md") } && plans.contains { $0.hasSuffix(".html") })
        for name in plans {
            let text = try String(contentsOfFile: tmp.path + "/plan/" + name, encoding: .utf8)
            #expect(text.contains("Digitale didactiek"), "\(name)")
            #expect(text.contains("Stichting Leren met ICT"), "\(name): the attribution")
            #expect(text.contains("https://example.org/digitale-didactiek"), "\(name)")
            #expect(text.contains("Je ziet het aan hoe je groep met de middelen werkt."), "\(name): the set's default notice")
            #expect(Self.leaks(text) == [], "\(name)")
        }
    }

    @Test func teamReportOverFiveResultsIsTheSetsOwn() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let files = try SourceLoader.load([Self.folder])
        let q = Checker.check(files).questionnaire
        var generator = ResultGenerator(questionnaire: q, stamp: q.stamp(files: files), seed: 13)
        for i in 0 ..< 5 {
            _ = try tmp.write("resultaten/r\(i).json", String(decoding: ResultCodec.encode(generator.document()), as: UTF8.self))
        }
        let run = try WijzerProcess.run(["team", "resultaten", "--questionnaires", Self.folder, "--out", "uit"], directory: tmp.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("5 teamleden meegeteld"), "\(run.stderr)")
        for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
            let text = try String(contentsOfFile: tmp.path + "/uit/" + name, encoding: .utf8)
            #expect(text.contains("Digitale didactiek") || text.contains("Middelen kiezen"), "\(name)")
            #expect(Self.leaks(text) == [], "\(name)")
        }
        let report = try String(contentsOfFile: tmp.path + "/uit/team-rapport.md", encoding: .utf8)
        #expect(report.contains("Bron: [Digitale didactiek, Stichting Leren met ICT](https://example.org/digitale-didactiek)"))
    }
}

/// The engine's own code names nothing of the bundled set: its texts come from the set.
@Suite("a neutral engine")
struct NeutralEngineTests {
    @Test func noSourceFileOutsideTheTestSupportNamesTheBundledSet() throws {
        let root = WijzerProcess.repositoryRoot + "/Sources"
        var found: [String] = []
        for path in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? []
        where path.hasSuffix(".swift") && !path.hasPrefix("WijzerTestSupport/") {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            found += ForeignSetTests.leaks(text).map { "\(path): \($0)" }
        }
        #expect(found == [])
    }
}
