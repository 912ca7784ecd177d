import WijzerLanguage

/// Finds a theme by what a teacher types: its number in the recommended order, its id, its
/// title, or an unambiguous start of either (ignoring case and accents).
public enum ThemeLookup {
    /// The theme id, or a Dutch message naming the themes there are.
    public static func find(_ typed: String, in questionnaire: Questionnaire) -> Result<String, AnswerParser.Problem> {
        let themes = questionnaire.themes
        if let n = Int(typed), themes.indices.contains(n - 1) { return .success(themes[n - 1].id.name) }
        let wanted = TextFolding.folded(typed)
        if let exact = themes.first(where: { TextFolding.folded($0.id.name) == wanted || TextFolding.folded($0.title.text) == wanted }) {
            return .success(exact.id.name)
        }
        let matches = wanted.isEmpty ? [] : themes.filter {
            TextFolding.folded($0.id.name).hasPrefix(wanted) || TextFolding.folded($0.title.text).hasPrefix(wanted)
        }
        if matches.count == 1 { return .success(matches[0].id.name) }
        // Numbers and titles as the teacher sees them on the start screen, never internal ids.
        let listed = matches.isEmpty ? themes : matches
        let names = listed.map { "\((themes.firstIndex(of: $0) ?? 0) + 1) \($0.title.text)" }.joined(separator: ", ")
        let what = matches.isEmpty ? "Onbekend thema “\(typed)”. Typ een nummer van 1 tot \(themes.count) of de naam van een thema"
            : "“\(typed)” past bij meer dan één thema"
        return .failure(AnswerParser.Problem(message: "\(what): \(names)."))
    }
}
