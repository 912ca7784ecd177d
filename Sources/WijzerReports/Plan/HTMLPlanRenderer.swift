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
        let h = Escape.html
        var body = ""
        body += "<header><h1>Persoonlijk actieplan</h1><p class=\"meta\">\(h(plan.questionnaireTitle)) · opgesteld op \(DutchDate.long(plan.date))"
        if let name = plan.name { body += " voor \(h(name))" }
        body += " · versie \(h(plan.questionnaireVersion))</p></header>\n"

        body += "<section><h2>Waar je staat</h2>\n"
        for theme in plan.themes {
            body += "<div class=\"theme\"><h3>\(h(theme.title))</h3>"
            if let score = theme.score {
                body += "<p class=\"score\">\(scoreBar(score)) <strong>\(score)/100</strong> <span class=\"muted\">(\(theme.answered) van \(theme.total) vragen beantwoord)</span></p>"
            } else {
                body += "<p class=\"score muted\">Nog geen score: te weinig vragen beantwoord (\(theme.answered) van \(theme.total)).</p>"
            }
            body += "<p><strong>Wat goed gaat:</strong> \(h(theme.goesWell))</p>"
            body += "<p><strong>Wat je kunt proberen:</strong> \(h(theme.nextStep))</p></div>\n"
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
            if !action.becauseOf.isEmpty {
                body += "<p class=\"muted\">Waarom deze tip: je antwoord op “\(ActionPlan.summarise(action.becauseOf).map(h).joined(separator: "”, “"))”\(ActionPlan.more(action.becauseOf)).</p>"
            }
            body += links(action, heading: true)
            body += "</article>\n"
        }
        body += "</section>\n"

        let others = plan.themes.filter { !$0.otherActions.isEmpty }
        if !others.isEmpty {
            body += "<section><h2>Meer tips per thema</h2>\n"
            for theme in others {
                body += "<h3>\(h(theme.title))</h3><ul>"
                for action in theme.otherActions {
                    body += "<li><strong>\(h(action.title))</strong> (\(h(action.timeframe))): \(MarkdownHTMLRenderer.renderInline(MarkdownDocument(parsing: action.text)))\(links(action, heading: false))</li>"
                }
                body += "</ul>\n"
            }
            body += "</section>\n"
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
        body += "<section><h2>Volgende zelfcheck</h2><p>Kijk rond <strong>\(DutchDate.long(plan.nextCheck))</strong> opnieuw met Wijzer naar je praktijk en vergelijk met <code>wijzer compare</code>.</p></section>\n"

        return HTMLPage.document(title: "Persoonlijk actieplan · \(plan.questionnaireTitle)", css: css, body: body)
    }

    /// A rounded bar, 0-100, as inline SVG with a text alternative (default "score N van 100").
    public static func scoreBar(_ score: Int, label: String? = nil) -> String {
        let s = max(0, min(100, score))
        return "<svg class=\"bar\" role=\"img\" aria-label=\"\(Escape.html(label ?? "score \(s) van 100"))\" width=\"200\" height=\"14\" viewBox=\"0 0 100 7\">"
            + "<rect width=\"100\" height=\"7\" rx=\"3.5\" fill=\"#e3e7ee\"/>"
            + "<rect width=\"\(s)\" height=\"7\" rx=\"3.5\" fill=\"#2d6a5f\"/></svg>"
    }

    private static func links(_ action: ActionPlan.Action, heading: Bool) -> String {
        let items = action.resources.compactMap { r -> String? in
            Escape.linkTarget(r.url.text).map { "<a href=\"\(Escape.html($0))\">\(Escape.html(r.title.text))</a>" }
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
