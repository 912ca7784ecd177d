import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// Asks the questions of one theme, one at a time, with autosave after every answer, the
/// commands (:terug, :overslaan, :uitleg, :overzicht, :stop, :help), the review at the end and
/// the finish (score, snapshot, action plan).
struct ThemeRunner {
    let context: RunnerContext
    /// Text shown just before the theme's title and paged with it (the onboarding's welcome).
    var preface: String? = nil

    private var output: RunnerOutput { context.output }
    private var screen: QuestionScreen { QuestionScreen(output: context.output) }

    /// Runs the theme until it is finished; leaving early throws `RunnerStop`.
    func run(_ themeID: String) throws(RunnerStop) {
        var session = ThemeSession(questionnaire: context.questionnaire, theme: themeID, document: context.document)
        let title = session.theme.title.text
        if let done = session.record.completed {
            output.line()
            output.line("Je hebt \(output.bold(title)) al afgerond op \(DutchDate.long(done)).")
            output.line("  1  opnieuw doen (je vorige resultaat blijft bewaard)\n  2  overslaan")
            guard try Confirmation.ask(context, "Keuze: ") else { return }
            try keepPreviousResult(session.record, title: title)
            session.restart(at: context.now())
        }
        try introduce(session)
        var lastScenario: String? = nil
        var reviewNext = !session.resume()
        while true {
            if reviewNext || session.current == nil {
                switch try ReviewScreen(context: context).review(&session) {
                case .confirmed:
                    try ThemeFinish(context: context).finish(&session)
                    return
                case .continueQuestions:
                    _ = session.resume()
                    reviewNext = session.current == nil
                case .change(let index):
                    session.go(to: index)
                    lastScenario = nil
                    reviewNext = try ask(&session, fromReview: true, lastScenario: &lastScenario) == .review
                }
                continue
            }
            reviewNext = try ask(&session, fromReview: false, lastScenario: &lastScenario) == .review
        }
    }

    /// What comes after a question.
    private enum Next { case question, review }

    /// The theme's title and opening question, then, at the start of a theme, its knowledge
    /// text, paged at the terminal's height and skippable (`s`, `:verder`); when continuing,
    /// how far the teacher got.
    private func introduce(_ session: ThemeSession) throws(RunnerStop) {
        let (done, total) = session.doneCount
        var lines = preface.map { [$0] } ?? []
        lines += ["", output.bold("Thema: \(session.theme.title.text)")]
        if let opening = session.theme.opening?.text { lines.append(output.wrap(opening, indent: "", rest: "")) }
        if done > 0 {
            let extras = ThemeProgress.extras(session.extraDoneCount)
            lines.append(output.dim("Je gaat verder waar je was: \(done) van \(total) vragen gedaan\(extras)."))
            output.line(lines.joined(separator: "\n"))
            return
        }
        let interactive = context.input.isInteractive
        if let knowledge = session.theme.knowledge?.text {
            if interactive {
                lines.append(output.dim(output.wrap("Eerst de achtergrond bij dit thema. Enter leest verder; s of :verder "
                    + "slaat de rest over en gaat naar de vragen.", indent: "", rest: "")))
            }
            lines += ["", output.markdown(knowledge), ""]
        }
        lines.append(output.dim(output.wrap("Typ :uitleg voor de achtergrond bij een vraag en :help voor alle opdrachten.",
                                            indent: "", rest: "")))
        let last = interactive && session.theme.knowledge != nil ? "Enter om naar de vragen te gaan: " : nil
        try Pager(context: context).show(lines.joined(separator: "\n"), last: last, skipTo: "naar de vragen")
    }

    /// Asks the current question until it is answered, skipped or left, and moves the session
    /// on. A question changed from the review goes back to the review.
    private func ask(_ session: inout ThemeSession, fromReview: Bool, lastScenario: inout String?) throws(RunnerStop) -> Next {
        guard let index = session.current else { return .review }
        let question = session.questions[index]
        let menu = session.menu(question)
        let block = screen.block(question, menu: menu, theme: session.theme.title.text, progress: session.progress)
        if lastScenario != question.scenario, let scenario = context.questionnaire.scenarios.first(where: { $0.id.name == question.scenario }) {
            // A long situation is paged so that the question below it is seen with its end.
            try Pager(context: context).show(screen.scenario(scenario), reserve: Pager.rows(block, width: output.width) + 1, skipTo: "naar de vraag")
            lastScenario = question.scenario
        }
        output.write(block)
        let previous = session.answer(question)
        let completions = menu.completions + RunnerCommand.allSpellings
        while true {
            let text = try context.readChecked(prompt: screen.prompt(default: previous.map(menu.typed)), completions: completions)
            if let parsed = RunnerCommand.parse(text) {
                switch parsed {
                case .failure(let e): output.line(output.warning(e.message))
                case .success(.help): screen.showHelp()
                case .success(.explain): try explain(question, session)
                case .success(.stop): throw RunnerStop(outcome: .stopped)
                case .success(.review):
                    return .review
                case .success(.back):
                    if session.back() { return .question }
                    output.line(output.warning("Dit is de eerste vraag van dit thema."))
                case .success(.skip):
                    session.skip(at: context.now())
                    try commit(session)
                    output.line(output.dim("Overgeslagen."))
                    return moveOn(&session, fromReview)
                }
                continue
            }
            if text.isEmpty, previous != nil {
                return moveOn(&session, fromReview)
            }
            switch AnswerParser.parse(text, menu) {
            case .failure(let problem):
                output.line(output.warning(problem.message))
            case .success(let value):
                var share: Bool? = nil
                if case .text(let t) = value, !t.isEmpty { share = try askToShare() }
                session.record(value, at: context.now(), shareAnonymously: share)
                try commit(session)
                return moveOn(&session, fromReview)
            }
        }
    }

