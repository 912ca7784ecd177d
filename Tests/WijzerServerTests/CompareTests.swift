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

    /// A new self-check begun in the same browser offers, with one click, the comparison with
    /// the one before: its link stays in a cookie and never appears in the page.
    @Test func aNewSelfCheckInTheSameBrowserComparesWithThePreviousInOneClick() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let earlier = try await finishedSelfCheck(browser)
            // The first plan offers no previous self-check: this browser had none.
            #expect(!(try await browser.get("/s/\(earlier)/plan").body.contains("name=\"vorige\"")))
            _ = try await store.update(link: earlier, questionnaire: Bundled.questionnaire.id) { document in
                let record = try #require(document.themes.firstIndex { $0.theme == theme })
                document.themes[record].answers.removeLast()
            }
            let later = try await finishedSelfCheck(browser)
            #expect(browser.cookies["wijzer-vorige"] == earlier)
            let plan = try await browser.get("/s/\(later)/plan").body
            #expect(plan.contains("<input type=\"hidden\" name=\"vorige\" value=\"ja\">"))
            #expect(plan.contains(">Vergelijk met je vorige zelfcheck</button>"))
            #expect(!plan.contains(earlier), "the previous link is not written into the page")

            let compared = try await browser.post("/s/\(later)/vergelijken", [("vorige", "ja")])
            #expect(compared.status == .ok, "\(compared.body.prefix(400))")
            #expect(compared.body.contains("<h1>Vergelijking van twee zelfchecks</h1>"))
            #expect(!compared.body.contains(earlier))

            // Another browser without the cookie: told in Dutch, nothing looked up.
            let other = browser.fresh()
            other.cookies["wijzer-link"] = later
            _ = try await other.get("/")
            let unknown = try await other.post("/s/\(later)/vergelijken", [("vorige", "ja")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.body.contains("Deze browser weet niet meer welke zelfcheck je eerder deed."))

            // The previous self-check deleted: said, and forgotten by the browser.
            #expect(try await store.delete(link: earlier, questionnaire: Bundled.questionnaire.id))
            let gone = try await browser.post("/s/\(later)/vergelijken", [("vorige", "ja")])
            #expect(gone.status == .notFound)
            #expect(gone.body.contains("Je vorige zelfcheck in deze browser bestaat niet meer"))
            #expect(!gone.body.contains("name=\"vorige\""))
            #expect(browser.cookies["wijzer-vorige"] == nil)
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
