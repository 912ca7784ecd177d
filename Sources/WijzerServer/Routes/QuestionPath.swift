import Hummingbird

/// The path of one question of a theme (`Paths.question`), as its three parts, not yet
/// checked: the page shows it, a POST to it saves an answer.
///
/// Besides the router's pattern, `init?(path:)` reads such a path by itself, so that
/// `WebResponder` can send its requests straight to `WebServer.question` and `WebServer.answer`
/// without Hummingbird's router. The router splits a path into `Character`s in generic code and
/// fills its parameters through a dictionary: for this path 41,700 instructions of a saved
/// answer's 490,000 (`Benchmarks/serve/save-instructions.py`, 2026-12-03); reading it here
/// takes 2,500. The question's page and its answer are the requests a server gets most, and
/// saving answers the one issue 16 sets a throughput for; every other request goes through
/// the router.
struct QuestionPath: Sendable, Equatable {
    var link: String
    var theme: String
    var number: String

    /// The router's pattern of the path.
    static let route = RouterPath("/s/:link/thema/:theme/vraag/:number")

    /// The pattern as the request log names it (the router's description of its route).
    static let loggedRoute = route.description
}

extension QuestionPath {
    /// The parts as the router found them.
    init(_ parameters: Parameters) {
        self.init(link: parameters.get("link") ?? "", theme: parameters.get("theme") ?? "", number: parameters.get("number") ?? "")
    }

    /// The parts of `path` when it is written exactly as `Paths.question` writes a question's
    /// path (no empty parts, no slash at the end); nil for any other path. The router would
    /// match some of those too (`//s/…`, a slash at the end), and it still does: they go
    /// through it.
    init?(path: String) {
        // Read from the front, byte by byte, over the path's bytes as an array: `utf8.split` took
        // 10,000 instructions here, in its generic closure and the array of parts; a walk by the
        // string's own indices 4,700.
        let bytes = Array(path.utf8)
        var index = 0
        /// Whether `literal` comes next (then skipped).
        func skip(_ literal: String) -> Bool {
            for byte in literal.utf8 {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }
        /// The bytes up to the next `/` or the end, when there are any.
        func part() -> String? {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "/") { index += 1 }
            // A path is a string, so the bytes between two ASCII slashes are valid UTF-8.
            return start < index ? String(decoding: bytes[start ..< index], as: UTF8.self) : nil
        }
        guard skip("/s/"), let link = part(), skip("/thema/"), let theme = part(), skip("/vraag/"), let number = part(),
              index == bytes.count
        else { return nil }
        self.init(link: link, theme: theme, number: number)
    }
}
