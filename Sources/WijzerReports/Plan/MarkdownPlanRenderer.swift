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
            if let score = theme.score {
                out.append("`\(bar(score))` **\(score)/100** (\(theme.answered) van \(theme.total) vragen beantwoord)")
            } else {
                out.append("Nog geen score: te weinig vragen beantwoord (\(theme.answered) van \(theme.total)).")
            }
            out.append("")
            out.append("- **Wat goed gaat:** \(e(theme.goesWell))")
            out.append("- **Wat je kunt proberen:** \(e(theme.nextStep))")
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
            if !action.becauseOf.isEmpty {
                out.append("**Waarom deze tip:** je antwoord op “\(ActionPlan.summarise(action.becauseOf).map(e).joined(separator: "”, “"))”\(ActionPlan.more(action.becauseOf)).")
                out.append("")
            }
            out.append(contentsOf: resources(action))
        }
        let others = plan.themes.filter { !$0.otherActions.isEmpty }
        if !others.isEmpty {
            out.append("## Meer tips per thema")
            out.append("")
            for theme in others {
                out.append("### \(e(theme.title))")
                out.append("")
                for action in theme.otherActions {
                    out.append("- **\(e(action.title))** (\(e(action.timeframe))): \(NormalisedMarkdownRenderer.renderInline(MarkdownDocument(parsing: action.text)))\(links(action))")
                }
                out.append("")
            }
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
        out.append("Kijk rond **\(DutchDate.long(plan.nextCheck))** opnieuw met Wijzer naar je praktijk en vergelijk met `wijzer compare`.")
        out.append("")
        return out.joined(separator: "\n")
    }

    /// A ten-block text bar: `███████░░░`.
    public static func bar(_ score: Int) -> String {
        let filled = max(0, min(10, Int((Double(score) / 10).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    private static func resources(_ action: ActionPlan.Action) -> [String] {
        let items = action.resources.compactMap { r -> String? in
            guard let url = Escape.linkTarget(r.url.text) else { return nil }
            return "- [\(Escape.markdown(r.title.text))](\(url))"
        }
        guard !items.isEmpty else { return [] }
        return ["**Hulpbronnen:**", ""] + items + [""]
    }

    private static func links(_ action: ActionPlan.Action) -> String {
        let items = action.resources.compactMap { r -> String? in
            Escape.linkTarget(r.url.text).map { "[\(Escape.markdown(r.title.text))](\($0))" }
        }
        return items.isEmpty ? "" : " " + items.joined(separator: " · ")
    }
}
