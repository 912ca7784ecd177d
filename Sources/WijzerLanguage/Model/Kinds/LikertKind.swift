/// `likert LOW..HIGH "label" ...`: a point on a scale, typed as its number or label.
public struct LikertKind: AnswerKind {
    public var low: Int
    public var high: Int
    /// Labels of the points from `low` up; points past the last label show their number.
    public var labels: [String]

    public var name: String { "schaalvraag" }
    public var operand: ConditionOperand { .number(low: low, high: high) }
    public var fingerprint: String { "likert:\(low)..\(high):" + labels.joined(separator: "\u{2}") }

    public var choices: [AnswerChoice] {
        (low ... max(low, high)).enumerated().map { i, v in
            AnswerChoice(number: v, key: String(v), label: i < labels.count ? labels[i] : String(v), value: .number(v))
        }
    }

    public func accepts(_ value: AnswerValue) -> Bool { inRange(value, low, high) }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        if let n = Int(text) { return (low ... high).contains(n) ? .success(.number(n)) : problem(menu) }
        return menu.choice(labelled: text).map { .success($0.value) } ?? problem(menu)
    }

    public func hint(_ menu: AnswerMenu) -> String {
        "Typ een getal van \(low) tot \(high) of het begin van een omschrijving."
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        let words = labels.isEmpty ? "" : " of het begin van een omschrijving (\(labels.first!) … \(labels.last!))"
        return "Typ een getal van \(low) tot \(high)\(words)\(Self.orNotApplicable(menu))."
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        scaleContributions(answer, low: low, high: high, scales: scales)
    }

    public func candidates(comparedWith numbers: [Int]) -> [AnswerValue] {
        rangeCandidates(low: low, high: high, comparedWith: numbers)
    }
}
