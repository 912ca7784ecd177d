import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport

/// The guided path in the browser, as `wijzer onboarding` leads in the terminal: the overview
/// says where to begin and what comes next, the plan page leads on to the next theme, and a team
/// member's path ends with the session's themes. The texts about the set come from the set.
@Suite struct GuidedPathServeTests {
    let titles = Bundled.questionnaire.themes.map(\.title.text)
    let ids = Bundled.questionnaire.themes.map(\.id.name)

    @Test func theOverviewLeadsANewTeacherInAndThePlanPageOnToTheNextTheme() async throws {
        let (titles, ids) = (self.titles, self.ids)
        try await withServer { browser, _ in
            let link = try await browser.begin()
            let fresh = try await browser.get("/s/\(link)").body
            #expect(fresh.contains("Doe de thema’s het liefst op volgorde, te beginnen met <strong>\(titles[0])</strong>."))
            #expect(fresh.contains("Een thema kost 8 tot 15 minuten."), "the set's minutes")
            #expect(fresh.contains("<a class=\"button primary\" href=\"/s/\(link)/thema/\(ids[0])\">Begin met \(titles[0])</a>"))

            // Busy with the second theme: that comes first, as the terminal's start screen says.
            let started = try await browser.post("/s/\(link)/thema/\(ids[1])/vraag/1", validAnswer(Bundled.questionnaire.questions(inTheme: ids[1])[0]))
            #expect(started.status == .seeOther)
            let busy = try await browser.get("/s/\(link)").body
            #expect(busy.contains("Volgende stap: <strong>\(titles[1])</strong>."))
            #expect(busy.firstMatch(of: /Ga verder met [^<(]+ \(1 van \d+ klaar\)/) != nil, "\(busy)")

            _ = try await browser.post("/s/\(link)/thema/\(ids[1])/afronden")
            let plan = try await browser.get("/s/\(link)/plan").body
            #expect(plan.contains("Volgende thema: \(titles[0])</a>"))
            #expect(plan.contains("<h2 id=\"verder\">Verder</h2><p>Het volgende thema is <strong>\(titles[0])</strong>."))
            #expect(plan.contains(">Begin met \(titles[0])</a>"))

            for id in ids where id != ids[1] { _ = try await browser.post("/s/\(link)/thema/\(id)/afronden") }
            let done = try await browser.get("/s/\(link)/plan").body
            #expect(done.contains("Je hebt alle thema’s gedaan."))
            #expect(!done.contains("Volgende thema:") && !done.contains(">Begin met "))
            let overview = try await browser.get("/s/\(link)").body
            #expect(overview.contains("Je hebt alle thema’s gedaan."))
        }
    }

    @Test func aTeamMembersPathEndsWithTheSessionsThemes() async throws {
        let (titles, ids) = (self.titles, self.ids)
        try await withServer { browser, _ in
            let (_, code) = try await browser.startTeamSession(themes: [ids[2], ids[4]], k: 3)
            let member = browser.fresh()
            let link = try await member.join(code)
            #expect(try await member.get("/s/\(link)").body.contains(">Begin met \(titles[2])</a>"))
            _ = try await member.post("/s/\(link)/thema/\(ids[2])/afronden")
            let plan = try await member.get("/s/\(link)/plan").body
            #expect(plan.contains("Het volgende thema van je teamsessie is <strong>\(titles[4])</strong>."))
            _ = try await member.post("/s/\(link)/thema/\(ids[4])/afronden")
            #expect(try await member.get("/s/\(link)/plan").body.contains("Je hebt alle thema’s van je teamsessie gedaan."))
        }
    }

    @Test func anotherSetsStartPageAndOverviewAreItsOwn() async throws {
        let folder = WijzerProcess.repositoryRoot + "/Tests/Fixtures/digitale-didactiek"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".wijzer") }.sorted().map {
            SourceFile(path: $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
        }
        let set = Checker.check(files, lint: false).questionnaire
        let first = try #require(set.themes.first).title.text
        try await withServer(files: files) { browser, _ in
            let start = try await browser.get("/").body
            #expect(start.contains("Een thema kost 5 tot 10 minuten"), "the set's own minutes")
            let link = try await browser.begin()
            let overview = try await browser.get("/s/\(link)").body
            #expect(overview.contains("te beginnen met <strong>\(first)</strong>"))
            #expect(overview.contains("Een thema kost 5 tot 10 minuten."))
            for page in [start, overview] {
                let lower = page.lowercased()
                for word in ["vhto", "studente", "slb", "8 tot 15", "beter behouden"] {
                    #expect(!lower.contains(word), "the bundled set's '\(word)' in another set's page")
                }
            }
        }
    }
}
