import Foundation
import WijzerLanguage
import WijzerReports
import WijzerScoring

/// The pages of one theme: its introduction, the review of its answers.
enum ThemePages {
    static func intro(_ c: PageContext, session: ThemeSession, link: String) -> String {
        let h = Escape.html
        let theme = session.theme
        let id = session.themeID
        var body = "<p class=\"meta\"><a href=\"\(c.href(Paths.selfCheck(link)))\">Alle thema’s</a></p><h1>\(h(theme.title.text))</h1>"
        if let opening = theme.opening?.text { body += "<blockquote>\(markdownHTML(opening))</blockquote>" }
        if let knowledge = theme.knowledge?.text { body += "<h2>Wat we weten</h2>\(markdownHTML(knowledge))" }
        if let completed = session.record.completed {
            body += "<p class=\"notice\">Je hebt dit thema afgerond op \(h(DutchDate.long(completed))).</p>"
            body += "<div class=\"buttons\"><a class=\"button primary\" href=\"\(c.href(Paths.plan(link)))\">Bekijk je actieplan</a></div>"
            // A link to a page that asks first: one click must not wipe a finished theme.
            body += "<p><a class=\"button\" href=\"\(c.href(Paths.restart(link, id)))\">Doe dit thema opnieuw</a></p>"
        } else {
            let (done, total) = session.doneCount
            let target: String
            if let open = session.firstOpen {
                target = Paths.question(link, id, open + 1)
            } else {
                target = Paths.review(link, id)
            }
            let label = done == 0 ? "Begin met dit thema" : "Ga verder (\(done) van \(total) klaar\(ThemeProgress.extras(session.extraDoneCount)))"
            body += "<div class=\"buttons\"><a class=\"button primary\" href=\"\(c.href(target))\">\(label)</a>"
            if done > 0 { body += "<a class=\"button\" href=\"\(c.href(Paths.review(link, id)))\">Bekijk je antwoorden</a>" }
            body += "</div>"
        }
        return Layout.page(c, title: theme.title.text, body: body)
    }

    /// Asks before a finished theme is done again: what goes, what stays (the round is kept to
    /// compare with), and the downloads for whoever wants a copy of their own.
    static func confirmRestart(_ c: PageContext, session: ThemeSession, link: String) -> String {
        let h = Escape.html
        let title = session.theme.title.text
        var body = "<p class=\"meta\"><a href=\"\(c.href(Paths.theme(link, session.themeID)))\">\(h(title))</a></p>"
        body += "<h1>\(h(title)) opnieuw doen?</h1>"
        body += "<p>Je begint dan met lege antwoorden op dit thema; je andere thema’s blijven staan.</p>"
        body += "<p>Je antwoorden van deze keer blijven bewaard. Heb je het thema opnieuw afgerond, dan vergelijk je op je actieplan met één klik hoe het nu is met de vorige keer.</p>"
        body += "<p>Wil je ze ook zelf bewaren? Download ze dan eerst: <a href=\"\(c.href(Paths.planHTML(link)))\" download>je actieplan</a> · <a href=\"\(c.href(Paths.result(link)))\" download>je resultaatbestand (JSON)</a>.</p>"
        body += c.form(Paths.restart(link, session.themeID),
                       "<div class=\"buttons\"><button class=\"primary\" type=\"submit\">Ja, doe \(h(title)) opnieuw</button><a class=\"button\" href=\"\(c.href(Paths.theme(link, session.themeID)))\">Nee, terug</a></div>")
        return Layout.page(c, title: "\(title) opnieuw doen?", body: body)
    }

    static func review(_ c: PageContext, session: ThemeSession, link: String) -> String {
        let h = Escape.html
        let id = session.themeID
        var body = "<p class=\"meta\"><a href=\"\(c.href(Paths.theme(link, id)))\">\(h(session.theme.title.text))</a></p><h1>Je antwoorden</h1>"
        body += "<p>Kijk je antwoorden nog eens na. Klik op een vraag om je antwoord te veranderen.</p><ol>"
        var open = 0
        for i in session.visibleIndices {
            let question = session.questions[i]
            let answer: String
            if let value = session.answer(question) {
                answer = h(AnswerMenu(question.decl).describe(value))
            } else if session.isSkipped(question) {
                answer = "<span class=\"muted\">overgeslagen</span>"
            } else {
                answer = "<span class=\"muted\">nog niet beantwoord</span>"
                open += 1
            }
            body += "<li><a href=\"\(c.href(Paths.question(link, id, i + 1)))\">\(markdownInline(question.decl.text.text))</a><br>\(answer)</li>"
        }
        body += "</ol>"
        if open > 0 {
            body += "<p class=\"notice\">\(open == 1 ? "Eén vraag is" : "\(open) vragen zijn") nog niet beantwoord. Je kunt het thema toch afronden; je plan zegt dan minder.</p>"
        }
        body += c.form(Paths.finish(link, id), "<button class=\"primary\" type=\"submit\">Klopt, maak mijn actieplan</button>")
        return Layout.page(c, title: "Je antwoorden", body: body)
    }
}
