/// Resolves the `when` lines of tips: conditions on dimension and theme scores (and answers).
extension Validator {
    mutating func resolveScoreTriggers(_ model: Questionnaire, _ d: inout DiagnosticEngine) -> [String: [(condition: Condition, weight: Int)]] {
        var result: [String: [(condition: Condition, weight: Int)]] = [:]
        guard !model.questions.isEmpty, model.tips.contains(where: { !$0.triggers.isEmpty }) else { return result }
        let hasDuplicates = model.questionIndex.count < model.questions.count
        var resolver = ConditionResolver(questions: model.questions, model: model, hasDuplicates: hasDuplicates, names: names)
        resolver.allowsScores = true
        resolver.named = namedConditions
        for tip in model.tips {
            for trigger in tip.triggers {
                // Every question comes before a tip: it may look at any of them.
                let condition = resolver.resolve(trigger.condition, position: max(0, model.questions.count - 1), allowCurrent: true, &d)
                if trigger.weight < 1 || trigger.weight > 100 { d.error(.badWeight, "een gewicht ligt tussen 1 en 100, niet \(trigger.weight)", at: tip.id.span) }
                result[tip.id.name, default: []].append((condition, trigger.weight))
            }
        }
        names = resolver.names
        return result
    }
}
