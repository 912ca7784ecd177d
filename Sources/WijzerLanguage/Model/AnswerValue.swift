/// A teacher's answer to one question. A skipped question has no answer at all.
public enum AnswerValue: Sendable, Hashable {
    case option(String)
    case options([String])
    case number(Int)
    case text(String)
    /// "n.v.t. / weet ik niet".
    case notApplicable
}

/// Answers by full question id.
public typealias Answers = [String: AnswerValue]

extension Expr {
    /// Whether the condition holds for `answers`; `current` is the question `answer` stands for.
    public func evaluate(_ answers: Answers) -> Bool {
        evaluate { answers[$0] }
    }

    /// Whether the condition holds, with each question's answer given by `answer(id)`.
    func evaluate(_ answer: (String) -> AnswerValue?) -> Bool {
        switch self {
        case .and(let xs): return xs.allSatisfy { $0.evaluate(answer) }
        case .or(let xs): return xs.contains { $0.evaluate(answer) }
        case .not(let x): return !x.evaluate(answer)
        case .compare(let ref, let op, let literal):
            guard let id = ref.resolved, let a = answer(id) else { return false }
            return Self.compare(a, op, literal)
        case .member(let ref, let literals):
            guard let id = ref.resolved, let a = answer(id) else { return false }
            if case .options(let keys) = a {
                return literals.contains { if case .word(let w) = $0 { keys.contains(w.name) } else { false } }
            }
            return literals.contains { Self.compare(a, .equal, $0) }
        case .has(let ref, let key):
            guard let id = ref.resolved, case .options(let keys)? = answer(id) else { return false }
            return keys.contains(key.name)
        case .state(let ref, let state):
            let a = ref.resolved.flatMap(answer)
            switch state {
            case .answered: return a != nil && a != .notApplicable
            case .skipped: return a == nil
            }
        }
    }

    private static func compare(_ a: AnswerValue, _ op: CompareOperator, _ literal: Literal) -> Bool {
        switch literal {
        case .word(let w):
            let equal: Bool
            if w.name == "nvt" {
                equal = a == .notApplicable
            } else if case .option(let k) = a {
                equal = k == w.name
            } else {
                equal = false
            }
            return op.holds(equal: equal)
        case .number(let n, _):
            guard case .number(let v) = a else { return false }
            return op.holds(v, n)
        }
    }
}
