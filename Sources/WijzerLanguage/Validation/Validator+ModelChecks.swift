/// The checks that only read the model (questions, tips, examples).
extension Validator {
    /// Checks every question (kinds, options, effects; resolves and type-checks conditions),
    /// then warns about questions without effect, then checks every tip and every example; the
    /// corrected conditions and the examples' question ids are written back to `model`.
    func checkQuestionsTipsAndExamples(_ model: inout Questionnaire, _ d: inout DiagnosticEngine) {
        let count = model.questions.count
        let questions = resolveConditions(model, questions: 0..<count, &d)
        var referenced = [Bool](repeating: false, count: count)
        for i in questions.referenced { referenced[i] = true }
        if lint { checkEffectiveness(model, referenced: referenced, &d) }
        checkTips(model, &d)
        let examples = resolveExamples(model, &d)

        for change in questions.changes {
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
