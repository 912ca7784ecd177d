import WijzerLanguage
import WijzerScoring

/// Renders an action plan as Markdown. Text from answers is escaped; a tip's text is the
/// questionnaire's Markdown, normalised by `NormalisedMarkdownRenderer` (escaped too, except
/// its markup).
public enum MarkdownPlanRenderer {
    public static func render(_ plan: ActionPlan) -> String {
        let e = Escape.markdown
        var out: [String] = []
        out.append("# Persoonlijk actieplan: \(e(plan.questionnaireTitle))")
        out.append("")
        var meta = "Opgesteld op \(DutchDate.long(plan.date))"
        if let name = plan.name { meta += " voor \(e(name))" }
        out.append(meta + " · vragenlijst versie \(e(plan.questionnaireVersion))")
        out.append("")
        out.append("## Waar je staat")
        out.append("")
        for theme in plan.themes {
            out.append("### \(e(theme.title))")
            out.append("")
            out.append(position(theme, plan.about))
            out.append("")
            if let goesWell = theme.goesWell { out.append("- **Wat goed gaat:** \(e(goesWell))") }
            out.append("- **Wat je kunt proberen:** \(e(theme.nextStep))")
            if let unknowns = theme.unknownsSentence { out.append("- **Nog uit te zoeken:** \(e(unknowns))") }
            out.append("")
        }
        out.append("## Je drie focusacties")
        out.append("")
        if plan.focus.isEmpty {
            out.append("Je antwoorden wijzen niet op een tip die nu voorrang heeft. Mooi: houd vast wat werkt.")
            out.append("")
        }
        for (i, action) in plan.focus.enumerated() {
            out.append("### \(i + 1). \(e(action.title))")
            out.append("")
            out.append("*Thema: \(e(action.themeTitle)) · wanneer: \(e(action.timeframe))*")
            out.append("")
            out.append(NormalisedMarkdownRenderer.render(MarkdownDocument(parsing: action.text)))
            out.append("")
            out.append("**Zo pak je het aan:**")
            out.append("")
            for step in action.steps { out.append("1. \(e(step))") }
            out.append("")
            out.append("**Zo merk je dat het werkt:** \(e(action.notice))")
            out.append("")
            if !action.reasons.isEmpty {
                out.append("**Waarom deze tip:**")
                out.append("")
                out.append(contentsOf: why(action))
                out.append("")
            }
            out.append(contentsOf: resources(action))
            out.append("**Jouw planning:**")
            out.append("")
            out.append("- Wanneer: \(blank)")
            out.append("- Met wie: \(blank)")
            out.append("- [ ] Gedaan")
            out.append("")
        }
        if !plan.more.isEmpty {
            out.append("## Meer tips")
            out.append("")
            for group in plan.more {
                out.append("### \(group.label.capitalisedFirst)")
                out.append("")
                for action in group.actions {
                    out.append("- [ ] **\(e(action.title))** *(\(e(action.themeTitle)))*: \(NormalisedMarkdownRenderer.renderInline(MarkdownDocument(parsing: action.text)))\(links(action))")
                }
                out.append("")
            }
        }
        if !plan.deepen.isEmpty {
            out.append("## Om te verdiepen")
            out.append("")
            out.append("Op deze punten doe je al veel goed. Wil je verder, dan zijn dit ideeën om het te verdiepen.")
            out.append("")
            for action in plan.deepen {
                out.append("- [ ] **\(e(action.title))** (\(e(action.timeframe))), naast wat je al doet: \(e(action.deepens ?? ""))\(links(action))")
            }
            out.append("")
        }
        let strengths = plan.themes.flatMap { t in t.strengths.map { (t.title, $0) } }
        if !strengths.isEmpty {
            out.append("## Wat je al goed doet")
            out.append("")
            for (theme, text) in strengths { out.append("- \(e(text)) *(\(e(theme)))*") }
            out.append("")
        }
        if !plan.reflections.isEmpty {
            out.append("## Je eigen voornemens")
            out.append("")
            for quote in plan.reflections {
                out.append("> \(e(quote.text))")
                out.append(">")
                out.append("> — bij “\(e(quote.question))” (\(e(quote.themeTitle)))")
                out.append("")
            }
        }
        out.append("## Volgende zelfcheck")
        out.append("")
        out.append(plan.nextCheck.markdown)
        out.append("")
        if let credit = plan.about.attribution { out.append(contentsOf: Self.credit(credit)) }
        return out.joined(separator: "\n")
    }

    /// The set's attribution at the foot of a document, below a rule.
    static func credit(_ credit: SetDescription.Attribution) -> [String] {
        ["---", "", "Bron: [\(Escape.markdown(credit.text))](\(credit.url))", ""]
    }

    /// A line to write on, on screen and on paper.
    static let blank = String(repeating: "\\_", count: 24)

    /// "Waar je staat: begin → **op weg** → stevig", what that means and how much was answered;
    /// no place at all on fewer than half the questions.
    static func position(_ theme: ActionPlan.ThemeSection, _ about: SetDescription) -> String {
        guard let position = theme.position else {
            return "Je hebt \(theme.answered) van de \(theme.total) vragen beantwoord\(ThemeProgress.extras(theme.extraAnswered)): te weinig om te zeggen waar je staat."
        }
        let path = PlanPosition.allCases.map { $0 == position ? "**\($0.label)**" : $0.label }.joined(separator: " → ")
        return "Waar je staat: \(path) (\(theme.answered) van \(theme.total) vragen beantwoord\(ThemeProgress.extras(theme.extraAnswered))). \(position.meaning(about))"
    }

    /// "- Bij “vraag” antwoordde je: b. …", for the first three reasons, one a line: answers
    /// have semicolons of their own.
    static func why(_ action: ActionPlan.Action) -> [String] {
        let e = Escape.markdown
        return ActionPlan.summarise(action.reasons).map { "- Bij “\(e($0.question))” antwoordde je: \(e($0.answer))" }
            + (ActionPlan.more(action.reasons).map { ["- \($0)"] } ?? [])
    }

    /// A ten-block text bar: `███████░░░`.
    public static func bar(_ score: Int) -> String {
        let filled = max(0, min(10, Int((Double(score) / 10).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    private static func resources(_ action: ActionPlan.Action) -> [String] {
        let items = action.resources.compactMap { r -> String? in
            // A resource without an address (a book) is named by its title.
            guard let address = r.url else { return "- *\(Escape.markdown(r.title.text))*" }
            guard let url = Escape.linkTarget(address.text) else { return nil }
            return "- [\(Escape.markdown(r.title.text))](\(url))"
        }
        guard !items.isEmpty else { return [] }
        return ["**Hulpbronnen:**", ""] + items + [""]
    }

    private static func links(_ action: ActionPlan.Action) -> String {
        let items = action.resources.compactMap { r -> String? in
            guard let address = r.url else { return "*\(Escape.markdown(r.title.text))*" }
            return Escape.linkTarget(address.text).map { "[\(Escape.markdown(r.title.text))](\($0))" }
        }
        return items.isEmpty ? "" : " " + items.joined(separator: " · ")
    }
}
