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

extension Expr {
    /// Where the condition is written, from its first name to its last value (parentheses
    /// around the whole are not kept), for notes that point at it.
    public var span: Span {
        func from(_ a: Span, to b: Span) -> Span { Span(file: a.file, start: a.start, end: max(a.end, b.end)) }
        switch self {
        case .and(let parts), .or(let parts):
            guard let first = parts.first, let last = parts.last else { return Span(file: -1, start: 0, end: 0) }
            return from(first.span, to: last.span)
        case .not(let inner): return inner.span
        case .compare(let ref, _, let value): return from(ref.span, to: value.span)
        case .member(let ref, let values): return from(ref.span, to: values.last?.span ?? ref.span)
        case .has(let ref, let key): return from(ref.span, to: key.span)
        case .state(let ref, _): return ref.span
        case .score(let target, _, let value): return from(target.span, to: value.span)
        case .named(let name): return name.span
        }
    }
}
