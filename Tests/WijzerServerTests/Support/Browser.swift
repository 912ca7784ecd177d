import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WijzerContent
import WijzerLanguage
import WijzerScoring
import WijzerServer

/// The bundled questionnaires, checked once.
enum Bundled {
    static let files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
    static let questionnaire = Checker.check(files, lint: false).questionnaire
    static let stamp = questionnaire.stamp(files: files)
}

/// A server on the bundled questionnaires (or the set `source`, or the set of `files`) with a
/// fresh in-memory store, tried through HummingbirdTesting's router client (no sockets).
func withServer(settings: ServerSettings = ServerSettings(), store: (any AnswerStore)? = nil, source: String? = nil,
                files set: [SourceFile]? = nil,
                _ body: @escaping @Sendable (Browser, any AnswerStore) async throws -> Void) async throws {
    let owned = store == nil
    let store: any AnswerStore = if let store { store } else { try await SQLiteAnswerStore.inMemory() }
    let files = set ?? source.map { [SourceFile(path: "set.wijzer", text: $0)] } ?? Bundled.files
    let questionnaire = set == nil && source == nil ? Bundled.questionnaire : Checker.check(files, lint: false).questionnaire
    let server = WebServer(settings: settings, questionnaire: questionnaire, stamp: questionnaire.stamp(files: files), store: store)
    let app = Application(responder: server.responder())
    do {
        try await app.test(.router) { client in
            try await body(Browser(client), store)
        }
    } catch {
        if owned { try? await store.close() }
        throw error
    }
    if owned { try await store.close() }
}

/// One response, with the body as text.
struct Page: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var location: String? { headers[.location] }
}

/// A browser without script: keeps cookies, sends forms with the CSRF token it was given.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    /// A browser with no cookies, on the same server (another computer, a fresh profile).
    func fresh() -> Browser { Browser(client) }

    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil, contentType: nil)
    }

    /// Posts `fields` (url-encoded), with this browser's CSRF token unless `csrf` is given.
    func post(_ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil) async throws -> Page {
        let token = csrf ?? cookies["wijzer-csrf"] ?? ""
        let body = ([("csrf", token)] + fields).map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await post(uri, raw: body)
    }

    func post(_ uri: String, raw: String) async throws -> Page {
        try await send(uri, method: .post, body: raw, contentType: "application/x-www-form-urlencoded")
    }

    /// Visits the start page to get a CSRF cookie, starts a self-check and returns its link.
    func begin() async throws -> String {
        if cookies["wijzer-csrf"] == nil { _ = try await get("/") }
        let page = try await post("/begin")
        #expect(page.status == .seeOther)
        let location = try #require(page.location)
        #expect(location.hasSuffix("?welkom"))
        return String(location.dropFirst("/s/".count).prefix(32))
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?, contentType: String?) async throws -> Page {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers,
                                                body: body.map { ByteBuffer(string: $0) })
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            if line.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair.count > 1 ? pair[1] : "" }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// A valid answer to `question`, as its form would send it: the first choice, the lowest
/// number, a short text.
func validAnswer(_ question: ResolvedQuestion) -> [(String, String)] {
    let menu = AnswerMenu(question.decl)
    switch question.kind ?? .reflection {
    case .number(let low, _, _, _): return [("actie", "antwoord"), ("antwoord", low.description)]
    case .reflection: return [("actie", "antwoord"), ("antwoord", "Ik let er beter op.")]
    default: return [("actie", "antwoord"), ("antwoord", menu.kind.choices[0].key)]
    }
}

/// Answers every question of `theme` through its pages, from the first to the review page;
/// returns how many questions were answered.
@discardableResult
func answerTheme(_ browser: Browser, link: String, theme: String) async throws -> Int {
    let questions = Bundled.questionnaire.questions(inTheme: theme)
    var path = "/s/\(link)/thema/\(theme)/vraag/1"
    var answered = 0
    while true {
        let page = try await browser.get(path)
        if page.status == .seeOther, let location = page.location {
            path = location
        } else {
            #expect(page.status == .ok, "\(path)")
            let number = try #require(Int(path.split(separator: "/").last ?? ""))
            let response = try await browser.post(path, validAnswer(questions[number - 1]))
            #expect(response.status == .seeOther, "\(path): \(response.body.prefix(300))")
            answered += 1
            path = try #require(response.location)
        }
        if path.hasSuffix("/overzicht") { return answered }
        #expect(answered <= questions.count)
        if answered > questions.count { return answered }
    }
}
