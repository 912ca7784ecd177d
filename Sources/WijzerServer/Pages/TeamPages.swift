import Foundation
import WijzerLanguage
import WijzerReports
import WijzerScoring
import WijzerStorage

/// The pages of a live team session: starting one, the facilitator's page, the team view for
/// the projector and the participants' join form. Counts and the team report only: no page
/// shows anything about one participant.
enum TeamPages {
    static func startForm(_ c: PageContext, questionnaire: Questionnaire, problem: String? = nil) -> String {
        let h = Escape.html
        var body = "<h1>Teamsessie starten</h1>"
        body += "<p>In een teamsessie vult ieder teamlid op eigen laptop of telefoon de gekozen thema’s in. Jullie zien samen een teamoverzicht, maar niemand, jij ook niet, ziet de antwoorden van één persoon. Je hebt geen account nodig: je krijgt een persoonlijke link voor deze sessie.</p>"
        if let problem { body += "<p class=\"problem\" role=\"alert\">\(h(problem))</p>" }
        var inner = "<fieldset><legend>Welke thema’s doen jullie?</legend>"
        for theme in questionnaire.themes {
            let id = theme.id.name
            inner += "<label class=\"choice\"><input type=\"checkbox\" name=\"thema\" value=\"\(h(id))\">\(h(theme.title.text))</label>"
        }
        inner += "</fieldset>"
        inner += "<p><label for=\"k\">Kleinste groep waarover iets getoond wordt</label><br>"
        inner += "<input id=\"k\" type=\"number\" name=\"k\" min=\"\(TeamPrivacy.lowestMinimumGroup)\" max=\"100\" value=\"\(TeamPrivacy.defaultMinimumGroup)\" aria-describedby=\"k-uitleg\"></p>"
        inner += "<p id=\"k-uitleg\" class=\"muted\">Standaard 5, minimaal \(TeamPrivacy.lowestMinimumGroup). Het teamoverzicht verschijnt pas als zoveel teamleden klaar zijn, en verandert daarna alleen als er weer zoveel bij zijn gekomen.</p>"
        inner += "<div class=\"buttons\"><button class=\"primary\" type=\"submit\">Start de teamsessie</button></div>"
        body += c.form(TeamPaths.start, inner)
        return TeamLayout.page(c, title: "Teamsessie starten", body: body)
    }

    static func facilitator(_ c: PageContext, session: TeamSessionRecord, link: String, joined: Int, finished: Int,
                            joinURL: String, projectorURL: String, fullLink: String?, retentionDays: Int) -> String {
        let h = Escape.html
        var body = "<h1>Je teamsessie</h1>"
        if let fullLink {
            body += "<div class=\"notice\" role=\"status\"><h2>Bewaar deze link</h2><p>Met deze link open je deze sessie weer, ook op een andere computer. We laten hem maar één keer zo zien en kunnen hem niet voor je terugvinden. Deel hem niet met deelnemers: die gebruiken de code.</p>"
            body += "<p class=\"link\">\(h(fullLink))</p></div>"
        }
        if session.state == .open {
            body += "<p>Deelnemers gaan naar <strong>\(h(joinURL))</strong> en vullen deze code in:</p><p class=\"code\">\(h(session.joinCode))</p>"
        }
        body += "<p class=\"counts\" role=\"status\">Meegedaan: \(joined) · klaar met alle thema’s: \(finished)</p>"
        let projector = TeamViewer.projector(ProjectorLink.of(facilitator: link))
        body += "<h2>Op de beamer</h2><p>Open het teamoverzicht op de computer aan de beamer met deze link. Daarmee kun je alleen kijken: afsluiten en het rapport downloaden kan alleen met jouw eigen link, dus iedereen mag hem zien.</p>"
        body += "<p class=\"link\">\(h(projectorURL))</p>"
        body += "<div class=\"buttons\"><a class=\"button primary\" href=\"\(c.href(TeamPaths.view(projector)))\">Teamoverzicht (voor de beamer)</a>"
        body += "<a class=\"button\" href=\"\(c.href(TeamPaths.presentation(projector, 1)))\">Presentatie: gespreksonderwerpen</a></div>"
        if session.state == .open {
            body += "<h2>Afsluiten</h2><p>Sluit je de sessie, dan telt het rapport iedereen die een thema heeft afgerond en ligt het vast. Daarna kan niemand meer meedoen; het rapport kun je downloaden.</p>"
            body += c.form(TeamPaths.close(link), "<button class=\"danger\" type=\"submit\">Sluit de sessie af</button>")
        } else {
            body += "<h2>Het teamrapport</h2><p>De sessie is afgesloten. Download het rapport: "
            body += TeamSession.fileNames.map { "<a href=\"\(c.href(TeamPaths.file(link, $0)))\" download>\(h($0))</a>" }.joined(separator: " · ")
            body += "</p>"
            if session.purged {
                body += "<p class=\"muted\">De losse antwoorden van de deelnemers zijn verwijderd; het rapport blijft.</p>"
            } else if let closed = session.closed {
                let due = closed.addingTimeInterval(Double(retentionDays) * 24 * 3600)
                body += "<p class=\"muted\">De losse antwoorden van de deelnemers worden op \(h(DutchDate.long(due))) verwijderd; het rapport blijft.</p>"
            }
        }
        return TeamLayout.page(c, title: "Je teamsessie", body: body, head: CopyLink.head(c))
    }

