/// `reflection`: the teacher's own words, quoted in the plan; never scored.
public struct ReflectionKind: AnswerKind {
    public var name: String { "reflectievraag" }
    public var choices: [AnswerChoice] { [] }
    public var operand: ConditionOperand { .none }
    public var fingerprint: String { "reflection" }

    public func accepts(_ value: AnswerValue) -> Bool {
        if case .text = value { true } else { false }
    }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        .success(.text(text))
    }

    public func hint(_ menu: AnswerMenu) -> String {
        "Typ je antwoord op één regel\(menu.notApplicable.map { ", of n.v.t. (\($0))" } ?? "")."
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        "Typ je antwoord op één regel\(Self.orNotApplicable(menu))."
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] { [:] }

    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] { [.text("")] }
}
