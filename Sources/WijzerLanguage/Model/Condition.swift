/// A `show-if` or `when` condition as the resolver leaves it: every question named by its full
/// id (`scenario.question`), nil where the written name points at no question (the checker
/// reports that). The syntax it comes from, `Expr`, is left as the parser made it.
public indirect enum Condition: Sendable, Hashable {
    case and([Condition])
    case or([Condition])
    case not(Condition)
    case compare(question: String?, CompareOperator, Value)
    case member(question: String?, [Value])
    case has(question: String?, option: String)
    case state(question: String?, AnswerState)
    /// A dimension's or theme's score compared with a number; false without a score.
    case score(target: String, CompareOperator, Int)

    /// A value a condition compares an answer with: a number, or a word (an option key, `ja`,
    /// `nee`, or `nvt` for the n.v.t. answer).
    public enum Value: Sendable, Hashable {
        case number(DecimalNumber)
        case word(String)
    }

    /// Whether the condition holds for `answers`: the one evaluator of conditions, used by the
    /// scorer, the runner, `wijzer test` and the checker's search for conditions that can hold.
    /// A skipped question (no answer) compares false and `is skipped` holds for it.
    /// `scores` are the dimension and theme scores by id, for the `score` tests of tips.
    public func evaluate(_ answers: Answers, scores: [String: Int] = [:]) -> Bool {
        switch self {
        case .and(let xs): return xs.allSatisfy { $0.evaluate(answers, scores: scores) }
        case .or(let xs): return xs.contains { $0.evaluate(answers, scores: scores) }
        case .not(let x): return !x.evaluate(answers, scores: scores)
        case .score(let target, let op, let n):
            guard let score = scores[target] else { return false }
            return op.holds(score, n)
        case .compare(let id, let op, let value):
            guard let a = id.flatMap({ answers[$0] }) else { return false }
            return Self.compare(a, op, value)
        case .member(let id, let values):
            guard let a = id.flatMap({ answers[$0] }) else { return false }
            if case .options(let keys) = a {
                return values.contains { if case .word(let w) = $0 { keys.contains(w) } else { false } }
            }
            return values.contains { Self.compare(a, .equal, $0) }
        case .has(let id, let key):
            guard case .options(let keys)? = id.flatMap({ answers[$0] }) else { return false }
            return keys.contains(key)
        case .state(let id, let state):
            let a = id.flatMap { answers[$0] }
            switch state {
            case .answered: return a != nil && a != .notApplicable && a != .dontKnow
            case .skipped: return a == nil
            case .dontKnow: return a == .dontKnow
            }
        }
    }

    private static func compare(_ a: AnswerValue, _ op: CompareOperator, _ value: Value) -> Bool {
        switch value {
        case .word(let w):
            let equal: Bool = if w == "nvt" {
                a == .notApplicable
            } else if w == "dont-know" {
                a == .dontKnow
            } else if case .option(let k) = a {
                k == w
            } else {
                false
            }
            return op.holds(equal: equal)
        case .number(let n):
            guard case .number(let v) = a else { return false }
            return op.holds(v, n)
        }
    }

    /// Calls `body` with every test in the condition: the question it looks at and the values it
    /// compares that question with.
    public func forEachTest(_ body: (String?, [Value]) -> Void) {
        switch self {
        case .and(let xs), .or(let xs): for x in xs { x.forEachTest(body) }
        case .not(let x): x.forEachTest(body)
        case .compare(let id, _, let v): body(id, [v])
        case .member(let id, let vs): body(id, vs)
        case .has(let id, _), .state(let id, _): body(id, [])
        case .score: break
        }
    }

    /// The questions the condition looks at, in order of first use.
    public var questions: [String] {
        var ids: [String] = []
        forEachTest { id, _ in if let id, !ids.contains(id) { ids.append(id) } }
        return ids
    }
}

extension Condition.Value {
    /// The value a literal of the syntax stands for.
    init(_ literal: Literal) {
        switch literal {
        case .number(let n, _): self = .number(n)
        case .word(let w): self = .word(w.name)
        }
    }
}

extension Condition {
    /// All of `conditions`: nil for none, the one itself, or their `and`.
    public static func all(_ conditions: [Condition]) -> Condition? {
        conditions.count <= 1 ? conditions.first : .and(conditions)
    }
}
