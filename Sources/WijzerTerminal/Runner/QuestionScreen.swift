import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// How one question looks: the scenario (when it changes), the progress line with a bar, the
/// question, its numbered answers, and the prompt.
struct QuestionScreen {
    let output: RunnerOutput

    /// "Lesgeven · vraag 4 van 11  ██████░░░░", or for a question shown because of an earlier
    /// answer "Lesgeven · extra vraag, na 4 van 11": counted by `ThemeProgress`, so the total
    /// never changes during a run. The bar shrinks to fit a narrow window.
    func progressLine(theme: String, place: ThemeProgress.Place) -> String {
        let text = "\(theme) · \(place.label)"
        let (done, total) = (place.done, place.total)
        let cells = min(20, output.width - TextLayout.visibleWidth(text) - 2)
        guard cells >= 5 else { return text }
        let filled = total == 0 ? 0 : min(cells, done * cells / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return "\(text)  \(output.accent(bar))"
    }

    /// The scenario's title and situation, laid out (after a blank line).
    func scenario(_ scenario: ScenarioDecl) -> String {
        var lines = ["", output.bold("Situatie: \(scenario.title.text)")]
        if let situation = scenario.situation?.text { lines.append(output.markdown(situation, indent: "  ")) }
        return lines.joined(separator: "\n")
    }

    /// The question as shown, laid out: a blank line, the progress line, the question, its
    /// answers and the hint, each line ending in a line break.
    func block(_ question: ResolvedQuestion, menu: AnswerMenu, theme: String, progress: ThemeProgress.Place) -> String {
        var lines = [""]
        lines.append(output.dim(progressLine(theme: theme, place: progress)))
        lines.append(output.bold(output.wrap(question.decl.text.text, indent: "", rest: "")))
        for item in menu.items {
            let number = item.number.map { String($0) } ?? item.key
            let pad = String(repeating: " ", count: max(0, 3 - number.count))
            // One key per option: the number; letters are still accepted when typed.
            var label = item.label
            // A scale point without a label of its own (labels at the ends only): its number.
            if label == number {
                lines.append("  \(pad)\(output.accent(number))")
                continue
            }
            if item.value == .notApplicable { label = "n.v.t.: " + label.prefix(1).lowercased() + label.dropFirst() }
            lines.append(output.wrap(label, indent: "  \(pad)\(output.accent(number))  ", rest: "       "))
        }
        lines.append(output.dim(hint(menu)))
        return lines.joined(separator: "\n") + "\n"
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
