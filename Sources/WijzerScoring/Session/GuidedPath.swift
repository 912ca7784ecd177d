import WijzerLanguage

/// The guided path through a set (the onboarding): its themes in the set's order, and the one a
/// teacher takes up next. The terminal's `wijzer onboarding` and the browser's "volgende thema"
/// both ask here, so they cannot disagree about what comes next.
public enum GuidedPath {
    /// The first theme in the set's order that `document` has not finished, with its state
    /// (new or in progress); nil when every theme is finished. `among` limits the path to those
    /// theme ids (a team session's themes); nil means all themes.
    public static func next(in document: ResultDocument, questionnaire: Questionnaire,
                            among themes: [String]? = nil) -> (theme: ThemeDecl, state: ThemeState)? {
        for theme in questionnaire.themes where themes?.contains(theme.id.name) ?? true {
            let state = ThemeState.of(theme.id.name, in: document, questionnaire: questionnaire)
            if case .completed = state { continue }
            return (theme, state)
        }
        return nil
    }
}
