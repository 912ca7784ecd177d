import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
import WijzerTestSupport

/// The re-identification attacks of issue 15, each as a test.
@Suite("Team: attacks")
struct TeamAttackTests {
    /// What the runner writes for one teacher who finishes `themes` one after another: a result
    /// after each finished theme, each repeating the earlier ones, all with the same `created`.
    static func snapshots(seed: UInt64, themes: Int, respondent: String?) -> [ResultDocument] {
        var g = TeamFixture.generator(seed)
        let ids = TeamFixture.questionnaire.themes.prefix(themes).map(\.id.name)
        var full = g.document(themes: ids)
        full.respondent = respondent
        return (1 ... themes).map { n in
            var doc = full
            doc.themes = Array(full.themes.prefix(n))
            doc.updated = doc.themes.last?.completed ?? doc.updated
            return doc
        }
    }

    static func id(_ i: Int) -> String { String(repeating: "a", count: 30) + (i < 10 ? "0\(i)" : "\(i)") }

    @Test(arguments: [true, false])
    func sixFilesOfOneTeacherAreOnePerson(withID: Bool) {
        let one = Self.snapshots(seed: 3, themes: 6, respondent: withID ? Self.id(1) : nil)
        let r = TeamFixture.report(one)
        #expect(r.results == 1 && r.files == 6 && !r.teamShown)
        #expect(r.themes.allSatisfy { $0.scores == nil } && r.questions.allSatisfy { $0.respondents == nil })
        #expect(TeamMarkdownRenderer.render(r).contains("minder dan 5 teamleden"))
        #expect(r.matchedWithoutID == !withID)
    }

