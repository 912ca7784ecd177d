import Foundation
import Testing
import WijzerServer
import WijzerTestSupport

/// Joining an open team session with its code begins self-checks on the session's own budget
/// (`JoinBudget`), not on the start page's begin budget: a room joins at once, and one session
/// cannot use up another's.
@Suite struct TeamJoinBudgetTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func aRoomJoinsAtOnceWhileTheBeginBudgetIsUsedUp() async throws {
        let theme = self.theme
        try await withServer(settings: ServerSettings(beginBurst: 1, beginsPerSecond: 0.001)) { browser, _ in
            // Starting the session takes the only begin: the start page now refuses.
            let (_, code) = try await browser.startTeamSession(themes: [theme])
            let starter = browser.fresh()
            _ = try await starter.get("/")
            #expect(try await starter.post("/begin").status == .tooManyRequests)
            for _ in 0 ..< 12 { _ = try await browser.fresh().join(code) }
        }
    }

    @Test func eachSessionHasItsOwnJoinBudget() async throws {
        let theme = self.theme
        try await withServer(settings: ServerSettings(joinBurst: 2, joinsPerSecond: 0.001)) { browser, _ in
            let (_, first) = try await browser.startTeamSession(themes: [theme])
            let (_, second) = try await browser.fresh().startTeamSession(themes: [theme])
            for _ in 0 ..< 2 { _ = try await browser.fresh().join(first) }
            let late = browser.fresh()
            _ = try await late.get("/team")
            let refused = try await late.post("/team", [("code", first)])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.contains("erg veel mensen tegelijk mee aan deze teamsessie"))
            #expect(!refused.headers[values: .setCookie].contains { $0.hasPrefix("wijzer-link=") })
            // Another session's budget is untouched, and joining with an own self-check begins none.
            _ = try await late.join(second)
            let own = try await browser.fresh().begin()
            _ = try await browser.fresh().join(first, link: own)
        }
    }

    /// The facilitator's count follows the finished marks: a member who joins with a finished
    /// self-check counts at once, one who restarts the theme no longer does.
    @Test func theFinishedCountFollowsFinishingAndRestarting() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (session, code) = try await browser.startTeamSession(themes: [theme])
            let member = browser.fresh()
            let own = try await member.begin()
            try await member.finishTheme(theme, link: own, variant: 1)
            _ = try await member.join(code, link: own)
            #expect(try await browser.get("/teamsessie/\(session)").body.contains("Meegedaan: 1 · klaar met alle thema’s: 1"))
            let other = browser.fresh()
            let link = try await other.join(code)
            try await other.finishTheme(theme, link: link, variant: 2)
            #expect(try await browser.get("/teamsessie/\(session)").body.contains("Meegedaan: 2 · klaar met alle thema’s: 2"))
            #expect(try await other.post("/s/\(link)/thema/\(theme)/opnieuw").status == .seeOther)
            #expect(try await browser.get("/teamsessie/\(session)").body.contains("Meegedaan: 2 · klaar met alle thema’s: 1"))
        }
    }
}
