import WijzerLanguage
import WijzerScoring

/// Renders a team report as one self-contained HTML page: the plan's stylesheet
/// (`HTMLPlanRenderer.css`) plus a few rules, inline SVG box plots and bars, a print stylesheet,
/// and a Content-Security-Policy as the first element of `<head>`.
public enum TeamHTMLRenderer {
    public static func render(_ r: TeamReport) -> String {
        HTMLPage.document(title: "Teamrapport · \(r.questionnaireTitle)", css: HTMLPlanRenderer.css + "\n" + css, body: mainContent(r))
    }

    /// What `render` puts inside `<main>`: the whole report, for a page that brings its own
    /// shell (the team view of `wijzer serve`).
    public static func mainContent(_ r: TeamReport) -> String {
        let h = Escape.html
        var body = "<header><h1>Teamrapport</h1><p class=\"meta\">\(h(r.questionnaireTitle))</p>"
        for line in TeamText.header(r) { body += "<p class=\"meta\">\(h(line))</p>" }
        body += "</header>\n"
        if !r.teamShown {
            body += "<p><strong>\(h(TeamText.tooFewTeam(r)))</strong></p>\n" + leftOut(r)
            return body + foot(r)
        }

        body += "<section><h2>Gespreksonderwerpen</h2>\n"
        if r.topics.isEmpty {
            body += "<p>Er zijn (nog) geen vragen waarop de antwoorden genoeg uiteenlopen om te tonen.</p>"
        } else {
            body += "<p>\(h(TeamText.topicsIntro))</p><ol class=\"topics\">"
            for topic in r.topics {
                body += "<li><strong>\(h(topic.question))</strong> <span class=\"muted\">(\(h(topic.themeTitle)); spreiding \(SpreadMeasure.format(topic.spread)))</span><br>\(h(TeamText.leading(topic)))</li>"
            }
            body += "</ol>"
        }
        body += "</section>\n"

        body += "<section><h2>Teamactieplan (concept)</h2>\n"
        if r.tips.isEmpty {
            body += "<p>Geen tip geldt voor de meerderheid van het team.</p>"
        } else {
            body += "<p>\(h(TeamText.tipsIntro))</p>"
            for tip in r.tips {
                body += "<article class=\"action\"><h3>\(h(tip.title))</h3><p class=\"meta\">\(h(tip.themeTitle)) · \(h(tip.timeframe)) · voor \(tip.count) van de \(tip.group) teamleden (\(tip.percent)%)</p>"
                if !tip.text.isEmpty { body += "<p>\(h(tip.text))</p>" }
                if !tip.steps.isEmpty { body += "<ol>" + tip.steps.map { "<li>\(h($0))</li>" }.joined() + "</ol>" }
                if !tip.links.isEmpty {
                    body += "<h4>Hulpbronnen</h4><ul class=\"links\">" + tip.links.map { link in
                        link.url.map { "<li><a href=\"\(h($0))\">\(h(link.title))</a></li>" } ?? "<li><cite>\(h(link.title))</cite></li>"
                    }.joined() + "</ul>"
                }
                body += "</article>\n"
            }
        }
        body += "</section>\n"

        body += "<section><h2>Scores per thema</h2><p class=\"muted\">\(h(TeamText.scoresIntro)) In de figuur is de balk de middelste helft en de streep de mediaan.</p>\n<table class=\"scores\"><thead><tr><th>Thema</th><th>Aantal</th><th>Mediaan</th><th>Middelste helft</th><th>Verdeling</th></tr></thead><tbody>\n"
        for theme in r.themes {
            if let d = theme.scores {
                body += "<tr><td>\(h(theme.title))</td><td>\(d.count)</td><td>\(d.median)</td><td>\(d.q1)–\(d.q3)</td><td>\(boxPlot(d))</td></tr>\n"
            } else {
                body += "<tr><td>\(h(theme.title))</td><td colspan=\"4\" class=\"muted\">\(h(TeamText.hidden(r)))</td></tr>\n"
            }
        }
        body += "</tbody></table></section>\n"

        if r.hasBaseline {
            body += "<section><h2>Verandering sinds de vorige sessie</h2><table class=\"scores\"><thead><tr><th>Thema</th><th>Mediaan toen</th><th>Mediaan nu</th><th>Verschil</th><th>Toen</th><th>Nu</th></tr></thead><tbody>\n"
            for theme in r.themes {
                if let now = theme.scores, let then = theme.baseline {
                    body += "<tr><td>\(h(theme.title))</td><td>\(then.median)</td><td>\(now.median)</td><td>\(TeamText.signed(now.median - then.median))</td><td>\(boxPlot(then))</td><td>\(boxPlot(now))</td></tr>\n"
                } else {
                    body += "<tr><td>\(h(theme.title))</td><td colspan=\"5\" class=\"muted\">\(h(TeamText.hidden(r)))</td></tr>\n"
                }
            }
            body += "</tbody></table></section>\n"
        }

        body += "<section class=\"answers\"><h2>Antwoorden per vraag</h2>\n"
        for (title, questions) in TeamText.byTheme(r) {
            // A theme without a figure to show is one line.
            guard questions.contains(where: { $0.respondents != nil }) else {
                body += "<p class=\"muted\"><strong>\(h(title))</strong>: \(h(TeamText.hidden(r))) bij alle vragen van dit thema.</p>\n"
                continue
            }
            body += "<h3>\(h(title))</h3>\n"
            for question in questions {
                body += "<div class=\"question\"><p><strong>\(h(question.text))</strong>"
                guard let n = question.respondents else {
                    body += " <span class=\"muted\">\(h(TeamText.hidden(r)))</span></p></div>\n"
                    continue
                }
                body += " <span class=\"muted\">(\(n) \(n == 1 ? "antwoord" : "antwoorden")\(question.multiple ? "; meer antwoorden per persoon mogelijk" : ""))</span></p><table class=\"bars\">"
                for bar in question.bars {
                    body += "<tr><td>\(h(bar.label))</td><td class=\"num\">\(bar.count)</td><td class=\"num\">\(bar.percent)%</td><td>\(HTMLPlanRenderer.scoreBar(bar.percent, label: "\(bar.percent) procent"))</td></tr>"
                }
                body += "</table>" + (question.median.map { "<p class=\"muted\">Mediaan: \(h($0)).</p>" } ?? "") + "</div>\n"
            }
        }
        body += "</section>\n"

        if let reflections = r.reflections {
            body += "<section><h2>Reflecties</h2><p class=\"muted\">\(h(reflections.isEmpty ? TeamText.noReflections : TeamText.reflectionsIntro(r)))</p>\n"
            for block in reflections {
                body += "<h3>\(h(block.question))</h3>" + block.texts.map { "<blockquote><p>\(h($0))</p></blockquote>" }.joined() + "\n"
            }
            body += "</section>\n"
        }
        body += leftOut(r)
        return body + foot(r)
    }

