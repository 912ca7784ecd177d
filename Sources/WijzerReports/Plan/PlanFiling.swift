import WijzerLanguage
import WijzerScoring

/// Turns triggered tips into plan actions: which theme each is filed under, why it was
/// triggered (question and answer), and whether it only deepens a strength.
struct PlanFiling {
    /// A tip triggered with at most this weight counts as weak: one hesitant answer, not a pattern.
    static let weakWeight = 2

    let questionnaire: Questionnaire
    let evaluation: Evaluation
    let answers: Answers
    let runThemes: Set<String>

    /// The theme a tip is filed under: its own when that theme was part of this run (so no tip
    /// vanishes), otherwise the run's theme of its heaviest reason (so no plan names a theme
    /// the teacher did not do).
    func home(of tipID: String) -> String? {
        if let own = questionnaire.tip(tipID)?.theme?.name, runThemes.contains(own) { return own }
        let reasons = evaluation.tip(tipID)?.reasons.sorted { $0.weight > $1.weight } ?? []
        return reasons.lazy.compactMap { questionnaire.question($0.question)?.theme }.first { runThemes.contains($0) }
    }

    func action(_ triggered: TriggeredTip) -> ActionPlan.Action? {
        let q = questionnaire
        guard let tip = q.tip(triggered.tip) else { return nil }
        let reasons = triggered.reasons.sorted { $0.weight > $1.weight }.compactMap(reason)
        return ActionPlan.Action(
            id: tip.id.name, title: tip.title.text, text: tip.text?.text ?? "",
            steps: tip.steps.map(\.text), timeframe: tip.customTimeframe?.text ?? tip.timeframe?.label ?? Timeframe.thisSchoolYear.label,
            notice: tip.notice?.text ?? q.about.defaultNotice,
            resources: tip.resources, source: tip.source?.text,
            themeTitle: home(of: tip.id.name).flatMap { q.theme($0)?.title.text } ?? "",
            weight: triggered.weight, reasons: reasons, deepens: deepenedStrength(triggered))
    }

    /// `actions` in guide order, each after the tips it names with `after`
    /// (`Questionnaire.inGuideOrder`).
    func inGuideOrder(_ actions: [ActionPlan.Action]) -> [ActionPlan.Action] {
        questionnaire.inGuideOrder(actions.map(\.id)).compactMap { id in actions.first { $0.id == id } }
    }

    private func reason(_ r: TipReason) -> ActionPlan.Reason? {
        guard let question = questionnaire.question(r.question) else { return nil }
        let answer = answers[r.question].map { value in
            // "nee: Nee, hem zou ik …" reads twice; a yes/no answer is quoted by its label alone.
            if case .yesNo(let options)? = question.kind, case .option(let key) = value,
               let label = options.first(where: { $0.key.name == key })?.label?.text {
                return label
            }
            return AnswerMenu(question.decl).describe(value)
        } ?? "geen antwoord"
        return ActionPlan.Reason(question: Self.withoutInstruction(question.decl.text.text), answer: answer)
    }

    /// A strength named in the same scenario as the answers behind a weakly triggered tip: the
    /// teacher already does this well, so the tip is a way to go deeper, not a gap.
    private func deepenedStrength(_ triggered: TriggeredTip) -> String? {
        guard triggered.weight <= Self.weakWeight else { return nil }
        let scenarios = Set(triggered.reasons.compactMap { questionnaire.question($0.question)?.scenario })
        return evaluation.strengths.first { s in
            questionnaire.question(s.question).map { scenarios.contains($0.scenario) } ?? false
        }?.text
    }

    /// "Hoeveel …? (Vul 5 in bij vijf of meer.)" → "Hoeveel …?": the instruction is for answering,
    /// not for quoting.
    static func withoutInstruction(_ question: String) -> String {
        guard question.hasSuffix(")"), let open = question.lastIndex(of: "("), open > question.startIndex else { return question }
        let before = question[..<open].trimmingCharacters(in: .whitespaces)
        return before.isEmpty ? question : String(before)
    }
}
