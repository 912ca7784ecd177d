import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import WijzerLanguage
import WijzerScoring
@testable import WijzerServer

/// A question's path read without the router (`QuestionPath.init?(path:)`), and its pages and
/// answers sent that way by `WebResponder` doing what they do through the router.
@Suite struct QuestionPathTests {
    let theme = Bundled.questionnaire.themes[0].id.name

    @Test func readsExactlyThePathsThatPathsQuestionWrites() {
        let link = PrivateLink.make()
        #expect(QuestionPath(path: Paths.question(link, "lesgeven", 12)) == QuestionPath(link: link, theme: "lesgeven", number: "12"))
        #expect(QuestionPath(path: "/s/a/thema/b/vraag/c") == QuestionPath(link: "a", theme: "b", number: "c"))
        #expect(QuestionPath(path: "/s/é/thema/beroepsoriëntatie/vraag/½") == QuestionPath(link: "é", theme: "beroepsoriëntatie", number: "½"))
        // Anything else is the router's to match, or to answer with 404.
        for other in ["/s/\(link)/thema/lesgeven/vraag/1/", "//s/\(link)/thema/lesgeven/vraag/1", "/s/\(link)/thema/lesgeven/vraag/",
                      "/s//thema/lesgeven/vraag/1", "/s/\(link)/thema//vraag/1", "/s/\(link)/thema/lesgeven/vraag/1/meer",
                      "/s/\(link)/thema/lesgeven/overzicht", "/s/\(link)/thema/lesgeven/vraag", "/t/\(link)/thema/lesgeven/vraag/1",
                      "/s/\(link)/Thema/lesgeven/vraag/1", "/s/\(link)/thema/lesgeven/vragen/1", "s/\(link)/thema/lesgeven/vraag/1", "", "/"] {
            #expect(QuestionPath(path: other) == nil, "\(other)")
        }
        // The same parts as the router's parameters.
        #expect(QuestionPath.loggedRoute == "/s/{link}/thema/{theme}/vraag/{number}")
    }

    /// A question's page and answers to it, at its path as the pages write it (without the
    /// router) and with a slash at the end (through the router): shown alike, saved alike, and
    /// refused alike.
    @Test func anAnswerIsSavedAndRefusedAlikeWithAndWithoutTheRouter() async throws {
        try await withServer { browser, store in
            let link = try await browser.begin()
            let questions = Bundled.questionnaire.questions(inTheme: theme)
            let shown = try await browser.get(Paths.question(link, theme, 1))
            let shownRouted = try await browser.get(Paths.question(link, theme, 1) + "/")
            #expect(shown.status == .ok && shown.body.contains("name=\"actie\""))
            #expect(shownRouted.status == shown.status && shownRouted.body == shown.body)
            for suffix in ["", "/"] {
                #expect(try await browser.get(Paths.question(link, theme, questions.count + 1) + suffix).status == .notFound, "\(suffix)")
                #expect(try await browser.get("/s/\(link)/thema/bestaat-niet/vraag/1\(suffix)").status == .notFound, "\(suffix)")
            }
            let direct = try await browser.post(Paths.question(link, theme, 1), validAnswer(questions[0]))
            let routed = try await browser.post(Paths.question(link, theme, 2) + "/", validAnswer(questions[1]))
            #expect(direct.status == .seeOther && direct.location == "/s/\(link)/thema/\(theme)/vraag/2")
            #expect(routed.status == .seeOther && routed.location == "/s/\(link)/thema/\(theme)/vraag/3")
            let document = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
            #expect(document.themes.first { $0.theme == theme }?.answers.map(\.question) == [questions[0].id, questions[1].id])

            for suffix in ["", "/"] {
                let invalid = try await browser.post(Paths.question(link, theme, 3) + suffix, [("actie", "antwoord"), ("antwoord", "geen-keuze")])
                #expect(invalid.status == .badRequest && invalid.body.contains("name=\"antwoord\""), "\(suffix)")
                let unknownTheme = try await browser.post("/s/\(link)/thema/bestaat-niet/vraag/1\(suffix)", validAnswer(questions[0]))
                let outside = try await browser.post(Paths.question(link, theme, questions.count + 1) + suffix, validAnswer(questions[0]))
                let badLink = try await browser.post(Paths.question("kort", theme, 1) + suffix, validAnswer(questions[0]))
                let unknownLink = try await browser.post(Paths.question(PrivateLink.make(), theme, 1) + suffix, validAnswer(questions[0]))
                #expect([unknownTheme, outside, badLink, unknownLink].map(\.status) == Array(repeating: .notFound, count: 4), "\(suffix)")
                let forged = try await browser.post(Paths.question(link, theme, 3) + suffix, validAnswer(questions[2]), csrf: PrivateLink.make())
                #expect(forged.status == .forbidden, "\(suffix)")
            }
            let after = try await store.load(link: link, questionnaire: Bundled.questionnaire.id)
            #expect(after == document)
        }
    }

    /// With a router that has no routes at all, a question's page and an answer to it still
    /// reach `WebServer`, behind the middleware: shown and saved, with the security headers and
    /// a log line naming the route; another path of the theme gets the router's 404.
    @Test func theResponderSendsAQuestionsPageAndAnswerPastTheRouter() async throws {
        let store = try await SQLiteAnswerStore.inMemory()
        let server = WebServer(settings: ServerSettings(), questionnaire: Bundled.questionnaire, stamp: Bundled.stamp, store: store)
        let lines = ServerLogHandlerTests.Lines()
        let logger = Logger(label: "Wijzer") { label in ServerLogHandler(label: label, output: lines.add) }
        let middleware = ServerMiddleware<BasicRequestContext>(prefix: "")
        let empty = Router()
        empty.add(middleware: middleware)
        let responder = WebResponder(server: server, routes: empty.buildResponder(), middleware: middleware)
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: Bundled.stamp))
        let csrf = PrivateLink.make()
        let question = Bundled.questionnaire.questions(inTheme: theme)[0]
        try await Application(responder: responder, logger: logger).test(.router) { client in
            let body = ([("csrf", csrf)] + validAnswer(question)).map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
            let headers: HTTPFields = [.cookie: "wijzer-csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: Paths.question(link, theme, 1), method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[values: HTTPFields.Element.Name("Referrer-Policy")!] == ["no-referrer"])
            }
            try await client.execute(uri: Paths.question(link, theme, 2), method: .get, headers: [.cookie: "wijzer-csrf=\(csrf)"]) { response in
                #expect(response.status == .ok && String(buffer: response.body).contains("name=\"actie\""))
                #expect(response.headers[values: HTTPFields.Element.Name("Referrer-Policy")!] == ["no-referrer"])
            }
            // The theme's review is the router's, which has nothing here.
            try await client.execute(uri: Paths.review(link, theme), method: .get) { response in
                #expect(response.status == .notFound && String(buffer: response.body).contains("Pagina niet gevonden"))
            }
        }
        let saved = try #require(try await store.load(link: link, questionnaire: Bundled.questionnaire.id))
        #expect(saved.themes.first { $0.theme == theme }?.answers.map(\.question) == [question.id])
        let requests = lines.all.filter { $0.contains(" POST ") || $0.contains(" GET ") }
        #expect(requests.count == 3)
        #expect(requests.first?.contains("POST /s/{link}/thema/{theme}/vraag/{number} 303 ") == true)
        #expect(requests.dropFirst().first?.contains("GET /s/{link}/thema/{theme}/vraag/{number} 200 ") == true)
        #expect(!lines.all.contains { $0.contains(link) })
        try await store.close()
    }
}
