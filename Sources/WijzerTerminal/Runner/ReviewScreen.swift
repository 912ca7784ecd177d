import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// The review of a theme's answers (`:overzicht`, and at the end of a theme): every visible
/// question with its answer; pick one by number to change it, or confirm.
struct ReviewScreen {
    let context: RunnerContext

    enum Choice: Equatable {
        /// The teacher confirmed the answers: finish the theme.
        case confirmed
        /// Change the answer to the question at this index of `session.questions`.
        case change(Int)
        /// Open questions remain: go on asking them.
        case continueQuestions
    }

    func review(_ session: inout ThemeSession) throws(RunnerStop) -> Choice {
        let output = context.output
        let visible = session.visibleIndices
        output.line()
        output.line(output.bold("Overzicht: \(session.theme.title.text)"))
        for (n, index) in visible.enumerated() {
            let question = session.questions[index]
            let menu = AnswerMenu(question.decl)
            let answer: String
            if let value = session.answer(question) {
                answer = menu.describe(value)
            } else if session.isSkipped(question) {
                answer = output.dim("(overgeslagen)")
            } else {
                answer = output.warning("(nog niet beantwoord)")
            }
            let number = String(n + 1).padding(toLength: 3, withPad: " ", startingAt: 0)
            output.line(output.wrap(question.decl.text.text, indent: "  \(output.accent(number)) ", rest: "      "))
            output.line(output.wrap(answer, indent: "      → ", rest: "        "))
        }
        let open = session.firstOpen != nil
        output.line()
        if open {
            output.line("Er \(session.openCount == 1 ? "is nog 1 vraag" : "zijn nog \(session.openCount) vragen") open.")
            output.line("Typ het nummer van een vraag om je antwoord te wijzigen, of Enter om verder te gaan.")
        } else {
            output.line(output.wrap("Klopt alles? Typ 1 (ja) om het thema af te ronden, of 2 (nee) om een antwoord te wijzigen; "
                + "je kiest dan de vraag.", indent: "", rest: ""))
        }
        while true {
            let text = try context.readChecked(prompt: open ? "Keuze: " : "Afronden? ", completions: ["ja", "nee"] + RunnerCommand.allSpellings).lowercased()
            if let command = RunnerCommand.parse(text) {
                switch command {
                case .success(.stop): throw RunnerStop(outcome: .stopped)
                case .success(.back):
                    if let last = visible.last { return .change(last) }
                case .success(.help):
                    QuestionScreen(output: output).showHelp()
                case .success(.review):
                    return try review(&session)
                case .success(.skip), .success(.explain):
                    output.line(output.warning("Dat kan hier niet: kies eerst een vraag."))
                case .failure(let e):
                    output.line(output.warning(e.message))
                }
                continue
            }
            if open {
                if text.isEmpty { return .continueQuestions }
                let digits = text.hasPrefix("w") ? String(text.dropFirst()) : text
                if let index = pick(digits, visible) { return .change(index) }
                output.line(output.warning("Typ een nummer van 1 tot \(visible.count), of Enter om verder te gaan."))
                continue
            }
            switch text {
            case "1", "ja", "j", "yes", "y": return .confirmed
            case "2", "nee", "n", "no":
                let which = try context.readChecked(prompt: "Welke vraag wil je wijzigen (nummer)? ")
                if let index = pick(which, visible) { return .change(index) }
                output.line(output.warning("Typ een nummer van 1 tot \(visible.count)."))
            default:
                if text.hasPrefix("w"), let index = pick(String(text.dropFirst()), visible) { return .change(index) }
                output.line(output.warning(output.wrap("Typ 1 om af te ronden, of 2 om een antwoord te wijzigen.", indent: "", rest: "")))
            }
        }
    }

    /// The question numbered `typed` (1-based) in `visible`, if there is one.
    private func pick(_ typed: String, _ visible: [Int]) -> Int? {
        Int(typed).flatMap { visible.indices.contains($0 - 1) ? visible[$0 - 1] : nil }
    }
}
