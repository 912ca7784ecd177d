import Hummingbird

/// The path of one question of a theme (`Paths.question`), as its three parts, not yet
/// checked: the page shows it, a POST to it saves an answer.
///
/// Besides the router's pattern, `init?(path:)` reads such a path by itself, so that
/// `WebResponder` can send an answer straight to `WebServer.answer` without Hummingbird's
/// router. The router splits a path into `Character`s in generic code and fills its parameters
/// through a dictionary: for this path 41,700 instructions of a saved answer's 490,000
/// (`Benchmarks/serve/save-instructions.py`, 2026-12-03), where reading the path's bytes takes
/// a few hundred. Saving answers is the request a server gets most and the one issue 16 sets a
/// throughput for; every other request goes through the router.
struct QuestionPath: Sendable, Equatable {
    var link: String
    var theme: String
    var number: String

    /// The router's pattern of the path.
    static let route = RouterPath("/s/:link/thema/:theme/vraag/:number")

    /// The pattern as the request log names it (the router's description of its route).
    static let loggedRoute = route.description

    /// The parts as the router found them.
    init(_ parameters: Parameters) {
        self.init(link: parameters.get("link") ?? "", theme: parameters.get("theme") ?? "", number: parameters.get("number") ?? "")
    }

    init(link: String, theme: String, number: String) {
        (self.link, self.theme, self.number) = (link, theme, number)
    }

    /// The parts of `path` when it is written exactly as `Paths.question` writes a question's
    /// path (no empty parts, no slash at the end); nil for any other path. The router would
    /// match some of those too (`//s/…`, a slash at the end), and it still does: they go
    /// through it.
    init?(path: String) {
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 7, parts[0].isEmpty,
              parts[1].elementsEqual("s".utf8), parts[3].elementsEqual("thema".utf8), parts[5].elementsEqual("vraag".utf8),
              !parts[2].isEmpty, !parts[4].isEmpty, !parts[6].isEmpty
        else { return nil }
        self.init(link: String(Substring(parts[2])), theme: String(Substring(parts[4])), number: String(Substring(parts[6])))
    }
}
