import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerReports
@testable import WijzerStorage
import WijzerTestSupport

/// `TeamSession` on files: finding result files, reading them, reasons for bad files, writing.
@Suite("Team: session on files")
struct TeamSessionTests {
    static let questionnaire: (Questionnaire, QuestionnaireStamp) = {
        let files = try! SourceLoader.load([WijzerProcess.repositoryRoot + "/Questionnaires"])
        let q = Checker.check(files).questionnaire
        return (q, q.stamp(files: files))
    }()
    let session = TeamSession(questionnaire: questionnaire.0, stamp: questionnaire.1)

    static func documents(_ count: Int, seed: UInt64, themes: [String]? = nil) -> [ResultDocument] {
        var g = ResultGenerator(questionnaire: questionnaire.0, stamp: questionnaire.1, seed: seed)
        return (0 ..< count).map { _ in g.document(themes: themes) }
    }

    /// Writes `docs` as `prefix-i.json` into `folder`.
    static func write(_ docs: [ResultDocument], to folder: TemporaryFolder, prefix: String = "resultaat") throws {
        for (i, doc) in docs.enumerated() { _ = try folder.write("\(prefix)-\(i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self)) }
    }

    static func options(k: Int = 5, baseline: [String] = []) -> TeamSession.Options {
        var o = TeamSession.Options()
        o.minimumGroup = k
        o.baseline = baseline
        return o
    }

    static let broken = "geen geldig resultaatbestand (geen JSON-object: geen geldige JSON (afgebroken of beschadigd bestand?))"

    /// The golden set of the report tests, read from files beside a corrupt file and a copy.
    @Test func goldenSetFromFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let docs = Self.documents(10, seed: 2026) + Self.documents(4, seed: 77, themes: ["lesgeven", "voorbereiding"])
        try Self.write(docs, to: folder)
        _ = try folder.write("kapot.json", "{\"formatVersion\": 1, \"questionnaire\": {")
        _ = try folder.write("kopie.json", String(decoding: ResultCodec.encode(docs[3]), as: UTF8.self))
        let outcome = session.run([folder.path], options: Self.options())
        #expect(outcome.report.results == 14 && outcome.filesFound == 16)
        #expect(outcome.problems == [
            TeamProblem(path: folder.path + "/kapot.json", message: Self.broken),
            TeamProblem(path: folder.path + "/resultaat-3.json", message: "dubbel: hetzelfde resultaat als \(folder.path)/kopie.json; één keer meegeteld"),
        ])
        let md = TeamMarkdownRenderer.render(outcome.report)
        let golden = testsFolder + "/../WijzerReportsTests/Golden/team-report.md"
        if let message = Golden.mismatch(md, path: golden) { Issue.record(Comment(rawValue: message)) }
    }

    /// Many files, read from disk, give the outcome of adding the same documents one by one,
    /// reflections and the naming of copies included.
    @Test func manyFilesCountAsOneByOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var g = ResultGenerator(questionnaire: Self.questionnaire.0, stamp: Self.questionnaire.1, seed: 31)
        var docs = (0 ..< 400).map { i in g.document(themes: i % 7 == 0 ? nil : ["lesgeven"]) }
        docs[390] = docs[5]
        // Reflections are quoted only when shared: share every text.
        for d in docs.indices { for t in docs[d].themes.indices { for a in docs[d].themes[t].answers.indices {
            if case .text = docs[d].themes[t].answers[a].answer { docs[d].themes[t].answers[a].shareAnonymously = true }
        } } }
        var aggregator = TeamAggregator(catalog: TeamCatalog(Self.questionnaire.0, stamp: Self.questionnaire.1), collectReflections: true)
        for (i, doc) in docs.enumerated() {
            let path = folder.path + "/r\(1000 + i).json"
            _ = try folder.write("r\(1000 + i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self))
            aggregator.add(doc, from: path)
        }
        var options = Self.options()
        options.withReflections = true
        let outcome = session.run([folder.path], options: options)
        let expected = aggregator.finish()
        #expect(outcome.problems == expected.problems && outcome.problems.count == 1)
        #expect(outcome.report == TeamReport(expected, minimumGroup: 5, baseline: nil))
        #expect(outcome.report.results == 399 && outcome.report.reflections?.isEmpty == false)
    }

    @Test func badFilesAreListedWithAReasonAndDoNotChangeTheFigures() throws {
        let good = try TemporaryFolder(), mixed = try TemporaryFolder()
        defer { good.remove(); mixed.remove() }
        let docs = Self.documents(8, seed: 4)
        try Self.write(docs, to: good)
        try Self.write(docs, to: mixed)
        var newer = docs[1]
        newer.formatVersion = 9
        var other = docs[0]
        other.questionnaire.id = "iets-anders"
        let bad: [(String, [UInt8])] = [
            ("leeg.json", []), ("spaties.json", Array(" \n\t".utf8)), ("rommel.json", Array("garbage\u{0}\u{1}".utf8)),
            ("afgebroken.json", Array(ResultCodec.encode(docs[0]).prefix(300))),
            ("utf8.json", Array(String(decoding: ResultCodec.encode(docs[0]), as: UTF8.self).replacingOccurrences(of: "beter-behouden", with: "\u{1}").utf8).map { $0 == 1 ? 0xFF : $0 }),
            ("groot.json", Array(#"{"formatVersion":1e999999}"#.utf8)), ("diep.json", Array(("{\"a\":" + String(repeating: "[", count: 100_000)).utf8)),
            ("nieuw.json", ResultCodec.encode(newer)), ("ander.json", ResultCodec.encode(other)),
            ("zonder.json", Array(#"{"formatVersion":1}"#.utf8)),
        ]
        for (name, bytes) in bad { try Data(bytes).write(to: URL(fileURLWithPath: mixed.path + "/" + name)) }
        let a = session.run([good.path], options: Self.options())
        let b = session.run([mixed.path, mixed.path + "/weg.json"], options: Self.options())
        #expect(a.report == b.report)
        let reasons = Dictionary(uniqueKeysWithValues: b.problems.map { (($0.path as NSString).lastPathComponent, $0.message) })
        #expect(reasons.count == bad.count + 1, "\(reasons)")
        #expect(reasons["weg.json"] == "bestaat niet")
        #expect(reasons["leeg.json"] == "geen geldig resultaatbestand (leeg bestand)")
        #expect(reasons["spaties.json"] == "geen geldig resultaatbestand (leeg bestand)")
        for name in ["rommel.json", "afgebroken.json", "diep.json"] { #expect(reasons[name] == Self.broken, "\(name)") }
        #expect(reasons["utf8.json"] == "geen geldige JSON (afgebroken of beschadigd bestand?)")
        #expect(reasons["groot.json"]?.hasPrefix("geen geldig resultaatbestand (geen JSON-object: ") == true, "\(reasons)")
        #expect(reasons["nieuw.json"]?.hasPrefix("gemaakt met een nieuwere Wijzer (formaat 9") == true)
        #expect(reasons["ander.json"] == "veld `questionnaire.id`: hoort bij vragenlijst `iets-anders`, niet bij `beter-behouden`")
        #expect(reasons["zonder.json"] == "veld `questionnaire` ontbreekt")
    }

    /// Randomly damaged files never stop the session: each one is counted or listed with a reason.
    @Test(arguments: [11, 12] as [UInt64])
    func damagedFilesAreCountedOrListed(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var g = ResultGenerator(questionnaire: Self.questionnaire.0, stamp: Self.questionnaire.1, seed: seed)
        let count = 300
        for i in 0 ..< count {
            var bytes = ResultCodec.encode(g.document(themes: ["lesgeven"]))
            for _ in 0 ... g.below(3) {
                let at = g.below(bytes.count)
                switch g.below(4) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: g.next())
                case 1: bytes.removeSubrange(at...)
                case 2: bytes.removeSubrange(at ..< min(bytes.count, at + 1 + g.below(40)))
                default: bytes.insert(contentsOf: Array("\"{[]}\\,:0-1e9".utf8)[g.below(13)...], at: at)
                }
                if bytes.isEmpty { break }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/r\(i).json"))
        }
        let outcome = session.run([folder.path], options: Self.options())
        #expect(outcome.filesFound == count)
        #expect(outcome.report.results + outcome.problems.count == count, "\(outcome.problems.prefix(3))")
        #expect(outcome.problems.count > count / 2 && outcome.problems.allSatisfy { !$0.message.isEmpty })
    }

    /// Folders are searched recursively for `*.json`, by name; hidden entries and other files are skipped.
    @Test func findsResultFilesInFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let docs = Self.documents(6, seed: 9)
        for (i, doc) in docs.enumerated() {
            let place = ["a/", "a/b/", "", ".verborgen/", "c/", "a/"][i]
            _ = try folder.write("\(place)r\(i).json", String(decoding: ResultCodec.encode(doc), as: UTF8.self))
        }
        _ = try folder.write("a/notitie.txt", "geen resultaat")
        _ = try folder.write(".r9.json", "verborgen")
        let outcome = session.run([folder.path, folder.path + "/a/r0.json"], options: Self.options(k: 3))
        #expect(outcome.filesFound == 5 && outcome.report.results == 5 && outcome.problems.isEmpty, "\(outcome.problems)")
        let files = TeamFiles.find([folder.path]).files.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(files == ["a/b/r1.json", "a/r0.json", "a/r5.json", "c/r4.json", "r2.json"])
    }

    @Test func baselineFromCSVAndFromResults() throws {
        let before = try TemporaryFolder(), now = try TemporaryFolder(), out = try TemporaryFolder()
        defer { before.remove(); now.remove(); out.remove() }
        try Self.write(Self.documents(10, seed: 1), to: before)
        try Self.write(Self.documents(10, seed: 2), to: now)
        let earlier = session.run([before.path], options: Self.options()).report
        _ = try TeamSession.write(earlier, to: out.path + "/vorige")
        let fromCSV = session.run([now.path], options: Self.options(baseline: [out.path + "/vorige/team-scores.csv"]))
        let fromResults = session.run([now.path], options: Self.options(baseline: [before.path]))
        #expect(fromCSV.report == fromResults.report)
        #expect(fromCSV.report.themes.map(\.baseline) == earlier.themes.map(\.scores))
        let notCSV = session.run([now.path], options: Self.options(baseline: [out.path + "/vorige/team-rapport.md"]))
        #expect(notCSV.report.themes.allSatisfy { $0.baseline == nil })
        let missing = session.run([now.path], options: Self.options(baseline: [out.path + "/weg.csv"]))
        #expect(missing.baselineProblems == [TeamProblem(path: out.path + "/weg.csv", message: "kan het bestand niet lezen (bestaat niet)")])
    }

    /// A result file re-saved by an editor with a UTF-8 byte order mark is read like any other.
    @Test func resultFilesWithAByteOrderMarkAreAccepted() throws {
        let plain = try TemporaryFolder(), marked = try TemporaryFolder()
        defer { plain.remove(); marked.remove() }
        let docs = Self.documents(6, seed: 13)
        try Self.write(docs, to: plain)
        for (i, doc) in docs.enumerated() {
            try Data([0xEF, 0xBB, 0xBF] + ResultCodec.encode(doc)).write(to: URL(fileURLWithPath: marked.path + "/r\(i).json"))
        }
        let a = session.run([plain.path], options: Self.options()), b = session.run([marked.path], options: Self.options())
        #expect(b.problems.isEmpty, "\(b.problems)")
        #expect(a.report == b.report && b.report.results == 6)
    }

    @Test func writesFourPrivateFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.write(Self.documents(6, seed: 3), to: folder)
        let r = session.run([folder.path], options: Self.options()).report
        let written = try TeamSession.write(r, to: folder.path + "/uit")
        #expect(written.map { ($0 as NSString).lastPathComponent } == TeamSession.fileNames)
        for path in written { #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600) }
        #expect(try String(contentsOfFile: written[0], encoding: .utf8) == TeamMarkdownRenderer.render(r))
    }
}
