import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// `wijzer` on a terminal (and `wijzer start` without themes): a short welcome, the themes with
/// their state, and the choice to continue or pick one.
struct HomeScreen {
    let context: RunnerContext

    /// Shows the menu and runs chosen themes until the teacher leaves.
    func run() throws(RunnerStop) {
        let output = context.output
        output.line(output.bold("Welkom bij Wijzer\(context.document.name.map { ", \($0)" } ?? "")."))
        output.line(output.wrap(context.questionnaire.about.welcome(title: context.questionnaire.title, themeCount: context.questionnaire.themes.count), indent: "", rest: ""))
        while true {
            let suggestion = suggested()
            showThemes()
            if let suggestion {
                let title = context.questionnaire.theme(suggestion)?.title.text ?? suggestion
                output.line(output.dim("Enter = \(isStarted(suggestion) ? "verder met" : "beginnen met") \(title). Of typ een nummer of de naam van een thema; :stop om te stoppen."))
            } else {
                output.line(output.dim("Alle thema's zijn klaar. Typ een nummer om een thema opnieuw te doen, of :stop."))
            }
            let text: String
            do {
                text = try context.readChecked(prompt: "Keuze: ", completions: context.questionnaire.themes.map(\.id.name) + RunnerCommand.allSpellings)
            } catch {
                // Leaving the menu loses nothing: every answer is already saved.
                if error.outcome == .endOfInput { throw RunnerStop(outcome: .finished) }
                throw error
            }
            if let command = RunnerCommand.parse(text) {
                switch command {
                case .success(.stop): throw RunnerStop(outcome: .finished)
                case .success(.help):
                    output.line("Kies een thema met het nummer of de naam; Enter neemt de suggestie. :stop stopt.")
                case .success:
                    output.line(output.warning("Kies eerst een thema."))
                case .failure(let e): output.line(output.warning(e.message))
                }
                continue
            }
            let theme: String
            if text.isEmpty {
                guard let suggestion else { throw RunnerStop(outcome: .finished) }
                theme = suggestion
            } else {
                switch ThemeLookup.find(text, in: context.questionnaire) {
                case .success(let id): theme = id
                case .failure(let problem):
                    output.line(output.warning(problem.message))
                    continue
                }
            }
            try ThemeRunner(context: context).run(theme)
            output.line()
        }
    }

    private func showThemes() {
        let output = context.output
        output.line()
        let width = context.questionnaire.themes.map(\.title.text.count).max() ?? 10
        for (n, theme) in context.questionnaire.themes.enumerated() {
            let state = ThemeState.of(theme.id.name, in: context.document, questionnaire: context.questionnaire)
            let title = theme.title.text.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            let label: String
            switch state {
            case .new: label = output.dim(state.label)
            case .inProgress: label = output.warning(state.label)
            case .completed: label = output.good(state.label)
            }
            output.line("  \(output.accent(String(n + 1)))  \(title)\(label)")
        }
    }

    private func isStarted(_ theme: String) -> Bool {
        if case .inProgress = ThemeState.of(theme, in: context.document, questionnaire: context.questionnaire) { return true }
        return false
    }

    /// The theme to continue: the first in progress, else the first new one in the recommended order.
    private func suggested() -> String? {
        GuidedPath.next(in: context.document, questionnaire: context.questionnaire)?.theme.id.name
    }
}
