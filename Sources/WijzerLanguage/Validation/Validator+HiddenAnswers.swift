/// Finds example answers to questions that the example's own answers hide.
extension Validator {
    /// Reports every answer of an example that completing its themes would drop, because the
    /// question's `show-if` (or its scenario's) does not hold for the example's answers. Themes
    /// are completed in the set's order, as `ExampleRunner` and the runner complete them, so an
    /// answer dropped in one theme counts as absent in the next.
    ///
    /// Only a set without errors is checked: a condition with a mistake in it would hide
    /// questions for that mistake's sake, and one cause gives one finding.
    func checkHiddenExampleAnswers(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        guard d.errorCount == 0 else { return }
        for example in model.examples {
            var answers: Answers = [:]
            // The answered questions (their index in the set) by theme, in the order written.
            var answered: [String: [(index: Int, span: Span)]] = [:]
            for a in example.answers {
                guard let value = a.value, let index = model.questionIndex[a.question] else { continue }
                answers[a.question] = value
                answered[model.questions[index].theme, default: []].append((index, a.span))
            }
            // Themes in the set's order; within one, every question is judged on the same
            // answers before any is dropped, as completing a theme does. Only answered
            // questions can be reported, so only they are looked at.
            for (_, inTheme) in answered.sorted(by: { (model.themeIndex[$0.key] ?? 0) < (model.themeIndex[$1.key] ?? 0) }) {
                let hidden = inTheme.filter { model.questions[$0.index].isHidden(by: answers) }
                for (index, _) in hidden { answers[model.questions[index].id] = nil }
                for (index, span) in hidden {
                    let question = model.questions[index]
                    let id = question.id
                    var notes: [Diagnostic.Note] = []
                    if let own = question.decl.showIf {
                        notes.append(.init("de vraag wordt alleen getoond als dit waar is", at: own.span))
                    }
                    if let shared = model.scenarios.first(where: { $0.id.name == question.scenario })?.showIf {
                        notes.append(.init("het scenario wordt alleen getoond als dit waar is", at: shared.span))
                    }
                    d.error(.exampleHiddenAnswer,
                            "voorbeeld `\(example.id.name)` beantwoordt vraag `\(id)`, maar die wordt bij de andere antwoorden van dit voorbeeld niet getoond, dus dit antwoord telt niet mee; pas de andere antwoorden aan of haal dit antwoord weg",
                            at: span, notes: notes)
                }
            }
        }
    }
}
