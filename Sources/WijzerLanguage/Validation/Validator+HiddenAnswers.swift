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
        guard d.errorCount == 0, !model.examples.isEmpty else { return }
        // Each theme's questions once: a large set has hundreds of examples.
        let byTheme = Dictionary(grouping: model.questions, by: \.theme)
        for example in model.examples {
            var answers: Answers = [:]
            var written: [String: Span] = [:]
            for a in example.answers {
                guard let value = a.value else { continue }
                answers[a.question] = value
                written[a.question] = a.span
            }
            let themes = Set(example.answers.compactMap { model.question($0.question)?.theme })
            for theme in model.themes where themes.contains(theme.id.name) {
                for id in Questionnaire.hidden(byTheme[theme.id.name] ?? [], answers: answers).sorted() {
                    guard let span = written[id], let question = model.question(id) else { continue }
                    answers[id] = nil
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
