import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports
import WijzerStorage

/// The end of a theme: score it, save the session, write the snapshot for the team leader's
/// collection and the action plan, and say what came out.
struct ThemeFinish {
    let context: RunnerContext

    /// The result file is written before the session marks the theme as done: a theme counts as
    /// done only once its result is durable, so a later redo never wipes answers that exist
    /// nowhere else. When the result cannot be written, the theme stays open (answers kept).
    func finish(_ session: inout ThemeSession) throws(RunnerStop) {
        let output = context.output
        let date = context.now()
        var done = session
        done.complete(at: date)
        let snapshot: String
        do {
            snapshot = try context.store.snapshot(done.document, at: date)
        } catch {
            throw RunnerStop(outcome: .failed(WijzerError(.cannotSave, "Het resultaat kon niet worden bewaard: \(error.message). "
                + "Je antwoorden zijn wel bewaard; het thema is nog niet afgerond. \(context.resumeHint)")))
        }
        session = done
        context.document = session.document
        context.unsaved = true
        try context.save()
        let record = session.record
        output.line()
        output.line(output.good(output.bold("Thema \(session.theme.title.text) afgerond.")))
        if let position = position(of: session) {
            let path = PlanPosition.allCases.map { $0 == position ? output.bold($0.label) : $0.label }.joined(separator: " → ")
            output.line(output.wrap("Waar je staat: \(path). \(position.meaning(context.questionnaire.about))", indent: "", rest: ""))
        }
        for strength in record.strengths.prefix(3) {
            output.line(output.wrap(strength.text, indent: "  + ", rest: "    "))
        }
        if !record.tips.isEmpty {
            output.line("Tips voor jou:")
            // The three weightiest, in the plan's order: a tip after the ones it builds on.
            for id in context.questionnaire.inGuideOrder(record.tips.prefix(3).map(\.tip)) {
                let title = context.questionnaire.tip(id)?.title.text ?? id
                output.line(output.wrap(title, indent: "  → ", rest: "    "))
            }
        }
        output.line(output.dim("Resultaat bewaard: \(snapshot)"))
        try writePlan(result: snapshot)
    }

    /// The place on the plan's path, counted exactly as the plan counts it: no grade-like
    /// number, and nothing on fewer than half the questions.
    private func position(of session: ThemeSession) -> PlanPosition? {
        let score = Scorer.evaluate(context.questionnaire, session.document.answers, themes: [session.themeID])
            .theme(session.themeID)
        return score.flatMap { PlanPosition(score: $0.score, answered: $0.answered, total: $0.total) }
    }

    /// Writes the action plan for everything finished so far and prints where it is. A plan
    /// that cannot be written whole ends the run (exit 4); answers and result are saved by then.
    func writePlan(result: String? = nil) throws(RunnerStop) {
        let output = context.output
        do {
            let paths = try PlanWriter.write(context.document, questionnaire: context.questionnaire, folder: context.planFolder)
            output.line("Je actieplan:")
            for path in paths { output.line("  \(path)") }
        } catch {
            let again = result.map { " Maak het later opnieuw met: wijzer plan \($0)" } ?? ""
            throw RunnerStop(outcome: .failed(WijzerError(.cannotSave, "Je actieplan kon niet worden geschreven: \(error.message). "
                + "Je antwoorden en je resultaat zijn wel bewaard.\(again)")))
        }
    }
}
