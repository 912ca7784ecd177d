import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// What Tab offers for a typed start: commands after `:`, otherwise answer labels and keys.
public enum Completion {
    /// The words of `candidates` (plus the commands) that start with `typed`, ignoring case and
    /// accents; labels also match past a leading quote.
    public static func matches(_ typed: String, among candidates: [String]) -> [String] {
        if typed.hasPrefix(":") {
            let lower = typed.lowercased()
            return RunnerCommand.allSpellings.filter { $0.hasPrefix(lower) }
        }
        // The same folding the answer parser uses, so what Tab offers is what an answer accepts.
        let wanted = TextFolding.folded(typed)
        var seen: Set<String> = []
        return candidates.filter { word in
            seen.insert(word).inserted && TextFolding.folded(word).hasPrefix(wanted)
        }
    }
}
