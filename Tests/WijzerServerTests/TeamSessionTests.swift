import Foundation
import Hummingbird
import Synchronization
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// Live team sessions (issue 17): starting, joining, the stepped team view, closing and
/// retention, through the pages as browsers without script use them.
@Suite struct TeamSessionTests {
    let theme = Bundled.questionnaire.themes[0].id.name
    let otherTheme = Bundled.questionnaire.themes[1].id.name

    @Test func joinCodesAreReadableAloudAndCarry40Bits() {
        let codes = (0 ..< 200).map { _ in JoinCode.make() }
        for code in codes {
            #expect(code.wholeMatch(of: /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/) != nil, "\(code)")
        }
        #expect(Set(codes).count == codes.count)
        #expect(JoinCode.normalized("kx7p m3qd") == "KX7P-M3QD")
        #expect(JoinCode.normalized(" KX7P-M3QD ") == "KX7P-M3QD")
        #expect(JoinCode.normalized("KX7P-M3Q0") == nil) // 0 is not in the alphabet
        #expect(JoinCode.normalized("KX7P-M3Q") == nil)
    }

    @Test func facilitatorLinksAreStoredAsTheirSHA256() async throws {
        // FIPS 180-4 test vectors, the second one two blocks long.
        #expect(LinkDigest.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(LinkDigest.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(LinkDigest.of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let theme = self.theme
        try await withServer { browser, store in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let teams = try #require(store as? any TeamSessionStore)
            #expect(try await teams.session(facilitatorDigest: LinkDigest.of(link))?.joinCode == code)
            #expect(try await teams.session(facilitatorDigest: link) == nil)
        }
    }

