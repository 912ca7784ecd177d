/// Finds tips that no combination of answers can trigger, and conditions that can never hold.
///
/// Every condition only looks at a few questions with small answer domains (options, a scale,
/// or a number range in which only the values next to the compared constants matter), so the
/// check simply tries every combination, up to a cap; beyond the cap it assumes "possible".
/// A `show-if` and a `when` that look at different questions are searched apart (both must be
/// possible), so the cap applies to each of them, not to their product.
extension Validator {
    static let combinationCap = 20_000

    func checkReachability(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        let result = Self.reachability(model)
        for span in result.impossible {
            d.warning(.unsatisfiableCondition, "deze voorwaarde kan met geen enkel antwoord waar zijn, dus de gevolgen eronder gebeuren nooit", at: span)
        }
        // A tip with a `when` on scores is left to that condition (scores are not searched).
        for t in model.tips.indices where !result.reachable.contains(model.tips[t].id.name) && model.tips[t].triggers.isEmpty {
            let id = model.tips[t].id
            let why = result.referenced.contains(id.name)
                ? "de voorwaarden waaronder hij genoemd wordt kunnen nooit waar zijn"
                : "geen antwoord verwijst ernaar met `tip \(id.name)`"
            d.warning(.unreachableTip, "tip `\(id.name)` kan door geen enkel antwoord gekozen worden: \(why)", at: id.span)
        }
    }

    /// What the search found.
    private struct Reachability {
        /// Tips some answers trigger, and tips named at all.
        var reachable: Set<String> = []
        var referenced: Set<String> = []
        /// Conditions that can never hold, in question order.
        var impossible: [Span] = []
    }

    /// Which tips the answers can trigger, and which conditions can never hold.
    private static func reachability(_ model: Questionnaire) -> Reachability {
        var result = Reachability()
        for question in model.questions {
            let id = question.id
            let guardExpr = question.showIf.map { [$0] } ?? []
            // A `show-if` cannot look at its own question (that is an error), so whether it
            // can hold is the same for every option: worked out once, and only when needed.
            var guardHolds: Bool? = guardExpr.isEmpty ? true : nil
            let selfReferring = !guardExpr.isEmpty && Self.refers(guardExpr[0], to: id)
            if let kind = question.kind {
                for option in kind.options {
                    var hasTip = false
                    var allReachable = true
                    for case .tip(let tip, _) in option.effects {
                        hasTip = true
                        result.referenced.insert(tip.name)
                        if !result.reachable.contains(tip.name) { allReachable = false }
                    }
                    // Nothing to learn when every tip it names is already known to be reachable.
                    guard hasTip && !allReachable else { continue }
                    let holds: Bool
                    if selfReferring {
                        let chosen: AnswerValue = if case .options = kind.answerKind.operand { .options([option.key.name]) } else { .option(option.key.name) }
                        holds = SatisfiabilitySearch.satisfiable(guardExpr, fixed: (id, chosen), model)
                    } else {
                        if guardHolds == nil { guardHolds = SatisfiabilitySearch.satisfiable(guardExpr, fixed: nil, model) }
                        holds = guardHolds!
                    }
                    if holds { for case .tip(let tip, _) in option.effects { result.reachable.insert(tip.name) } }
                }
            }
            for rule in question.rules {
                for case .tip(let tip, _) in rule.effects { result.referenced.insert(tip.name) }
                let holds: Bool
                if !guardExpr.isEmpty && !Self.sharesQuestions(guardExpr[0], rule.condition) {
                    // Independent questions: both must be possible, each on its own.
                    if guardHolds == nil { guardHolds = SatisfiabilitySearch.satisfiable(guardExpr, fixed: nil, model) }
                    holds = guardHolds! && SatisfiabilitySearch.satisfiable([rule.condition], fixed: nil, model)
                } else {
                    holds = SatisfiabilitySearch.satisfiable(guardExpr + [rule.condition], fixed: nil, model)
                }
                if holds {
                    for case .tip(let tip, _) in rule.effects { result.reachable.insert(tip.name) }
                } else {
                    result.impossible.append(rule.span)
                }
            }
        }
        return result
    }

    /// Whether `a` and `b` look at a question in common.
    private static func sharesQuestions(_ a: Condition, _ b: Condition) -> Bool {
        let seen = a.questions
        return b.questions.contains { seen.contains($0) }
    }

    /// Whether `condition` looks at question `id`.
    private static func refers(_ condition: Condition, to id: String) -> Bool {
        condition.questions.contains(id)
    }
}