    /// Asks whether a reflection may be quoted, without a name, in a team report; no unless
    /// the teacher says yes.
    private func askToShare() throws(RunnerStop) -> Bool {
        output.line(output.dim("Een teamoverzicht citeert je eigen woorden alleen als jij dat goedvindt, zonder je naam."))
        while true {
            let text = try context.readChecked(prompt: "Mag dit antwoord anoniem in een teamoverzicht? (ja/nee) [nee]: ",
                                               completions: ["ja", "nee"]).lowercased()
            switch text {
            // 1 and 2 as at a yes/no question.
            case "ja", "j", "yes", "y", "1": return true
            case "", "nee", "n", "no", "2": return false
            default: output.line(output.warning("Typ ja of nee; Enter betekent nee."))
            }
        }
    }

    private func moveOn(_ session: inout ThemeSession, _ fromReview: Bool) -> Next {
        if fromReview { return .review }
        return session.advance() == nil ? .review : .question
    }

    /// `:uitleg`: why the question matters, then the theme's knowledge text, paged; then the
    /// question again, so the answer is given with it in view.
    private func explain(_ question: ResolvedQuestion, _ session: ThemeSession) throws(RunnerStop) {
        var lines = [""]
        if let why = question.decl.why?.text {
            lines.append(output.bold("Waarom deze vraag?"))
            lines.append(output.markdown(why, indent: "  "))
        }
        if let knowledge = session.theme.knowledge?.text {
            lines += ["", output.bold("Achtergrond: \(session.theme.title.text)")]
            lines.append(output.markdown(knowledge, indent: "  "))
        }
        if let source = session.theme.source?.text { lines.append(output.dim("  Bron: \(source)")) }
        let again = screen.block(question, menu: session.menu(question), theme: session.theme.title.text, progress: session.progress)
        try Pager(context: context).show(lines.joined(separator: "\n"), reserve: Pager.rows(again, width: output.width) + 1, skipTo: "naar de vraag")
        output.write(again)
    }

    /// Before a redo: makes sure the finished theme's answers are in a result file, writing one
    /// now if they are not (a session from before results were written first, or one whose result
    /// file was removed). A redo that would lose them is refused.
    private func keepPreviousResult(_ record: ThemeResult, title: String) throws(RunnerStop) {
        guard let done = record.completed, !context.store.hasSnapshot(of: record, questionnaireID: context.document.questionnaire.id) else { return }
        do {
            try context.store.snapshot(context.document, at: done)
        } catch {
            throw RunnerStop(outcome: .failed(WijzerError(.cannotSave, "Je vorige resultaat van \(title) staat nog nergens anders dan in je sessie, "
                + "en het kon niet apart worden bewaard: \(error.message). Daarom begint Wijzer het thema niet opnieuw; "
                + "je antwoorden blijven staan.")))
        }
    }

    /// Takes the session's document as the context's and saves it (the autosave).
    private func commit(_ session: ThemeSession) throws(RunnerStop) {
        context.document = session.document
        context.unsaved = true
        try context.save()
    }
}

/// A yes/no choice typed as 1/2 or ja/nee.
enum Confirmation {
    static func ask(_ context: RunnerContext, _ prompt: String) throws(RunnerStop) -> Bool {
        while true {
            let text = try context.readChecked(prompt: prompt, completions: ["ja", "nee"]).lowercased()
            switch text {
            case "1", "ja", "j", "yes", "y": return true
            case "2", "nee", "n", "no": return false
            default:
                if case .success(.stop)? = RunnerCommand.parse(text) { throw RunnerStop(outcome: .stopped) }
                context.output.line(context.output.warning("Typ 1 (ja) of 2 (nee)."))
            }
        }
    }
}
