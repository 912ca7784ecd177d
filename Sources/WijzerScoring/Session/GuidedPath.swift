import WijzerLanguage

/// The guided path through a set: the theme a teacher takes up next. The terminal's start screen
/// and `wijzer onboarding`, and the browser's overview and plan page, all ask here, so they
/// cannot disagree about what comes next.
public enum GuidedPath {
    /// The theme to take up next, with its state: the one the teacher is busy with (the first in
    /// the set's order, if several), else the first new one in the set's order; nil when every
    /// theme is finished. `among` limits the path to those theme ids (a team session's themes);
    /// nil means all themes.
    public static func next(in document: ResultDocument, questionnaire: Questionnaire,
                            among themes: [String]? = nil) -> (theme: ThemeDecl, state: ThemeState)? {
        let open = questionnaire.themes.filter { themes?.contains($0.id.name) ?? true }.compactMap { theme -> (ThemeDecl, ThemeState)? in
            let state = ThemeState.of(theme.id.name, in: document, questionnaire: questionnaire)
            if case .completed = state { return nil }
            return (theme, state)
        }
        return open.first { if case .inProgress = $0.1 { true } else { false } } ?? open.first
    }
}
