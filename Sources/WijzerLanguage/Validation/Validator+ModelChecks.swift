/// The checks that only read the model: questions, tips and examples.
extension Validator {
    /// Checks every question (kinds, options, effects; resolves and type-checks conditions),
    /// warns about questions without effect, then checks every tip and every example. The
    /// corrected conditions and the examples' question ids are written back to `model`.
    mutating func checkQuestionsTipsAndExamples(_ model: inout Questionnaire, _ d: inout DiagnosticEngine) {
        let outcome = resolveConditions(model, &d)
        var referenced = [Bool](repeating: false, count: model.questions.count)
        for i in outcome.referenced { referenced[i] = true }
        if lint { checkEffectiveness(model, referenced: referenced, &d) }
        checkTips(model, &d)
        let examples = resolveExamples(model, &d)

        for change in outcome.changes {
            if let rule = change.rule {
                model.questions[change.question].decl.rules[rule].condition = change.expr
            } else {
                model.questions[change.question].decl.showIf = change.expr
            }
        }
        for r in examples {
            model.examples[r.example].answers[r.answer].question.resolved = r.question
        }
    }
}
