import Foundation
import Hummingbird
import Logging
import Synchronization
import WijzerLanguage
import WijzerReports
import WijzerScoring

/// `wijzer serve`: the self-check in a browser. Server-rendered Dutch pages, plain forms with
/// POST-redirect-GET, no script; each teacher's answers under a private link in an
/// `AnswerStore`, saved before the response. The rules (kinds, conditions, scores, the plan)
/// are the ones the terminal uses: this module only shows them.
public struct WebServer: Sendable {
    public let settings: ServerSettings
    public let questionnaire: Questionnaire
    public let stamp: QuestionnaireStamp
    public let store: any AnswerStore
    let limiter: LookupLimiter
    /// Limits how many new self-checks are begun (each is a row in the store).
    let beginLimiter: LookupLimiter
    /// Limits how many new self-checks joining each team session begins (`JoinBudget`).
    let joinBudget: JoinBudget
    /// The live team sessions, when the store keeps them (both stores do).
    let teams: (any TeamSessionStore)?
    let teamEvents: any TeamEvents
    /// The report of each team session's last release (`TeamReportCache`).
    let teamReports = TeamReportCache()
    /// Members' figures from earlier releases, so a release scores only who is new.
    let teamFigures = TeamFiguresMemo()
    /// Members' coded answers from earlier releases, so a release codes only who is new.
    let teamContributions = TeamContributionMemo()
    /// The questionnaire's questions as the team reports count them, made once.
    let teamCatalog: TeamCatalog
    /// The fingerprints every saved answer is stamped with, made once.
    let fingerprints: QuestionFingerprints
    /// Each question's answers as a saved answer is checked against them (by question id), made once.
    let menus: [String: AnswerMenu]

    public init(settings: ServerSettings, questionnaire: Questionnaire, stamp: QuestionnaireStamp, store: any AnswerStore) {
        self.settings = settings
        self.questionnaire = questionnaire
        self.stamp = stamp
        self.store = store
        limiter = LookupLimiter(capacity: settings.lookupBurst, perSecond: settings.lookupsPerSecond)
        beginLimiter = LookupLimiter(capacity: settings.beginBurst, perSecond: settings.beginsPerSecond)
        joinBudget = JoinBudget(capacity: settings.joinBurst, perSecond: settings.joinsPerSecond)
        teams = store as? any TeamSessionStore
        fingerprints = QuestionFingerprints(questionnaire)
        menus = Dictionary(questionnaire.questions.map { ($0.id, AnswerMenu($0.decl)) }) { first, _ in first }
        teamCatalog = TeamCatalog(questionnaire, stamp: stamp, fingerprints: fingerprints)
        // Several instances share one PostgreSQL: their views hear each other's releases.
        teamEvents = (store as? PostgresAnswerStore)?.teamEvents ?? InProcessTeamEvents()
    }

    /// The cookie that remembers this browser's private link, so the start page can offer it.
    static let linkCookie = "wijzer-link"
    /// The self-check this browser had before it began a new one: offered for comparison on
    /// the new one's plan page, so a teacher need not paste a link kept for months.
    static let previousCookie = "wijzer-vorige"

    /// Every request's responder: the router, with a way past it for answers (`WebResponder`).
    public func responder() -> some HTTPResponder<BasicRequestContext> {
        let middleware = ServerMiddleware<BasicRequestContext>(prefix: settings.prefix)
        return WebResponder(server: self, routes: router(middleware).buildResponder(), middleware: middleware)
    }

