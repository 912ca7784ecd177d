import Foundation
import Hummingbird
import WijzerScoring
import WijzerStorage

/// The participants' routes: the join form and joining with the code, as a new self-check or
/// with one they already have. A browser that joined before goes back to its own self-check:
/// one participant counts once.
extension WebServer {
    /// Remembers the self-check this browser joined a session with.
    static let participantCookie = "wijzer-deelname"

    func addTeamJoinRoutes(to router: Router<BasicRequestContext>, _ teams: any TeamSessionStore) {
        router.get(RouterPath(TeamPaths.join)) { request, _ in
            joinForm(request)
        }

        router.post(RouterPath(TeamPaths.join)) { request, _ in
            let form = try await form(request)
            guard let code = JoinCode.normalized(form["code"] ?? "") else {
                return joinForm(request, status: .badRequest,
                                problem: "Een code heeft 8 letters en cijfers, zoals KX7P-M3QD. Kijk nog eens op het scherm.")
            }
            guard limiter.allows() else { throw PageError.tooManyLookups() }
            guard let session = try await teams.session(joinCode: code), session.questionnaire == questionnaire.id else {
                limiter.recordMiss()
                return joinForm(request, status: .notFound, problem: "Er is geen teamsessie met deze code. Kijk nog eens op het scherm.")
            }
            guard session.state == .open else {
                return page(request, status: .gone) {
                    StartPages.message($0, title: "Sessie afgesloten", message: "Deze teamsessie is afgesloten; meedoen kan niet meer.")
                }
            }
            // Joined before in this browser: back to the same self-check, not a second membership.
            for name in [Self.participantCookie, Self.linkCookie] {
                guard let known = cookieLink(request, name) else { continue }
                if try await teams.sessions(member: known).contains(where: { $0.id == session.id }) {
                    return joined(known, welcome: false, request: request)
                }
            }
            // The browser's self-check, offered by the form when the browser had one.
            let inBrowser = cookieLink(request, Self.linkCookie)
            let pasted = (form["link"] ?? "").trimmingCharacters(in: .whitespaces)
            let own: String? = pasted.isEmpty ? (form[JoinChoice.field] == JoinChoice.own.rawValue ? inBrowser : nil) : pasted
            let link: String
            var finished = false
            if let own {
                let candidate = own.split(separator: "/").last { !$0.isEmpty }.map { String($0.prefix { $0 != "?" && $0 != "#" }) } ?? ""
                guard PrivateLink.isWellFormed(candidate), let document = try await store.load(link: candidate, questionnaire: questionnaire.id) else {
                    limiter.recordMiss()
                    guard pasted.isEmpty else {
                        return joinForm(request, status: .notFound,
                                        problem: "Deze persoonlijke link kennen we niet. Plak de hele link van je zelfcheck, of laat het vak leeg om nieuw te beginnen.")
                    }
                    // The browser's self-check was deleted: forget it, and offer a new one.
                    var response = joinForm(request, status: .notFound, ownInBrowser: false,
                                            problem: "De zelfcheck van deze browser bestaat niet meer. Doe mee met een nieuwe zelfcheck, of plak de link van een andere.")
                    response.setCookie(cookie(Self.linkCookie, "", maxAge: 0))
                    return response
                }
                link = candidate
                finished = TeamProgress.hasFinished(document, session.themes)
            } else {
                // The session's own budget, not the start page's: a room joins at once (`JoinBudget`).
                guard await joinBudget.take(session: session.id) else { throw PageError.tooManyJoins() }
                var document = ResultDocument(questionnaire: stamp)
                document.respondent = RespondentID.fresh()
                link = PrivateLink.make()
                try await store.create(link: link, document: document)
            }
            _ = try await teams.addMember(session: session.id, link: link, at: Date(), brought: own != nil)
            // A self-check that finished the session's themes before joining counts at once.
            if finished {
                try await teams.setFinished(session: session.id, link: link, true)
                try await releaseIfDue(session)
            }
            return joined(link, welcome: own == nil, request: request)
        }
    }

    /// The join form, asking which self-check to join with when the browser has one (unless
    /// `ownInBrowser` says it has none after all).
    private func joinForm(_ request: Request, status: HTTPResponse.Status = .ok, ownInBrowser: Bool? = nil, problem: String? = nil) -> Response {
        let offered = ownInBrowser ?? (cookieLink(request, Self.linkCookie) != nil)
        return page(request, status: status) {
            TeamPages.joinForm($0, ownInBrowser: offered, retentionDays: settings.retentionDays, problem: problem)
        }
    }

    /// On to the participant's self-check, which becomes the browser's (the one it had stays
    /// within reach as its previous one, `keep`).
    private func joined(_ link: String, welcome: Bool, request: Request) -> Response {
        var response = redirect(Paths.selfCheck(link) + (welcome ? "?welkom" : ""))
        keep(link, in: &response, for: request)
        response.setCookie(cookie(Self.participantCookie, link, maxAge: Self.cookieLifetime))
        return response
    }

    /// What a participant's overview shows of the sessions its link takes part in: only their
    /// themes, and a note on what the team sees. nil outside a session.
    func teamFocus(_ link: String) async throws -> TeamFocus? {
        guard let teams else { return nil }
        let sessions = try await teams.sessions(member: link)
        guard !sessions.isEmpty else { return nil }
        var themes: [String] = []
        for session in sessions { themes += session.themes.filter { !themes.contains($0) } }
        return TeamFocus(themes: themes, retentionDays: settings.retentionDays,
                         deletedWithSession: try await teams.isDeletedWithSession(member: link))
    }
}

/// The themes of a participant's team sessions, and what the overview says about them.
struct TeamFocus: Sendable {
    var themes: [String]
    var retentionDays: Int
    /// Whether the self-check was started by joining, and so goes with the session's answers
    /// (`TeamSessionStore.purge`); one the participant brought stays.
    var deletedWithSession: Bool
}
