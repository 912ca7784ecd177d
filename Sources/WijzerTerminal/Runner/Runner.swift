import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// The interactive runner: the start screen, chosen themes, or the onboarding path. Every
/// answer is saved as it is given; the outcome says how the run ended, for the exit status.
public struct Runner {
    public let context: RunnerContext

    public init(context: RunnerContext) { self.context = context }

    /// `wijzer` / `wijzer start`: the start screen.
    public func home() -> RunnerOutcome {
        guarded { () throws(RunnerStop) in try HomeScreen(context: context).run() }
    }

    /// `wijzer start THEMA...`: these themes, one after another.
    public func start(themes: [String]) -> RunnerOutcome {
        guarded { () throws(RunnerStop) in
            for theme in themes { try ThemeRunner(context: context).run(theme) }
        }
    }

    /// `wijzer onboarding`: every theme in the guide's order, knowledge text first, then the
    /// action plan.
    public func onboarding() -> RunnerOutcome {
        guarded { () throws(RunnerStop) in
            let output = context.output
            // The welcome is paged with the first theme's introduction: one text, one screenful at a time.
            let intro = context.questionnaire.about.intro.map { output.wrap($0, indent: "", rest: "") + "\n" } ?? ""
            var welcome: String? = output.bold("Kennismaking met Wijzer") + "\n" + intro
                + output.wrap("Je doorloopt \(SetDescription.themes(context.questionnaire.themes.count)) van \(context.questionnaire.title) in de volgorde van \(context.questionnaire.about.guideName), "
                + "te beginnen met \(context.questionnaire.themes.first?.title.text ?? "het eerste thema"). Elk thema begint met "
                + "de achtergrond en daarna een paar situaties met vragen. Je kunt altijd stoppen met :stop; "
                + "je gaat later verder waar je was.", indent: "", rest: "")
            // Themes finished before: named once, under the welcome.
            for theme in context.questionnaire.themes {
                let state = ThemeState.of(theme.id.name, in: context.document, questionnaire: context.questionnaire)
                guard case .completed = state else { continue }
                if let text = welcome { output.line(text) }
                welcome = nil
                output.line(output.dim("\(theme.title.text): \(state.label)."))
            }
            while let next = GuidedPath.next(in: context.document, questionnaire: context.questionnaire) {
                try ThemeRunner(context: context, preface: welcome).run(next.theme.id.name)
                welcome = nil
                guard let following = GuidedPath.next(in: context.document, questionnaire: context.questionnaire) else { break }
                // A theme runs until it is finished or the teacher stops (a throw); should one come
                // back unfinished, stop rather than run it again and again.
                guard following.theme.id != next.theme.id else { throw RunnerStop(outcome: .stopped) }
                output.line()
                output.line("Door naar het volgende thema, \(output.bold(following.theme.title.text))?")
                output.line("  1  ja\n  2  nee, ik ga later verder")
                guard try Confirmation.ask(context, "Keuze: ") else { throw RunnerStop(outcome: .stopped) }
            }
            output.line()
            output.line(output.good(output.bold("Je hebt alle thema's gedaan.")))
            try ThemeFinish(context: context).writePlan()
        }
    }

    /// Runs `body`, turning the ways of leaving into an outcome, and saves whatever is unsaved.
    private func guarded(_ body: () throws(RunnerStop) -> Void) -> RunnerOutcome {
        var outcome = RunnerOutcome.finished
        do {
            try body()
        } catch {
            outcome = error.outcome
        }
        if case .failed = outcome {
            farewell(outcome)
            return outcome
        }
        do {
            try context.saveIfNeeded()
        } catch {
            outcome = error.outcome
        }
        farewell(outcome)
        return outcome
    }

    /// The last words: what was saved and how to continue.
    private func farewell(_ outcome: RunnerOutcome) {
        let output = context.output
        let saved = "Je antwoorden zijn bewaard (\(context.answerCount) \(context.answerCount == 1 ? "antwoord" : "antwoorden"))."
        switch outcome {
        case .finished:
            break
        case .stopped:
            output.line()
            output.line("Gestopt. \(saved) \(context.resumeHint)")
        case .endOfInput:
            if context.input.isInteractive {
                output.line("Gestopt. \(saved) \(context.resumeHint)")
            } else {
                output.notice("wijzer: de invoer hield op voordat alles beantwoord was. \(saved) \(context.resumeHint)")
            }
        case .signal(let s):
            let why = s == 2 ? "Onderbroken (Ctrl-C)" : "Gestopt door een signaal (\(s))"
            output.notice("\(why). \(saved) \(context.resumeHint)")
        case .failed:
            break  // rendered with every other error, where the command ends
        }
    }
}
