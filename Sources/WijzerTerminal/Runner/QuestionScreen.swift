import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// How one question looks: the scenario (when it changes), the progress line with a bar, the
/// question, its numbered answers, and the prompt.
struct QuestionScreen {
    let output: RunnerOutput

    /// "Lesgeven · vraag 4 van 11  ██████░░░░░░░░░░░░░░".
    func progressLine(theme: String, position: Int, total: Int) -> String {
        let cells = 20
        let filled = total == 0 ? 0 : min(cells, (position - 1) * cells / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return "\(theme) · vraag \(position) van \(total)  \(output.accent(bar))"
    }

    /// The scenario's title and situation.
    func showScenario(_ scenario: ScenarioDecl) {
        output.line()
        output.line(output.bold("Situatie: \(scenario.title.text)"))
        if let situation = scenario.situation?.text {
            output.line(output.markdown(situation, indent: "  "))
        }
    }

    /// The progress line, the question and what can be answered.
    func show(_ question: ResolvedQuestion, theme: String, progress: (position: Int, total: Int)) {
        let menu = AnswerMenu(question.decl)
        output.line()
        output.line(output.dim(progressLine(theme: theme, position: progress.position, total: progress.total)))
        output.line(output.bold(output.wrap(question.decl.text.text, indent: "", rest: "")))
        for item in menu.items {
            let number = item.number.map { String($0) } ?? item.key
            let pad = String(repeating: " ", count: max(0, 3 - number.count))
            // One key per option: the number; letters are still accepted when typed.
            var label = item.label
            // A scale point without a label of its own (labels at the ends only): its number.
            if label == number {
                output.line("  \(pad)\(output.accent(number))")
                continue
            }
            if item.value == .notApplicable { label = "n.v.t.: " + label.prefix(1).lowercased() + label.dropFirst() }
            output.line(output.wrap(label, indent: "  \(pad)\(output.accent(number))  ", rest: "       "))
        }
        output.line(output.dim(hint(menu)))
    }

    /// What to type, in one line.
    func hint(_ menu: AnswerMenu) -> String {
        menu.hint
    }

    /// "Antwoord: " or, with an earlier answer kept as default, "Antwoord [b]: ".
    func prompt(default value: String?) -> String {
        guard let value else { return "Antwoord: " }
        let shown = value.count > 30 ? String(value.prefix(29)) + "…" : value
        return "Antwoord [\(shown)]: "
    }

    /// `:help`: the commands.
    func showHelp() {
        output.line()
        output.line(output.bold("Opdrachten (typ ze in plaats van een antwoord):"))
        for c in RunnerCommand.allCases {
            let name = c.name.padding(toLength: 12, withPad: " ", startingAt: 0)
            output.line("  \(name)\(c.summary)  \(output.dim("(ook " + c.aliases[0] + ")"))")
        }
        output.line("  Enter       houdt het antwoord tussen [ ] als je eerder al antwoordde")
        output.line("  Ctrl-D      opslaan en stoppen; Ctrl-C stopt meteen (ook opgeslagen)")
    }
}
