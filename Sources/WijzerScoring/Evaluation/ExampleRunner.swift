import Foundation
import WijzerLanguage

/// Runs the examples written beside a questionnaire (`wijzer test`).
public enum ExampleRunner {
    /// The outcome of one example.
    public struct Outcome: Sendable {
        public var example: String
        public var passed: Bool
    }

    /// The answers an example gives, keyed by full question id.
    public static func answers(of example: ResolvedExample) -> Answers {
        var answers: Answers = [:]
        for a in example.answers { answers[a.question] = a.value }
        return answers
    }

    /// What a teacher who gave the example's answers would get: the themes the example answers
    /// are run as the runner runs them (answers recorded, each theme completed in order, which
    /// drops answers to questions their `show-if` hides) and evaluated as the plan evaluates
    /// them. Questions of themes the example does not touch are not part of the run, so their
    /// `when ... is skipped` rules do not fire.
    public static func evaluation(of example: ResolvedExample, in questionnaire: Questionnaire) -> Evaluation {
        let stamp = QuestionnaireStamp(id: questionnaire.id, version: questionnaire.version, contentHash: "")
        let date = Date(timeIntervalSince1970: 0)
        var document = ResultDocument(questionnaire: stamp, now: date)
        var themes: Set<String> = []
        for a in example.answers {
            guard let question = questionnaire.question(a.question) else { continue }
            themes.insert(question.theme)
            switch a.value {
            case let value?: ResultBuilder.record(value, for: question, in: &document, at: date)
            case nil: ResultBuilder.skip(question, in: &document, at: date)
            }
        }
        for theme in questionnaire.themes where themes.contains(theme.id.name) {
            ResultBuilder.complete(theme: theme.id.name, in: &document, questionnaire: questionnaire, at: date)
        }
        return Scorer.evaluate(questionnaire, document.answers, themes: themes)
    }

    /// Runs every example of `result`'s questionnaire, reporting each failed expectation at the
    /// place it is written.
    public static func run(_ questionnaire: Questionnaire, diagnostics: inout DiagnosticEngine) -> [Outcome] {
        questionnaire.examples.map { example in
            let before = diagnostics.diagnostics.count
            let evaluation = evaluation(of: example, in: questionnaire)
            let name = "voorbeeld `\(example.id.name)`"
            for tip in example.decl.expectedTips where evaluation.tip(tip.name) == nil {
                diagnostics.error(.exampleTipMissing, "\(name): tip `\(tip.name)` wordt verwacht, maar deze antwoorden kiezen hem niet", at: tip.span)
            }
            for tip in example.decl.forbiddenTips {
                if let triggered = evaluation.tip(tip.name) {
                    let by = triggered.reasons.map { "`\($0.question)`" }.joined(separator: ", ")
                    diagnostics.error(.exampleTipUnwanted, "\(name): tip `\(tip.name)` mag niet volgen, maar wordt gekozen door \(by)", at: tip.span)
                }
            }
            for range in example.decl.scoreRanges {
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
