import WijzerLanguage
import WijzerReports
import WijzerScoring

/// One question on its own page: the situation, the question as the legend of its controls
/// (one kind of control per kind of question), n.v.t. where the question has it, "waarom vragen
/// we dit?", and the buttons to answer, skip or go back. Works without any script.
enum QuestionPage {
    /// What the submit buttons send as `actie`.
    static let actionField = "actie"
    static let answerAction = "antwoord"
    static let skipAction = "overslaan"

    static func render(_ c: PageContext, session: ThemeSession, index: Int, link: String, problem: String? = nil,
                       submitted: FormBody? = nil) -> String {
        let h = Escape.html
        let question = session.questions[index]
        let id = session.themeID
        let place = ThemeProgress.place(of: index, in: session.questions)
        var body = "<p class=\"meta\"><a href=\"\(c.href(Paths.theme(link, id)))\">\(h(session.theme.title.text))</a> · \(place.label)</p>"
        body += "<progress max=\"\(place.total)\" value=\"\(place.done)\" aria-label=\"Voortgang: \(place.label)\"></progress>"
        if let scenario = session.questionnaire.scenarios.first(where: { $0.id.name == question.scenario }) {
            body += "<h1>\(h(scenario.title.text))</h1>"
            if let situation = scenario.situation?.text { body += "<div class=\"situation\">\(markdownHTML(situation))</div>" }
        }
        if let problem {
            let saved = problem.contains("niets opgeslagen") ? "" : " Er is niets opgeslagen."
            body += "<p class=\"problem\" role=\"alert\">\(h(problem))\(saved)</p>"
        }
        let current = submitted == nil ? session.answer(question) : nil
        var inner = "<fieldset><legend>\(markdownInline(question.decl.text.text))</legend>"
        let shared = session.record.answers.first { $0.question == question.id }?.shareAnonymously == true
        inner += controls(question, menu: session.menu(question), current: current, shared: shared, submitted: submitted)
        inner += "</fieldset>"
        if let why = question.decl.why?.text {
            inner += "<details><summary>Waarom vragen we dit?</summary>\(markdownHTML(why))</details>"
        }
        inner += "<div class=\"buttons\"><button class=\"primary\" type=\"submit\" name=\"\(actionField)\" value=\"\(answerAction)\">Volgende</button>"
        inner += "<button type=\"submit\" name=\"\(actionField)\" value=\"\(skipAction)\">Overslaan</button>"
        if let previous = session.visibleIndices.last(where: { $0 < index }) {
            inner += "<a class=\"button\" href=\"\(c.href(Paths.question(link, id, previous + 1)))\">Vorige vraag</a>"
        }
        inner += "</div>"
        body += c.form(Paths.question(link, id, index + 1), inner)
        body += "<p><a href=\"\(c.href(Paths.review(link, id)))\">Bekijk al je antwoorden in dit thema</a></p>"
        return Layout.page(c, title: question.decl.text.text, body: body)
    }

