/// `likert LOW..HIGH "label" ...`: a point on a scale, typed as its number or label. Two
/// labels on a longer scale name its ends only.
public struct LikertKind: AnswerKind {
    public var low: Int
    public var high: Int
    /// Labels of the points from `low` up; points past the last label show their number.
    public var labels: [String]

    public var name: String { "schaalvraag" }
    public var operand: ConditionOperand { .number(grid) }
    private var grid: NumberGrid { NumberGrid(low: DecimalNumber(low), high: DecimalNumber(high), step: 1) }
    public var fingerprint: String { "likert:\(low)..\(high):" + labels.joined(separator: "\u{2}") }

    /// Whether the two labels name the ends of a scale of more than two points.
    public var labelsEndsOnly: Bool { labels.count == 2 && high - low > 1 }

    public var choices: [AnswerChoice] {
        (low ... max(low, high)).enumerated().map { i, v in
            let label: String = if labelsEndsOnly {
                v == low ? labels[0] : v == high ? labels[1] : String(v)
            } else {
                i < labels.count ? labels[i] : String(v)
            }
            return AnswerChoice(number: v, key: String(v), label: label, value: .number(DecimalNumber(v)))
        }
    }

    /// "4 (vaak)"; a point without a label of its own reads as its number alone.
    public func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String {
        if case .number(let n) = value, menu.items.first(where: { $0.value == value })?.label == n.description { return n.description }
        return menu.describeGenerically(value)
    }

    public func accepts(_ value: AnswerValue) -> Bool { inRange(value, grid) }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        if let n = Int(text) { return (low ... high).contains(n) ? .success(.number(DecimalNumber(n))) : problem(menu) }
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
        scaleContributions(answer, grid, scales: scales)
    }

    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
        rangeCandidates(grid, comparedWith: numbers)
    }
}
