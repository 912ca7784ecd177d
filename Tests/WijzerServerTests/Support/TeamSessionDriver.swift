import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport

/// Drives a live team session through its forms, as browsers without script do.
extension Browser {
    /// Starts a session on `themes` with group size `k`; returns the facilitator's link and the
    /// join code.
    func startTeamSession(themes: [String], k: Int = 5) async throws -> (link: String, code: String) {
        if cookies["wijzer-csrf"] == nil { _ = try await get("/teamsessie") }
        let created = try await post("/teamsessie", themes.map { ("thema", $0) } + [("k", String(k))])
        #expect(created.status == .seeOther, "\(created.body.prefix(400))")
        let location = try #require(created.location)
        let link = String(location.dropFirst("/teamsessie/".count).prefix(32))
        let page = try await get("/teamsessie/\(link)")
        let code = try #require(page.body.firstMatch(of: /class="code">([A-Z0-9]{4}-[A-Z0-9]{4})</)?.1)
        return (link, String(code))
    }

    /// Joins with `code` (and optionally an own link, or the join form's choice of self-check);
    /// returns the participant's link.
    func join(_ code: String, link own: String? = nil, choice: String? = nil) async throws -> String {
        if cookies["wijzer-csrf"] == nil { _ = try await get("/team") }
        let page = try await post("/team", [("code", code)] + (own.map { [("link", $0)] } ?? []) + (choice.map { [("zelfcheck", $0)] } ?? []))
        #expect(page.status == .seeOther, "\(page.status) \(page.body.prefix(400))")
        let location = try #require(page.location)
        return String(location.dropFirst("/s/".count).prefix(32))
    }

    /// Answers every question of `theme`, choosing the answer by `variant` (so participants
    /// differ), sharing reflections when `share`, and finishes the theme.
    func finishTheme(_ theme: String, link: String, variant: Int, share: Bool = false, text: String = "Ik let er beter op.") async throws {
        let questions = Bundled.questionnaire.questions(inTheme: theme)
        var path = "/s/\(link)/thema/\(theme)/vraag/1"
        for _ in 0 ... questions.count * 2 {
            let page = try await get(path)
            if page.status == .seeOther, let location = page.location {
                path = location
            } else {
                let number = try #require(Int(path.split(separator: "/").last ?? ""))
                let response = try await post(path, Self.answer(questions[number - 1], variant: variant, share: share, text: text))
                #expect(response.status == .seeOther, "\(path): \(response.body.prefix(300))")
                path = try #require(response.location)
            }
            if path.hasSuffix("/overzicht") { break }
        }
        let finished = try await post("/s/\(link)/thema/\(theme)/afronden")
        #expect(finished.status == .seeOther)
    }

    static func answer(_ question: ResolvedQuestion, variant: Int, share: Bool, text: String) -> [(String, String)] {
        let menu = AnswerMenu(question.decl)
        switch question.kind ?? .reflection {
        case .number(_, let high, _, _): return [("actie", "antwoord"), ("antwoord", min(high, question.kind!.grid!.point(variant % 3)).description)]
        case .reflection: return [("actie", "antwoord"), ("antwoord", text)] + (share ? [("delen", "ja")] : [])
        default:
            let choices = menu.kind.choices
            return [("actie", "antwoord"), ("antwoord", choices[variant % choices.count].key)]
        }
    }
}