    /// The controls for the question's kind, showing `current` (the stored answer) or what was
    /// `submitted` (a refused answer, shown again to correct). "Weet ik niet" and n.v.t. are
    /// answers of their own: a radio button or checkbox in a list, a checkbox beside a number or text.
    private static func controls(_ question: ResolvedQuestion, menu: AnswerMenu, current: AnswerValue?, shared: Bool,
                                 submitted: FormBody?) -> String {
        let h = Escape.html
        let field = SubmittedAnswer.field
        let sent = submitted?.all(field) ?? []
        func isChosen(_ item: AnswerChoice) -> Bool {
            if submitted != nil { return sent.contains(SubmittedAnswer.formValue(item)) }
            switch (current, item.value) {
            case (.options(let keys)?, .option(let key)): return keys.contains(key)
            case (let value?, let itemValue): return value == itemValue
            default: return false
            }
        }
        func box(_ name: String, _ value: AnswerValue, _ text: String) -> String {
            let checked = submitted.map { $0[name] != nil } ?? (current == value)
            return "<label class=\"choice\"><input type=\"checkbox\" name=\"\(name)\" value=\"ja\"\(checked ? " checked" : "")>\(h(text))</label>"
        }
        func boxes() -> String {
            var out = ""
            if let label = menu.dontKnow { out += box(SubmittedAnswer.dontKnowField, .dontKnow, label) }
            if let label = menu.notApplicable { out += box(SubmittedAnswer.notApplicableField, .notApplicable, "n.v.t. (\(label))") }
            return out
        }
        func input(_ type: String, _ item: AnswerChoice, scale: Bool) -> String {
            "<label class=\"choice\"><input type=\"\(type)\" name=\"\(field)\" value=\"\(h(SubmittedAnswer.formValue(item)))\"\(isChosen(item) ? " checked" : "")>\(h(label(item, scale: scale)))</label>"
        }
        switch question.kind ?? .reflection {
        case .multiple:
            return "<p class=\"muted\">\(h(multipleHint(menu)))</p>" + menu.items.map { input("checkbox", $0, scale: false) }.joined()
        case .choice, .yesNo, .likert:
            let isScale = if case .likert = question.kind { true } else { false }
            return menu.items.map { input("radio", $0, scale: isScale) }.joined()
        case .number:
            let value: String = if let submitted { submitted[field] ?? "" } else if case .number(let n)? = current { n.description } else { "" }
            guard let kind = menu.kind as? NumberKind else { return boxes() }
            let grid = kind.grid
            // Decimals need a keyboard with a comma or point; the label names the steps.
            let mode = grid.step.isWhole && grid.low.isWhole ? "numeric" : "decimal"
            var out = "<label for=\"getal\">Getal \(h(kind.rangeInWords))</label><br>"
            out += "<input id=\"getal\" type=\"number\" inputmode=\"\(mode)\" name=\"\(field)\" min=\"\(grid.low)\" max=\"\(grid.high)\" step=\"\(grid.step)\" value=\"\(h(value))\">"
            return out + boxes()
        case .reflection:
            let text: String = if let submitted { submitted[field] ?? "" } else if case .text(let t)? = current { t } else { "" }
            let shared = submitted.map { $0[SubmittedAnswer.shareField] == "ja" } ?? shared
            var out = "<label for=\"tekst\">Je antwoord</label><textarea id=\"tekst\" name=\"\(field)\" maxlength=\"\(TypedLine.maximumBytes)\">\(h(text))</textarea>"
            out += "<label class=\"choice\"><input type=\"checkbox\" name=\"\(SubmittedAnswer.shareField)\" value=\"ja\"\(shared ? " checked" : "")>Dit antwoord mag anoniem in een teamoverzicht staan (zonder je naam; collega’s kunnen je soms aan je woorden herkennen)</label>"
            return out + boxes()
        }
    }

    /// "Je kunt meer antwoorden kiezen", with the limits and the options chosen only alone.
    private static func multipleHint(_ menu: AnswerMenu) -> String {
        guard let kind = menu.kind as? MultipleKind else { return "Je kunt meer antwoorden kiezen." }
        var s = kind.limits.dutch.map { "Kies \($0) antwoorden." } ?? "Je kunt meer antwoorden kiezen."
        for o in kind.options where o.exclusive {
            s += " “\(o.label?.text ?? o.key.name)” kies je alleen."
        }
        if let dontKnow = menu.dontKnow { s += " “\(dontKnow)” kies je alleen." }
        if menu.notApplicable != nil { s += " n.v.t. kies je alleen." }
        return s
    }

    /// "b. Ik noem …" without the key, "4 · vaak" on a scale, "3" between the labelled ends.
    private static func label(_ item: AnswerChoice, scale: Bool) -> String {
        if item.value == .notApplicable { return "n.v.t. (\(item.label))" }
        if item.value == .dontKnow { return item.label }
        return scale && item.label != item.key ? "\(item.key) · \(item.label)" : item.label
    }
}
