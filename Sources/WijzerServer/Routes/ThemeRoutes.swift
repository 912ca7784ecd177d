import Foundation
import Hummingbird
import WijzerLanguage
import WijzerScoring

/// The routes of one theme: its introduction, a question (shown and answered), the review,
/// finishing it and starting it again. Every POST is answered with a redirect (POST-redirect-
/// GET), after the change is stored.
extension WebServer {
    func addThemeRoutes(to router: Router<BasicRequestContext>) {
        router.get("/s/:link/thema/:theme") { request, context in
            let (link, document) = try await selfCheck(context)
            let session = try themeSession(context, document)
            return page(request) { ThemePages.intro($0, session: session, link: link) }
        }

        // Both also reached without the router, by `WebResponder`, when the path is written as
        // `Paths.question` writes it (every link and form of the pages).
        router.get(QuestionPath.route) { request, context in
            try await question(request, QuestionPath(context.parameters))
        }
        router.post(QuestionPath.route) { request, context in
            try await answer(request, QuestionPath(context.parameters))
        }

        router.get("/s/:link/thema/:theme/overzicht") { request, context in
            let (link, document) = try await selfCheck(context)
            let session = try themeSession(context, document)
            if session.isCompleted { return Response.redirect(to: settings.prefix + Paths.theme(link, session.themeID)) }
            return page(request) { ThemePages.review($0, session: session, link: link) }
        }

        // Like an answer, checked on the self-check as its save reads it, without a read of its own.
        router.post("/s/:link/thema/:theme/afronden") { request, context in
            _ = try await form(request)
            let link = try privateLink(context)
            let (questionnaire, theme) = (self.questionnaire, try themeID(context))
            let finished: ResultDocument
            do {
                finished = try await update(link) { document in
                    if ThemeSession(questionnaire: questionnaire, theme: theme, document: document).isCompleted { throw AnswerRefused.completed }
                    ResultBuilder.complete(theme: theme, in: &document, questionnaire: questionnaire, at: ResultCodec.now())
                    return document
                }
            } catch AnswerRefused.completed {
                return redirect(Paths.plan(link))
            }
            // A finished theme is what moves a team view on: release what is due in the link's
            // team sessions now, so an open view hears of it without anyone reloading.
            try await recordProgress(of: link, finished)
            return redirect(Paths.plan(link))
        }

        router.get("/s/:link/thema/:theme/opnieuw") { request, context in
            let (link, document) = try await selfCheck(context)
            let session = try themeSession(context, document)
            guard session.isCompleted else { return Response.redirect(to: settings.prefix + Paths.theme(link, session.themeID)) }
            return page(request) { ThemePages.confirmRestart($0, session: session, link: link) }
        }

        router.post("/s/:link/thema/:theme/opnieuw") { request, context in
            _ = try await form(request)
            let (link, document) = try await selfCheck(context)
            let (questionnaire, theme) = (self.questionnaire, try themeID(context))
            // The finished round is kept before the theme is emptied, so nothing is lost if the
            // server stops between the two: sent again, the same round is kept again.
            if document[theme: theme].completed != nil {
                let earlier = try await store.earlierRounds(link: link, questionnaire: questionnaire.id)
                _ = try await store.keepEarlierRounds(EarlierRounds.keeping(theme, of: document, in: earlier), link: link,
                                                      questionnaire: questionnaire.id)
            }
            let restarted = try await update(link) { document in
                var s = ThemeSession(questionnaire: questionnaire, theme: theme, document: document)
                // Sent twice, or from a page left open: a theme being answered keeps its answers.
                guard s.isCompleted else { return document }
                s.restart()
                document = s.document
                return document
            }
            // No longer finished in a team session of these themes (until finished again).
            try await recordProgress(of: link, restarted)
            return redirect(Paths.theme(link, theme))
        }
    }

    /// The page of the question at `path`; a redirect to the theme when it is finished, and to
    /// the next question asked when an earlier answer hides this one.
    func question(_ request: Request, _ path: QuestionPath) async throws -> Response {
        let (link, document) = try await selfCheck(path.link)
        var session = try themeSession(path.theme, document)
        if session.isCompleted { return Response.redirect(to: settings.prefix + Paths.theme(link, session.themeID)) }
        let index = try questionIndex(path.number, theme: session.themeID)
        session.go(to: index)
        if !session.isVisible(session.questions[index]) {
            // Hidden by an earlier answer: on to the next question that is asked.
            return Response.redirect(to: settings.prefix + Self.next(from: &session, link: link))
        }
        return page(request) { QuestionPage.render($0, session: session, index: index, link: link) }
    }

