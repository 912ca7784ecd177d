/// A condition over answers as written, for `show-if` and `when`; the resolver turns it into a
/// `Condition` that names every question by its full id.
public indirect enum Expr: Sendable, Hashable {
    case and([Expr])
    case or([Expr])
    case not(Expr)
    case compare(QuestionRef, CompareOperator, Literal)
    case member(QuestionRef, [Literal])
    case has(QuestionRef, Identifier)
    case state(QuestionRef, AnswerState)
    /// `score feedback < 40`: a dimension's or theme's score (0-100); only in a tip's `when`.
    case score(Identifier, CompareOperator, Literal)
    /// A named condition (`condition NAME: ...`), used by its name.
    case named(Identifier)
}

/// A comparison operator.
public enum CompareOperator: String, Sendable, Hashable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

extension CompareOperator {
    /// Whether `value op limit` holds.
    func holds<T: Comparable>(_ value: T, _ limit: T) -> Bool {
        switch self {
        case .equal: value == limit
        case .notEqual: value != limit
        case .less: value < limit
        case .lessEqual: value <= limit
        case .greater: value > limit
        case .greaterEqual: value >= limit
        }
    }

    /// For a word, which is either equal or not: `=` and `!=` hold accordingly, `<` and the
    /// other orderings never.
    func holds(equal: Bool) -> Bool {
        switch self {
        case .equal: equal
        case .notEqual: !equal
        default: false
        }
    }
}

/// `is answered` or `is skipped`.
public enum AnswerState: String, Sendable, Hashable {
    case answered, skipped
    case dontKnow = "dont-know"
}

/// A value in a condition: a number or a word (option key, `ja`, `nee`, `nvt`).
public enum Literal: Sendable, Hashable {
    case number(DecimalNumber, Span)
    case word(Identifier)

    public var span: Span {
        switch self {
        case .number(_, let s): s
        case .word(let w): w.span
        }
    }
}

/// A reference to a question: `answer`, `name` or `scenario.name`.
public struct QuestionRef: Sendable, Hashable {
    public var scenario: Identifier?
    /// The question's short name; `answer` for the current question.
    public var name: Identifier
    public var isCurrentAnswer: Bool
    public var span: Span

    public var written: String { scenario.map { "\($0.name).\(name.name)" } ?? name.name }
}
