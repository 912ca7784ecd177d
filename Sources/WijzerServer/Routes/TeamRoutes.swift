import Foundation
import Hummingbird
import WijzerReports
import WijzerStorage

/// The facilitator's routes of a live team session: start one, its page (private link), the
/// team view for the projector with its event stream, the presentation, closing, and the
/// frozen report's files. None of them returns anything about one participant.
extension WebServer {
    /// The cookie that remembers the facilitator's link in this browser.
    static let facilitatorCookie = "wijzer-teamsessie"

    func addTeamRoutes(to router: Router<BasicRequestContext>) {
        guard let teams else { return }
        addTeamJoinRoutes(to: router, teams)

        router.get(RouterPath(TeamPaths.script)) { _, _ in asset(TeamLayout.script, type: "text/javascript; charset=utf-8") }
        router.get(RouterPath(TeamPaths.stylesheet)) { _, _ in asset(TeamLayout.stylesheet, type: "text/css; charset=utf-8") }

        router.get(RouterPath(TeamPaths.start)) { request, _ in
            page(request) { TeamPages.startForm($0, questionnaire: questionnaire) }
        }

        router.post(RouterPath(TeamPaths.start)) { request, _ in
            let form = try await form(request)
            let chosen = form.all("thema")
            let themes = questionnaire.themes.map(\.id.name).filter { chosen.contains($0) }
            let k = Int(form["k"] ?? "") ?? TeamPrivacy.defaultMinimumGroup
            if themes.isEmpty || themes.count != Set(chosen).count || !(TeamPrivacy.lowestMinimumGroup ... 100).contains(k) {
                let problem = themes.isEmpty ? "Kies minstens één thema." : "De kleinste groep moet minstens \(TeamPrivacy.lowestMinimumGroup) zijn: kleinere groepen maken mensen herkenbaar."
                return page(request, status: .badRequest) { TeamPages.startForm($0, questionnaire: questionnaire, problem: problem) }
            }
            // A session is a row in the store, as a self-check is: the same limit.
            guard beginLimiter.take() else { throw PageError.tooManyBegins() }
            let link = PrivateLink.make()
            for attempt in 1 ... 5 {
                let session = TeamSessionRecord(id: PrivateLink.make(), questionnaire: questionnaire.id, themes: themes,
                                                minimumGroup: k, joinCode: JoinCode.make(), created: Date())
                do {
                    try await teams.createSession(session, facilitatorDigest: LinkDigest.of(link))
                    break
                } catch StoreError.duplicate where attempt < 5 {
                    continue
                }
            }
            var response = redirect(TeamPaths.session(link) + "?welkom")
            response.setCookie(cookie(Self.facilitatorCookie, link, maxAge: 90 * 24 * 3600))
            return response
        }

        router.get("/teamsessie/:link") { request, context in
            let (link, session) = try await facilitated(context, teams)
            // Sessions started before projector links existed get theirs here (a no-op after).
            let projector = ProjectorLink.of(facilitator: link)
            try await teams.attachProjector(session: session.id, projectorDigest: LinkDigest.of(projector))
            let (joined, finished) = try await teams.counts(session: session.id, questionnaire: questionnaire.id)
            let welcome = request.uri.queryParameters["welkom"] != nil
            return page(request) {
                TeamPages.facilitator($0, session: session, link: link, joined: joined, finished: finished,
                                      joinURL: settings.publicURL + TeamPaths.join,
                                      projectorURL: settings.publicURL + TeamPaths.view(.projector(projector)),
                                      fullLink: welcome ? settings.publicURL + TeamPaths.session(link) : nil,
                                      retentionDays: settings.retentionDays)
            }
        }

        addTeamViewRoutes(to: router, root: "/teamsessie/:link", view: "/teamsessie/:link/overzicht") { context in
            let (link, session) = try await facilitated(context, teams)
            return (.facilitator(link), session)
        }
        addTeamViewRoutes(to: router, root: "/beamer/:link", view: "/beamer/:link") { context in
            try await projected(context, teams)
        }

        router.post("/teamsessie/:link/afsluiten") { request, context in
            _ = try await form(request)
            let (link, session) = try await facilitated(context, teams)
            try await closeTeamSession(session, at: Date())
            return redirect(TeamPaths.session(link))
        }

        router.get("/teamsessie/:link/rapport/:file") { _, context in
            let (_, session) = try await facilitated(context, teams)
            guard let report = session.report, let name = context.parameters.get("file"),
                  let index = TeamSession.fileNames.firstIndex(of: name)
            else { throw PageError.notFound() }
            let types = ["text/markdown; charset=utf-8", "text/html; charset=utf-8", "text/csv; charset=utf-8", "text/csv; charset=utf-8"]
            let texts = [report.markdown, report.html, report.scores, report.answers]
            return download(texts[index], type: types[index], name: name)
        }
    }

