/// A `question` inside a scenario.
public struct QuestionDecl: Sendable, Hashable {
    public var id: Identifier
    public var text: TextValue
    public var why: TextValue?
    public var showIf: Expr?
    public var kind: QuestionKind?
    public var kindSpan: Span = .none
    /// Where a number question's high end and `step` value are written, for diagnostics.
    public var highSpan: Span = .none
    public var stepSpan: Span = .none
    public var notApplicable: TextValue?
    /// `dont-know "Weet ik niet"`: the label of the answer "I do not know".
    public var dontKnow: TextValue?
    public var scales: [ScaleScore] = []
    /// `weight N`: the question counts at most N points in each dimension it scores, however
    /// wide its own range (nil: its range as it is).
    public var weight: Int?
    public var weightSpan: Span = .none
    public var rules: [Rule] = []
    /// `shuffle` after `choice` or `multiple`: each respondent sees the options in an order of
    /// their own (`AnswerMenu.init(_:id:respondent:)`), so position gives no answer away.
    public var shuffle: Bool = false
}

/// What kind of answer a question takes.
public enum QuestionKind: Sendable, Hashable {
    case choice([AnswerOption])
    case multiple([AnswerOption], limits: SelectionLimits = SelectionLimits())
    case likert(low: Int, high: Int, labels: [TextValue])
    /// `number LOW..HIGH [step STEP] [unit "..."]`; `step` as written, or the smallest decimal the
    /// ends are written with (`0.0..10.0`: 0.1); nil for whole ends without `step` (steps of 1).
    case number(low: DecimalNumber, high: DecimalNumber, step: DecimalNumber?, unit: TextValue?)
    case yesNo([AnswerOption])
    case reflection

    /// The answers a number question or a scale takes; nil for other kinds.
    public var grid: NumberGrid? {
        switch self {
        case .likert(let low, let high, _): NumberGrid(low: DecimalNumber(low), high: DecimalNumber(high), step: 1)
        case .number(let low, let high, let step, _):
            NumberGrid(low: low, high: high, step: step ?? NumberGrid.defaultStep(low: low, high: high))
        default: nil
        }
    }

    /// The options of a choice, multiple-choice or yes/no question.
    public var options: [AnswerOption] {
        switch self {
        case .choice(let o), .multiple(let o, _), .yesNo(let o): o
        default: []
        }
    }
}

/// An answer option with the effects of choosing it.
public struct AnswerOption: Sendable, Hashable {
    public var key: Identifier
    public var label: TextValue?
    public var effects: [Effect] = []
    /// `exclusive`: on a multiple-choice question, chosen only on its own ("none of these").
    public var exclusive = false

    public init(key: Identifier, label: TextValue?, effects: [Effect] = [], exclusive: Bool = false) {
        self.key = key
        self.label = label
        self.effects = effects
        self.exclusive = exclusive
    }
}

/// What an answer does for the plan.
public enum Effect: Sendable, Hashable {
    case score(dimension: Identifier, points: Int)
    case tip(Identifier, weight: Int)
    case strength(TextValue)
}

/// `score DIM scale [reverse]`: the answer's place in the range gives points.
public struct ScaleScore: Sendable, Hashable {
    public var dimension: Identifier
    public var reverse: Bool
}

/// `when EXPR` with effects that apply when it holds.
public struct Rule: Sendable, Hashable {
    public var condition: Expr
    public var effects: [Effect]
    /// Where the `when` line is; not part of equality.
    public var span: Span = .none
}
