import WijzerLanguage
import WijzerScoring

/// Renders an action plan as one self-contained HTML file: inline CSS and SVG, no external
/// assets, a print stylesheet for clean A4 pages, and a Content-Security-Policy as the first
/// element of `<head>`.
///
/// Built directly rather than through a Markdown converter (Ink): the page needs SVG bars and
/// sections that Markdown cannot express, and every piece of text is escaped here anyway (a
/// tip's Markdown text through `MarkdownHTMLRenderer`, which escapes it too).
public enum HTMLPlanRenderer {
    public static func render(_ plan: ActionPlan) -> String {
        HTMLPage.document(title: "Persoonlijk actieplan · \(plan.questionnaireTitle)", css: stylesheet, body: mainContent(plan))
    }

    /// What `render` puts inside `<main>`: the whole plan, for a page that brings its own shell
    /// (`wijzer serve`, whose Content-Security-Policy allows no inline CSS).
    public static func mainContent(_ plan: ActionPlan) -> String {
        let h = Escape.html
        var body = ""
        body += "<header><h1>Persoonlijk actieplan</h1><p class=\"meta\">\(h(plan.questionnaireTitle)) · opgesteld op \(DutchDate.long(plan.date))"
        if let name = plan.name { body += " voor \(h(name))" }
        body += " · versie \(h(plan.questionnaireVersion))</p></header>\n"

        body += "<section><h2>Waar je staat</h2>\n"
        for theme in plan.themes {
            body += "<div class=\"theme\"><h3>\(h(theme.title))</h3>\(position(theme, plan.about))"
            if let goesWell = theme.goesWell { body += "<p><strong>Wat goed gaat:</strong> \(h(goesWell))</p>" }
            body += "<p><strong>Wat je kunt proberen:</strong> \(h(theme.nextStep))</p>"
            if let unknowns = theme.unknownsSentence { body += "<p><strong>Nog uit te zoeken:</strong> \(h(unknowns))</p>" }
            body += "</div>\n"
        }
        body += "</section>\n"

        body += "<section><h2>Je drie focusacties</h2>\n"
        if plan.focus.isEmpty {
            body += "<p>Je antwoorden wijzen niet op een tip die nu voorrang heeft. Mooi: houd vast wat werkt.</p>\n"
        }
        for (i, action) in plan.focus.enumerated() {
            body += "<article class=\"action\"><h3><span class=\"num\">\(i + 1)</span> \(h(action.title))</h3>"
            body += "<p class=\"meta\">Thema: \(h(action.themeTitle)) · wanneer: <strong>\(h(action.timeframe))</strong></p>"
            body += "\(MarkdownHTMLRenderer.render(MarkdownDocument(parsing: action.text)))<h4>Zo pak je het aan</h4><ol>"
            for step in action.steps { body += "<li>\(h(step))</li>" }
            body += "</ol><p><strong>Zo merk je dat het werkt:</strong> \(h(action.notice))</p>"
            if !action.reasons.isEmpty {
                let reasons = ActionPlan.summarise(action.reasons).map { "Bij “\(h($0.question))” antwoordde je: \(h($0.answer))" }
                    + (ActionPlan.more(action.reasons).map { [$0] } ?? [])
                body += "<h4>Waarom deze tip</h4><ul class=\"why muted\">\(reasons.map { "<li>\($0)</li>" }.joined())</ul>"
            }
            body += links(action, heading: true)
            body += fillIn(i + 1)
            body += "</article>\n"
        }
        body += "</section>\n"

        if !plan.more.isEmpty {
            body += "<section><h2>Meer tips</h2><p class=\"paper-only muted\">De uitleg bij deze tips staat in dit actieplan op je scherm.</p>\n"
            for group in plan.more {
                body += "<h3>\(h(group.label.capitalisedFirst))</h3><ul class=\"tips\">"
                for action in group.actions {
                    body += "<li><label><input type=\"checkbox\" aria-label=\"gedaan\"> <strong>\(h(action.title))</strong></label> <span class=\"muted\">(\(h(action.themeTitle)))</span><span class=\"tiptext\">: \(MarkdownHTMLRenderer.renderInline(MarkdownDocument(parsing: action.text)))</span>\(links(action, heading: false))</li>"
                }
                body += "</ul>\n"
            }
            body += "</section>\n"
        }
        if !plan.deepen.isEmpty {
            body += "<section><h2>Om te verdiepen</h2><p>Op deze punten doe je al veel goed. Wil je verder, dan zijn dit ideeën om het te verdiepen.</p><ul class=\"tips\">"
            for action in plan.deepen {
                body += "<li><label><input type=\"checkbox\" aria-label=\"gedaan\"> <strong>\(h(action.title))</strong></label> (\(h(action.timeframe))), naast wat je al doet: \(h(action.deepens ?? ""))\(links(action, heading: false))</li>"
            }
            body += "</ul></section>\n"
        }
        let strengths = plan.themes.flatMap { t in t.strengths.map { (t.title, $0) } }
        if !strengths.isEmpty {
            body += "<section><h2>Wat je al goed doet</h2><ul class=\"strengths\">"
            for (theme, text) in strengths { body += "<li>\(h(text)) <span class=\"muted\">(\(h(theme)))</span></li>" }
            body += "</ul></section>\n"
        }
        if !plan.reflections.isEmpty {
            body += "<section><h2>Je eigen voornemens</h2>\n"
            for quote in plan.reflections {
                body += "<blockquote><p>\(h(quote.text))</p><footer>bij “\(h(quote.question))” (\(h(quote.themeTitle)))</footer></blockquote>\n"
            }
            body += "</section>\n"
        }
        body += "<section><h2>Volgende zelfcheck</h2><p>\(plan.nextCheck.html)</p></section>\n"
        if let credit = plan.about.attribution { body += HTMLPlanRenderer.credit(credit) }

        return body
    }

