import WijzerReports

/// The plan in the browser: the same content as the HTML plan file (`HTMLPlanRenderer`), with
/// links to download it and the result file.
enum PlanPage {
    static func render(_ c: PageContext, plan: ActionPlan, link: String) -> String {
        var body = "<nav class=\"meta\"><a href=\"\(c.href(Paths.selfCheck(link)))\">Alle thema’s</a></nav>"
        body += "<p class=\"notice\">Bewaar je plan: <a href=\"\(c.href(Paths.planHTML(link)))\" download>als webpagina (om af te drukken of als PDF te bewaren)</a> · <a href=\"\(c.href(Paths.planMarkdown(link)))\" download>als tekst (Markdown)</a> · <a href=\"\(c.href(Paths.result(link)))\" download>je resultaatbestand (JSON)</a></p>"
        body += HTMLPlanRenderer.mainContent(plan)
        return Layout.page(c, title: "Persoonlijk actieplan", body: body)
    }
}
