import Foundation
import Testing
@testable import WijzerLanguage
@testable import WijzerScoring
@testable import WijzerReports
import WijzerTestSupport

@Suite("Team: report")
struct TeamReportTests {
    /// A team of 14 (one theme each for some, all for others); the Storage tests read the same
    /// set from files (with a corrupt one) and compare with the same golden file.
    static func goldenSet() -> [ResultDocument] {
        TeamFixture.documents(10, seed: 2026) + TeamFixture.documents(4, seed: 77, themes: ["lesgeven", "voorbereiding"])
    }

    @Test func markdownMatchesGolden() throws {
        let docs = Self.goldenSet()
        var aggregator = TeamAggregator(catalog: TeamFixture.catalog, collectReflections: false)
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "resultaat-\(i).json") }
        aggregator.add(docs[3], from: "kopie.json")
        let outcome = aggregator.finish()
        #expect(outcome.results == 14)
        #expect(outcome.problems == [TeamProblem(path: "resultaat-3.json", message: "dubbel: hetzelfde resultaat als kopie.json; één keer meegeteld")])
        let md = TeamMarkdownRenderer.render(TeamReport(outcome, minimumGroup: 5, baseline: nil))
        if let message = Golden.mismatch(md, path: testsFolder + "/Golden/team-report.md") { Issue.record(Comment(rawValue: message)) }
        #expect(md.contains("## Gespreksonderwerpen") && md.contains("## Teamactieplan (concept)"))
    }

    /// A report on one theme (a live session's, `wijzer team --thema`) over documents with every
    /// theme has that theme's row and questions only, and counts nothing of the others: the same
    /// figures, topics and tips as the report on every theme over documents of that theme alone.
    @Test func aReportOnOneThemeLeavesTheOthersOut() throws {
        let docs = TeamFixture.documents(8, seed: 5)
        #expect(docs.allSatisfy { $0.themes.count > 1 })
        var aggregator = TeamAggregator(catalog: TeamFixture.catalog, collectReflections: true, themes: ["lesgeven"])
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "resultaat-\(i).json") }
        let scoped = TeamReport(aggregator.finish(), minimumGroup: 5, baseline: nil)
        let all = TeamReport(TeamFixture.outcome(docs.map { $0.keeping(themes: ["lesgeven"]) }, reflections: true), minimumGroup: 5, baseline: nil)
        #expect(all.themes.count == TeamFixture.questionnaire.themes.count)
        #expect(scoped.themes.map(\.id) == ["lesgeven"] && scoped.themes == all.themes.filter { $0.id == "lesgeven" })
        #expect(!scoped.questions.isEmpty && scoped.questions == all.questions.filter { $0.themeTitle == "Lesgeven" })
        #expect(scoped.topics == all.topics && scoped.tips == all.tips && scoped.reflections == all.reflections)
        // No row or answers' heading of a theme nobody was asked (a tip of another theme that
        // lesgeven's answers trigger keeps its theme's name, as in every report).
        let others = TeamFixture.questionnaire.themes.filter { $0.id.name != "lesgeven" }.map(\.title.text)
        let (md, html) = (TeamMarkdownRenderer.render(scoped), TeamHTMLRenderer.render(scoped))
        #expect(md.contains("| Lesgeven | ") && html.contains("<tr><td>Lesgeven</td>"))
        for title in others {
            #expect(!md.contains("| \(title) | ") && !md.contains("### \(title)\n") && !md.contains("**\(title)**"), "\(title)")
            #expect(!html.contains("<tr><td>\(title)</td>") && !html.contains("<h3>\(title)</h3>") && !html.contains("<strong>\(title)</strong>"), "\(title)")
        }
        #expect(TeamMarkdownRenderer.render(all).contains("| \(others[0]) | "))
        for text in [TeamCSVRenderer.scores(scoped), TeamCSVRenderer.answers(scoped)] {
            #expect(text.contains("Lesgeven"))
            for title in others { #expect(!text.contains(title), "\(title)") }
        }
    }

    /// Documents that do not fit the questionnaire are named with the reason and change nothing.
    @Test func unfitDocumentsAreListedAndDoNotChangeTheFigures() throws {
        let docs = TeamFixture.documents(8, seed: 4)
        var other = docs[0]
        other.questionnaire.id = "iets-anders"
        var tampered = docs[2]
        tampered.themes[0].answers[0].answer = .option("zz")
        var wrongKind = docs[2]
        wrongKind.themes[0].answers[0].answer = .number(3)
        let scale = try #require(TeamFixture.questionnaire.questions.first { if case .likert? = $0.kind { $0.decl.notApplicable == nil } else { false } })
        let outOfRange = TeamFixture.document([scale.id: .number(99)])
        let noNotApplicable = TeamFixture.document([scale.id: .notApplicable])
        let bad = [("ander.json", other), ("optie.json", tampered), ("soort.json", wrongKind), ("bereik.json", outOfRange),
                   ("nvt.json", noNotApplicable), ("dubbel.json", docs[5])]
        var aggregator = TeamAggregator(catalog: TeamFixture.catalog, collectReflections: false)
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "resultaat-\(i).json") }
        for (name, doc) in bad { aggregator.add(doc, from: name) }
        let mixed = aggregator.finish()
        #expect(TeamReport(mixed, minimumGroup: 5, baseline: nil) == TeamFixture.report(docs))
        let reasons = Dictionary(uniqueKeysWithValues: mixed.problems.map { ($0.path, $0.message) })
        #expect(reasons.count == bad.count, "\(reasons)")
        #expect(reasons["ander.json"] == "veld `questionnaire.id`: hoort bij vragenlijst `iets-anders`, niet bij `beter-behouden`")
        let first = docs[2].themes[0].answers[0].question
        #expect(reasons["optie.json"] == "antwoord op `\(first)`: optie `zz` bestaat niet")
        #expect(reasons["soort.json"] == "antwoord op `\(first)`: soort antwoord past niet bij de vraag")
        #expect(reasons["bereik.json"]?.hasPrefix("antwoord op `\(scale.id)`: 99 ligt buiten ") == true)
        #expect(reasons["nvt.json"] == "antwoord op `\(scale.id)`: deze vraag kent geen n.v.t.")
        // Copies are ordered by source: `dubbel.json` is kept, `resultaat-5.json` is the duplicate.
        #expect(reasons["dubbel.json"] == nil)
        #expect(reasons["resultaat-5.json"] == "dubbel: hetzelfde resultaat als dubbel.json; één keer meegeteld")
    }

    /// Theme scores and tips are those of `Scorer.evaluate` over the themes a person took part in.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func scoresAreTheScorersOverThemesTakenPart(seed: UInt64) {
        let q = TeamFixture.questionnaire
        var g = TeamFixture.generator(seed)
        for person in 0 ..< 20 {
            let themes = person % 3 == 0 ? nil : [q.themes[g.below(q.themes.count)].id.name]
            let doc = g.document(themes: themes, skipRate: person % 2 == 0 ? 5 : 40)
            let reference = Scorer.evaluate(q, doc.answers, themes: Set(doc.answers.keys.map { q.question($0)!.theme }))
            let mine = TeamFixture.outcome([doc]).tally
            for (t, id) in TeamFixture.catalog.themeIDs.enumerated() {
                let expected = reference.themes.first { $0.theme == id }?.score
                #expect(mine.scores[t].firstIndex(of: 1) == expected, "seed \(seed) person \(person) \(id)")
            }
            let tips = Set(q.tips.indices.filter { mine.tips[$0] == 1 }.map { q.tips[$0].id.name })
            #expect(tips == Set(reference.tips.map(\.tip)), "seed \(seed) person \(person)")
        }
    }

    @Test func otherVersionCountsSharedQuestionsAndListsTheRest() throws {
        var docs = TeamFixture.documents(6, seed: 8, themes: ["lesgeven"])
        // A question all three old-version results answered: left out for 3 people, so named at k = 3.
        let common = try #require(docs[0].themes[0].answers.map(\.question).first { q in docs[1 ..< 3].allSatisfy { $0.answers[q] != nil } })
        for i in 0 ..< 3 {
            docs[i].questionnaire = QuestionnaireStamp(id: "beter-behouden", version: "2025.2", contentHash: "0000000000000000")
            let a = docs[i].themes[0].answers.firstIndex { $0.question == common }!
            docs[i].themes[0].answers[a].fingerprint = "ffffffffffffffff"
            docs[i].themes[0].answers.append(AnswerRecord(question: "oud.vraag", answer: .option("a"), at: docs[i].created))
        }
        let r = TeamFixture.report(docs, k: 3)
        #expect(r.results == 6 && r.otherVersions == ["2025.2"])
        let changed = TeamFixture.questionnaire.question(common)!.decl.text.text
        #expect(r.leftOut.contains(.init(question: changed, reason: "anders gesteld in versie 2025.2; die antwoorden tellen niet mee")))
        #expect(r.leftOut.contains(.init(question: "oud.vraag", reason: "bestaat niet meer (uit versie 2025.2); niet meegeteld")))
        let second = docs[3].themes[0].answers.first { $0.question != common }!.question
        let answered = docs.filter { $0.answers[second] != nil }.count
        #expect(answered >= 5)
        let expected = TeamPrivacy(minimumGroup: 3, team: 6).mayShow(group: answered) ? answered : nil
        #expect(r.questions.first { $0.id == second }?.respondents == expected, "unchanged questions of the old version count")
    }

    @Test func csvIsQuotedAndGuardedAgainstFormulas() {
        func text(_ s: String) -> String { TeamCSVRenderer.text(s, ",") }
        #expect(text("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(text("+31 6") == "'+31 6" && text("-x") == "'-x" && text("@a") == "'@a")
        #expect(text("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(text("regel\nregel") == "\"regel\nregel\"")
        #expect(text("gewoon") == "gewoon")
        #expect(TeamCSVRenderer.text("a; b", ";") == "\"a; b\"" && TeamCSVRenderer.text("a, b", ";") == "a, b")
    }

    /// What a spreadsheet would evaluate is guarded (a leading TAB or line break, blanks before
    /// `=`, full-width `＝`); plain numbers such as negative scale keys are not.
    @Test func formulaGuardCoversWhatASpreadsheetEvaluatesButNotNumbers() {
        #expect(FormulaGuard.guarded("\t=1+1") == "'\t=1+1")
        #expect(FormulaGuard.guarded("\r=1+1") == "'\r=1+1")
        #expect(FormulaGuard.guarded("  =1+1") == "'  =1+1")
        #expect(FormulaGuard.guarded("＝HYPERLINK(\"x\")") == "'＝HYPERLINK(\"x\")")
        #expect(FormulaGuard.guarded("＋1") == "'＋1" && FormulaGuard.guarded("＠a") == "'＠a")
        #expect(FormulaGuard.guarded("-2") == "-2" && FormulaGuard.guarded("+3") == "+3" && FormulaGuard.guarded("-1,5") == "-1,5")
        #expect(FormulaGuard.guarded("-2+3") == "'-2+3")
        #expect(FormulaGuard.guarded("Beroepsoriëntatie") == "Beroepsoriëntatie")
    }

    @Test func csvFilesAreUTF8WithBOMAndSemicolonsOrCommas() throws {
        let r = TeamFixture.report(TeamFixture.documents(9, seed: 12))
        let scores = TeamCSVRenderer.scores(r), answers = TeamCSVRenderer.answers(r)
        #expect(Array(scores.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF] && Array(answers.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(scores.hasPrefix("\u{FEFF}thema_id;thema;aantal;eerste_kwartiel;mediaan;derde_kwartiel;opmerking\r\n"))
        #expect(answers.hasPrefix("\u{FEFF}vraag_id;thema;vraag;antwoord_id;antwoord;aantal;procent;opmerking\r\n"))
        #expect(scores.split(separator: "\r\n").count == 1 + TeamFixture.questionnaire.themes.count)
        for line in answers.dropFirst().split(separator: "\r\n") { #expect(TeamBaseline.parse(String(line), ";").count == 8, "\(line)") }
        let comma = TeamCSVRenderer.answers(r, separator: ",")
        #expect(comma.hasPrefix("\u{FEFF}vraag_id,thema,vraag,antwoord_id,antwoord,aantal,procent,opmerking\r\n"))
        for line in comma.dropFirst().split(separator: "\r\n") { #expect(TeamBaseline.parse(String(line), ",").count == 8, "\(line)") }
        #expect(TeamBaseline.fromCSV(TeamCSVRenderer.scores(r, separator: ",")) == TeamBaseline.fromCSV(scores))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let reflection = TeamFixture.questionnaire.questions.first { $0.kind == .reflection }!
        let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b `c`"#
        let docs = (0 ..< 10).map { TeamFixture.document([reflection.id: .text(hostile + "\($0)")], created: 1_790_000_000 + Double($0), shared: true) }
        let r = TeamFixture.report(docs, reflections: true)
        let html = TeamHTMLRenderer.render(r), md = TeamMarkdownRenderer.render(r)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script") && !html.contains("<img"))
        #expect(md.contains(#"&lt;script&gt;"#) && md.contains(#"\[x\](javascript:alert(1))"#) && !md.contains("<img"))
        let head = html.components(separatedBy: "<head>")[1].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(head.hasPrefix("<meta http-equiv=\"Content-Security-Policy\""))
        #expect(!html.contains("src=\"http") && !html.contains("<link") && html.contains("@media print"))
        // Long sections may break across pages: the plan's `section{break-inside:avoid}` would put
        // every section of a team report on a new page.
        let plan = try #require(html.range(of: "section,.action")), team = try #require(html.range(of: "section,.action{break-inside:auto}"))
        #expect(plan.lowerBound < team.lowerBound)
    }

    /// The team view shows `mainContent` in its own page, and a closed session's frozen page cut
    /// back to the same: both must be what `render` puts inside `<main>`, hostile text included.
    @Test func mainContentIsWhatThePageHoldsAndIsFoundInItAgain() throws {
        let reflection = TeamFixture.questionnaire.questions.first { $0.kind == .reflection }!
        let hostile = "</main>\n</body> <main>\n ü ✓ 👩🏽‍💻"
        let docs = (0 ..< 10).map { TeamFixture.document([reflection.id: .text(hostile + "\($0)")], created: 1_790_000_000 + Double($0), shared: true) }
        for report in [TeamFixture.report(docs, reflections: true), TeamFixture.report(Array(docs.prefix(2)))] {
            let main = TeamHTMLRenderer.mainContent(report)
            let page = TeamHTMLRenderer.render(report)
            #expect(HTMLPage.body(of: page) == main)
            #expect(page.hasSuffix("<main>\n" + main + "</main>\n</body>\n</html>\n"))
        }
        #expect(HTMLPage.body(of: "<p>geen pagina</p>") == nil)
        #expect(HTMLPage.body(of: "<main>\nalleen het begin") == nil)
    }

    @Test func svgBoxPlotAndBars() throws {
        let html = TeamHTMLRenderer.render(TeamFixture.report(TeamFixture.documents(12, seed: 21)))
        #expect(html.contains("<svg class=\"box\" role=\"img\" aria-label=\"mediaan "))
        #expect(!html.contains("minimum") && !html.contains("maximum"), "no whiskers, no extremes")
        #expect(html.contains("<svg class=\"bar\" role=\"img\" aria-label=\""))
    }

    @Test func baselineFromCSV() throws {
        let earlier = TeamFixture.report(TeamFixture.documents(10, seed: 1))
        let table = try #require(TeamBaseline.fromCSV(TeamCSVRenderer.scores(earlier)))
        #expect(table == TeamBaseline.fromReport(earlier))
        let now = TeamFixture.report(TeamFixture.documents(10, seed: 2), baseline: table)
        #expect(now.themes.map(\.baseline) == earlier.themes.map(\.scores))
        #expect(TeamMarkdownRenderer.render(now).contains("## Verandering sinds de vorige sessie"))
        #expect(TeamBaseline.fromCSV("iets anders\r\n") == nil)
        // A team-scores.csv from before issue 15: its extremes are dropped, its quartiles rounded.
        let older = "thema_id,thema,aantal,minimum,eerste_kwartiel,mediaan,derde_kwartiel,maximum,opmerking\r\n"
            + "lesgeven,Lesgeven,12,20,33,47,61,90,\r\nvoorbereiding,Voorbereiding,,,,,,,te weinig antwoorden om te tonen\r\n"
        #expect(TeamBaseline.fromCSV(older) == ["lesgeven": TeamReport.Distribution(count: 12, q1: 35, median: 45, q3: 60)])
    }

    /// A baseline CSV made with a smaller group size must not show groups below this run's k.
    @Test func baselineFromCSVObeysThisRunsGroupSize() throws {
        let small = TeamFixture.report(TeamFixture.documents(3, seed: 1), k: 3)
        #expect(small.themes.contains { $0.scores != nil }, "the k = 3 report shows its groups of 3")
        let table = try #require(TeamBaseline.fromCSV(TeamCSVRenderer.scores(small)))
        let report = TeamFixture.report(TeamFixture.documents(10, seed: 2), k: 5, baseline: table)
        #expect(report.themes.allSatisfy { $0.baseline == nil })
    }

    /// The draft plan shows at most 5 tips, each with its resource links as in the personal plan.
    @Test func teamPlanShowsTopFiveWithLinks() throws {
        let r = TeamFixture.report(TeamFixture.documents(20, seed: 5))
        #expect(!r.tips.isEmpty && r.tips.count <= TeamReport.tipCount)
        #expect(zip(r.tips, r.tips.dropFirst()).allSatisfy { $0.percent >= $1.percent })
        let md = TeamMarkdownRenderer.render(r), html = TeamHTMLRenderer.render(r)
        for tip in r.tips {
            let declared = try #require(TeamFixture.questionnaire.tips.first { $0.id.name == tip.id })
            #expect(tip.links.map(\.url) == declared.resources.compactMap(\.url?.text).filter { $0.hasPrefix("http") })
            for link in tip.links {
                let url = try #require(link.url)
                #expect(md.contains("](\(url))") && html.contains("href=\"\(url)\""))
            }
        }
    }

    /// A resource without an address (a book) stays in the team plan, named by its title.
    @Test func teamPlanKeepsResourcesWithoutAddress() throws {
        let docs = TeamFixture.documents(20, seed: 5)
        let first = try #require(TeamFixture.report(docs).tips.first)
        var q = TeamFixture.questionnaire
        let index = try #require(q.tips.firstIndex { $0.id.name == first.id })
        q.tips[index].resources.insert(Resource(title: TextValue("Carol Dweck, Mindset (2006)"), url: nil), at: 0)
        var aggregator = TeamAggregator(catalog: TeamCatalog(q, stamp: TeamFixture.stamp), collectReflections: false)
        for (i, doc) in docs.enumerated() { aggregator.add(doc, from: "resultaat-\(i).json") }
        let r = TeamReport(aggregator.finish(), minimumGroup: 5, baseline: nil)
        let tip = try #require(r.tips.first { $0.id == first.id })
        #expect(tip.links.first == TeamReport.Link(title: "Carol Dweck, Mindset (2006)", url: nil))
        #expect(tip.links.dropFirst().map(\.url) == first.links.map(\.url))
        #expect(TeamMarkdownRenderer.render(r).contains("**Hulpbronnen:**\n\n- *Carol Dweck, Mindset (2006)*\n"))
        #expect(TeamHTMLRenderer.render(r).contains("<ul class=\"links\"><li><cite>Carol Dweck, Mindset (2006)</cite></li>"))
    }

    /// A label that starts with a quote is not quoted again; the spread is explained.
    @Test func leadingAnswersAreQuotedOnceAndSpreadIsExplained() {
        let bar = TeamReport.Bar(key: "a", label: "‘Joh, dat kan ik niet.’", count: 3, percent: 50)
        let plain = TeamReport.Bar(key: "b", label: "Ik vraag door", count: 2, percent: 33)
        let topic = TeamReport.Topic(questionID: "x.y", question: "Wat zeg je?", themeTitle: "Lesgeven", spread: 0.9, leading: [bar, plain])
        #expect(TeamText.leading(topic) == "Het meest gekozen: ‘Joh, dat kan ik niet.’ (50%) en ‘Ik vraag door’ (33%).")
        let md = TeamMarkdownRenderer.render(TeamFixture.report(TeamFixture.documents(8, seed: 3)))
        #expect(md.contains("De spreiding loopt van 0 (iedereen antwoordde hetzelfde) tot 1"))
    }

    /// A theme nobody did is one line, not one line per question.
    @Test func themesNobodyDidAreOneLine() {
        let docs = TeamFixture.documents(6, seed: 4, themes: ["lesgeven"])
        let md = TeamMarkdownRenderer.render(TeamFixture.report(docs))
        let others = TeamFixture.questionnaire.themes.count - 1
        #expect(md.components(separatedBy: "bij alle vragen van dit thema.").count - 1 == others)
        let hiddenQuestions = md.split(separator: "\n").filter { $0.hasPrefix("**") && $0.hasSuffix("zodat niemand herkenbaar is).") }
        #expect(hiddenQuestions.count < 5, "\(hiddenQuestions.count) lines of hidden questions")
    }
}
