import WijzerReports

/// Comparing this self-check with an earlier one of the same teacher: the form on the plan page,
/// and the comparison itself (the same `Comparison` that `wijzer compare` prints).
///
/// The earlier self-check is named by its private link: whoever holds it may see it anyway, and
/// a teacher who starts afresh after a year has exactly that link from the first time.
enum ComparePage {
    /// The form's one field: the earlier private link, as a whole URL or only its secret.
    static let field = "eerder"
    /// Sent by the one-click form: compare with the self-check this browser had before (its
    /// link is in a cookie, never in the page).
    static let previousField = "vorige"
    /// Sent by the one-click form after a theme was done again: compare with the rounds before
    /// (`EarlierRounds`), in the same self-check.
    static let roundsField = "ronde"

    /// The form under the plan; `rounds`: a one-click comparison with the rounds before a theme
    /// was done again comes first; `previous`: one with the self-check this browser had before;
    /// `problem` says why the last try did not work.
    static func form(_ c: PageContext, link: String, rounds: Bool = false, previous: Bool = false, problem: String? = nil,
                     entered: String = "") -> String {
        let h = Escape.html
        var inner = "<label for=\"\(field)\">Je persoonlijke link van de vorige keer</label>"
        inner += "<p class=\"hint\" id=\"\(field)-uitleg\">Plak de link die je toen hebt bewaard, bijvoorbeeld <code>https://…/s/abcd…</code>.</p>"
        if let problem { inner += "<p class=\"problem\" role=\"alert\" id=\"\(field)-fout\">\(h(problem))</p>" }
        let described = problem == nil ? "\(field)-uitleg" : "\(field)-uitleg \(field)-fout"
        // As wide as the text: a pasted link is long, and a teacher checks it before comparing.
        inner += "<input type=\"text\" class=\"wide\" id=\"\(field)\" name=\"\(field)\" value=\"\(h(entered))\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"\(described)\"\(problem == nil ? "" : " aria-invalid=\"true\"")>"
        inner += "<div class=\"buttons\"><button type=\"submit\">Vergelijk</button></div>"
        var body = "<section class=\"screen-only\" aria-labelledby=\"vergelijken\"><h2 id=\"vergelijken\">\(rounds ? "Vergelijk met de vorige keer" : "Vergelijk met een eerdere zelfcheck")</h2>"
        if rounds {
            body += "<p>Je hebt een thema opnieuw gedaan. Zie wat er veranderd is sinds de vorige keer:</p>"
            body += c.form(Paths.compare(link), "<input type=\"hidden\" name=\"\(roundsField)\" value=\"ja\"><div class=\"buttons\"><button class=\"primary\" type=\"submit\">Vergelijk met de vorige keer</button></div>")
        }
        if previous {
            body += "<p>In deze browser deed je eerder al een zelfcheck. Zie wat er sindsdien is veranderd:</p>"
            body += c.form(Paths.compare(link), "<input type=\"hidden\" name=\"\(previousField)\" value=\"ja\"><div class=\"buttons\"><button\(rounds ? "" : " class=\"primary\"") type=\"submit\">Vergelijk met je vorige zelfcheck</button></div>")
            body += "<p>Of vergelijk met een andere zelfcheck, via de link die je toen hebt bewaard:</p>"
        } else if rounds {
            body += "<p>Of vergelijk met een andere zelfcheck, via de link die je toen hebt bewaard:</p>"
        } else {
            body += "<p>Deed je de zelfcheck al eens eerder, met een andere link? Dan zie je hier wat er sindsdien is veranderd.</p>"
        }
        return body + c.form(Paths.compare(link), inner) + "</section>"
    }

    /// The comparison of the older and the newer self-check; `rounds`: of this self-check's
    /// rounds before a theme was done again with the current ones.
    static func render(_ c: PageContext, _ comparison: Comparison, link: String, rounds: Bool = false) -> String {
        let h = Escape.html
        let title = rounds ? "Vergelijking met de vorige keer" : "Vergelijking van twee zelfchecks"
        var body = "<nav class=\"meta\"><a href=\"\(c.href(Paths.plan(link)))\">Terug naar je actieplan</a></nav>"
        body += "<h1>\(title)</h1>"
        body += "<p>Van \(h(comparison.oldDate)) naar \(h(comparison.newDate)). Waar je stond en waar je nu staat: begin, op weg of stevig (– bij te weinig antwoorden).</p>"
        body += "<table class=\"themes\"><thead><tr><th scope=\"col\">Thema</th><th scope=\"col\">Eerst</th><th scope=\"col\">Nu</th></tr></thead><tbody>"
        for t in comparison.themes {
            body += "<tr><th scope=\"row\">\(h(t.title))</th><td>\(h(Comparison.label(t.oldPosition)))</td><td>\(h(Comparison.label(t.newPosition)))</td></tr>"
        }
        body += "</tbody></table>"
        for (title, items) in comparison.sections {
            body += "<h2>\(h(title)) (\(items.count))</h2>"
            body += items.isEmpty ? "<p>Geen.</p>" : "<ul>" + items.map { "<li>\(h($0))</li>" }.joined() + "</ul>"
        }
        for note in comparison.notes { body += "<p class=\"notice\">Let op: \(h(note))</p>" }
        if rounds {
            body += "<p>Wil je de vorige keer zelf bewaren? <a href=\"\(c.href(Paths.earlierResult(link)))\" download>Download hem als resultaatbestand (JSON)</a>; in de terminal vergelijkt <code>wijzer compare</code> hem met je resultaatbestand van nu.</p>"
        }
        return Layout.page(c, title: title, body: body)
    }
}
