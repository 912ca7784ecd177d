import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import WijzerServer

/// What every request passes through (`ServerMiddleware`): errors as Dutch pages, the security
/// headers on every response, one log line with the status the browser got.
@Suite struct ServerMiddlewareTests {
    struct Failure: Error {}

    /// A router with the middleware and three routes: one that answers, one that refuses with a
    /// `PageError`, one that fails with another error; its log lines go to `lines`.
    func withRouter(_ lines: ServerLogHandlerTests.Lines, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = Router()
        router.add(middleware: ServerMiddleware(prefix: ""))
        router.get("/goed/:id") { _, _ in "in orde" }
        router.get("/geweigerd") { _, _ -> String in throw PageError.badRequest("Zo kan het niet.") }
        router.get("/kapot") { _, _ -> String in throw Failure() }
        let logger = Logger(label: "Wijzer") { label in ServerLogHandler(label: label, output: lines.add) }
        try await Application(router: router, logger: logger).test(.router) { try await body($0) }
    }

    @Test func eachOutcomeGetsItsPageTheHeadersAndOneLogLineWithItsStatus() async throws {
        let lines = ServerLogHandlerTests.Lines()
        try await withRouter(lines) { client in
            let cases: [(path: String, status: HTTPResponse.Status, text: String)] = [
                ("/goed/7", .ok, "in orde"),
                ("/geweigerd", .badRequest, "Zo kan het niet."),
                ("/kapot", .internalServerError, "Er ging iets mis op de server."),
                ("/bestaat-niet", .notFound, "Pagina niet gevonden"),
            ]
            for (path, status, text) in cases {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == status, "\(path)")
                    #expect(String(buffer: response.body).contains(text), "\(path)")
                    #expect(response.headers[values: .contentSecurityPolicy].count == 1, "\(path)")
                    #expect(response.headers[values: HTTPFields.Element.Name("Referrer-Policy")!] == ["no-referrer"], "\(path)")
                }
            }
        }
        // One line a request, by route pattern (never the value in the path), with the status
        // the browser got; the unexpected failure is logged by its type's name besides.
        let requests = lines.all.filter { $0.contains(" GET ") }
        #expect(requests.count == 4)
        #expect(requests[0].contains("GET /goed/{id} 200 ") && !requests[0].contains("/7"))
        #expect(requests[1].contains("GET /geweigerd 400 "))
        #expect(requests[2].contains("GET /kapot 500 "))
        #expect(requests[3].contains(" 404 "))
        #expect(lines.all.contains { $0.contains(" error Wijzer: ") && $0.contains("request failed: Failure") })
        // The time last, in milliseconds to a tenth.
        #expect(requests.allSatisfy { $0.wholeMatch(of: /.* \d{3} \d+\.\d ms\n/) != nil })
    }

    @Test func theRequestLineGivesTheTimeToATenthOfAMillisecond() {
        func message(_ elapsed: Duration, status: Int = 303) -> String {
            RequestLog.message(method: "POST", route: "/s/{link}/thema/{theme}/vraag/{number}", status: status, elapsed: elapsed)
        }
        #expect(message(.microseconds(740)) == "POST /s/{link}/thema/{theme}/vraag/{number} 303 0.7 ms")
        #expect(message(.microseconds(30), status: 200) == "POST /s/{link}/thema/{theme}/vraag/{number} 200 0.0 ms")
        #expect(message(.microseconds(50)).hasSuffix(" 303 0.1 ms"))
        #expect(message(.microseconds(-50)).hasSuffix(" 303 0.0 ms"))
        #expect(message(.milliseconds(12) + .microseconds(340)).hasSuffix(" 303 12.3 ms"))
        #expect(message(.microseconds(999_960)).hasSuffix(" 303 1000.0 ms"))
        #expect(message(.seconds(75), status: 500).hasSuffix(" 500 75000.0 ms"))
    }
}
