import Foundation
import Hummingbird
import Logging
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The attacks of issue 17 on a live team session: guessing join codes, opening another
/// session, reading one participant's answers, and what is left after the retention period.
@Suite struct TeamPrivacyTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func guessingJoinCodesRunsIntoTheLimitForEveryone() async throws {
        let theme = self.theme
        try await withServer(settings: ServerSettings(lookupBurst: 3, lookupsPerSecond: 0.001)) { browser, _ in
            let (_, code) = try await browser.startTeamSession(themes: [theme])
            let guesser = browser.fresh()
            _ = try await guesser.get("/team")
            for _ in 0 ..< 3 {
                let guess = try await guesser.post("/team", [("code", JoinCode.make())])
                #expect(guess.status == .notFound && guess.body.contains("geen teamsessie met deze code"))
            }
            // The bucket is empty: even the right code waits, so a scan learns nothing.
            let right = try await guesser.post("/team", [("code", code)])
            #expect(right.status == .tooManyRequests)
            let teacher = browser.fresh()
            _ = try await teacher.get("/team")
            #expect(try await teacher.post("/team", [("code", code)]).status == .tooManyRequests)
            // A malformed code never reaches the database and costs nothing.
            #expect(try await teacher.post("/team", [("code", "hallo")]).status == .badRequest)
        }
    }

    @Test func aFacilitatorLinkOpensOnlyItsOwnSessionAndNoSelfCheck() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (a, codeA) = try await browser.startTeamSession(themes: [theme])
            let (b, codeB) = try await browser.fresh().startTeamSession(themes: [theme])
            let pageA = try await browser.fresh().get("/teamsessie/\(a)")
            #expect(pageA.body.contains(codeA) && !pageA.body.contains(codeB))
            let pageB = try await browser.fresh().get("/teamsessie/\(b)/overzicht")
            #expect(pageB.body.contains(codeB) && !pageB.body.contains(codeA))
            #expect(try await browser.get("/teamsessie/\(PrivateLink.make())").status == .notFound)
            #expect(try await browser.get("/teamsessie/\(PrivateLink.make())/overzicht").status == .notFound)
            #expect(try await browser.get("/teamsessie/\(PrivateLink.make())/rapport/team-rapport.md").status == .notFound)
            // The facilitator link is no self-check, and a participant's link is no session.
            #expect(try await browser.get("/s/\(a)").status == .notFound)
            let member = try await browser.fresh().join(codeA)
            #expect(try await browser.get("/teamsessie/\(member)").status == .notFound)
            #expect(try await browser.get("/teamsessie/\(member)/overzicht").status == .notFound)
        }
    }

    @Test func noFacilitatorPageOrFileHoldsAnythingOfOneParticipant() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            var members: [String] = []
            for i in 0 ..< 6 {
                let teacher = browser.fresh()
                let member = try await teacher.join(code)
                members.append(member)
                try await teacher.finishTheme(theme, link: member, variant: i, text: "Geheime reflectie \(i)")
            }
            var pages = [try await browser.get("/teamsessie/\(link)").body, try await browser.get("/teamsessie/\(link)/overzicht").body]
            for screen in 1 ... 7 { pages.append(try await browser.get("/teamsessie/\(link)/presentatie/\(screen)").body) }
            let projector = ProjectorLink.of(facilitator: link)
            pages.append(try await browser.get("/beamer/\(projector)").body)
            for screen in 1 ... 7 { pages.append(try await browser.get("/beamer/\(projector)/presentatie/\(screen)").body) }
            _ = try await browser.post("/teamsessie/\(link)/afsluiten")
            pages.append(try await browser.get("/teamsessie/\(link)").body)
            pages.append(try await browser.get("/teamsessie/\(link)/overzicht").body)
            for name in ["team-rapport.md", "team-rapport.html", "team-scores.csv", "team-antwoorden.csv"] {
                pages.append(try await browser.get("/teamsessie/\(link)/rapport/\(name)").body)
            }
            let respondents = try await members.asyncMap { try #require(try await store.load(link: $0, questionnaire: Bundled.questionnaire.id)?.respondent) }
            for page in pages {
                for member in members { #expect(!page.contains(member)) }
                for respondent in respondents { #expect(!page.contains(respondent)) }
                #expect(!page.contains("Geheime reflectie"))
            }
        }
    }

    @Test func afterTheRetentionPeriodTheAnswersGoAndTheFrozenReportStays() async throws {
        let theme = self.theme
        try await withServer { browser, store in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            var members: [String] = []
            for i in 0 ..< 5 {
                let teacher = browser.fresh()
                members.append(try await teacher.join(code))
                try await teacher.finishTheme(theme, link: members[i], variant: i)
            }
            let outsider = try await browser.fresh().begin()
            _ = try await browser.post("/teamsessie/\(link)/afsluiten")
            let report = try await browser.get("/teamsessie/\(link)/rapport/team-rapport.md").body
            let view = try await browser.get("/teamsessie/\(link)/overzicht").body
            #expect(view.contains("Dit overzicht telt") == false && view.contains("definitieve teamrapport"))

            let server = WebServer(settings: ServerSettings(retentionDays: 30), questionnaire: Bundled.questionnaire,
                                   stamp: Bundled.stamp, store: store)
            #expect(try await server.purgeExpiredTeamSessions(now: Date().addingTimeInterval(29 * 86_400)) == 0)
            #expect(try await store.load(link: members[0], questionnaire: Bundled.questionnaire.id) != nil)
            #expect(try await server.purgeExpiredTeamSessions(now: Date().addingTimeInterval(31 * 86_400)) == 1)
            for member in members {
                #expect(try await store.load(link: member, questionnaire: Bundled.questionnaire.id) == nil)
            }
            // Self-checks outside the session stay.
            #expect(try await store.load(link: outsider, questionnaire: Bundled.questionnaire.id) != nil)
            #expect(try await browser.get("/teamsessie/\(link)/rapport/team-rapport.md").body == report)
            #expect(try await browser.get("/teamsessie/\(link)/overzicht").body == view)
            #expect((try await browser.get("/teamsessie/\(link)")).body.contains("losse antwoorden van de deelnemers zijn verwijderd"))
            #expect(try await server.purgeExpiredTeamSessions(now: Date().addingTimeInterval(62 * 86_400)) == 0)
        }
    }

    /// A purge that fails (here: its database is closed) is named in the server's log, as
    /// `wijzer serve` runs it every hour: answers it did not delete stay past the retention, and
    /// only the log tells IT. A purge that succeeds writes nothing there.
    @Test func aFailedPurgeIsNamedInTheLog() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await SQLiteAnswerStore.open(path: folder.path + "/wijzer.sqlite")
        let server = WebServer(settings: ServerSettings(retentionDays: 30), questionnaire: Bundled.questionnaire,
                               stamp: Bundled.stamp, store: store)
        let lines = ServerLogHandlerTests.Lines()
        let logger = Logger(label: WebServer.name) { label in ServerLogHandler(label: label, output: lines.add) }
        #expect(await server.purgeExpiredTeamSessions(now: Date(), logger: logger) == 0)
        #expect(lines.all.isEmpty)
        try await store.close()
        #expect(await server.purgeExpiredTeamSessions(now: Date(), logger: logger) == nil)
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.contains(" error Wijzer: purging the answers of closed team sessions failed: ") == true)
        #expect(lines.all.first?.contains("tried again every hour") == true)
    }

    @Test func aReleaseWakesEverySubscriberOfItsSessionOnly() async throws {
        let events = InProcessTeamEvents()
        let mine = await events.subscribe(session: "a")
        let other = await events.subscribe(session: "b")
        #expect(await events.count(session: "a") == 1)
        await events.publish(session: "a")
        var iterator = mine.makeAsyncIterator()
        #expect(await iterator.next() != nil)
        let woken = Task { () -> Bool in
            var it = other.makeAsyncIterator()
            return await it.next() != nil
        }
        try await Task.sleep(for: .milliseconds(50))
        woken.cancel()
        #expect(await woken.value == false)
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
