import Foundation
import WijzerKit

/// What Tab offers for a typed start: commands after `:`, otherwise answer labels and keys.
public enum Completion {
    /// The words of `candidates` (plus the commands) that start with `typed`, ignoring case and
    /// accents; labels also match past a leading quote.
    public static func matches(_ typed: String, among candidates: [String]) -> [String] {
        if typed.hasPrefix(":") {
            let lower = typed.lowercased()
            return RunnerCommand.allSpellings.filter { $0.hasPrefix(lower) }
        }
        let wanted = fold(typed)
        var seen: Set<String> = []
        return candidates.filter { word in
            guard seen.insert(word).inserted else { return false }
            let folded = fold(word)
            return folded.hasPrefix(wanted) || strippedStart(folded).hasPrefix(wanted)
        }
    }

    private static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func strippedStart(_ s: String) -> String {
        String(s.drop { !$0.isLetter && !$0.isNumber })
    }
}
