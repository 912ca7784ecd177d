import Foundation

/// swift-argument-parser's usage errors, said in Dutch.
///
/// The parser's messages are fixed English sentences around names and values (its
/// `ErrorMessageGenerator`); each is matched here and said again in Dutch. Our own validation
/// messages are Dutch already and pass unchanged.
enum UsageMessage {
    /// The Dutch for the parser's `message`.
    static func dutch(_ message: String) -> String {
        let m = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if let x = m.wholeMatch(of: #/Missing expected argument '(.+)'/#) {
            return "er ontbreekt een argument: \(x.1)."
        }
        if let x = m.wholeMatch(of: #/Missing one of: (.+)/#) {
            return "er ontbreekt een van deze: \(unquoted(x.1))."
        }
        if let x = m.wholeMatch(of: #/Unknown option '(.+?)'\. Did you mean '(.+)'\?/#) {
            return "onbekende optie \(x.1). Bedoel je \(x.2)?"
        }
        if let x = m.wholeMatch(of: #/Unknown option '(.+)'/#) {
            return "onbekende optie \(x.1)."
        }
        if let x = m.wholeMatch(of: #/Missing value for '(.+)'/#) {
            return "bij \(x.1) hoort een waarde; die ontbreekt."
        }
        if let x = m.wholeMatch(of: #/The option '(.+)' does not take any value, but '(.*)' was specified\./#) {
            return "\(x.1) neemt geen waarde, maar er staat “\(x.2)” bij."
        }
        if let x = m.wholeMatch(of: #/Unexpected argument '(.*)'/#) {
            return "onverwacht argument “\(x.1)”."
        }
        if let x = m.wholeMatch(of: #/(\d+) unexpected arguments: (.+)/#) {
            return "\(x.1) onverwachte argumenten: \(unquoted(x.2))."
        }
        if let x = m.wholeMatch(of: #/Value to be set with (.+) had already been set with (.+)/#) {
            return "dit is twee keer opgegeven: \(element(x.2)) en \(element(x.1))."
        }
        if let x = m.wholeMatch(of: #/The value '(.*?)' is invalid for '(.+?)'(?s)(.*)/#) {
            return "de waarde “\(x.1)” past niet bij \(x.2)\(reason(x.3))"
        }
        if let x = m.wholeMatch(of: #/The value '(.*?)' is invalid\.?(?s)(.*)/#) {
            return "de waarde “\(x.1)” is ongeldig\(reason(x.2))"
        }
        if let x = m.wholeMatch(of: #/Invalid option: (.+)/#) {
            return "ongeldige optie: \(x.1)."
        }
        if m == "Missing required subcommand." { return "er ontbreekt een opdracht." }
        return m
    }

    /// "'a', 'b' or 'c'" → "a, b of c".
    private static func unquoted(_ text: Substring) -> String {
        text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " and ", with: " en ")
            .replacingOccurrences(of: " or ", with: " of ")
    }

    /// "flag '--strict'" or "position 2", as the parser names where a value came from.
    private static func element(_ text: Substring) -> String {
        if let x = text.wholeMatch(of: #/position (\d+)/#) { return "positie \(x.1)" }
        return unquoted(text.replacingOccurrences(of: "flag ", with: "")[...])
    }

    /// What follows the parser's "is invalid": a list of allowed values or a reason.
    private static func reason(_ rest: Substring) -> String {
        let rest = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        if rest.isEmpty || rest == "." { return "." }
        if let x = rest.wholeMatch(of: #/\.? ?Please provide one of the following:\n(?s)(.*)/#) {
            let values = x.1.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "") }
            return ". Kies uit: \(values.joined(separator: ", "))."
        }
        if let x = rest.wholeMatch(of: #/\.? ?Please provide one of (.+)\./#) {
            return ". Kies uit: \(unquoted(x.1))."
        }
        if rest.hasPrefix(":") { return rest + (rest.hasSuffix(".") ? "" : ".") }
        return "."
    }
}