    /// The team view, its event stream and the presentation under `root`, for the viewer that
    /// `find` recognises in the path. They show the last release only: releases are made where
    /// the finished count changes (a finished theme, a join), not on every view load, which read
    /// every member's answers.
    private func addTeamViewRoutes(to router: Router<BasicRequestContext>, root: String, view: String,
                                   find: @escaping @Sendable (BasicRequestContext) async throws -> (TeamViewer, TeamSessionRecord)) {
        guard let teams else { return }
        router.get(RouterPath(view)) { request, context in
            var (viewer, session) = try await find(context)
            // A closed session's view shows its frozen report, not the last release's; an open
            // one the report stored with its last release (read with the count it shows), or,
            // for a release stored without one, the report made from its snapshot.
            var reportHTML: String?
            if session.report == nil, session.released > 0 {
                if let stored = try await teams.releasedView(session: session.id) {
                    (session.released, reportHTML) = (stored.released, stored.html)
                } else {
                    reportHTML = try await releasedReport(session, teams).map(TeamHTMLRenderer.mainContent)
                }
            }
            return page(request) { TeamPages.view($0, session: session, viewer: viewer, reportHTML: reportHTML, joinURL: settings.publicURL + TeamPaths.join) }
        }

        router.get(RouterPath(root + "/events")) { _, context in
            let (_, session) = try await find(context)
            let releases = await teamEvents.subscribe(session: session.id)
            // nginx buffers a proxied response by default, which holds the stream back until
            // its buffer fills (minutes of pings); `X-Accel-Buffering: no` turns that off for this
            // response, whatever the school's nginx configuration says.
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store", TeamEventStream.noBuffering: "no"],
                            body: ResponseBody { writer in
                                try await TeamEventStream.write(releases, to: &writer)
                            })
        }

        router.get(RouterPath(root + "/presentatie/:screen")) { request, context in
            let (viewer, session) = try await find(context)
            guard let screen = context.parameters.get("screen").flatMap({ Int($0) }) else { throw PageError.notFound() }
            let report = try await releasedReport(session, teams)
            guard let page = TeamPresentation.screen(screen, report: report, session: session, viewer: viewer, context: pageContext(request).0)
            else { throw PageError.notFound() }
            return html(page)
        }
    }

    /// The session of the projector link in the path, found and refused as `facilitated` does.
    private func projected(_ context: BasicRequestContext, _ teams: any TeamSessionStore) async throws -> (TeamViewer, TeamSessionRecord) {
        let (link, session) = try await lookUp(context) { try await teams.session(projectorDigest: $0) }
        return (.projector(link), session)
    }

    /// The report of the session's last release; nil before the first.
    private func releasedReport(_ session: TeamSessionRecord, _ teams: any TeamSessionStore) async throws -> TeamReport? {
        guard session.released > 0 else { return nil }
        return try await teamReports.report(session: session.id, released: session.released) {
            teamReport(try await teams.snapshot(session: session.id), themes: session.themes, minimumGroup: session.minimumGroup)
        }
    }

    /// The session of the facilitator link in the path: 404 for an unknown link (counted like
    /// an unknown private link), 429 while too many unknown links are tried.
    private func facilitated(_ context: BasicRequestContext, _ teams: any TeamSessionStore) async throws -> (String, TeamSessionRecord) {
        try await lookUp(context) { try await teams.session(facilitatorDigest: $0) }
    }

    /// The link in the path and its session, found by `find` from the link's digest: 404 for an
    /// unknown link (counted like an unknown private link), 429 while too many are tried.
    private func lookUp(_ context: BasicRequestContext,
                        _ find: (String) async throws -> TeamSessionRecord?) async throws -> (String, TeamSessionRecord) {
        guard limiter.allows() else { throw PageError.tooManyLookups() }
        guard let link = context.parameters.get("link"), PrivateLink.isWellFormed(link),
              let session = try await find(LinkDigest.of(link)), session.questionnaire == questionnaire.id
        else {
            limiter.recordMiss()
            throw PageError.notFound()
        }
        return (link, session)
    }
}

extension PageError {
    /// While too many unknown links or codes are tried: every lookup waits, known or not.
    static func tooManyLookups() -> PageError {
        PageError(status: .tooManyRequests, title: "Even geduld",
                  message: "Er worden op dit moment te veel onbekende links of codes geprobeerd. Wacht een minuut en probeer het dan opnieuw.")
    }

    /// While too many people join one team session at once (`JoinBudget`).
    static func tooManyJoins() -> PageError {
        PageError(status: .tooManyRequests, title: "Even geduld",
                  message: "Er doen op dit moment erg veel mensen tegelijk mee aan deze teamsessie. Wacht een minuut en probeer het dan opnieuw.")
    }

    /// While too many self-checks or sessions are begun at once.
    static func tooManyBegins() -> PageError {
        PageError(status: .tooManyRequests, title: "Even geduld",
                  message: "Er worden op dit moment erg veel zelfchecks of teamsessies tegelijk begonnen. Wacht een minuut en probeer het dan opnieuw.")
    }
}
