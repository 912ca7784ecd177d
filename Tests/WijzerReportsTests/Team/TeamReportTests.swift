import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage
import WijzerTestSupport

@Suite("Team: report")
struct TeamReportTests {
    let session = TeamFixture.session()

    /// A team of 14 (one theme each for some, all for others), one corrupt file and a duplicate.
    func goldenSet(_ folder: TemporaryFolder) throws {
        var docs = TeamFixture.documents(10, seed: 2026)
        docs += TeamFixture.documents(4, seed: 77, themes: ["lesgeven", "voorbereiding"])
        try TeamFixture.write(docs, to: folder)
        _ = try folder.write("kapot.json", "{\"formatVersion\": 1, \"questionnaire\": {")
        _ = try folder.write("kopie.json", String(decoding: ResultCodec.encode(docs[3]), as: UTF8.self))
    }

    @Test func markdownMatchesGolden() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try goldenSet(folder)
        let outcome = session.run([folder.path], options: TeamFixture.options())
        #expect(outcome.report.results == 14)
        #expect(outcome.problems.map(\.path).map { ($0 as NSString).lastPathComponent } == ["kapot.json", "resultaat-3.json"])
        #expect(outcome.problems[1].message == "dubbel: hetzelfde resultaat als \(folder.path)/kopie.json; één keer meegeteld")
        let md = TeamMarkdownRenderer.render(outcome.report)
        if let message = Golden.mismatch(md, path: testsFolder + "/Golden/team-report.md") { Issue.record(Comment(rawValue: message)) }
        #expect(md.contains("## Gespreksonderwerpen") && md.contains("## Teamactieplan (concept)"))
    }

    @Test func badFilesAreListedAndDoNotChangeTheFigures() throws {
        let good = try TemporaryFolder(), mixed = try TemporaryFolder()
        defer { good.remove(); mixed.remove() }
        let docs = TeamFixture.documents(8, seed: 4)
        try TeamFixture.write(docs, to: good)
        try TeamFixture.write(docs, to: mixed)
        var other = docs[0]
        other.questionnaire.id = "iets-anders"
        var newer = docs[1]
        newer.formatVersion = 9
        var tampered = docs[2]
        tampered.themes[0].answers[0].answer = .option("zz")
        let bad: [(String, [UInt8])] = [
            ("leeg.json", []), ("rommel.json", Array("garbage\u{0}\u{1}".utf8)), ("afgebroken.json", Array(ResultCodec.encode(docs[0]).prefix(300))),
            ("utf8.json", Array(#"{"formatVersion":1,"x":""#.utf8) + [0xFE, 0xFF] + Array(#""}"#.utf8)),
            ("groot.json", Array(#"{"formatVersion":1e999999}"#.utf8)), ("diep.json", Array(("{\"a\":" + String(repeating: "[", count: 100_000)).utf8)),
            ("ander.json", ResultCodec.encode(other)), ("nieuw.json", ResultCodec.encode(newer)), ("optie.json", ResultCodec.encode(tampered)),
            ("dubbel.json", ResultCodec.encode(docs[5])),
        ]
        for (name, bytes) in bad { try Data(bytes).write(to: URL(fileURLWithPath: mixed.path + "/" + name)) }
        let a = session.run([good.path], options: TeamFixture.options())
        let b = session.run([mixed.path], options: TeamFixture.options())
        #expect(a.report == b.report)
        let reasons = Dictionary(uniqueKeysWithValues: b.problems.map { (($0.path as NSString).lastPathComponent, $0.message) })
        #expect(reasons.count == bad.count, "\(reasons)")
        #expect(reasons["leeg.json"] == "geen geldig resultaatbestand (leeg bestand)")
        #expect(reasons["afgebroken.json"]?.hasPrefix("geen geldige JSON (afgebroken of beschadigd bestand?)") == true)
        #expect(reasons["utf8.json"]?.hasPrefix("ongeldige UTF-8") == true)
        #expect(reasons["diep.json"]?.contains("te diep genest") == true)
        #expect(reasons["ander.json"] == "veld `questionnaire.id`: hoort bij vragenlijst `iets-anders`, niet bij `beter-behouden`")
        #expect(reasons["nieuw.json"]?.hasPrefix("gemaakt met een nieuwere Wijzer (formaat 9") == true)
        #expect(reasons["optie.json"]?.hasSuffix("optie `zz` bestaat niet") == true)
        // Copies are ordered by path: `dubbel.json` is kept, `resultaat-5.json` is the duplicate.
        #expect(reasons["dubbel.json"] == nil)
        #expect(reasons["resultaat-5.json"]?.hasPrefix("dubbel: hetzelfde resultaat als ") == true, "\(reasons)")
    }

    @Test func otherVersionCountsSharedQuestionsAndListsTheRest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var docs = TeamFixture.documents(6, seed: 8, themes: ["lesgeven"])
        for i in 0 ..< 3 {
            docs[i].questionnaire = QuestionnaireStamp(id: "beter-behouden", version: "2025.2", contentHash: "0000000000000000")
            docs[i].themes[0].answers[0].fingerprint = "ffffffffffffffff"
            docs[i].themes[0].answers.append(AnswerRecord(question: "oud.vraag", answer: .option("a"), at: docs[i].created))
        }
        try TeamFixture.write(docs, to: folder)
        let r = session.run([folder.path], options: TeamFixture.options(k: 3)).report
        #expect(r.results == 6 && r.otherVersions == ["2025.2"])
        let changed = TeamFixture.questionnaire.question(docs[0].themes[0].answers[0].question)!.decl.text.text
        #expect(r.leftOut.contains(.init(question: changed, reason: "anders gesteld in versie 2025.2; die antwoorden tellen niet mee")))
        #expect(r.leftOut.contains(.init(question: "oud.vraag", reason: "bestaat niet meer (uit versie 2025.2); niet meegeteld")))
        let second = docs[0].themes[0].answers[1].question
        let answered = docs.filter { $0.answers[second] != nil }.count
        #expect(answered >= 5)
        let expected = TeamPrivacy(minimumGroup: 3, team: 6).mayShow(group: answered) ? answered : nil
        #expect(r.questions.first { $0.id == second }?.respondents == expected, "unchanged questions of the old version count")
    }

    @Test func csvIsQuotedAndGuardedAgainstFormulas() {
        #expect(TeamCSVRenderer.text("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(TeamCSVRenderer.text("+31") == "'+31" && TeamCSVRenderer.text("-x") == "'-x" && TeamCSVRenderer.text("@a") == "'@a")
        #expect(TeamCSVRenderer.text("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(TeamCSVRenderer.text("regel\nregel") == "\"regel\nregel\"")
        #expect(TeamCSVRenderer.text("gewoon") == "gewoon")
    }

    @Test func csvFilesHaveHeadersAndRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try TeamFixture.write(TeamFixture.documents(9, seed: 12), to: folder)
        let r = session.run([folder.path], options: TeamFixture.options()).report
        let scores = TeamCSVRenderer.scores(r), answers = TeamCSVRenderer.answers(r)
        #expect(scores.hasPrefix("thema_id,thema,aantal,minimum,eerste_kwartiel,mediaan,derde_kwartiel,maximum,opmerking\r\n"))
        #expect(answers.hasPrefix("vraag_id,thema,vraag,antwoord_id,antwoord,aantal,procent,opmerking\r\n"))
        #expect(scores.split(separator: "\r\n").count == 1 + TeamFixture.questionnaire.themes.count)
        for line in answers.split(separator: "\r\n") { #expect(TeamBaseline.parse(String(line)).count == 8, "\(line)") }
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let reflection = TeamFixture.questionnaire.questions.first { $0.kind == .reflection }!
        let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b `c`"#
        let docs = (0 ..< 10).map { TeamFixture.document([reflection.id: .text(hostile + "\($0)")], created: 1_790_000_000 + Double($0)) }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try TeamFixture.write(docs, to: folder)
        let r = session.run([folder.path], options: TeamFixture.options(reflections: true)).report
        let html = TeamHTMLRenderer.render(r), md = TeamMarkdownRenderer.render(r)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script") && !html.contains("<img"))
        #expect(md.contains(#"&lt;script&gt;"#) && md.contains(#"\[x\](javascript:alert(1))"#) && !md.contains("<img"))
        let head = html.components(separatedBy: "<head>")[1].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(head.hasPrefix("<meta http-equiv=\"Content-Security-Policy\""))
        #expect(!html.contains("src=\"http") && !html.contains("<link") && html.contains("@media print"))
    }

    @Test func svgBoxPlotAndBars() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try TeamFixture.write(TeamFixture.documents(12, seed: 21), to: folder)
        let html = TeamHTMLRenderer.render(session.run([folder.path], options: TeamFixture.options()).report)
        #expect(html.contains("<svg class=\"box\" role=\"img\" aria-label=\"minimum "))
        #expect(html.contains("<svg class=\"bar\" role=\"img\" aria-label=\""))
    }

    @Test func baselineFromCSVAndFromResults() throws {
        let before = try TemporaryFolder(), now = try TemporaryFolder(), out = try TemporaryFolder()
        defer { before.remove(); now.remove(); out.remove() }
        try TeamFixture.write(TeamFixture.documents(10, seed: 1), to: before)
        try TeamFixture.write(TeamFixture.documents(10, seed: 2), to: now)
        let earlier = session.run([before.path], options: TeamFixture.options()).report
        _ = try TeamSession.write(earlier, to: out.path + "/vorige")
        let fromCSV = session.run([now.path], options: TeamFixture.options(baseline: [out.path + "/vorige/team-scores.csv"])).report
        let fromResults = session.run([now.path], options: TeamFixture.options(baseline: [before.path])).report
        #expect(fromCSV == fromResults)
        #expect(fromCSV.themes.map(\.baseline) == earlier.themes.map(\.scores))
        #expect(TeamMarkdownRenderer.render(fromCSV).contains("## Verandering sinds de vorige sessie"))
    }

    /// A baseline CSV made with a smaller group size must not show groups below this run's k.
    @Test func baselineFromCSVObeysThisRunsGroupSize() throws {
        let before = try TemporaryFolder(), now = try TemporaryFolder(), out = try TemporaryFolder()
        defer { before.remove(); now.remove(); out.remove() }
        try TeamFixture.write(TeamFixture.documents(3, seed: 1), to: before)
        try TeamFixture.write(TeamFixture.documents(10, seed: 2), to: now)
        let small = session.run([before.path], options: TeamFixture.options(k: 3)).report
        #expect(small.themes.contains { $0.scores != nil }, "the k = 3 report shows its groups of 3")
        _ = try TeamSession.write(small, to: out.path + "/vorige")
        let report = session.run([now.path], options: TeamFixture.options(k: 5, baseline: [out.path + "/vorige/team-scores.csv"])).report
        #expect(report.themes.allSatisfy { $0.baseline == nil })
    }

    @Test func writesFourPrivateFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try TeamFixture.write(TeamFixture.documents(6, seed: 3), to: folder)
        let r = session.run([folder.path], options: TeamFixture.options()).report
        let written = try TeamSession.write(r, to: folder.path + "/uit")
        #expect(written.map { ($0 as NSString).lastPathComponent } == TeamSession.fileNames)
        for path in written { #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600) }
    }
}
