/// Turns a typed answer into an `AnswerValue`: n.v.t. for every kind, the rest as the
/// question's kind reads it (see `AnswerKind.parse`). A wrong answer gets a one-line Dutch
/// explanation of what is expected.
public enum AnswerParser {
    public typealias Problem = AnswerProblem

    /// Parses `text` (already checked by `TypedLine` and trimmed) for the question of `menu`.
    public static func parse(_ text: String, _ menu: AnswerMenu) -> Result<AnswerValue, Problem> {
        if text.isEmpty { return .failure(Problem(message: "Typ een antwoord, of :overslaan om deze vraag over te slaan.")) }
        if menu.notApplicable != nil, isNotApplicable(text) { return .success(.notApplicable) }
        if let label = menu.dontKnow, isDontKnow(text) || TextFolding.folded(text) == TextFolding.folded(label) { return .success(.dontKnow) }
        return menu.kind.parse(text, in: menu)
    }


    static func isNotApplicable(_ text: String) -> Bool {
        ["nvt", "n.v.t.", "n.v.t"].contains(text.lowercased())
    }

    /// "?", "weet ik niet", "weet niet" (and `dont-know`, as an example writes it).
    static func isDontKnow(_ text: String) -> Bool {
        text == "?" || ["weet ik niet", "weet niet", "weet-niet", "dont-know", "ik weet het niet"].contains(text.lowercased())
    }

}
