/// `number LOW..HIGH [unit "..."]`: a whole number typed freely.
public struct NumberKind: AnswerKind {
    public var low: Int
    public var high: Int
    public var unit: String?

    public var name: String { "getalvraag" }
    public var choices: [AnswerChoice] { [] }
    public var operand: ConditionOperand { .number(low: low, high: high) }
    public var fingerprint: String { "number:\(low)..\(high)" }

    public func accepts(_ value: AnswerValue) -> Bool { inRange(value, low, high) }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        if let n = Int(text), (low ... high).contains(n) { return .success(.number(n)) }
        return problem(menu)
    }

    public func hint(_ menu: AnswerMenu) -> String {
        "Typ een getal van \(low) tot \(high)\(unit.map { " (\($0))" } ?? "")\(menu.notApplicable.map { ", of n.v.t. (\($0))" } ?? "")."
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        "Typ een heel getal van \(low) tot \(high)\(Self.orNotApplicable(menu))."
    }

    public func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String {
        if case .number(let n) = value, let unit { return UnitNoun.counted(n, unit) }
        return menu.describeGenerically(value)
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        scaleContributions(answer, low: low, high: high, scales: scales)
    }

    public func candidates(comparedWith numbers: [Int]) -> [AnswerValue] {
        rangeCandidates(low: low, high: high, comparedWith: numbers)
    }
}