    private static func leftOut(_ r: TeamReport) -> String {
        guard !r.leftOut.isEmpty || r.leftOutHidden else { return "" }
        var html = "<section><h2>Niet meegeteld</h2><p class=\"muted\">\(Escape.html(TeamText.leftOutIntro))</p>"
        if !r.leftOut.isEmpty { html += "<ul>" + r.leftOut.map { "<li>\(Escape.html($0.question)): \(Escape.html($0.reason))</li>" }.joined() + "</ul>" }
        if r.leftOutHidden { html += "<p>\(Escape.html(TeamText.leftOutHidden(r)))</p>" }
        return html + "</section>\n"
    }

    /// The set's attribution, at the foot of the report.
    private static func foot(_ r: TeamReport) -> String {
        r.attribution.map(HTMLPlanRenderer.credit) ?? ""
    }

    /// A box plot over 0-100 as inline SVG: a box over the middle half and a line at the median,
    /// with a text alternative. No whiskers: their ends would be one person's score.
    static func boxPlot(_ d: TeamReport.Distribution) -> String {
        func x(_ v: Int) -> Int { 2 + max(0, min(100, v)) * 2 }
        let label = "mediaan \(d.median), middelste helft van \(d.q1) tot \(d.q3)"
        return "<svg class=\"box\" role=\"img\" aria-label=\"\(label)\" width=\"204\" height=\"20\" viewBox=\"0 0 204 20\">"
            + "<line x1=\"2\" y1=\"10\" x2=\"202\" y2=\"10\" stroke=\"#e3e7ee\" stroke-width=\"2\"/>"
            + "<rect x=\"\(x(d.q1))\" y=\"3\" width=\"\(max(1, x(d.q3) - x(d.q1)))\" height=\"14\" rx=\"2\" fill=\"#b9d6cf\" stroke=\"#2d6a5f\"/>"
            + "<line x1=\"\(x(d.median))\" y1=\"2\" x2=\"\(x(d.median))\" y2=\"18\" stroke=\"#2d6a5f\" stroke-width=\"3\"/></svg>"
    }

    /// The rules a team report adds to the plan's stylesheet, also for a page that brings its
    /// own shell: among them, undoing the plan's numbered badge (`.num`) for count cells.
    public static let css = """
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid var(--line);vertical-align:middle}
        td.num,.scores td:nth-child(n+2):not(:last-child){text-align:right;font-variant-numeric:tabular-nums}
        .bars td:first-child{width:45%}.question{margin:.6rem 0 1rem;break-inside:avoid}
        .topics li{margin:.5rem 0}
        td.num{display:table-cell;min-width:0;margin:0;background:none;color:inherit;border-radius:0}
        @media print{
        @page{size:A4;margin:12mm 13mm}
        body{font-size:9pt;line-height:1.35}h1{font-size:15pt}header .meta{font-size:8.5pt;margin:.15rem 0}h2{font-size:12pt;margin:.9rem 0 .4rem}h3{font-size:10.5pt;margin:.5rem 0 .2rem}h4{font-size:9.5pt;margin:.3rem 0 .1rem}
        section,.action{break-inside:auto}table,.question,.topics li{break-inside:avoid}
        .action{margin:.4rem 0;padding-left:.6rem;font-size:8.5pt}.action p,.action ol,.action ul{margin:.15rem 0}
        th,td{padding:.05rem .3rem}table{margin:.15rem 0}.question{margin:.2rem 0 .45rem}.question p{margin:.1rem 0}
        .answers{columns:2;column-gap:1.2rem}.answers h2{column-span:all}.answers h3{break-after:avoid}
        .bars td:first-child{width:58%}.bars svg{width:60px}
        }
        """
}
