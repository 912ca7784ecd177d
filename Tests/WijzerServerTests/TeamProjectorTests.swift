import Foundation
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The projector's read-only link of a live team session (`ProjectorLink`): it shows what the
/// team view shows, and nothing it opens can close the session, download its report or lead
/// back to the facilitator's link.
@Suite struct TeamProjectorTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func theProjectorLinkIsDerivedOneWayAndHasTheFormOfAPrivateLink() {
        let facilitator = PrivateLink.make()
        let projector = ProjectorLink.of(facilitator: facilitator)
        #expect(PrivateLink.isWellFormed(projector))
        #expect(projector == ProjectorLink.of(facilitator: facilitator))
        #expect(projector != facilitator && projector != ProjectorLink.of(facilitator: PrivateLink.make()))
        // Computed independently (Python hashlib), and fixed so the links on facilitators' pages stay the same across versions of Wijzer.
        #expect(ProjectorLink.of(facilitator: "abcdefghijkmnpqrstuvwxyz23456789") == "qg4qfbgq8synapgrqsgnaiy68hpx3r9n")
        // Every character of the alphabet turns up: all 160 bits are used.
        let seen = Set((0 ..< 200).flatMap { _ in ProjectorLink.of(facilitator: PrivateLink.make()) })
        #expect(seen.count == 32)
    }

    @Test func theProjectorSeesTheTeamViewAndThePresentationButCannotCloseOrDownload() async throws {
        let theme = self.theme
        try await withServer { browser, _ in
            let (link, code) = try await browser.startTeamSession(themes: [theme])
            let projector = ProjectorLink.of(facilitator: link)
            let facilitatorPage = try await browser.get("/teamsessie/\(link)")
            #expect(facilitatorPage.body.contains("/beamer/\(projector)"))
            #expect(facilitatorPage.body.contains("href=\"/beamer/\(projector)\">Teamoverzicht (voor de beamer)"))

            let screen = browser.fresh()
            let before = try await screen.get("/beamer/\(projector)")
            #expect(before.status == .ok && before.body.contains(code) && before.body.contains("Nog te weinig deelnemers"))
            #expect(before.body.contains("data-events=\"/beamer/\(projector)/events\""))
            for i in 0 ..< 5 {
                let teacher = browser.fresh()
                try await teacher.finishTheme(theme, link: try await teacher.join(code), variant: i)
            }
            let view = try await screen.get("/beamer/\(projector)")
            #expect(view.body.contains("Dit overzicht telt 5 deelnemers"))
            // The same report as the facilitator's own view.
            let own = try await browser.get("/teamsessie/\(link)/overzicht").body
            #expect(TeamPagesText.report(view.body) == TeamPagesText.report(own) && !TeamPagesText.report(own).isEmpty)
            let presentation = try await screen.get("/beamer/\(projector)/presentatie/1")
            #expect(presentation.status == .ok && presentation.body.contains("Scherm 1 van"))
            #expect(presentation.body.contains("href=\"/beamer/\(projector)/presentatie/2\""))
            // Each answer with its share in brackets, never "deel.: 20 %".
            #expect(presentation.body.contains(" %)</strong><br><progress") && !presentation.body.contains(".: "))

            // Nothing under the projector link closes or downloads, and no page names the facilitator's link.
            for page in [before, view, presentation] { #expect(!page.body.contains(link)) }
            _ = try await screen.get("/team")
            #expect(try await screen.post("/beamer/\(projector)/afsluiten").status == .notFound)
            #expect(try await screen.post("/teamsessie/\(projector)/afsluiten").status == .notFound)
            #expect(try await screen.get("/teamsessie/\(projector)").status == .notFound)
            #expect(try await screen.get("/beamer/\(projector)/rapport/team-rapport.md").status == .notFound)
            #expect(try await screen.get("/beamer/\(link)").status == .notFound)
            #expect(try await screen.get("/beamer/\(PrivateLink.make())").status == .notFound)
            #expect(try await browser.get("/teamsessie/\(link)").body.contains("Sluit de sessie af"))

            _ = try await browser.post("/teamsessie/\(link)/afsluiten")
            #expect(try await screen.get("/beamer/\(projector)").body.contains("definitieve teamrapport"))
        }
    }

    @Test func unknownProjectorLinksCountTowardTheLookupLimit() async throws {
        try await withServer(settings: ServerSettings(lookupBurst: 2, lookupsPerSecond: 0.001)) { browser, _ async throws in
            #expect(try await browser.get("/beamer/\(PrivateLink.make())").status == .notFound)
            #expect(try await browser.get("/beamer/\(PrivateLink.make())/presentatie/1").status == .notFound)
            #expect(try await browser.get("/beamer/\(PrivateLink.make())").status == .tooManyRequests)
        }
    }

    /// A session stored before projector links existed (schema version 3) gets its projector
    /// link when its facilitator page is opened; until then the link opens nothing.
    @Test(arguments: StoreKind.allCases)
    func aSessionFromBeforeGetsItsProjectorLinkFromTheFacilitatorPage(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let teams = try #require(store as? any TeamSessionStore)
        let link = PrivateLink.make()
        let session = TeamSessionRecord(id: PrivateLink.make(), questionnaire: Bundled.questionnaire.id, themes: [theme],
                                        minimumGroup: 5, joinCode: JoinCode.make(), created: Date())
        try await teams.createSession(session, facilitatorDigest: LinkDigest.of(link))
        let projector = ProjectorLink.of(facilitator: link)
        try await withServer(store: store) { browser, _ async throws in
            #expect(try await browser.get("/beamer/\(projector)").status == .notFound)
            #expect(try await browser.get("/teamsessie/\(link)").status == .ok)
            #expect(try await browser.get("/beamer/\(projector)").status == .ok)
            // Opening the facilitator page again changes nothing.
            #expect(try await browser.get("/teamsessie/\(link)").status == .ok)
            #expect(try await browser.get("/beamer/\(projector)").status == .ok)
        }
        #expect(try await teams.session(projectorDigest: LinkDigest.of(projector))?.id == session.id)
        #expect(try await fixture.raw("SELECT projector_digest FROM team_sessions") == [LinkDigest.of(projector)])
        try await store.close()
    }
}

/// The team report inside a team view page, without the parts that differ per viewer.
enum TeamPagesText {
    static func report(_ page: String) -> String {
        guard let start = page.range(of: "<h1") else { return "" }
        return String(page[start.lowerBound...])
            .replacingOccurrences(of: #"/(teamsessie|beamer)/[a-z2-9]{32}"#, with: "", options: .regularExpression)
    }
}
