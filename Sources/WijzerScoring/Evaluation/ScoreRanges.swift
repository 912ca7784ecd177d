import WijzerLanguage

/// What one answered question contributes to each dimension: points earned and the lowest and
/// highest points any answer could have earned.
public enum ScoreRanges {
    /// The kind's own contribution (`AnswerKind.contributions`), with the range widened by the
    /// points of the question's `when` rules (0 or their points; the caller adds what a rule
    /// that holds earns). Empty for a skipped, n.v.t. or "weet ik niet" answer.
    public static func contributions(of question: ResolvedQuestion, answer: AnswerValue?) -> [String: ScoreContribution] {
        guard let answer, answer != .notApplicable, answer != .dontKnow, let kind = question.kind else { return [:] }
        var result = kind.answerKind.contributions(answer, scales: question.decl.scales)
        for rule in question.decl.rules {
            for case .score(let d, let n) in rule.effects {
                var c = result[d.name] ?? ScoreContribution(earned: 0, lowest: 0, highest: 0)
                if n < 0 { c.lowest += n } else { c.highest += n }
                result[d.name] = c
            }
        }
        return result
    }
}