    /// Every route, behind `middleware`: the request log, the security headers and the error pages.
    func router(_ middleware: ServerMiddleware<BasicRequestContext>) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: middleware)
        // A theme's routes first: the router tries the routes under a private link in the order
        // they were added, and a question (shown or answered) is the most frequent request.
        addThemeRoutes(to: router)
        addStartRoutes(to: router)
        addCompareRoutes(to: router)
        addTeamRoutes(to: router)
        return router
    }

    /// The server's name: its `Server` header and the label of its log lines.
    public static let name = "Wijzer"

    /// The application on `settings.host` and `settings.port`; `onRunning` is called once it
    /// accepts connections. Without `logger`, it logs to standard error (`ServerLogHandler.logger`).
    public func application(logger: Logger? = nil, onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        Application(responder: responder(),
                    configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: Self.name),
                    onServerRunning: { _ in await onRunning() },
                    logger: logger ?? ServerLogHandler.logger(label: Self.name))
    }

    // MARK: Helpers shared by the routes

    /// The page context of this request, and the CSRF cookie to set when the browser had none.
    ///
    /// The cookie lasts as long as the private link's, not the browser session: a teacher who
    /// closes the browser (or whose laptop restarts) with a question open, and sends it when the
    /// browser restores the tab, would otherwise have the answer refused as a forged form, and
    /// what she typed lost. A longer life weakens nothing: the token still has to match.
    func pageContext(_ request: Request) -> (PageContext, Cookie?) {
        if let token = request.cookie(CSRF.cookie), PrivateLink.isWellFormed(token) {
            return (PageContext(prefix: settings.prefix, csrf: token), nil)
        }
        let token = CSRF.make()
        return (PageContext(prefix: settings.prefix, csrf: token), cookie(CSRF.cookie, token, maxAge: Self.cookieLifetime))
    }

    /// How long a browser keeps the cookies of its self-check and its forms (400 days, the longest
    /// browsers allow).
    static let cookieLifetime = 400 * 24 * 3600

    /// An HTML page built with this request's context.
    func page(_ request: Request, status: HTTPResponse.Status = .ok, _ build: (PageContext) -> String) -> Response {
        let (context, newCookie) = pageContext(request)
        var response = html(build(context), status: status)
        if let newCookie { response.setCookie(newCookie) }
        return response
    }

    /// A file the pages load (stylesheet, script), the same for everyone: cached for an hour.
    func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A self-check's plan as the browser shows and downloads it: its next check points to the
    /// comparison under a new self-check's plan, not to a terminal command.
    func plan(_ document: ResultDocument) -> ActionPlan {
        ActionPlan(document: document, questionnaire: questionnaire, comparedIn: .browser)
    }

    /// The plan page of `link`: the plan, the next theme on the guided path (within the link's
    /// team sessions' themes), and the comparison form (with one-click comparisons with the
    /// round before, once a theme was done again and finished, and with the self-check this
    /// browser had before, when `offerPrevious`), with `compareProblem` when the last comparison
    /// was refused.
    func planPage(_ request: Request, link: String, document: ResultDocument, logger: Logger, status: HTTPResponse.Status = .ok,
                  offerPrevious: Bool = true, compareProblem: String? = nil, entered: String = "") async throws -> Response {
        let plan = self.plan(document)
        let team = try await teamFocus(link)
        let next = NextTheme(document, questionnaire: questionnaire, team: team)
        // Only offered, not looked up: no lookup without a click (the compare route looks up).
        let previous = offerPrevious && cookieLink(request, Self.previousCookie).map { $0 != link } ?? false
        let rounds = try await readableEarlierRounds(link, logger: logger).map { !EarlierRounds.redone(document, since: $0).isEmpty } ?? false
        return page(request, status: status) {
            PlanPage.render($0, plan: plan, link: link, next: next, team: team != nil, rounds: rounds, previous: previous,
                            compareProblem: compareProblem, entered: entered)
        }
    }

    /// The rounds of `link`'s self-check before the current one, or nil when there are none or
    /// they cannot be read: the plan and the comparison then go on without them (logged), as an
    /// unreadable earlier round must not keep a teacher from her plan.
    func readableEarlierRounds(_ link: String, logger: Logger) async throws -> ResultDocument? {
        do {
            return try await store.earlierRounds(link: link, questionnaire: questionnaire.id)
        } catch let error as StoreError {
            guard case .corrupt(let reason) = error else { throw error }
            logger.error("the earlier rounds of a self-check cannot be read", metadata: ["reason": "\(reason)"])
            return nil
        }
    }

    /// A redirect after a POST (303), to `path` under the prefix.
    func redirect(_ path: String) -> Response {
        Response.redirect(to: settings.prefix + path, type: .normal)
    }

    /// The private link this browser's cookie `name` holds (`linkCookie`, `previousCookie`, …),
    /// when it is well formed. Only read, never looked up: no lookup without a click.
    func cookieLink(_ request: Request, _ name: String) -> String? {
        request.cookie(name).flatMap { PrivateLink.isWellFormed($0) ? $0 : nil }
    }

    /// Makes `link` the browser's self-check (`linkCookie`). The one the cookie held before, if
    /// another, becomes its previous self-check (`previousCookie`): the start page leads back to
    /// it and the new plan compares with it in one click. Every way a browser changes its
    /// self-check goes through here: beginning anew, joining a team session, opening a link.
    func keep(_ link: String, in response: inout Response, for request: Request) {
        response.setCookie(cookie(Self.linkCookie, link, maxAge: Self.cookieLifetime))
        if let had = cookieLink(request, Self.linkCookie), had != link {
            response.setCookie(cookie(Self.previousCookie, had, maxAge: Self.cookieLifetime))
        }
    }

    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: settings.prefix.isEmpty ? "/" : settings.prefix,
               secure: settings.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// The form of a POST: at most `maxBodyBytes`, valid, and carrying this browser's CSRF
    /// token; otherwise nothing is read further and nothing stored.
    func form(_ request: Request) async throws -> FormBody {
        // Made only when needed: its message is formatted.
        var tooLarge: PageError {
            PageError(status: .contentTooLarge, title: "Te veel tekst",
                      message: "Je antwoord is te lang om te verwerken (hooguit \(settings.maxBodyBytes / 1024) kB). Er is niets opgeslagen.")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > settings.maxBodyBytes { throw tooLarge }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: settings.maxBodyBytes)
        } catch {
            throw tooLarge
        }
        guard let form = FormBody(Array(buffer.readableBytesView)) else {
            throw PageError.badRequest("Het formulier kwam beschadigd aan. Er is niets opgeslagen; probeer het opnieuw.")
        }
        guard CSRF.matches(cookie: request.cookie(CSRF.cookie), field: form[CSRF.field]) else {
            throw PageError(status: .forbidden, title: "Formulier verlopen",
                            message: "Dit formulier komt niet van deze pagina, of je browser weigert cookies. Er is niets opgeslagen. Ga terug, laad de pagina opnieuw en probeer het nog eens.")
        }
        return form
    }

    /// The private link in the path and its self-check (as for a link given by itself, below).
    func selfCheck(_ context: BasicRequestContext) async throws -> (link: String, document: ResultDocument) {
        try await selfCheck(context.parameters.get("link"))
    }

    /// The private link `link` and its self-check: 404 for a link that does not exist (or
    /// belongs to another questionnaire), 429 while too many unknown links are being tried.
    func selfCheck(_ link: String?) async throws -> (link: String, document: ResultDocument) {
        let link = try privateLink(link)
        guard let document = try await store.load(link: link, questionnaire: questionnaire.id) else {
            limiter.recordMiss()
            throw PageError.notFound()
        }
        return (link, document)
    }

    /// The private link in the path, checked as a link given by itself is (below).
    func privateLink(_ context: BasicRequestContext) throws -> String {
        try privateLink(context.parameters.get("link"))
    }

    /// `link` as a private link, not yet looked up: 404 for one that is not well formed, 429
    /// while too many unknown links are being tried.
    func privateLink(_ link: String?) throws -> String {
        guard limiter.allows() else {
            throw PageError(status: .tooManyRequests, title: "Even geduld",
                            message: "Er worden op dit moment te veel onbekende links geprobeerd. Wacht een minuut en probeer het dan opnieuw.")
        }
        guard let link, PrivateLink.isWellFormed(link) else {
            limiter.recordMiss()
            throw PageError.notFound()
        }
        return link
    }

    /// Applies `change` to the self-check of `link` and returns what `change` returned when
    /// applied to the document that was stored (a save group applies it again to a fresher read
    /// when another writer came first); 404 when there is none (an unknown link, which counts
    /// as a miss like a failed lookup, or one deleted meanwhile).
    ///
    /// What a route needs after the save, it takes from the change, where the session is at hand:
    /// a session made again from the stored document cost each saved answer 3,500 instructions.
    func update<T: Sendable>(_ link: String, _ change: @Sendable (inout ResultDocument) throws -> T) async throws -> T {
        let result = Mutex<T?>(nil)
        let stored = try await store.update(link: link, questionnaire: questionnaire.id) { document in
            let value = try change(&document)
            result.withLock { $0 = value }
        }
        // A stored document means its change returned (the last time it ran, the one stored).
        guard stored != nil, let value = result.withLock({ $0 }) else {
            limiter.recordMiss()
            throw PageError.notFound()
        }
        return value
    }
}