    @Test func aFacilitatorStartsASessionAndAParticipantSeesOnlyItsThemes() async throws {
        let (theme, otherTheme) = (self.theme, self.otherTheme)
        try await withServer { browser, _ in
            let start = try await browser.get("/")
            #expect(start.body.contains("Teamsessie starten") && start.body.contains("Meedoen aan een teamsessie"))
            let refused = try await browser.post("/teamsessie", [("thema", theme), ("k", "2")])
            #expect(refused.status == .badRequest && refused.body.contains("minstens 3"))
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let welcome = try await browser.get("/teamsessie/\(link)?welkom")
            #expect(welcome.body.contains("Bewaar deze link") && welcome.body.contains("/teamsessie/\(link)"))
            #expect(!(try await browser.get("/teamsessie/\(link)")).body.contains("Bewaar deze link"))
            #expect(browser.cookies["wijzer-teamsessie"] == link)

            let teacher = browser.fresh()
            let member = try await teacher.join(code.lowercased().replacingOccurrences(of: "-", with: " "))
            let overview = try await teacher.get("/s/\(member)?welkom")
            #expect(overview.body.contains("Je doet mee aan een teamsessie") && overview.body.contains("Bewaar deze link"))
            #expect(overview.body.contains("/thema/\(theme)\"") && !overview.body.contains("/thema/\(otherTheme)\""))
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("Meegedaan: 1 · klaar met alle thema’s: 0"))
        }
    }

    @Test func aParticipantCountsOnceHoweverOftenTheyRejoin() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let teacher = browser.fresh()
            let member = try await teacher.join(code)
            #expect(try await teacher.join(code) == member)
            #expect(try await teacher.join(code) == member)
            // Bringing the same self-check in from another browser adds nobody.
            #expect(try await browser.fresh().join(code, link: "http://127.0.0.1:8080/s/\(member)") == member)
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("Meegedaan: 1 ·"))
        }
    }

    @Test func anEarlierSelfCheckCanBeBroughtIn() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let teacher = browser.fresh()
            let own = try await teacher.begin()
            try await teacher.finishTheme(theme, link: own, variant: 1)
            #expect(try await browser.fresh().join(code, link: own) == own)
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("Meegedaan: 1 · klaar met alle thema’s: 1"))
            let stranger = browser.fresh()
            _ = try await stranger.get("/team")
            let unknown = try await stranger.post("/team", [("code", code), ("link", PrivateLink.make())])
            #expect(unknown.status == .notFound && unknown.body.contains("persoonlijke link kennen we niet"))
        }
    }

    /// A teacher who did the self-check in this browser joins with it in one click: her
    /// finished theme counts at once, the link is never written into the form, and the overview
    /// says the self-check stays hers.
    @Test func theBrowsersOwnSelfCheckJoinsInOneClickAndStays() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let teacher = browser.fresh()
            let own = try await teacher.begin()
            try await teacher.finishTheme(theme, link: own, variant: 1)
            let form = try await teacher.get("/team").body
            #expect(form.contains("<legend>Met welke zelfcheck doe je mee?</legend>"))
            #expect(form.contains("name=\"zelfcheck\" value=\"deze\" aria-describedby=\"zelfcheck-deze-uitleg\" checked>"))
            #expect(form.contains("30 dagen na het afsluiten van de sessie verwijderd"))
            #expect(!form.contains(own), "the form must not hold the private link")
            // A browser without a self-check is not asked.
            let newcomer = try await browser.fresh().get("/team").body
            #expect(!newcomer.contains("Met welke zelfcheck") && newcomer.contains("Begin je nieuw, dan wordt je zelfcheck 30 dagen"))

            #expect(try await teacher.join(code, choice: "deze") == own)
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("Meegedaan: 1 · klaar met alle thema’s: 1"))
            let overview = try await teacher.get("/s/\(own)").body
            #expect(overview.contains("Je deed mee met je eigen zelfcheck: die blijft na de sessie gewoon bestaan."))
            let teams = try #require(store as? any TeamSessionStore)
            #expect(try await !teams.isDeletedWithSession(member: own))
            #expect(teacher.cookies["wijzer-link"] == own && teacher.cookies["wijzer-vorige"] == nil)
        }
    }

    /// Joining with a new self-check keeps the browser's own one within reach: it becomes the
    /// one the new plan offers to compare with, and the overview says the new one is deleted
    /// after the session.
    @Test func aNewSelfCheckForTheSessionKeepsTheBrowsersOwnAsThePreviousOne() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let (_, code) = try await browser.startTeamSession(themes: [theme])
            let teacher = browser.fresh()
            let own = try await teacher.begin()
            let member = try await teacher.join(code, choice: "nieuw")
            #expect(member != own)
            #expect(teacher.cookies["wijzer-link"] == member && teacher.cookies["wijzer-vorige"] == own)
            let overview = try await teacher.get("/s/\(member)").body
            #expect(overview.contains("30 dagen na het afsluiten van de sessie worden je antwoorden verwijderd"))
            let teams = try #require(store as? any TeamSessionStore)
            #expect(try await teams.isDeletedWithSession(member: member))
            try await teacher.finishTheme(theme, link: member, variant: 2)
            #expect((try await teacher.get("/s/\(member)/plan")).body.contains(">Vergelijk met je vorige zelfcheck</button>"))
            // The start page leads back to both.
            let start = try await teacher.get("/").body
            #expect(start.contains("href=\"/s/\(member)\">Ga verder met je zelfcheck</a>"))
            #expect(start.contains("Of open <a href=\"/s/\(own)\">je vorige zelfcheck</a>"))
        }
    }

    /// A browser whose self-check was deleted meanwhile gets the form again with a Dutch
    /// message, no longer offering it, and the cookie is forgotten.
    @Test func aDeletedSelfCheckInTheBrowserIsNotJoinedButForgotten() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let teacher = browser.fresh()
            _ = try await teacher.get("/team")
            teacher.cookies["wijzer-link"] = PrivateLink.make()
            let refused = try await teacher.post("/team", [("code", code), ("zelfcheck", "deze")])
            #expect(refused.status == .notFound)
            #expect(refused.body.contains("De zelfcheck van deze browser bestaat niet meer") && !refused.body.contains("Met welke zelfcheck"))
            #expect(teacher.cookies["wijzer-link"] == nil)
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("Meegedaan: 0 ·"))
            // Then joining starts a new self-check, as the form now offers.
            let member = try await teacher.join(code)
            #expect(PrivateLink.isWellFormed(member) && teacher.cookies["wijzer-vorige"] == nil)
        }
    }

    @Test func theTeamViewChangesOnlyInStepsOfK() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme], k: 3)
            var views: [String] = []
            for i in 0 ..< 6 {
                let teacher = browser.fresh()
                let member = try await teacher.join(code)
                try await teacher.finishTheme(theme, link: member, variant: i)
                views.append(try await browser.get("/teamsessie/\(link)/overzicht").body)
            }
            #expect(views[0].contains("te weinig") && views[0] == views[1])
            #expect(!views[2].contains("Nog te weinig") && views[2].contains("Dit overzicht telt 3 deelnemers"))
            #expect(views[2].contains("Gespreksonderwerpen"))
            // One and two more finished: byte for byte the same view.
            #expect(views[3] == views[2] && views[4] == views[2])
            #expect(views[5] != views[2] && views[5].contains("Dit overzicht telt 6 deelnemers"))
            #expect(views[5].contains("<script src=\"/team.js\" defer></script>") && !views[5].contains("<style"))
            let presentation = try await browser.get("/teamsessie/\(link)/presentatie/1")
            #expect(presentation.status == .ok && presentation.body.contains("gespreksonderwerp 1 van"))
            #expect(presentation.body.contains("<progress max=\"100\""))
            // Screens step through the topics to the draft team plan, then there is no more.
            var screen = 1
            var last = presentation
            while screen < 20 {
                let next = try await browser.get("/teamsessie/\(link)/presentatie/\(screen + 1)")
                if next.status == .notFound { break }
                (screen, last) = (screen + 1, next)
            }
            #expect(screen > 1 && last.body.contains("Teamactieplan (concept)") && last.body.contains("Scherm \(screen) van \(screen)"))
            #expect(try await browser.get("/teamsessie/\(link)/presentatie/0").status == .notFound)
        }
    }

    @Test func fourFinishedAndOneMoreShowNothingThenTheReport() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            var teachers: [(Browser, String)] = []
            for i in 0 ..< 5 {
                let teacher = browser.fresh()
                teachers.append((teacher, try await teacher.join(code)))
                try await teacher.finishTheme(theme, link: teachers[i].1, variant: i)
                let view = try await browser.get("/teamsessie/\(link)/overzicht").body
                let presentation = try await browser.get("/teamsessie/\(link)/presentatie/1").body
                if i < 4 {
                    #expect(view.contains("Nog te weinig deelnemers") && !view.contains("Gespreksonderwerpen"))
                    #expect(presentation.contains("Nog te weinig deelnemers"))
                } else {
                    #expect(view.contains("Dit overzicht telt 5 deelnemers") && view.contains("Gespreksonderwerpen"))
                    // The report is on the session's theme: no row says "te weinig" of a theme
                    // nobody was asked.
                    for other in Bundled.questionnaire.themes {
                        #expect(view.contains("<tr><td>\(other.title.text)</td>") == (other.id.name == theme), "\(other.title.text)")
                    }
                }
            }
        }
    }

    /// Another instance (a server with none of this one's memory) shows the report stored with
    /// the release even when the snapshot cannot be read; a release stored without one (before
    /// schema version 6) is shown from the snapshot, the same page.
    @Test(arguments: StoreKind.allCases)
    func aViewShowsTheReportStoredWithTheReleaseOnEveryInstance(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let theme = self.theme
        let shown = Mutex<(link: String, page: String)?>(nil)
        try await withServer(store: store) { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme], k: 3)
            for i in 0 ..< 3 {
                let teacher = browser.fresh()
                try await teacher.finishTheme(theme, link: try await teacher.join(code), variant: i)
            }
            let view = try await browser.get("/teamsessie/\(link)/overzicht").body
            #expect(view.contains("Dit overzicht telt 3 deelnemers") && view.contains("Gespreksonderwerpen"))
            shown.withLock { $0 = (link, view) }
        }
        let (link, view) = try #require(shown.withLock { $0 })
        let snapshot = try await fixture.raw("SELECT snapshot FROM team_sessions")
        try await fixture.raw("UPDATE team_sessions SET snapshot = 'kapot'")
        try await withServer(store: store) { browser, _ in
            let again = try await browser.get("/teamsessie/\(link)/overzicht")
            #expect(again.body == view)
        }
        try await fixture.raw("UPDATE team_sessions SET released_html = NULL, snapshot = '\(snapshot[0].replacingOccurrences(of: "'", with: "''"))'")
        try await withServer(store: store) { browser, _ in
            let again = try await browser.get("/teamsessie/\(link)/overzicht")
            #expect(again.body == view)
        }
        try await store.close()
    }

    /// On both stores: the team routes of PostgreSQL follow the same rules as those of SQLite.
    @Test(arguments: StoreKind.allCases)
    func closingFreezesTheReportAsWijzerTeamWritesIt(_ kind: StoreKind) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let theme = self.theme
        let secret = "Mijn collega Jansen zegt nooit iets"
        try await withServer(store: store) { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            for i in 0 ..< 6 {
                let teacher = browser.fresh()
                let member = try await teacher.join(code)
                try await teacher.finishTheme(theme, link: member, variant: i, share: i < 3, text: i == 5 ? secret : "Ik let er beter op.")
                _ = try folder.write("deelnemer-\(i).json", try await teacher.get("/s/\(member)/resultaat.json").body)
                let plan = try await teacher.get("/s/\(member)/plan")
                #expect(plan.status == .ok && plan.body.contains("Persoonlijk actieplan"))
            }
            let before = try await browser.get("/teamsessie/\(link)")
            #expect(before.body.contains("Sluit de sessie af") && !before.body.contains("rapport/team-rapport.md"))
            #expect(try await browser.get("/teamsessie/\(link)/rapport/team-rapport.md").status == .notFound)
            let closed = try await browser.post("/teamsessie/\(link)/afsluiten")
            #expect(closed.status == .seeOther)
            let after = try await browser.get("/teamsessie/\(link)")
            #expect(after.body.contains("rapport/team-rapport.md") && !after.body.contains("Sluit de sessie af"))
            for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
                let file = try await browser.get("/teamsessie/\(link)/rapport/\(name)")
                #expect(file.status == .ok && file.headers[.contentDisposition] == "attachment; filename=\"\(name)\"")
                _ = try folder.write("sessie-\(name)", file.body)
                #expect(!file.body.contains(secret))
            }
            let view = try await browser.get("/teamsessie/\(link)/overzicht")
            #expect(view.body.contains("definitieve teamrapport") && !view.body.contains("team.js"))
            let late = try await browser.fresh().post("/team", [("code", code)], csrf: "")
            #expect(late.status == .forbidden)
            let lateBrowser = browser.fresh()
            _ = try await lateBrowser.get("/team")
            #expect(try await lateBrowser.post("/team", [("code", code)]).status == .gone)
        }
        try await store.close()
        let files = (0 ..< 6).map { folder.path + "/deelnemer-\($0).json" }
        let outcome = try WijzerProcess.run(["team"] + files + ["--with-reflections", "--thema", theme, "--out", folder.path + "/team"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
            let expected = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/team/" + name))
            let frozen = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/sessie-" + name))
            #expect(frozen == expected, "\(name) differs from wijzer team")
        }
    }
}
