/// `number LOW..HIGH [step STEP] [unit "..."]`: a number typed freely, whole or with decimals
/// (`7,5` or `7.5`), on the grid of its steps.
public struct NumberKind: AnswerKind {
    public var grid: NumberGrid
    public var unit: String?

    public init(grid: NumberGrid, unit: String?) {
        self.grid = grid
        self.unit = unit
    }

    /// At most this many steps with a `step` or decimals: each step is a line in a team report.
    public static let maximumSteps = 10_000

    public var low: DecimalNumber { grid.low }
    public var high: DecimalNumber { grid.high }
    /// Whether the question takes decimals or a step other than 1: then hints name the steps.
    public var hasSteps: Bool { grid.step != 1 }

    public var name: String { "getalvraag" }
    public var choices: [AnswerChoice] { [] }
    public var operand: ConditionOperand { .number(grid) }
    // Whole numbers in steps of 1 keep the fingerprint they always had, so their answers still count.
    public var fingerprint: String { "number:\(low)..\(high)" + (hasSteps ? ":\(grid.step)" : "") }

    public func accepts(_ value: AnswerValue) -> Bool { inRange(value, grid) }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        guard let n = DecimalNumber(text), n >= low, n <= high else { return problem(menu) }
        guard grid.isOnGrid(n) else {
            let nearest = grid.nearest(n).map(\.dutch).joined(separator: " of ")
            return .failure(AnswerProblem(message: "\(n.dutch) kan niet: deze vraag gaat in stappen van \(grid.step.dutch). Bedoel je \(nearest)?"))
        }
        return .success(.number(n))
    }

    /// "van 0 tot 10 in stappen van 0,5 (uur)": the range as the hint and the browser say it.
    public var rangeInWords: String {
        "van \(low.dutch) tot \(high.dutch)" + (hasSteps ? " in stappen van \(grid.step.dutch)" : "") + (unit.map { " (\($0))" } ?? "")
    }

    public func hint(_ menu: AnswerMenu) -> String {
        "Typ een getal \(rangeInWords)\(menu.notApplicable.map { ", of n.v.t. (\($0))" } ?? "")."
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        let what = grid.step.isWhole && low.isWhole ? "een heel getal" : "een getal"
        return "Typ \(what) van \(low.dutch) tot \(high.dutch)" + (hasSteps ? " in stappen van \(grid.step.dutch)" : "") + "\(Self.orNotApplicable(menu))."
    }

    public func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String {
        if case .number(let n) = value, let unit { return UnitNoun.counted(n, unit) }
        if case .number(let n) = value { return n.dutch }
        return menu.describeGenerically(value)
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        scaleContributions(answer, grid, scales: scales)
    }

    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
        rangeCandidates(grid, comparedWith: numbers)
    }
}
