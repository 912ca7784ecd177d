import Foundation
import Hummingbird
import WijzerReports
import WijzerScoring
import WijzerStorage

/// The routes around the themes: start, a new self-check, the overview of a private link,
/// the plan and its downloads, deleting everything, the stylesheet.
extension WebServer {
    func addStartRoutes(to router: Router<BasicRequestContext>) {
        router.get(RouterPath(Paths.stylesheet)) { _, _ in asset(Layout.stylesheet, type: "text/css; charset=utf-8") }
        router.get(RouterPath(CopyLink.path)) { _, _ in asset(CopyLink.script, type: "text/javascript; charset=utf-8") }

        router.get(RouterPath(Paths.start)) { request, _ in
            // The link from the cookie is only offered, not looked up: no lookup without a click.
            let link = cookieLink(request, Self.linkCookie)
            let previous = cookieLink(request, Self.previousCookie).flatMap { $0 != link ? $0 : nil }
            let deleted = request.uri.queryParameters["verwijderd"] != nil
            return page(request) { StartPages.start($0, questionnaire: questionnaire, resume: link, previous: previous, deleted: deleted) }
        }

        router.post(RouterPath(Paths.begin)) { request, _ in
            _ = try await form(request)
            guard beginLimiter.take() else {
                throw PageError(status: .tooManyRequests, title: "Even geduld",
                                message: "Er worden op dit moment erg veel zelfchecks tegelijk begonnen. Wacht een minuut en probeer het dan opnieuw.")
            }
            var document = ResultDocument(questionnaire: stamp)
            document.respondent = RespondentID.fresh()
            let link = PrivateLink.make()
            try await store.create(link: link, document: document)
            var response = redirect(Paths.selfCheck(link) + "?welkom")
            keep(link, in: &response, for: request)
            return response
        }

        router.get("/s/:link") { request, context in
            let (link, document) = try await selfCheck(context)
            let welcome = request.uri.queryParameters["welkom"] != nil
            let team = try await teamFocus(link)
            var response = page(request) {
                StartPages.overview($0, questionnaire: questionnaire, document: document, link: link,
                                    fullLink: welcome ? settings.publicURL + Paths.selfCheck(link) : nil, team: team)
            }
            // Opened through the link in another browser (or from a bookmark): remember it there.
            keep(link, in: &response, for: request)
            return response
        }

        router.get("/s/:link/plan") { request, context in
            let (link, document) = try await selfCheck(context)
            guard document.themes.contains(where: { $0.completed != nil }) else {
                return page(request) {
                    StartPages.message($0, title: "Nog geen actieplan",
                                       message: "Je actieplan komt er zodra je een thema hebt afgerond. Kies een thema op de pagina van je zelfcheck.")
                }
            }
            return try await planPage(request, link: link, document: document, logger: context.logger)
        }

        router.get("/s/:link/actieplan.md") { _, context in
            let (_, document) = try await selfCheck(context)
            let plan = self.plan(document)
            return download(MarkdownPlanRenderer.render(plan), type: "text/markdown; charset=utf-8", name: plan.fileStem + ".md")
        }

        router.get("/s/:link/actieplan.html") { _, context in
            let (_, document) = try await selfCheck(context)
            let plan = self.plan(document)
            return download(HTMLPlanRenderer.render(plan), type: "text/html; charset=utf-8", name: plan.fileStem + ".html")
        }

        router.get("/s/:link/resultaat.json") { _, context in
            let (_, document) = try await selfCheck(context)
            return resultFile(document)
        }

        // The rounds before a theme was done again, for `wijzer compare` or to keep.
        router.get("/s/:link/vorige-keer.json") { _, context in
            let (link, _) = try await selfCheck(context)
            guard let earlier = try await readableEarlierRounds(link, logger: context.logger) else { throw PageError.notFound() }
            return resultFile(earlier)
        }

        router.get("/s/:link/verwijderen") { request, context in
            let (link, _) = try await selfCheck(context)
            return page(request) { StartPages.confirmDelete($0, link: link) }
        }

        router.post("/s/:link/verwijderen") { request, context in
            _ = try await form(request)
            let (link, _) = try await selfCheck(context)
            _ = try await store.delete(link: link, questionnaire: questionnaire.id)
            var response = redirect(Paths.start + "?verwijderd")
            // The browser's self-check is gone: the one it had before takes its place, so the
            // start page leads back to it. A self-check the browser does not hold changes nothing.
            let previous = cookieLink(request, Self.previousCookie)
            if request.cookie(Self.linkCookie) == link, let previous, previous != link {
                response.setCookie(cookie(Self.linkCookie, previous, maxAge: Self.cookieLifetime))
                response.setCookie(cookie(Self.previousCookie, "", maxAge: 0))
            } else {
                if request.cookie(Self.linkCookie) == link { response.setCookie(cookie(Self.linkCookie, "", maxAge: 0)) }
                if previous == link { response.setCookie(cookie(Self.previousCookie, "", maxAge: 0)) }
            }
            return response
        }
    }

    /// `document` as the result file `wijzer plan`, `compare` and `team` read, named by its
    /// questionnaire and date as the terminal names its results.
    func resultFile(_ document: ResultDocument) -> Response {
        download(String(decoding: ResultCodec.encode(document), as: UTF8.self), type: "application/json",
                 name: "\(questionnaire.id)-\(SessionStore.stamp(document.updated)).json")
    }

    /// A file to save: the browser downloads it instead of showing it.
    func download(_ text: String, type: String, name: String) -> Response {
        Response(status: .ok,
                 headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
