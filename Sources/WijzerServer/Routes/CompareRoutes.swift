import Hummingbird
import WijzerReports
import WijzerScoring

/// Comparing a self-check with an earlier one, named by its private link, or with its own rounds
/// before a theme was done again.
extension WebServer {
    func addCompareRoutes(to router: Router<BasicRequestContext>) {
        // POST, so the earlier link travels in the body and never in a URL, a log or the history.
        router.post("/s/:link/vergelijken") { request, context in
            let form = try await form(request)
            let (link, document) = try await selfCheck(context)
            let entered = form[ComparePage.field] ?? ""
            // The one-click form names the self-check this browser had before; the other, a pasted link.
            let previous = form[ComparePage.previousField] == "ja"
            /// The plan page again, saying why; `forget`: this browser's previous self-check is
            /// gone (deleted, or purged after a team session), so the cookie goes and the button too.
            func refuse(_ problem: String, status: HTTPResponse.Status = .unprocessableContent, forget: Bool = false) async throws -> Response {
                var response = try await planPage(request, link: link, document: document, logger: context.logger, status: status, offerPrevious: !forget,
                                                  compareProblem: problem, entered: entered)
                if forget { response.setCookie(cookie(Self.previousCookie, "", maxAge: 0)) }
                return response
            }
            // The rounds before a theme was done again, in this self-check itself: no other link.
            if form[ComparePage.roundsField] == "ja" {
                guard let earlier = try await readableEarlierRounds(link, logger: context.logger),
                      !EarlierRounds.redone(document, since: earlier).isEmpty else {
                    return try await refuse("Er is nog geen thema dat je opnieuw hebt gedaan en afgerond, dus er valt nog niets te vergelijken.")
                }
                let comparison = Comparison(old: earlier, new: EarlierRounds.finished(document), questionnaire: questionnaire)
                return page(request) { ComparePage.render($0, comparison, link: link, rounds: true) }
            }
            let earlierLink: String
            if previous {
                guard let remembered = cookieLink(request, Self.previousCookie) else {
                    return try await refuse("Deze browser weet niet meer welke zelfcheck je eerder deed. Plak de link die je toen hebt bewaard.")
                }
                earlierLink = remembered
            } else {
                guard let pasted = PrivateLink.secret(in: entered) else {
                    return try await refuse("Dit is geen persoonlijke link van Wijzer. Zo’n link eindigt op /s/ met 32 letters en cijfers daarachter.")
                }
                earlierLink = pasted
            }
            guard earlierLink != link else {
                return try await refuse("Dit is de link van deze zelfcheck zelf. Plak de link van je vorige zelfcheck.")
            }
            // The same limit and the same answer as any other lookup of an unknown link.
            guard limiter.allows() else {
                return try await refuse("Er worden op dit moment te veel onbekende links geprobeerd. Wacht een minuut en probeer het dan opnieuw.",
                                        status: .tooManyRequests)
            }
            guard let earlier = try await store.load(link: earlierLink, questionnaire: questionnaire.id) else {
                limiter.recordMiss()
                return previous
                    ? try await refuse("Je vorige zelfcheck in deze browser bestaat niet meer; misschien heb je hem verwijderd.", status: .notFound, forget: true)
                    : try await refuse("Onder deze link staat geen zelfcheck (meer). Kijk of je de hele link hebt geplakt.", status: .notFound)
            }
            let (old, new) = earlier.updated <= document.updated ? (earlier, document) : (document, earlier)
            let comparison = Comparison(old: old, new: new, questionnaire: questionnaire)
            guard !comparison.themes.isEmpty else {
                return try await refuse("In die zelfcheck staat geen thema dat je ook nu hebt ingevuld, dus er valt nog niets te vergelijken.")
            }
            return page(request) { ComparePage.render($0, comparison, link: link) }
        }
    }
}