    /// The team view: the released state only, so it is the same between two releases
    /// whoever joins or finishes in between. `reportHTML` is the released report's content
    /// (`TeamHTMLRenderer.mainContent`), nil before the first release or once closed.
    static func view(_ c: PageContext, session: TeamSessionRecord, viewer: TeamViewer, reportHTML: String?, joinURL: String) -> String {
        let h = Escape.html
        var body = "<div id=\"team-live\" data-events=\"\(c.href(TeamPaths.events(viewer)))\"></div>"
        if session.state == .open {
            body += "<p>Doe mee: ga naar <strong>\(h(joinURL))</strong> en vul de code <strong class=\"code\">\(h(session.joinCode))</strong> in.</p>"
        }
        // Closed: the frozen report itself (it outlives the answers it was made from).
        guard let reportHTML = session.report.map({ HTMLPage.body(of: $0.html) ?? "" }) ?? reportHTML else {
            body += "<h1>Teamoverzicht</h1><p class=\"notice\">Nog te weinig deelnemers klaar om iets te tonen. Het overzicht verschijnt zodra minstens \(session.minimumGroup) deelnemers alle thema’s hebben afgerond.</p>"
            return TeamLayout.page(c, title: "Teamoverzicht", body: body, live: session.state == .open)
        }
        if session.state == .open {
            body += "<p class=\"notice\">Dit overzicht telt \(session.released) deelnemers die klaar zijn. Het verandert pas als er weer minstens \(session.minimumGroup) bij zijn gekomen, of als de sessie wordt afgesloten.</p>"
        } else {
            body += "<p class=\"notice\">De sessie is afgesloten: dit is het definitieve teamrapport.</p>"
        }
        body += "<p><a href=\"\(c.href(TeamPaths.presentation(viewer, 1)))\">Presentatie: één gespreksonderwerp per scherm</a></p>"
        body += reportHTML
        return TeamLayout.page(c, title: "Teamoverzicht", body: body, live: session.state == .open)
    }