    /// The set's attribution at the foot of a page: "Bron: <link>".
    static func credit(_ credit: SetDescription.Attribution) -> String {
        "<footer class=\"credit\"><p>Bron: <a href=\"\(Escape.html(credit.url))\">\(Escape.html(credit.text))</a></p></footer>\n"
    }

    /// A rounded bar, 0-100, as inline SVG with a text alternative (default "score N van 100").
    public static func scoreBar(_ score: Int, label: String? = nil) -> String {
        let s = max(0, min(100, score))
        return "<svg class=\"bar\" role=\"img\" aria-label=\"\(Escape.html(label ?? "score \(s) van 100"))\" width=\"200\" height=\"14\" viewBox=\"0 0 100 7\">"
            + "<rect width=\"100\" height=\"7\" rx=\"3.5\" fill=\"#e3e7ee\"/>"
            + "<rect width=\"\(s)\" height=\"7\" rx=\"3.5\" fill=\"#2d6a5f\"/></svg>"
    }

    /// The path "begin → op weg → stevig" with the teacher's place marked, or a note that too
    /// few questions were answered to say.
    static func position(_ theme: ActionPlan.ThemeSection, _ about: SetDescription) -> String {
        guard let position = theme.position else {
            return "<p class=\"muted\">Je hebt \(theme.answered) van de \(theme.total) vragen beantwoord\(ThemeProgress.extras(theme.extraAnswered)): te weinig om te zeggen waar je staat.</p>"
        }
        let stops = PlanPosition.allCases.map { stop in
            stop == position ? "<li class=\"here\" aria-current=\"step\">\(stop.label)</li>" : "<li>\(stop.label)</li>"
        }
        return "<ol class=\"path\" aria-label=\"waar je staat\">\(stops.joined())</ol>"
            + "<p>\(Escape.html(position.meaning(about))) <span class=\"muted\">(\(theme.answered) van \(theme.total) vragen beantwoord\(ThemeProgress.extras(theme.extraAnswered)))</span></p>"
    }

    /// Space to plan focus action `n`: fields and a checkbox on screen, lines and a box on paper.
    static func fillIn(_ n: Int) -> String {
        "<div class=\"fill\"><label>Wanneer: <input type=\"text\" name=\"wanneer-\(n)\"></label>"
            + "<label>Met wie: <input type=\"text\" name=\"met-wie-\(n)\"></label>"
            + "<label><input type=\"checkbox\" name=\"gedaan-\(n)\"> Gedaan</label></div>"
    }

    private static func links(_ action: ActionPlan.Action, heading: Bool) -> String {
        let items = action.resources.compactMap { r -> String? in
            // A resource without an address (a book) is named by its title.
            guard let address = r.url else { return "<cite>\(Escape.html(r.title.text))</cite>" }
            return Escape.linkTarget(address.text).map { "<a href=\"\(Escape.html($0))\">\(Escape.html(r.title.text))</a>" }
        }
        guard !items.isEmpty else { return "" }
        if heading { return "<h4>Hulpbronnen</h4><ul class=\"links\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>" }
        return " " + items.joined(separator: " · ")
    }

    public static let css = """
        :root{--ink:#1d2433;--muted:#5b6475;--accent:#2d6a5f;--line:#e3e7ee}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f7f8fa}
        main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem;background:#fff}
        h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
        h3{font-size:1.08rem;margin:1.2rem 0 .3rem}h4{font-size:.95rem;margin:.8rem 0 .2rem}
        .meta,.muted{color:var(--muted)}.meta{font-size:.92rem}
        .score{display:flex;align-items:center;gap:.6rem;margin:.2rem 0}
        .action{border-left:4px solid var(--accent);padding:.2rem 0 .2rem 1rem;margin:1.2rem 0}
        .num{display:inline-block;min-width:1.6em;text-align:center;background:var(--accent);color:#fff;border-radius:1em;margin-right:.3em}
        blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid var(--line);font-style:italic}
        blockquote footer{font-style:normal;color:var(--muted);font-size:.9rem}
        a{color:var(--accent)}code{background:var(--line);padding:0 .25em;border-radius:3px}
        @media print{
        @page{size:A4;margin:18mm 16mm}
        body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
        section,.action,.theme,blockquote{break-inside:avoid}h2,h3{break-after:avoid}
        a{color:var(--ink);text-decoration:none}.links a::after{content:" (" attr(href) ")";font-size:9pt;color:var(--muted);word-break:break-all}
        }
        """
}
