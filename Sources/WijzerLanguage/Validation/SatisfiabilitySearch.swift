/// Whether some answers make a set of conditions true: tries every combination of the answers
/// worth trying for the questions they look at, and evaluates with the one evaluator,
/// `Condition.evaluate`.
///
/// The answers worth trying come from each question's kind (`AnswerKind.candidates`): its
/// options (for a multiple-choice question every subset of up to six options, else none, all
/// and each one alone), the ends of a range and the values next to each number a condition
/// compares with; plus skipped, and n.v.t. when the question has that answer. Past
/// `Validator.combinationCap` combinations the search gives up and says "possible".
enum SatisfiabilitySearch {
    /// Whether some answers make every expression true (with `fixed` answered as given).
    static func satisfiable(_ conditions: [Condition], fixed: (id: String, value: AnswerValue)?, _ model: Questionnaire) -> Bool {
        if conditions.isEmpty { return true }
        var ids: [String] = []
        var numbers: [String: [DecimalNumber]] = [:]
        for c in conditions { collect(c, into: &ids, numbers: &numbers) }
        var domains: [[AnswerValue?]] = []
        var total = 1
        for id in ids {
            if let fixed, fixed.id == id {
                domains.append([fixed.value])
                continue
            }
            // A reference to no question (reported elsewhere): assume the condition can hold.
            guard let question = model.question(id), let kind = question.kind else { return true }
            var domain: [AnswerValue?] = [nil]
            if question.decl.notApplicable != nil { domain.append(.notApplicable) }
            if question.decl.dontKnow != nil { domain.append(.dontKnow) }
            domain += kind.answerKind.candidates(comparedWith: numbers[id] ?? []).map { $0 }
            total *= domain.count
            if total > Validator.combinationCap { return true }
            domains.append(domain)
        }
        var answers: Answers = [:]
        return search(ids, domains, 0, &answers) { answers in conditions.allSatisfy { $0.evaluate(answers) } }
    }

    /// Tries every answer of question `k` and, for each, every combination of the ones after it.
    private static func search(_ ids: [String], _ domains: [[AnswerValue?]], _ k: Int, _ answers: inout Answers,
                               _ holds: (Answers) -> Bool) -> Bool {
        if k == ids.count { return holds(answers) }
        for value in domains[k] {
            answers[ids[k]] = value
            if search(ids, domains, k + 1, &answers, holds) { return true }
        }
        answers[ids[k]] = nil
        return false
    }

    /// The questions `condition` looks at, in order of first use, and the numbers it compares
    /// each with.
    private static func collect(_ condition: Condition, into ids: inout [String], numbers: inout [String: [DecimalNumber]]) {
        condition.forEachTest { id, values in
            guard let id else { return }
            if !ids.contains(id) { ids.append(id) }
            for case .number(let n) in values { numbers[id, default: []].append(n) }
        }
    }
}
