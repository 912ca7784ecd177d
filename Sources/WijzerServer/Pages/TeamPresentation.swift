import WijzerReports

/// Presentation mode for the projector: one conversation topic per screen (the questions the
/// team differs most about, in the report's order), in large type with the answer distribution,
/// and the draft team plan on the last screen. Built from the released state only.
enum TeamPresentation {
    /// Screen `number` (1-based); nil outside the range.
    static func screen(_ number: Int, report: TeamReport?, session: TeamSessionRecord, viewer: TeamViewer, context c: PageContext) -> String? {
        let h = Escape.html
        guard let report, report.teamShown else {
            guard number == 1 else { return nil }
            let body = "<div class=\"screen\"><h1>Nog te weinig deelnemers</h1><p>De gespreksonderwerpen verschijnen zodra minstens \(session.minimumGroup) deelnemers alle thema’s hebben afgerond.</p>"
                + "<p><a href=\"\(c.href(TeamPaths.view(viewer)))\">Terug naar het teamoverzicht</a></p></div>"
            return TeamLayout.page(c, title: "Presentatie", body: body)
        }
        let topics = report.topics
        let total = topics.count + 1
        guard (1 ... total).contains(number) else { return nil }
        var body = "<div class=\"screen\"><p class=\"meta\">Scherm \(number) van \(total)</p>"
        if number <= topics.count {
            let topic = topics[number - 1]
            body += "<h1>\(h(topic.question))</h1><p class=\"meta\">\(h(topic.themeTitle)) · gespreksonderwerp \(number) van \(topics.count)</p>"
            if let question = report.questions.first(where: { $0.id == topic.questionID }) {
                let who = question.respondents.map { " (\($0) antwoorden)" } ?? ""
                body += "<h2>Zo antwoordde het team\(who)</h2><ul class=\"bars\">"
                // The share in brackets, not after a colon: most answers end with a full stop.
                for bar in question.bars {
                    body += "<li>\(h(bar.label)) <strong>(\(bar.percent) %)</strong><br><progress max=\"100\" value=\"\(bar.percent)\" aria-label=\"\(h(bar.label)) (\(bar.percent) procent)\"></progress></li>"
                }
                body += "</ul>"
            }
            body += "<p>Waarom verschillen we hierover? Wat doe jij in zo’n situatie?</p>"
        } else {
            body += "<h1>Teamactieplan (concept)</h1>"
            if report.tips.isEmpty {
                body += "<p>Er zijn (nog) geen tips die voor de meeste teamleden gelden.</p>"
            } else {
                body += "<ol>" + report.tips.map { "<li><strong>\(h($0.title))</strong> (\(h($0.themeTitle)); voor \($0.percent) % van het team)</li>" }.joined() + "</ol>"
            }
            body += "<p>Welke pakken jullie samen op, wie doet wat, en wanneer kijken jullie terug?</p>"
        }
        body += "<nav class=\"steps\" aria-label=\"Schermen\">"
        body += number > 1 ? "<a href=\"\(c.href(TeamPaths.presentation(viewer, number - 1)))\">Vorige</a>" : "<a href=\"\(c.href(TeamPaths.view(viewer)))\">Teamoverzicht</a>"
        body += number < total ? "<a href=\"\(c.href(TeamPaths.presentation(viewer, number + 1)))\">Volgende</a>" : "<a href=\"\(c.href(TeamPaths.view(viewer)))\">Teamoverzicht</a>"
        body += "</nav></div>"
        return TeamLayout.page(c, title: "Presentatie", body: body)
    }
}
