import WijzerLanguage
import WijzerReports
import WijzerScoring

/// The guided path in the browser: the theme to take up next (`GuidedPath`), as the overview
/// and the plan page offer it, so a teacher is led through the themes as `wijzer onboarding`
/// leads them in the terminal.
struct NextTheme: Sendable {
    var theme: ThemeDecl
    var state: ThemeState

    /// The next theme of `document`; nil when every theme (of the team session, for a member)
    /// is finished.
    init?(_ document: ResultDocument, questionnaire: Questionnaire, team: TeamFocus?) {
        guard let next = GuidedPath.next(in: document, questionnaire: questionnaire, among: team?.themes) else { return nil }
        (theme, state) = (next.theme, next.state)
    }

    /// "Begin met Lesgeven", or "Ga verder met Lesgeven (4 van 11 klaar)".
    var action: String {
        if case .inProgress(let done, let total) = state { return "Ga verder met \(theme.title.text) (\(done) van \(total) klaar)" }
        return "Begin met \(theme.title.text)"
    }

    func button(_ c: PageContext, link: String) -> String {
        "<a class=\"button primary\" href=\"\(c.href(Paths.theme(link, theme.id.name)))\">\(Escape.html(action))</a>"
    }

    /// What the overview says above its themes: the way in for a new teacher, or the next step.
    /// `fresh`: nothing answered yet; `team`: the path of a team session's themes.
    static func overview(_ c: PageContext, _ next: NextTheme?, link: String, fresh: Bool, team: Bool, about: SetDescription) -> String {
        guard let next else {
            return "<p class=\"notice\">Je hebt \(allThemes(team)) gedaan. Je actieplan staat klaar; een thema opnieuw doen kan ook.</p>"
        }
        let h = Escape.html
        var text: String
        if fresh {
            text = "Doe de thema’s het liefst op volgorde, te beginnen met <strong>\(h(next.theme.title.text))</strong>. "
                + "Elk thema begint met de achtergrond en daarna een paar situaties met vragen."
            if let duration = about.themeDuration { text += " Een thema kost \(h(duration))." }
            text += " Stoppen kan altijd: je antwoorden worden na elke vraag bewaard."
        } else {
            text = "Volgende stap: <strong>\(h(next.theme.title.text))</strong>."
        }
        return "<p>\(text)</p><div class=\"buttons\">\(next.button(c, link: link))</div><p>Of kies zelf een thema:</p>"
    }

    /// The plan page's way on: the next theme, or that all are done.
    static func planSection(_ c: PageContext, _ next: NextTheme?, link: String, team: Bool) -> String {
        var body = "<section class=\"screen-only\" aria-labelledby=\"verder\"><h2 id=\"verder\">Verder</h2>"
        if let next {
            body += "<p>Het volgende thema\(team ? " van je teamsessie" : "") is <strong>\(Escape.html(next.theme.title.text))</strong>. Je actieplan groeit met elk thema dat je afrondt.</p>"
            body += "<div class=\"buttons\">\(next.button(c, link: link))</div>"
        } else {
            body += "<p>Je hebt \(allThemes(team)) gedaan. Kies een paar tips uit je plan om mee te beginnen.</p>"
        }
        return body + "</section>"
    }

    private static func allThemes(_ team: Bool) -> String {
        team ? "alle thema’s van je teamsessie" : "alle thema’s"
    }
}