    /// Saves an answer (or a skip) to the question at `path`, checked and applied in one step
    /// on the self-check as its save group reads it: no read of its own before (a read of the
    /// database is a hop to sqlite-nio's threads and back, which took a fifth of the server's
    /// time per answer under load; Benchmarks/serve). Redirects to the next question; an answer
    /// that does not fit gets the question again with the reason (400).
    func answer(_ request: Request, _ path: QuestionPath) async throws -> Response {
        let form = try await form(request)
        let link = try privateLink(path.link)
        let theme = try themeID(path.theme)
        let index = try questionIndex(path.number, theme: theme)
        let action = form[QuestionPage.actionField]
        guard action == QuestionPage.skipAction || action == QuestionPage.answerAction else {
            throw PageError.badRequest("Het formulier zei niet wat er moest gebeuren. Er is niets opgeslagen; probeer het opnieuw.")
        }
        let (questionnaire, fingerprints, menus) = (self.questionnaire, self.fingerprints, self.menus)
        let next: String
        do {
            next = try await update(link) { document in
                var session = ThemeSession(questionnaire: questionnaire, theme: theme, document: document, fingerprints: fingerprints)
                if session.isCompleted { throw AnswerRefused.completed }
                session.go(to: index)
                guard session.isVisible(session.questions[index]) else { throw AnswerRefused.hidden(session) }
                if action == QuestionPage.skipAction {
                    session.skip()
                } else {
                    let question = session.questions[index]
                    switch SubmittedAnswer.read(form, for: question, menu: menus[question.id] ?? AnswerMenu(question.decl)) {
                    case .failure(let problem): throw AnswerRefused.invalid(session, problem.message)
                    case .success(let answer): session.record(answer.value, shareAnonymously: answer.shareAnonymously)
                    }
                }
                document = session.document
                return Self.next(from: &session, link: link)
            }
        } catch let refused as AnswerRefused {
            switch refused {
            case .completed:
                return redirect(Paths.theme(link, theme))
            case .hidden(var session):
                // Hidden by an earlier answer: on to the next question that is asked.
                return redirect(Self.next(from: &session, link: link))
            case .invalid(let session, let problem):
                return page(request, status: .badRequest) {
                    QuestionPage.render($0, session: session, index: index, link: link, problem: problem, submitted: form)
                }
            }
        }
        return redirect(next)
    }

    /// The theme in the path; 404 for a theme this questionnaire does not have.
    private func themeID(_ context: BasicRequestContext) throws -> String {
        try themeID(context.parameters.get("theme"))
    }

    /// `id` as a theme of this questionnaire; 404 for one it does not have.
    private func themeID(_ id: String?) throws -> String {
        // By its index: `theme(_:)` would copy the theme's declaration only to drop it.
        guard let id, questionnaire.themeIndex[id] != nil else { throw PageError.notFound() }
        return id
    }

    /// The session of the theme in the path; 404 for a theme this questionnaire does not have.
    private func themeSession(_ context: BasicRequestContext, _ document: ResultDocument) throws -> ThemeSession {
        try themeSession(context.parameters.get("theme"), document)
    }

    /// The session of theme `id`; 404 for a theme this questionnaire does not have.
    private func themeSession(_ id: String?, _ document: ResultDocument) throws -> ThemeSession {
        ThemeSession(questionnaire: questionnaire, theme: try themeID(id), document: document)
    }

    /// A question number as an index into the theme's questions; 404 outside.
    private func questionIndex(_ number: String, theme: String) throws -> Int {
        guard let number = Int(number),
              questionnaire.questions(inTheme: theme).indices.contains(number - 1)
        else { throw PageError.notFound() }
        return number - 1
    }

    /// Where to go after the session's current question: the next visible one, else the first
    /// open one, else the review. Moves the session there (in place: a copy would copy its
    /// questionnaire and document with every saved answer).
    private static func next(from session: inout ThemeSession, link: String) -> String {
        guard let next = session.advance() else { return Paths.review(link, session.themeID) }
        return Paths.question(link, session.themeID, next + 1)
    }
}

/// Why an answer was not saved, found on the self-check as its save read it: nothing of the
/// self-check is written, and the route answers as if it had read the self-check first.
private enum AnswerRefused: Error {
    /// The theme is finished: its answers no longer change.
    case completed
    /// The question is hidden by an earlier answer.
    case hidden(ThemeSession)
    /// The answer does not fit the question (a Dutch message for the teacher).
    case invalid(ThemeSession, String)
}