    /// The join form. With `ownInBrowser` (the browser has a self-check's link in its cookie)
    /// it asks which self-check to join with, that one first: a teacher who answered at home
    /// brings her finished themes in one click, and is told that it stays hers. The link itself
    /// is never written into the page.
    static func joinForm(_ c: PageContext, ownInBrowser: Bool, retentionDays: Int, problem: String? = nil) -> String {
        let h = Escape.html
        var body = "<h1>Meedoen aan een teamsessie</h1>"
        body += "<p>Vul de code in die je op het scherm ziet. Je beantwoordt de thema’s van de sessie en krijgt je eigen actieplan. Het team ziet alleen wat de groep samen antwoordde, en pas als genoeg mensen klaar zijn; niemand ziet jouw antwoorden.</p>"
        if let problem { body += "<p class=\"problem\" role=\"alert\">\(h(problem))</p>" }
        var inner = "<p><label for=\"code\">Code</label><br><input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" placeholder=\"KX7P-M3QD\" required></p>"
        let deleted = "\(retentionDays) dagen na het afsluiten van de sessie verwijderd"
        let stays = "Je zelfcheck blijft van jou: na de sessie blijft hij gewoon bestaan."
        if ownInBrowser {
            inner += "<fieldset><legend>Met welke zelfcheck doe je mee?</legend>"
            inner += choice(.own, checked: true, label: "Met de zelfcheck die je in deze browser hebt",
                            hint: "Je afgeronde thema’s van de sessie tellen meteen mee. \(stays)")
            inner += choice(.fresh, checked: false, label: "Met een nieuwe zelfcheck",
                            hint: "Je begint zonder antwoorden. Deze zelfcheck wordt \(deleted); je andere zelfcheck blijft zoals hij is.")
            inner += "</fieldset>"
        }
        inner += "<details><summary>\(ownInBrowser ? "Ik wil meedoen met een andere zelfcheck" : "Ik heb de zelfcheck al gedaan")</summary><p><label for=\"link\">Je persoonlijke link (laat leeg om nieuw te beginnen)</label><br><input id=\"link\" class=\"wide\" name=\"link\" autocomplete=\"off\" spellcheck=\"false\"></p><p class=\"muted\">Je afgeronde thema’s van de sessie tellen dan mee; andere thema’s niet. \(stays)</p></details>"
        if !ownInBrowser { inner += "<p class=\"muted\">Begin je nieuw, dan wordt je zelfcheck \(deleted). Download je resultaatbestand als je je antwoorden wilt bewaren.</p>" }
        inner += "<div class=\"buttons\"><button class=\"primary\" type=\"submit\">Doe mee</button></div>"
        body += c.form(TeamPaths.join, inner)
        return TeamLayout.page(c, title: "Meedoen aan een teamsessie", body: body)
    }

    /// One radio button of the join form's choice, with its hint tied to it.
    private static func choice(_ choice: JoinChoice, checked: Bool, label: String, hint: String) -> String {
        let id = "\(JoinChoice.field)-\(choice.rawValue)"
        return "<label class=\"choice\"><input type=\"radio\" name=\"\(JoinChoice.field)\" value=\"\(choice.rawValue)\" aria-describedby=\"\(id)-uitleg\"\(checked ? " checked" : "")>\(label)"
            + "<br><span id=\"\(id)-uitleg\" class=\"muted\">\(hint)</span></label>"
    }

    /// The participant's note above their themes: what the team sees, and whether this
    /// self-check goes with the session's answers or stays (it was brought in).
    static func focusNotice(_ focus: TeamFocus) -> String {
        let after = focus.deletedWithSession
            ? "\(focus.retentionDays) dagen na het afsluiten van de sessie worden je antwoorden verwijderd: download je resultaatbestand als je ze wilt bewaren."
            : "Je deed mee met je eigen zelfcheck: die blijft na de sessie gewoon bestaan."
        return "<p class=\"notice\">Je doet mee aan een teamsessie. Het team ziet alleen wat de groep samen antwoordde, en pas als genoeg mensen klaar zijn. Een reflectie wordt alleen (anoniem) gedeeld als je dat bij die vraag aanvinkt. \(after)</p>"
    }
}

/// Which self-check a participant joins with, when their browser has one: the join form's
/// field `zelfcheck`. A pasted link goes before either.
enum JoinChoice: String {
    /// The self-check whose link the browser keeps (`WebServer.linkCookie`).
    case own = "deze"
    /// A new self-check, started by joining (deleted with the session's answers).
    case fresh = "nieuw"

    static let field = "zelfcheck"
}
