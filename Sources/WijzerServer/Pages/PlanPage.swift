import WijzerReports

/// The plan in the browser: the same content as the HTML plan file (`HTMLPlanRenderer`), with
/// links to download it and the result file, and the form to compare it with an earlier self-check.
enum PlanPage {
    /// `next` is the theme to take up next (nil when all are done); `team` whether the path is
    /// a team session's; `rounds` whether a theme was done again and finished (`EarlierRounds`);
    /// `previous` whether this browser knows the self-check it had before.
    static func render(_ c: PageContext, plan: ActionPlan, link: String, next: NextTheme?, team: Bool, rounds: Bool = false,
                       previous: Bool, compareProblem: String? = nil, entered: String = "") -> String {
        var body = "<nav class=\"meta\"><a href=\"\(c.href(Paths.selfCheck(link)))\">Alle thema’s</a>"
        if let next { body += " · <a href=\"\(c.href(Paths.theme(link, next.theme.id.name)))\">Volgende thema: \(Escape.html(next.theme.title.text))</a>" }
        body += "</nav>"
        body += "<p class=\"notice screen-only\">Bewaar je plan: <a href=\"\(c.href(Paths.planHTML(link)))\" download>als webpagina (om af te drukken of als PDF te bewaren)</a> · <a href=\"\(c.href(Paths.planMarkdown(link)))\" download>als tekst (Markdown)</a> · <a href=\"\(c.href(Paths.result(link)))\" download>je resultaatbestand (JSON)</a></p>"
        body += HTMLPlanRenderer.mainContent(plan)
        body += NextTheme.planSection(c, next, link: link, team: team)
        body += ComparePage.form(c, link: link, rounds: rounds, previous: previous, problem: compareProblem, entered: entered)
        return Layout.page(c, title: "Persoonlijk actieplan", body: body)
    }
}
