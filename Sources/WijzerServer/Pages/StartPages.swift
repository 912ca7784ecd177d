import Foundation
import WijzerLanguage
import WijzerReports
import WijzerScoring

/// The pages around the themes: the start page, the overview of one private link's themes,
/// and the confirmation before deleting everything.
enum StartPages {
    /// The start page: the set, its themes, beginning, and the way back to the self-check this
    /// browser has (`link`) and to the one it had before it (`previous`: a new self-check or a
    /// team session's took its place).
    static func start(_ c: PageContext, questionnaire: Questionnaire, resume link: String?, previous: String? = nil, deleted: Bool) -> String {
        let h = Escape.html
        var body = "<h1>\(h(questionnaire.title))</h1>"
        if deleted { body += "<p class=\"notice\" role=\"status\">Al je antwoorden zijn verwijderd. Er is niets meer van bewaard.</p>" }
        // The set's own welcome (`SetDescription`): another set must not read as this one.
        body += "<p>\(h(questionnaire.about.welcome(title: questionnaire.title, themeCount: questionnaire.themes.count)))</p>"
        body += "<p>Je beantwoordt vragen over herkenbare situaties uit je praktijk en krijgt een persoonlijk actieplan met tips. Er zijn geen goede of foute antwoorden, en alleen jij ziet je antwoorden.</p>"
        if let link {
            body += "<p><a class=\"button primary\" href=\"\(c.href(Paths.selfCheck(link)))\">Ga verder met je zelfcheck</a></p>"
            if let previous {
                body += "<p>Of open <a href=\"\(c.href(Paths.selfCheck(previous)))\">je vorige zelfcheck</a>, die je in deze browser had.</p>"
            }
        }
        body += "<h2>De thema’s</h2><ol>" + questionnaire.themes.map { "<li>\(h($0.title.text))</li>" }.joined() + "</ol>"
        body += "<p>Je hebt geen account nodig. Je krijgt een persoonlijke link waarmee je later verder kunt; je naam of e-mailadres vragen we niet.</p>"
        body += c.form(Paths.begin, "<button class=\"primary\" type=\"submit\">\(link == nil ? "Begin je zelfcheck" : "Begin een nieuwe zelfcheck")</button>")
        body += "<h2>Samen met je team</h2><p><a href=\"\(c.href(TeamPaths.join))\">Meedoen aan een teamsessie</a> (met een code) · <a href=\"\(c.href(TeamPaths.start))\">Teamsessie starten</a></p>"
        return Layout.page(c, title: questionnaire.title, body: body)
    }

    static func overview(_ c: PageContext, questionnaire: Questionnaire, document: ResultDocument, link: String,
                         fullLink: String?, team: TeamFocus? = nil) -> String {
        let h = Escape.html
        var body = "<h1>Je zelfcheck</h1>"
        if let fullLink {
            body += "<div class=\"notice\" role=\"status\"><h2>Bewaar deze link</h2><p>Met deze link kom je terug bij je antwoorden, ook op een andere computer. Wij laten hem maar één keer zo zien en kunnen hem niet voor je terugvinden: zet hem in je bladwijzers of bewaar hem op een veilige plek. Iedereen met deze link kan je antwoorden zien.</p>"
            body += "<p class=\"link\">\(h(fullLink))</p></div>"
        }
        if let team { body += TeamPages.focusNotice(team) }
        let fresh = document.themes.allSatisfy { $0.answers.isEmpty && $0.skipped.isEmpty && $0.completed == nil }
        body += NextTheme.overview(c, NextTheme(document, questionnaire: questionnaire, team: team), link: link, fresh: fresh,
                                   team: team != nil, about: questionnaire.about)
        body += "<table class=\"themes\"><thead><tr><th scope=\"col\">Thema</th><th scope=\"col\">Stand</th></tr></thead><tbody>"
        // In a team session only the session's themes.
        for (i, theme) in questionnaire.themes.filter({ team?.themes.contains($0.id.name) ?? true }).enumerated() {
            let id = theme.id.name
            let state = ThemeState.of(id, in: document, questionnaire: questionnaire)
            body += "<tr><td>\(i + 1). <a href=\"\(c.href(Paths.theme(link, id)))\">\(h(theme.title.text))</a></td><td>\(h(state.label))</td></tr>"
        }
        body += "</tbody></table>"
        if document.themes.contains(where: { $0.completed != nil }) {
            body += "<p><a class=\"button primary\" href=\"\(c.href(Paths.plan(link)))\">Bekijk je actieplan</a></p>"
        }
        body += "<h2>Je gegevens</h2><p>Download je antwoorden als resultaatbestand (JSON) om ze te bewaren of aan je teamleider te geven: <a href=\"\(c.href(Paths.result(link)))\" download>resultaat.json</a>.</p>"
        body += "<p><a href=\"\(c.href(Paths.delete(link)))\">Verwijder al mijn antwoorden</a></p>"
        return Layout.page(c, title: "Je zelfcheck", body: body, head: fullLink == nil ? "" : CopyLink.head(c))
    }

    static func confirmDelete(_ c: PageContext, link: String) -> String {
        var body = "<h1>Al je antwoorden verwijderen?</h1>"
        body += "<p>Alles wat bij deze link hoort, wordt meteen en voorgoed verwijderd: je antwoorden, je resultaten en je actieplan. Daarna werkt de link niet meer. Wil je iets bewaren, download dan eerst je <a href=\"\(c.href(Paths.result(link)))\" download>resultaatbestand</a>.</p>"
        body += c.form(Paths.delete(link), "<div class=\"buttons\"><button class=\"danger\" type=\"submit\">Ja, verwijder al mijn antwoorden</button><a class=\"button\" href=\"\(c.href(Paths.selfCheck(link)))\">Nee, terug</a></div>")
        return Layout.page(c, title: "Verwijderen", body: body)
    }

    /// A page that says what went wrong, in Dutch, with a way back.
    static func message(_ c: PageContext, title: String, message: String) -> String {
        let body = "<h1>\(Escape.html(title))</h1><p class=\"problem\">\(Escape.html(message))</p><p><a href=\"\(c.href(Paths.start))\">Naar de startpagina</a></p>"
        return Layout.page(c, title: title, body: body)
    }
}

/// Questionnaire Markdown as HTML (escaped by the renderer), rendered once per text.
func markdownHTML(_ text: String) -> String { RenderedMarkdown.shared.html(text, inline: false) }
/// Questionnaire Markdown as inline HTML (a legend, a link text), rendered once per text.
func markdownInline(_ text: String) -> String { RenderedMarkdown.shared.html(text, inline: true) }
