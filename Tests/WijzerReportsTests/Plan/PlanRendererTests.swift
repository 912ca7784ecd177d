import Foundation
import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring
@testable import WijzerReports
@testable import WijzerStorage

@Suite("Action plan")
struct PlanRendererTests {
    let q = check(validSet).questionnaire

    func plan(reflection: String, name: String? = nil) -> ActionPlan {
        let text = validSet + """
            scenario slot "Slot" in lesgeven
              situation "x"
              question voornemen "Wat neem je je voor?"
                why "w"
                reflection

            """
        let q = check(text).questionnaire
        var doc = ResultDocument(questionnaire: q.stamp(files: []), name: name, now: Date(timeIntervalSince1970: 1_796_000_000))
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        ResultBuilder.record(.option("a"), for: q.question("toets.spaart")!, in: &doc, at: at)
        ResultBuilder.record(.number(4), for: q.question("toets.hoevaak")!, in: &doc, at: at)
        ResultBuilder.record(.text(reflection), for: q.question("slot.voornemen")!, in: &doc, at: at)
        ResultBuilder.complete(theme: "lesgeven", in: &doc, questionnaire: q, at: at)
        return ActionPlan(document: doc, questionnaire: q, comparedIn: .terminal)
    }

    @Test func planContents() throws {
        let p = plan(reflection: "Ik ga vaker doorvragen.")
        #expect(p.themes.map(\.score) == [50], "spaart a: 0 of 2, hoevaak 4: 3 of 4")
        #expect(p.themes.map(\.position) == [.onTheWay])
        #expect(p.focus.map(\.id) == ["groeigericht"])
        #expect(p.focus[0].timeframe == "deze week")
        #expect(p.focus[0].reasons == [.init(question: "Wat zeg je tegen Sanne?", answer: "Dat het vast beter gaat.")])
        #expect(p.reflections.map(\.text) == ["Ik ga vaker doorvragen."])
        #expect(p.themes[0].nextStep == "Probeer als volgende stap: geef groeigerichte feedback (deze week).")
        #expect(DutchDate.long(p.nextCheck.date) == "28 februari 2027")
        let md = MarkdownPlanRenderer.render(p)
        #expect(md.contains("Waar je staat: begin → **op weg** → stevig (3 van 3 vragen beantwoord)."))
        #expect(md.contains("> Ik ga vaker doorvragen."))
        #expect(md.contains("- [Praktische tips](https://www.vhto.nl/lesgeven/praktische-tips/)"))
    }

    /// The next check says how to compare where the teacher works: a command in the terminal,
    /// the comparison under a new plan in the browser; the same sentence in both renderers.
    @Test(arguments: [NextCheck.Place.terminal, .browser])
    func nextCheckFitsWhereThePlanWasMade(place: NextCheck.Place) {
        var p = plan(reflection: "x")
        p.nextCheck = NextCheck(after: Date(timeIntervalSince1970: 1_796_000_000), place: place)
        let md = MarkdownPlanRenderer.render(p), html = HTMLPlanRenderer.render(p)
        switch place {
        case .terminal:
            #expect(md.contains("\nKijk rond **28 februari 2027** opnieuw met Wijzer naar je praktijk en vergelijk met `wijzer compare`.\n"))
            #expect(html.contains("<p>Kijk rond <strong>28 februari 2027</strong> opnieuw met Wijzer naar je praktijk en vergelijk met <code>wijzer compare</code>.</p>"))
        case .browser:
            let advice = "opnieuw met Wijzer naar je praktijk. Begin dan een nieuwe zelfcheck en plak onder dat actieplan je persoonlijke link van nu, "
                + "bij ‘Vergelijk met een eerdere zelfcheck’: zo zie je wat er veranderd is."
            #expect(md.contains("\nKijk rond **28 februari 2027** " + advice + "\n"))
            #expect(html.contains("<p>Kijk rond <strong>28 februari 2027</strong> " + advice + "</p>"))
            #expect(!md.contains("wijzer compare") && !html.contains("wijzer compare"))
        }
    }

    static let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b `code` &lt;"#

    @Test func hostileTextIsInertInHTML() {
        let html = HTMLPlanRenderer.render(plan(reflection: Self.hostile, name: Self.hostile))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1)) a|b `code` &amp;lt;"))
        let head = html.components(separatedBy: "<head>")[1]
        #expect(head.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<meta http-equiv=\"Content-Security-Policy\""))
        #expect(!html.contains("src=\"http") && !html.contains("<link"), "no external assets")
        #expect(html.contains("@media print") && html.contains("size:A4"))
    }

    /// `wijzer serve` shows `mainContent` inside its own page: it is exactly what the file holds.
    @Test func mainContentIsWhatTheHTMLFileHoldsInsideMain() {
        let p = plan(reflection: Self.hostile + " </main>\n</body>", name: Self.hostile)
        #expect(HTMLPage.body(of: HTMLPlanRenderer.render(p)) == HTMLPlanRenderer.mainContent(p))
        #expect(HTMLPlanRenderer.mainContent(p).hasPrefix("<header><h1>Persoonlijk actieplan</h1>"))
    }

    @Test func hostileTextIsInertInMarkdown() {
        let md = MarkdownPlanRenderer.render(plan(reflection: Self.hostile, name: Self.hostile))
        let escaped = #"&lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; \[x\](javascript:alert(1)) a\|b \`code\` &amp;lt;"#
        #expect(md.contains("> " + escaped))
        #expect(md.contains("voor " + escaped))
        #expect(!md.contains("<script") && !md.contains("[x](javascript"))
    }

    /// A tip's text is Markdown from the questionnaire: rendered, but nothing in it reaches
    /// the HTML as markup of its own, in a focus action or in a list item.
    @Test func hostileTipTextIsInert() {
        var p = plan(reflection: "x")
        p.focus[0].text = Self.hostile + " ![i](https://a.nl/i.png) **vet**\n\n- <i>item</i>"
        p.more = [ActionPlan.TimeframeGroup(label: "deze week", actions: [p.focus[0]])]
        let html = HTMLPlanRenderer.render(p)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<i>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<strong>vet</strong></p><ul><li>&lt;i&gt;item&lt;/i&gt;</li></ul>"))
        #expect(html.contains("<strong>vet</strong> &lt;i&gt;item&lt;/i&gt;"), "in a list item the text is one line")
        let md = MarkdownPlanRenderer.render(p)
        #expect(!md.contains("<script") && !md.contains("<i>") && !md.contains("](javascript") && !md.contains("!["))
        #expect(md.contains("**vet**\n\n- &lt;i&gt;item&lt;/i&gt;\n"))
        #expect(md.contains("**vet** &lt;i&gt;item&lt;/i&gt;"))
    }

    @Test(arguments: [("- lijst", #"\- lijst"#), ("1. een", #"1\. een"#), ("# kop", ##"\# kop"##), ("a - b. c", "a - b. c"),
                      ("*nadruk*", #"\*nadruk\*"#), ("regel\nnieuw", "regel nieuw")] as [(String, String)])
    func markdownEscapes(input: String, output: String) {
        #expect(Escape.markdown(input) == output)
    }
}
