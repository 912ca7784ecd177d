import Foundation
import Hummingbird
import Testing
import WijzerLanguage
import WijzerReports
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// A teacher's way through the pages, by plain form posts as a browser without script sends them.
@Suite struct ThemeFlowTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func startPageOffersABeginButtonAndSetsAStrictLastingCSRFCookie() async throws {
        try await withServer { browser, _ in
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("Begin je zelfcheck"))
            #expect(page.body.contains("<html lang=\"nl\">"))
            let cookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("wijzer-csrf=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            // Kept across a browser restart, so a question left open then is still sent
            // (browser_test.py closes Chromium with a question open).
            #expect(cookie.contains("Max-Age=34560000"))
            #expect(page.body.contains("name=\"csrf\" value=\"\(browser.cookies["wijzer-csrf"] ?? "-")\""))
        }
    }

    @Test func aWholeThemeAnsweredThroughPostsGivesThePlanAndAResultFile() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let welcome = try await browser.get("/s/\(link)?welkom")
            #expect(welcome.body.contains("Bewaar deze link"))
            #expect(welcome.body.contains("http://127.0.0.1:8080/s/\(link)"))
            // With the link to keep comes the script of its copy button (from 'self'), and only then.
            #expect(welcome.body.contains("<script src=\"/kopieer.js\" defer></script>"))
            let again = try await browser.get("/s/\(link)").body
            #expect(!again.contains("Bewaar deze link") && !again.contains("<script"))
            let script = try await browser.get("/kopieer.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8" && script.body.contains("Kopieer de link"))

            let intro = try await browser.get("/s/\(link)/thema/\(theme)")
            #expect(intro.body.contains("Begin met dit thema"))
            let answered = try await answerTheme(browser, link: link, theme: theme)
            #expect(answered > 0)
            let review = try await browser.get("/s/\(link)/thema/\(theme)/overzicht")
            #expect(review.status == .ok && review.body.contains("Klopt, maak mijn actieplan"))

            let finish = try await browser.post("/s/\(link)/thema/\(theme)/afronden")
            #expect(finish.status == .seeOther && finish.location == "/s/\(link)/plan")
            let plan = try await browser.get("/s/\(link)/plan")
            #expect(plan.status == .ok)
            #expect(plan.body.contains("Persoonlijk actieplan") && plan.body.contains("Je drie focusacties"))
            #expect(!plan.body.contains("<style") && !plan.body.contains("<script"))
            // A teacher in the browser has no terminal: the next check points to the comparison
            // under a new plan, on the page and in both downloads.
            let nextCheck = "Begin dan een nieuwe zelfcheck en plak onder dat actieplan je persoonlijke link van nu"
            #expect(plan.body.contains(nextCheck) && !plan.body.contains("wijzer compare"))

            let json = try await browser.get("/s/\(link)/resultaat.json")
            #expect(json.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            let document = try ResultCodec.decode(Array(json.body.utf8), path: "resultaat.json")
            let record = try #require(document.themes.first { $0.theme == theme })
            #expect(record.completed != nil && record.answers.count == answered)
            #expect(document.respondent?.count == 32 && document.respondent != link)
            // The same scores the one scorer gives for these answers.
            let evaluation = Scorer.evaluate(Bundled.questionnaire, document.answers, themes: [theme])
            #expect(record.score == evaluation.theme(theme)?.score)
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id) == document)

            let markdown = try await browser.get("/s/\(link)/actieplan.md")
            #expect(markdown.body.hasPrefix("# Persoonlijk actieplan"))
            #expect(markdown.body.contains(nextCheck) && !markdown.body.contains("wijzer compare"))
            let htmlFile = try await browser.get("/s/\(link)/actieplan.html")
            #expect(htmlFile.body.contains("<!DOCTYPE html>") && htmlFile.headers[.contentDisposition] != nil)
            #expect(htmlFile.body.contains(nextCheck) && !htmlFile.body.contains("wijzer compare"))
        }
    }

    /// A finish is checked on the self-check as its save reads it: a second one changes nothing
    /// and leads to the plan, and an unknown theme or link stores nothing.
    @Test func aThemeIsFinishedOnceAndUnknownOnesAreNotFound() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let link = try await browser.begin()
            try await answerTheme(browser, link: link, theme: theme)
            #expect(try await browser.post("/s/\(link)/thema/\(theme)/afronden").location == "/s/\(link)/plan")
            let first = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(first[theme: theme].completed != nil)
            try await Task.sleep(for: .milliseconds(1_100))  // a second finish would stamp a later second
            let again = try await browser.post("/s/\(link)/thema/\(theme)/afronden")
            #expect(again.status == .seeOther && again.location == "/s/\(link)/plan")
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id) == first)
            #expect(try await browser.post("/s/\(link)/thema/geen-thema/afronden").status == .notFound)
            #expect(try await browser.post("/s/\(PrivateLink.make())/thema/\(theme)/afronden").status == .notFound)
            #expect(try await browser.post("/s/\(link)/thema/geen-thema/opnieuw").status == .notFound)
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id) == first)
        }
    }

    /// Doing a finished theme again asks first, says how to keep the answers and how to compare
    /// later, and only the confirming POST empties the theme.
    @Test func doingAThemeAgainAsksFirstAndOffersToKeepTheAnswers() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let link = try await browser.begin()
            try await answerTheme(browser, link: link, theme: theme)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/afronden")
            let intro = try await browser.get("/s/\(link)/thema/\(theme)").body
            #expect(intro.contains("<a class=\"button\" href=\"/s/\(link)/thema/\(theme)/opnieuw\">Doe dit thema opnieuw</a>"))
            #expect(!intro.contains("action=\"/s/\(link)/thema/\(theme)/opnieuw\""), "a form that empties the theme in one click")

            let ask = try await browser.get("/s/\(link)/thema/\(theme)/opnieuw")
            #expect(ask.status == .ok)
            for part in ["opnieuw doen?</h1>", "href=\"/s/\(link)/resultaat.json\" download", "href=\"/s/\(link)/actieplan.html\" download",
                         "action=\"/s/\(link)/thema/\(theme)/opnieuw\"", "Je antwoorden van deze keer blijven bewaard"] {
                #expect(ask.body.contains(part), "the confirmation lacks \(part)")
            }
            // Looking is not doing.
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)?[theme: theme].completed != nil)

            let done = try await browser.post("/s/\(link)/thema/\(theme)/opnieuw")
            #expect(done.status == .seeOther && done.location == "/s/\(link)/thema/\(theme)")
            let restarted = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(restarted[theme: theme].completed == nil && restarted[theme: theme].answers.isEmpty)
            // Nothing to confirm for a theme that is not finished: back to the theme.
            #expect(try await browser.get("/s/\(link)/thema/\(theme)/opnieuw").location == "/s/\(link)/thema/\(theme)")
            // Sent again (twice clicked, or a page left open): a theme being answered keeps its answers.
            _ = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(Bundled.questionnaire.questions(inTheme: theme)[0]))
            _ = try await browser.post("/s/\(link)/thema/\(theme)/opnieuw")
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id)?[theme: theme].answers.count == 1)
        }
    }

    /// A theme done again and finished: the plan compares it with the round before in one click,
    /// in the same self-check, and a theme done again only half-way is not compared.
    @Test func aThemeDoneAgainIsComparedWithTheRoundBefore() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let link = try await browser.begin()
            try await browser.finishTheme(theme, link: link, variant: 0)
            #expect(!(try await browser.get("/s/\(link)/plan").body.contains("Vergelijk met de vorige keer")))
            let first = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            _ = try await browser.post("/s/\(link)/thema/\(theme)/opnieuw")
            let refused = try await browser.post("/s/\(link)/vergelijken", [("ronde", "ja")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("nog geen thema dat je opnieuw hebt gedaan en afgerond"))

            try await browser.finishTheme(theme, link: link, variant: 2)
            let plan = try await browser.get("/s/\(link)/plan").body
            #expect(plan.contains("<input type=\"hidden\" name=\"ronde\" value=\"ja\">"))
            #expect(plan.contains(">Vergelijk met de vorige keer</button>"))
            let compared = try await browser.post("/s/\(link)/vergelijken", [("ronde", "ja")])
            #expect(compared.status == .ok)
            #expect(compared.body.contains("<h1>Vergelijking met de vorige keer</h1>"))
            // The round before and the round now, as the comparison of the two documents says.
            let now = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(now[theme: theme] != first[theme: theme], "the two rounds must differ for this test to mean anything")
            let expected = Comparison(old: first, new: now, questionnaire: Bundled.questionnaire)
            #expect(expected.themes.map(\.id) == [theme])
            // Only a change tells this comparison from one of a round with itself.
            #expect(!expected.resolved.isEmpty || !expected.added.isEmpty, "the two rounds' tips must differ for this test to mean anything")
            for (title, items) in expected.sections {
                #expect(compared.body.contains("<h2>\(title) (\(items.count))</h2>"), "\(title)")
            }
        }
    }

    /// An earlier round the store cannot read (a damaged row) keeps nobody from her plan: the
    /// plan is shown without the offer, and a comparison asked for anyway is refused in Dutch.
    @Test func anUnreadableEarlierRoundLeavesThePlanAsItWas() async throws {
        let fixture = try await StoreFixture(.sqlite)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let theme = self.theme
        try await withServer(store: store) { browser, _ in
            let link = try await browser.begin()
            try await browser.finishTheme(theme, link: link, variant: 0)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/opnieuw")
            try await browser.finishTheme(theme, link: link, variant: 1)
            #expect((try await browser.get("/s/\(link)/plan")).body.contains("Vergelijk met de vorige keer"))
            try await fixture.raw("UPDATE self_checks SET earlier = '{\"kapot'")
            let plan = try await browser.get("/s/\(link)/plan")
            #expect(plan.status == .ok && plan.body.contains("Persoonlijk actieplan") && !plan.body.contains("Vergelijk met de vorige keer"))
            let refused = try await browser.post("/s/\(link)/vergelijken", [("ronde", "ja")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("nog niets te vergelijken"))
        }
        try await store.close()
    }

    /// The round before, downloaded from the comparison, is a result file `wijzer compare`
    /// reads beside the one of now; a self-check without one has none (404).
    @Test func theRoundBeforeDownloadsAsAResultFileWijzerCompareReads() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let theme = self.theme
        try await withServer { browser, _ in
            let link = try await browser.begin()
            try await browser.finishTheme(theme, link: link, variant: 0)
            #expect(try await browser.get("/s/\(link)/vorige-keer.json").status == .notFound)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/opnieuw")
            try await browser.finishTheme(theme, link: link, variant: 2)
            let compared = try await browser.post("/s/\(link)/vergelijken", [("ronde", "ja")])
            #expect(compared.body.contains("href=\"/s/\(link)/vorige-keer.json\" download"))
            let earlier = try await browser.get("/s/\(link)/vorige-keer.json")
            #expect(earlier.status == .ok && earlier.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"beter-behouden-") == true)
            _ = try folder.write("vorige-keer.json", earlier.body)
            _ = try folder.write("nu.json", try await browser.get("/s/\(link)/resultaat.json").body)
        }
        let outcome = try WijzerProcess.run(["compare", folder.path + "/vorige-keer.json", folder.path + "/nu.json",
                                             "--out", folder.path + "/vergelijking", "--data-dir", folder.path + "/data"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let title = try #require(Bundled.questionnaire.theme(theme)?.title.text)
        #expect(outcome.stdout.contains("Vergelijking van je zelfcheck van") && outcome.stdout.contains(title))
    }

    @Test func theDownloadedResultFileIsAcceptedByWijzerPlan() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let theme = self.theme
        try await withServer { browser, _ in
            let link = try await browser.begin()
            try await answerTheme(browser, link: link, theme: theme)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/afronden")
            _ = try folder.write("resultaat.json", try await browser.get("/s/\(link)/resultaat.json").body)
        }
        let outcome = try WijzerProcess.run(["plan", folder.path + "/resultaat.json", "--out", folder.path + "/plannen",
                                             "--data-dir", folder.path + "/data"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Actieplan geschreven"))
    }

    @Test func aReflectionOfSeveralLinesIsStoredAsOneLine() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let link = try await browser.begin()
            let questions = Bundled.questionnaire.questions(inTheme: theme)
            let index = try #require(questions.firstIndex { $0.kind == .reflection })
            let page = try await browser.post("/s/\(link)/thema/\(theme)/vraag/\(index + 1)",
                                              [("actie", "antwoord"), ("antwoord", "Eerst dit.\r\nDan dat.\n\nKlaar. ")])
            #expect(page.status == .seeOther, "\(page.body.prefix(300))")
            let document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(document.answers[questions[index].id] == .text("Eerst dit. Dan dat. Klaar."))
            #expect(document[theme: theme].answers.first?.shareAnonymously == false)
        }
    }

    @Test func skipBackAndEditChangeOnlyWhatTheySay() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let base = "/s/\(link)/thema/\(theme)/vraag/"
            let skip = try await browser.post(base + "1", [("actie", "overslaan")])
            #expect(skip.status == .seeOther)
            let second = try #require(skip.location)
            let page = try await browser.get(second)
            #expect(page.body.contains("href=\"\(base)1\">Vorige vraag</a>"))
            var document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            let q1 = Bundled.questionnaire.questions(inTheme: theme)[0]
            #expect(document[theme: theme].skipped == [q1.id])
            // Answering the skipped question later replaces the skip.
            _ = try await browser.post(base + "1", validAnswer(q1))
            document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(document[theme: theme].skipped.isEmpty && document[theme: theme].answers.map(\.question) == [q1.id])
            // The stored answer is shown checked when the teacher comes back to edit it.
            let again = try await browser.get(base + "1")
            let key = validAnswer(q1)[1].1
            #expect(again.body.contains("value=\"\(key)\" checked") || again.body.contains("value=\"\(key)\""))
        }
    }

    @Test func resumeThroughThePrivateLinkInAFreshBrowser() async throws {
        try await withServer { browser, _ in
            let link = try await browser.begin()
            let questions = Bundled.questionnaire.questions(inTheme: theme)
            _ = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(questions[0]))
            _ = try await browser.post("/s/\(link)/thema/\(theme)/vraag/2", validAnswer(questions[1]))

            let other = browser.fresh()
            let overview = try await other.get("/s/\(link)")
            #expect(overview.status == .ok && overview.body.contains("bezig: 2 van"))
            #expect(other.cookies["wijzer-link"] == link)
            let intro = try await other.get("/s/\(link)/thema/\(theme)")
            #expect(intro.body.contains("Ga verder (2 van"))
            #expect(intro.body.contains("/s/\(link)/thema/\(theme)/vraag/3"))
            // The start page offers the link remembered in the cookie.
            #expect(try await other.get("/").body.contains("Ga verder met je zelfcheck"))
        }
    }

    @Test func deletingRemovesEverythingAndTheLinkStopsWorking() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            _ = try await browser.post("/s/\(link)/thema/\(theme)/vraag/1", validAnswer(Bundled.questionnaire.questions(inTheme: theme)[0]))
            let confirm = try await browser.get("/s/\(link)/verwijderen")
            #expect(confirm.body.contains("Ja, verwijder al mijn antwoorden"))
            let deleted = try await browser.post("/s/\(link)/verwijderen")
            #expect(deleted.status == .seeOther && deleted.location == "/?verwijderd")
            #expect(browser.cookies["wijzer-link"] == nil)
            #expect(try await store.load(link: link, questionnaire: Bundled.questionnaire.id) == nil)
            #expect(try await browser.get("/s/\(link)").status == .notFound)
            #expect(try await browser.get("/?verwijderd").body.contains("Al je antwoorden zijn verwijderd"))
        }
    }

    /// A browser keeps its way back: opening another self-check's link, or deleting the one it
    /// holds, leaves the other as the browser's previous or current self-check; deleting one
    /// the browser does not hold changes none of its cookies.
    @Test func theBrowserKeepsItsWayBackToItsOtherSelfCheck() async throws {
        try await withServer { browser, _ in
            let first = try await browser.begin()
            let second = try await browser.begin()
            #expect(browser.cookies["wijzer-link"] == second && browser.cookies["wijzer-vorige"] == first)
            // The first opened from a bookmark: the second becomes the previous one.
            _ = try await browser.get("/s/\(first)")
            #expect(browser.cookies["wijzer-link"] == first && browser.cookies["wijzer-vorige"] == second)
            // Deleting the one it holds: the other takes its place.
            _ = try await browser.post("/s/\(first)/verwijderen")
            #expect(browser.cookies["wijzer-link"] == second && browser.cookies["wijzer-vorige"] == nil)
            #expect(try await browser.get("/?verwijderd").body.contains("href=\"/s/\(second)\">Ga verder met je zelfcheck</a>"))
            // Deleting a self-check this browser does not hold (its link pasted elsewhere).
            let elsewhere = try await browser.fresh().begin()
            _ = try await browser.post("/s/\(elsewhere)/verwijderen")
            #expect(browser.cookies["wijzer-link"] == second)
        }
    }
}
