import Foundation

/// The rounds a teacher did before the current one: for each finished theme, how she finished it
/// the last time before she did it again. Kept beside a self-check when a finished theme is done
/// again, so that its plan can compare the new round with the one before (`Comparison`) in the
/// same self-check, without a second link.
///
/// One document, not a list of rounds: it holds the finished themes as they stood when a theme
/// was first done again, and each theme done again since as it stood just before. Compared with
/// the current document, every theme done again shows its change since the round before, and a
/// theme not done again shows no change.
public enum EarlierRounds {
    /// The earlier rounds after theme `theme` of `document` is done again: `earlier` (or, the
    /// first time, the themes `document` has finished) with `theme` as `document` finished it.
    /// Themes still in progress are left out: a half-done round is no round to compare with.
    /// Its date (`updated`) is when that round of `theme` was finished.
    public static func keeping(_ theme: String, of document: ResultDocument, in earlier: ResultDocument?) -> ResultDocument {
        var kept = earlier ?? document
        if earlier == nil { kept.themes.removeAll { $0.completed == nil } }
        let round = document[theme: theme]
        guard round.completed != nil else { return kept }
        kept[theme: theme] = round
        kept.updated = round.completed ?? document.updated
        return kept
    }

    /// The themes `document` has finished again since `earlier` kept their round before: what
    /// a comparison with the earlier rounds is about. Empty while a theme done again is still
    /// being answered.
    public static func redone(_ document: ResultDocument, since earlier: ResultDocument) -> [String] {
        earlier.themes.filter { before in
            let now = document[theme: before.theme]
            return now.completed != nil && now != before
        }.map(\.theme)
    }

    /// `document` as a comparison with the earlier rounds sees it: its finished themes only, so
    /// a theme being done again is not compared half-way.
    public static func finished(_ document: ResultDocument) -> ResultDocument {
        document.keeping(themes: document.themes.filter { $0.completed != nil }.map(\.theme))
    }
}
