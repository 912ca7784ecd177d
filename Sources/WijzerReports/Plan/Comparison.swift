import WijzerLanguage
import WijzerScoring

/// Progress between two self-checks of the same teacher: score change per theme, tips no longer
/// needed according to the answers, and tips new. "No longer needed", not "done": the answers
/// changed, which need not mean the teacher put the tip into practice.
public struct Comparison: Sendable {
    public struct ThemeChange: Sendable, Hashable {
        public var id: String
        public var title: String
        public var old: Int?
        public var new: Int?
        public var change: Int? { old.flatMap { o in new.map { $0 - o } } }
        /// Where the teacher stood and stands, as the plan says it; nil on too few answers.
        public var oldPosition: PlanPosition?
        public var newPosition: PlanPosition?
    }

    public var oldDate: String
    public var newDate: String
    public var themes: [ThemeChange]
    /// Tip titles triggered before and not any more: no longer needed according to the answers.
    public var resolved: [String]
    /// Tip titles triggered now and not before.
    public var added: [String]
    /// Tips still triggered.
    public var remaining: [String]
    /// Things to know, e.g. that the questionnaire version changed.
    public var notes: [String]

    /// Compares two documents of the same questionnaire, evaluated with `questionnaire`.
    public init(old: ResultDocument, new: ResultDocument, questionnaire q: Questionnaire) {
        oldDate = DutchDate.long(old.updated)
        newDate = DutchDate.long(new.updated)
        let shared = Set(old.themes.filter { !$0.answers.isEmpty }.map(\.theme))
            .intersection(new.themes.filter { !$0.answers.isEmpty }.map(\.theme))
        let before = Scorer.evaluate(q, old.answers, themes: shared)
        let after = Scorer.evaluate(q, new.answers, themes: shared)
        func position(_ score: ThemeScore?) -> PlanPosition? {
            score.flatMap { PlanPosition(score: $0.score, answered: $0.answered, total: $0.total) }
        }
        themes = q.themes.filter { shared.contains($0.id.name) }.map { t in
            let (b, a) = (before.theme(t.id.name), after.theme(t.id.name))
            return ThemeChange(id: t.id.name, title: t.title.text, old: b?.score, new: a?.score,
                               oldPosition: position(b), newPosition: position(a))
        }
        let oldTips = before.tips.map(\.tip)
        let newTips = after.tips.map(\.tip)
        func title(_ id: String) -> String { q.tip(id)?.title.text ?? id }
        resolved = oldTips.filter { !newTips.contains($0) }.map(title)
        added = newTips.filter { !oldTips.contains($0) }.map(title)
        remaining = newTips.filter { oldTips.contains($0) }.map(title)
        var notes: [String] = []
        if old.questionnaire.version != new.questionnaire.version {
            notes.append("De vragenlijst is veranderd (versie \(old.questionnaire.version) → \(new.questionnaire.version)); beide zijn opnieuw berekend met de huidige versie.")
        }
        let onlyOne = Set(old.themes.map(\.theme)).symmetricDifference(new.themes.map(\.theme))
        for id in q.themes.map(\.id.name) where onlyOne.contains(id) {
            notes.append("Thema \(q.theme(id)?.title.text ?? id) staat maar in één van de twee zelfchecks en is niet vergeleken.")
        }
        self.notes = notes
    }

    /// The three lists of tips with their headings, in the order every output shows them.
    public var sections: [(title: String, items: [String])] {
        [("Tips die niet meer nodig zijn volgens je antwoorden", resolved), ("Nieuwe tips", added),
         ("Tips die nog openstaan", remaining)]
    }

    /// Plain text for the terminal.
    public func text() -> String {
        var out = "Vergelijking van je zelfcheck van \(oldDate) met die van \(newDate)\n\n"
        out += "Waar je stond en waar je nu staat (begin, op weg, stevig; – bij te weinig antwoorden):\n"
        for t in themes {
            out += "  \(t.title.padding(toLength: 28, withPad: " ", startingAt: 0)) \(Self.label(t.oldPosition)) → \(Self.label(t.newPosition))\n"
        }
        out += "\n"
        for (title, items) in sections { out += "\(title) (\(items.count)):\n" + list(items) }
        for n in notes { out += "\nLet op: \(n)\n" }
        return out
    }

    /// Markdown, with every text escaped.
    public func markdown() -> String {
        let e = Escape.markdown
        var out = "# Vergelijking van twee zelfchecks\n\nVan \(oldDate) naar \(newDate).\n\n"
        out += "Waar je stond en waar je nu staat: begin, op weg of stevig (– bij te weinig antwoorden).\n\n"
        out += "| Thema | Eerst | Nu |\n|---|---|---|\n"
        for t in themes {
            out += "| \(e(t.title)) | \(Self.label(t.oldPosition)) | \(Self.label(t.newPosition)) |\n"
        }
        func section(_ title: String, _ items: [String]) -> String {
            "\n## \(title)\n\n" + (items.isEmpty ? "Geen.\n" : items.map { "- \(e($0))\n" }.joined())
        }
        for (title, items) in sections { out += section(title, items) }
        if !notes.isEmpty { out += "\n" + notes.map { "> \(e($0))\n" }.joined() }
        return out
    }

    /// A position as the plan names it, "–" when there is none: no grade-like number.
    public static func label(_ position: PlanPosition?) -> String { position?.label ?? "–" }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "  (geen)\n" : items.map { "  • \($0)\n" }.joined()
    }
}
