/// The checks that only read the model: questions, tips and examples.
extension Validator {
    /// Checks every question (kinds, options, effects; resolves and type-checks conditions),
    /// warns about questions without effect, then checks every tip and every example. The
    /// resolved conditions and example answers go into `model`; the syntax is left as parsed.
    mutating func checkQuestionsTipsAndExamples(_ model: inout Questionnaire, _ d: inout DiagnosticEngine) {
        let outcome = resolveConditions(model, &d)
        var referenced = [Bool](repeating: false, count: model.questions.count)
        for i in outcome.referenced { referenced[i] = true }
        if lint { checkEffectiveness(model, referenced: referenced, &d) }
        checkTips(model, &d)
        let triggers = resolveScoreTriggers(model, &d)
        let examples = resolveExamples(model, &d)

        for (i, resolved) in outcome.conditions.enumerated() {
            model.questions[i].showIf = resolved.showIf
            model.questions[i].rules = resolved.rules
        }
        model.reindex()  // the questions by theme hold copies of the questions changed above
        model.scoreTriggers = triggers
        for (e, answers) in examples.enumerated() {
            model.examples[e].answers = answers
        }
        checkHiddenExampleAnswers(model, &d)
    }
}
