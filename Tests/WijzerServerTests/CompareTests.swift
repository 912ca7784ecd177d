import Foundation
import Testing
import WijzerReports
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// Comparing a self-check with an earlier one in the browser, by pasting the earlier private link.
@Suite struct CompareTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    /// A finished self-check of `theme` on a fresh browser; its link.
    func finishedSelfCheck(_ browser: Browser) async throws -> String {
        let link = try await browser.begin()
        try await answerTheme(browser, link: link, theme: theme)
        #expect(try await browser.post("/s/\(link)/thema/\(theme)/afronden").status == .seeOther)
        return link
    }

    @Test func thePlanComparesWithAnEarlierSelfCheckOlderFirstWhicheverWayRoundItIsPasted() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let earlier = try await finishedSelfCheck(browser)
            let yearAgo = Date(timeIntervalSinceNow: -365 * 24 * 3600)
            _ = try await store.update(link: earlier, questionnaire: Bundled.questionnaire.id) { document in
                document.updated = yearAgo
                // A year ago one answer was missing: the comparison has something to show.
                let themeRecord = try #require(document.themes.firstIndex { $0.theme == theme })
                document.themes[themeRecord].answers.removeLast()
            }
            let laterBrowser = browser.fresh()
            let later = try await finishedSelfCheck(laterBrowser)
            let plan = try await laterBrowser.get("/s/\(later)/plan")
            #expect(plan.body.contains("Vergelijk met een eerdere zelfcheck"))
            #expect(plan.body.contains("action=\"/s/\(later)/vergelijken\""))

            let old = try #require(try await store.load(link: earlier, questionnaire: Bundled.questionnaire.id))
            let new = try #require(try await store.load(link: later, questionnaire: Bundled.questionnaire.id))
            let expected = Comparison(old: old, new: new, questionnaire: Bundled.questionnaire)
            #expect(expected.themes.count == 1)

            for (from, pasted) in [(later, "  http://127.0.0.1:8080/s/\(earlier)/plan?x=1 "), (later, earlier)] {
                let page = try await laterBrowser.post("/s/\(from)/vergelijken", [("eerder", pasted)])
                #expect(page.status == .ok, "\(page.body.prefix(400))")
                #expect(page.body.contains("Van \(DutchDate.long(yearAgo)) naar \(DutchDate.long(new.updated))."))
                #expect(page.body.contains("<th scope=\"row\">\(Escape.html(expected.themes[0].title))</th>"))
                for (title, items) in expected.sections {
                    #expect(page.body.contains("<h2>\(title) (\(items.count))</h2>"))
                }
                #expect(!page.body.contains(earlier), "the earlier link is not echoed into the page")
            }
            // From the earlier self-check's own plan, the later one pasted: still older first.
            let reversed = try await browser.post("/s/\(earlier)/vergelijken", [("eerder", later)])
            #expect(reversed.body.contains("Van \(DutchDate.long(yearAgo)) naar \(DutchDate.long(new.updated))."))
        }
    }

    @Test func whatIsNoEarlierSelfCheckIsSaidInDutchOnThePlanPage() async throws {
        try await withServer { browser, _ in
            let link = try await finishedSelfCheck(browser)
            let cases: [(String, Int, String)] = [
                ("mijn link van vorig jaar", 422, "Dit is geen persoonlijke link van Wijzer"),
                (link, 422, "Dit is de link van deze zelfcheck zelf"),
                (PrivateLink.make(), 404, "Onder deze link staat geen zelfcheck (meer)"),
                ("http://127.0.0.1:8080/s/\(PrivateLink.make())", 404, "Onder deze link staat geen zelfcheck (meer)"),
            ]
            for (entered, status, message) in cases {
                let page = try await browser.post("/s/\(link)/vergelijken", [("eerder", entered)])
                #expect(Int(page.status.code) == status, "\(entered)")
                #expect(page.body.contains(message), "\(entered)")
                #expect(page.body.contains("aria-invalid=\"true\"") && page.body.contains("Persoonlijk actieplan"))
            }
            let forged = try await browser.post("/s/\(link)/vergelijken", [("eerder", link)], csrf: "nep")
            #expect(forged.status == .forbidden)
        }
    }

    @Test func aPastedLinkIsFoundInAWholeURLAPathOrOnItsOwn() {
        let secret = PrivateLink.make()
        #expect(PrivateLink.secret(in: "https://wijzer.school.nl/zelfcheck/s/\(secret)/plan") == secret)
        #expect(PrivateLink.secret(in: "/s/\(secret)#x") == secret)
        #expect(PrivateLink.secret(in: "\n\(secret)\t") == secret)
        #expect(PrivateLink.secret(in: "https://example.org/s/") == nil)
        #expect(PrivateLink.secret(in: String(secret.dropLast())) == nil)
    }
}