    @Test func fiveTeachersWithSixFilesEachAreFive() {
        let docs = (0 ..< 5).flatMap { Self.snapshots(seed: UInt64(10 + $0), themes: 6, respondent: Self.id($0)) }
        let r = TeamFixture.report(docs)
        #expect(r.results == 5 && r.files == 30 && r.teamShown)
        for theme in r.themes { #expect(theme.scores?.count == 5, "\(theme.id)") }
        #expect(TeamMarkdownRenderer.render(r).contains("5 teamleden (uit 30 resultaatbestanden"))
        // The newest answers per theme: the same as counting each teacher's last file only.
        #expect(r.themes == TeamFixture.report(stride(from: 5, to: 30, by: 6).map { docs[$0] }).themes)
    }

    @Test func aPersonsNewestFinishedThemeCounts() {
        var g = TeamFixture.generator(4)
        var old = g.document(themes: ["lesgeven"])
        old.respondent = Self.id(1)
        var redo = g.document(themes: ["lesgeven"])
        redo.respondent = Self.id(1)
        redo.themes[0].completed = old.themes[0].completed!.addingTimeInterval(86_400)
        var others = (2 ..< 6).map { i -> ResultDocument in var d = g.document(themes: ["lesgeven"]); d.respondent = Self.id(i); return d }
        let withRedo = TeamFixture.report([old, redo] + others)
        others.append(redo)
        #expect(withRedo.themes == TeamFixture.report(others).themes && withRedo.results == 5)
    }

    /// One Lesgeven answer, never finished: not scored, not counted.
    @Test func unfinishedThemesAreNotScored() {
        let q = TeamFixture.questionnaire.questions(inTheme: "lesgeven").first { if case .choice? = $0.kind { true } else { false } }!
        var started = ResultDocument(questionnaire: TeamFixture.stamp, now: Date(timeIntervalSince1970: 1_790_000_000))
        ResultBuilder.record(.option("a"), for: q, in: &started, at: Date(timeIntervalSince1970: 1_790_000_060))
        let docs = (0 ..< 5).map { TeamFixture.document(["toets-nabespreking.fatima": .option("b")], created: 1_790_100_000 + Double($0)) }
        let with = TeamFixture.outcome(docs + [started])
        #expect(with.results == 5)
        #expect(with.problems.map(\.message) == [TeamAggregator.nothingFinished])
        #expect(TeamReport(with, minimumGroup: 5, baseline: nil) == TeamFixture.report(docs))
    }

    /// At n = k the report shows the median and middle half, rounded to 5, and no extremes.
    @Test func noExtremesAndNoExactPersonalScores() {
        let docs = TeamFixture.documents(5, seed: 42, themes: ["lesgeven"])
        let r = TeamFixture.report(docs)
        let d = r.themes.first { $0.id == "lesgeven" }!.scores!
        #expect(d.count == 5)
        for v in [d.q1, d.median, d.q3] { #expect(v % TeamReport.Distribution.step == 0) }
        let md = TeamMarkdownRenderer.render(r), html = TeamHTMLRenderer.render(r)
        #expect(!md.contains("| Min |") && !md.contains("Max") && !md.contains("─"))
        #expect(!html.contains("minimum") && !html.contains("maximum"))
        let below = TeamFixture.report(Array(docs.prefix(4)))
        #expect(below.themes.allSatisfy { $0.scores == nil })
    }

    /// Two of twelve on an older version: neither the version nor the questions left out for
    /// them are named; with five they are.
    @Test(arguments: [(2, false), (4, false), (5, true)])
    func versionListsObeyTheThreshold(old: Int, named: Bool) throws {
        var docs = TeamFixture.documents(12, seed: 8, themes: ["lesgeven"])
        for i in 0 ..< old {
            docs[i].questionnaire = QuestionnaireStamp(id: "beter-behouden", version: "2025.2", contentHash: "0000000000000000")
            docs[i].themes[0].answers.append(AnswerRecord(question: "oud.vraag", answer: .option("a"), at: docs[i].created))
        }
        let r = TeamFixture.report(docs)
        let md = TeamMarkdownRenderer.render(r)
        #expect(md.contains("2025.2") == named && md.contains("oud.vraag") == named)
        #expect(r.otherVersions == (named ? ["2025.2"] : []))
        #expect(r.leftOutHidden == !named)
    }

    /// The date is a month, and only when at least k people's newest answers are from it.
    @Test func dateIsAMonthOfAtLeastKPeople() {
        let day = 86_400.0, november = 1_795_000_000.0 // 2026-11-18
        let many = (0 ..< 6).map { TeamFixture.document(["toets-nabespreking.fatima": .option("b")], created: november + Double($0)) }
        #expect(TeamFixture.report(many).month == "november 2026")
        let late = TeamFixture.document(["toets-nabespreking.fatima": .option("a")], created: november + 30 * day)
        let r = TeamFixture.report(many + [late])
        #expect(r.month == nil)
        #expect(!TeamMarkdownRenderer.render(r).contains("december") && !TeamMarkdownRenderer.render(r).contains("tot en met"))
    }

    /// 9 n.v.t. and 1 text are not 10 texts: nothing is quoted, and no count of one text.
    @Test func notApplicableIsNoText() throws {
        let catalog = TeamFixture.catalog
        let qi = try #require(catalog.questions.firstIndex { $0.kind == .reflection })
        var tally = TeamTally(catalog: catalog)
        tally.results = 10
        tally.files = 10
        tally.respondents[qi] = 10
        tally.counts[qi][catalog.questions[qi].categories] = 9
        tally.reflections[qi] = ["Ik vond Jan lastig."]
        let r = TeamReport(tally: tally, catalog: catalog, minimumGroup: 5, withReflections: true, baseline: nil)
        #expect(r.reflections == [])
        #expect(r.questions[qi].respondents == nil)
        let md = TeamMarkdownRenderer.render(r)
        #expect(!md.contains("Jan") && md.contains("Er staan hier geen reflecties"))
    }

    /// Only reflections whose writer agreed are quoted; the preamble warns that quotes may
    /// still be recognisable.
    @Test func onlySharedReflectionsAreQuoted() throws {
        let reflection = try #require(TeamFixture.questionnaire.questions.first { $0.kind == .reflection })
        let docs = (0 ..< 12).map { i in
            TeamFixture.document([reflection.id: .text("Tekst \(i)")], created: 1_790_000_000 + Double(i), shared: i != 3)
        }
        let r = TeamFixture.report(docs, reflections: true)
        #expect(r.reflections?.first?.texts.count == 11 && r.reflections?.first?.texts.contains("Tekst 3") == false)
        #expect(TeamMarkdownRenderer.render(r).contains("een citaat kan toch herkenbaar zijn"))
        let few = TeamFixture.report(docs.enumerated().map { i, d in
            TeamFixture.document([reflection.id: .text("Tekst \(i)")], created: d.created.timeIntervalSince1970, shared: i < 9)
        }, reflections: true)
        #expect(few.reflections == [], "9 shared texts of 12 are too few")
    }

    /// Every report states the differencing risk.
    @Test func reportStatesTheDifferencingRisk() {
        let md = TeamMarkdownRenderer.render(TeamFixture.report(TeamFixture.documents(6, seed: 1)))
        #expect(md.contains("Wie twee overzichten van bijna hetzelfde team vergelijkt, kan iemand herkennen"))
    }

    /// 12 people against the same 11 (with ids): refused; against 7: allowed. A team that shrank
    /// by at least k still gets its comparison.
    @Test func baselineDifferingByFewerThanKIsRefused() {
        let docs = (0 ..< 12).map { i -> ResultDocument in
            var d = TeamFixture.document(["toets-nabespreking.fatima": .option(i % 2 == 0 ? "a" : "b")], created: 1_790_000_000 + Double(i))
            d.respondent = Self.id(i)
            return d
        }
        let now = TeamFixture.outcome(docs)
        func session(_ n: Int) -> TeamBaseline.Session {
            let o = TeamFixture.outcome(Array(docs.prefix(n)))
            return .init(themes: TeamBaseline.fromReport(TeamReport(o, minimumGroup: 5, baseline: nil)), people: o.people)
        }
        #expect(TeamBaseline.refusal(now: now, then: session(11), minimumGroup: 5) != nil)
        #expect(TeamBaseline.refusal(now: now, then: session(8), minimumGroup: 5) != nil)
        #expect(TeamBaseline.refusal(now: now, then: session(7), minimumGroup: 5) == nil)
        #expect(TeamBaseline.refusal(now: now, then: session(12), minimumGroup: 5) == nil, "the same people again")
        let csv = TeamBaseline.Session(themes: session(11).themes, people: nil)
        #expect(TeamBaseline.refusal(now: now, then: csv, minimumGroup: 5) != nil)
        // Shrunk from 12 to 7: the comparison is shown.
        let shrunk = TeamFixture.outcome(Array(docs.prefix(7)))
        #expect(TeamBaseline.refusal(now: shrunk, then: session(12), minimumGroup: 5) == nil)
        let r = TeamReport(shrunk, minimumGroup: 5, baseline: session(12).themes)
        #expect(r.themes.first { $0.id == "lesgeven" }?.baseline?.count == 12)
    }
}
