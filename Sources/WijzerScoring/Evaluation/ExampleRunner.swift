import WijzerLanguage

/// Runs the examples written beside a questionnaire (`wijzer test`).
public enum ExampleRunner {
    /// The outcome of one example.
    public struct Outcome: Sendable {
        public var example: String
        public var passed: Bool
    }

    /// The answers an example gives, keyed by full question id.
    public static func answers(of example: ExampleDecl) -> Answers {
        var answers: Answers = [:]
        for a in example.answers {
            guard let id = a.question.resolved else { continue }
            switch a.value {
            case .word(let w): answers[id] = .option(w.name)
            case .number(let n, _): answers[id] = .number(n)
            case .text(let t): answers[id] = .text(t.text)
            case .list(let keys, _): answers[id] = .options(keys.map(\.name))
            case .notApplicable: answers[id] = .notApplicable
            case .skip: answers[id] = nil
            }
        }
        return answers
    }

    /// Runs every example of `result`'s questionnaire, reporting each failed expectation at the
    /// place it is written.
    public static func run(_ questionnaire: Questionnaire, diagnostics: inout DiagnosticEngine) -> [Outcome] {
        questionnaire.examples.map { example in
            let before = diagnostics.diagnostics.count
            let evaluation = Scorer.evaluate(questionnaire, answers(of: example))
            let name = "voorbeeld `\(example.id.name)`"
            for tip in example.expectedTips where evaluation.tip(tip.name) == nil {
                diagnostics.error(.exampleTipMissing, "\(name): tip `\(tip.name)` wordt verwacht, maar deze antwoorden kiezen hem niet", at: tip.span)
            }
            for tip in example.forbiddenTips {
                if let triggered = evaluation.tip(tip.name) {
                    let by = triggered.reasons.map { "`\($0.question)`" }.joined(separator: ", ")
                    diagnostics.error(.exampleTipUnwanted, "\(name): tip `\(tip.name)` mag niet volgen, maar wordt gekozen door \(by)", at: tip.span)
                }
            }
            for range in example.scoreRanges {
                let score = evaluation.theme(range.target.name)?.score ?? evaluation.dimension(range.target.name)?.score
                guard let score else {
                    diagnostics.error(.exampleNoScore, "\(name): `\(range.target.name)` heeft geen score: geen beantwoorde vraag telt mee", at: range.span)
                    continue
                }
                if score < range.low || score > range.high {
                    diagnostics.error(.exampleScoreOutOfRange, "\(name): score van `\(range.target.name)` is \(score), verwacht tussen \(range.low) en \(range.high)", at: range.span)
                }
            }
            return Outcome(example: example.id.name, passed: diagnostics.diagnostics.count == before)
        }
    }
}
