import WijzerLanguage
import WijzerScoring

/// Renders a team report as Markdown. All text from questionnaires and result files is escaped.
public enum TeamMarkdownRenderer {
    public static func render(_ r: TeamReport) -> String {
        let e = Escape.markdown
        var out: [String] = []
        out.append("# Teamrapport: \(e(r.questionnaireTitle))")
        out.append("")
        out.append(contentsOf: TeamText.header(r).map(e))
        out.append("")
        guard r.teamShown else {
            out.append("**\(TeamText.tooFewTeam(r))**")
            out.append("")
            out.append(contentsOf: leftOut(r))
            return out.joined(separator: "\n")
        }

        out.append("## Gespreksonderwerpen")
        out.append("")
        if r.topics.isEmpty {
            out.append("Er zijn (nog) geen vragen waarop de antwoorden genoeg uiteenlopen om te tonen.")
        } else {
            out.append(e(TeamText.topicsIntro))
            out.append("")
            for (i, topic) in r.topics.enumerated() {
                out.append("\(i + 1). **\(e(topic.question))** (\(e(topic.themeTitle)); spreiding \(SpreadMeasure.format(topic.spread)))  ")
                out.append("   \(e(TeamText.leading(topic)))")
            }
        }
        out.append("")

        out.append("## Teamactieplan (concept)")
        out.append("")
        if r.tips.isEmpty {
            out.append("Geen tip geldt voor de meerderheid van het team.")
            out.append("")
        } else {
            out.append(e(TeamText.tipsIntro))
            out.append("")
            for tip in r.tips {
                out.append("### \(e(tip.title))")
                out.append("")
                out.append("\(e(tip.themeTitle)) · \(e(tip.timeframe)) · voor \(tip.count) van de \(tip.group) teamleden (\(tip.percent)%)")
                out.append("")
                if !tip.text.isEmpty { out.append(e(tip.text)); out.append("") }
                for step in tip.steps { out.append("- \(e(step))") }
                if !tip.steps.isEmpty { out.append("") }
                if !tip.links.isEmpty {
                    out.append("**Hulpbronnen:**")
                    out.append("")
                    for link in tip.links { out.append(link.url.map { "- [\(e(link.title))](\($0))" } ?? "- *\(e(link.title))*") }
                    out.append("")
                }
            }
        }

        out.append("## Scores per thema")
        out.append("")
        out.append(e(TeamText.scoresIntro))
        out.append("")
        out.append("| Thema | Aantal | Mediaan | Middelste helft | Verdeling |")
        out.append("|---|---:|---:|---|---|")
        for theme in r.themes {
            if let d = theme.scores {
                out.append("| \(e(theme.title)) | \(d.count) | \(d.median) | \(d.q1)–\(d.q3) | `\(box(d))` |")
            } else {
                out.append("| \(e(theme.title)) | \(TeamText.hidden(r)) | | | |")
            }
        }
        out.append("")

        if r.hasBaseline {
            out.append("## Verandering sinds de vorige sessie")
            out.append("")
            out.append("| Thema | Mediaan toen | Mediaan nu | Verschil | Middelste helft toen | Middelste helft nu |")
            out.append("|---|---:|---:|---:|---|---|")
            for theme in r.themes {
                guard let now = theme.scores, let then = theme.baseline else {
                    out.append("| \(e(theme.title)) | \(TeamText.hidden(r)) | | | | |")
                    continue
                }
                out.append("| \(e(theme.title)) | \(then.median) | \(now.median) | \(TeamText.signed(now.median - then.median)) | \(then.q1)–\(then.q3) | \(now.q1)–\(now.q3) |")
            }
            out.append("")
        }

        out.append("## Antwoorden per vraag")
        out.append("")
        for (title, questions) in TeamText.byTheme(r) {
            out.append("### \(e(title))")
            out.append("")
            guard questions.contains(where: { $0.respondents != nil }) else {
                out.append("\(TeamText.hidden(r)) bij alle vragen van dit thema.")
                out.append("")
                continue
            }
            for question in questions {
                guard let n = question.respondents else {
                    out.append("**\(e(question.text))**: \(TeamText.hidden(r)).")
                    out.append("")
                    continue
                }
                out.append("**\(e(question.text))** (\(n) \(n == 1 ? "antwoord" : "antwoorden")\(question.multiple ? "; meer antwoorden per persoon mogelijk" : ""))")
                out.append("")
                out.append("| Antwoord | Aantal | % | |")
                out.append("|---|---:|---:|---|")
                for bar in question.bars {
                    out.append("| \(e(bar.label)) | \(bar.count) | \(bar.percent)% | `\(MarkdownPlanRenderer.bar(bar.percent))` |")
                }
                out.append("")
                if let median = question.median {
                    out.append("Mediaan: \(e(median)).")
                    out.append("")
                }
            }
        }

        if let reflections = r.reflections {
            out.append("## Reflecties")
            out.append("")
            out.append(e(reflections.isEmpty ? TeamText.noReflections : TeamText.reflectionsIntro(r)))
            out.append("")
            for block in reflections {
                out.append("### \(e(block.question))")
                out.append("")
                for text in block.texts { out.append("> \(e(text))"); out.append("") }
            }
        }
        out.append(contentsOf: leftOut(r))
        if let credit = r.attribution { out.append(contentsOf: MarkdownPlanRenderer.credit(credit)) }
        return out.joined(separator: "\n")
    }

    private static func leftOut(_ r: TeamReport) -> [String] {
        guard !r.leftOut.isEmpty || r.leftOutHidden else { return [] }
        var out = ["## Niet meegeteld", "", e(TeamText.leftOutIntro), ""]
        for item in r.leftOut { out.append("- \(e(item.question)): \(e(item.reason))") }
        if !r.leftOut.isEmpty { out.append("") }
        if r.leftOutHidden { out.append(e(TeamText.leftOutHidden(r))); out.append("") }
        return out
    }

    private static func e(_ s: String) -> String { Escape.markdown(s) }

    /// A 21-character text box plot over 0-100: `·` outside, `█` the middle half, `┃` the median.
    /// No whiskers: their ends would be one person's score.
    static func box(_ d: TeamReport.Distribution) -> String {
        func at(_ v: Int) -> Int { Int((Double(max(0, min(100, v))) / 5).rounded()) }
        return String((0 ... 20).map { i -> Character in
            if i == at(d.median) { return "┃" }
            if i >= at(d.q1) && i <= at(d.q3) { return "█" }
            return "·"
        })
    }
}
