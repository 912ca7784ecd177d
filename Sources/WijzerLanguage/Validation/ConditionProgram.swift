/// Conditions compiled for the reachability search: a postfix program over small answer codes.
///
/// The search tries every combination of answers for the few questions a condition looks at,
/// often tens of times per condition. Evaluating the `Expr` tree with `Answers` for each try
/// meant hashing strings and retaining the tree's nodes every time; a program of plain values
/// over integer-coded answers does the same test without either. Its meaning is exactly that
/// of `Expr.evaluate` (see `AnswerValue.swift`); `ConditionProgramTests` checks the two agree.
struct ConditionProgram {
    /// An answer as a code: what kind, and an option index, a bit set of options or a number.
    struct Code: Equatable {
        enum Kind: UInt8 { case skipped, notApplicable, option, options, number, text }
        var kind: Kind
        var value: Int = 0

        static let skipped = Code(kind: .skipped)
    }

    /// A word in a condition: the index of the option key it names (-1: none) and whether it is
    /// `nvt`, which `=` and `!=` read as "answered n.v.t." whatever the options are.
    struct Word {
        var index: Int
        var isNVT: Bool
    }

    enum Literal {
        case word(Word)
        case number(Int)
    }

    enum Step {
        case compare(slot: Int, CompareOperator, Literal)
        /// `in [...]`: the literals are `literals[start..<start + count]`.
        case member(slot: Int, start: Int, count: Int)
        case has(slot: Int, Word)
        case state(slot: Int, AnswerState)
        case and(Int)
        case or(Int)
        case not
    }

    /// A question the program looks at: its id, its place in the model and its options.
    struct Slot {
        var id: String
        var question: Int?
        /// The options of a choice or multiple-choice question (a yes/no question has `ja`, `nee`).
        var options: [AnswerOption]
        var yesNo: Bool

        /// The index of option `key` (its first, if written twice), or nil.
        func index(of key: String) -> Int? {
            if yesNo { return key == "ja" ? 0 : key == "nee" ? 1 : nil }
            return options.firstIndex { $0.key.name == key }
        }

        var optionCount: Int { yesNo ? 2 : options.count }
    }

    private(set) var steps: [Step] = []
    private(set) var literals: [Literal] = []
    private(set) var slots: [Slot] = []
    /// The numbers each slot is compared with, as (slot, number).
    private(set) var numbers: [(slot: Int, value: Int)] = []

    init() {}

    /// Compiles the conjunction of `exprs`; nil when a multiple-choice question has more options
    /// than a bit set holds (64 or more; the search then assumes the condition can hold).
    init?(_ exprs: [Expr], _ model: Questionnaire) {
        guard load(exprs, model) else { return nil }
    }

    /// Compiles the conjunction of `exprs` in place of the program held, keeping the arrays'
    /// storage (the reachability search compiles thousands of small conditions); false when a
    /// multiple-choice question has 64 or more options.
    mutating func load(_ exprs: [Expr], _ model: Questionnaire) -> Bool {
        steps.removeAll(keepingCapacity: true)
        literals.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        for e in exprs { guard compile(e, model) else { return false } }
        if exprs.count > 1 { steps.append(.and(exprs.count)) }
        return true
    }

    private mutating func compile(_ e: Expr, _ model: Questionnaire) -> Bool {
        switch e {
        case .and(let xs), .or(let xs):
            for x in xs { guard compile(x, model) else { return false } }
            if case .and = e { steps.append(.and(xs.count)) } else { steps.append(.or(xs.count)) }
        case .not(let x):
            guard compile(x, model) else { return false }
            steps.append(.not)
        case .compare(let r, let op, let literal):
            guard let s = slot(r, model) else { return false }
            steps.append(.compare(slot: s, op, code(literal, s)))
            if case .number(let n, _) = literal, s >= 0 { numbers.append((s, n)) }
        case .member(let r, let list):
            guard let s = slot(r, model) else { return false }
            steps.append(.member(slot: s, start: literals.count, count: list.count))
            for literal in list {
                literals.append(code(literal, s))
                if case .number(let n, _) = literal, s >= 0 { numbers.append((s, n)) }
            }
        case .has(let r, let key):
            guard let s = slot(r, model) else { return false }
            steps.append(.has(slot: s, word(key.name, s)))
        case .state(let r, let state):
            guard let s = slot(r, model) else { return false }
            steps.append(.state(slot: s, state))
        }
        return true
    }

    /// The slot of a reference (-1 for an unresolved one, which is never answered).
    private mutating func slot(_ r: QuestionRef, _ model: Questionnaire) -> Int? {
        guard let id = r.resolved else { return -1 }
        if let k = slots.firstIndex(where: { $0.id == id }) { return k }
        let question = model.questionIndex[id]
        var slot = Slot(id: id, question: question, options: [], yesNo: false)
        if let q = question {
            switch model.questions[q].kind {
            case .choice(let options)?: slot.options = options
            case .multiple(let options)?:
                // An answer to a multiple-choice question is a bit set of its options.
                if options.count > 63 { return nil }
                slot.options = options
            case .yesNo?: slot.yesNo = true
            default: break
            }
        }
        slots.append(slot)
        return slots.count - 1
    }

    private func word(_ name: String, _ slot: Int) -> Word {
        let index = slot >= 0 ? slots[slot].index(of: name) ?? -1 : -1
        return Word(index: index, isNVT: name == "nvt")
    }

    private func code(_ literal: WijzerLanguage.Literal, _ slot: Int) -> Literal {
        switch literal {
        case .number(let n, _): .number(n)
        case .word(let w): .word(word(w.name, slot))
        }
    }

    /// The code of `answer` for the question in `slot`.
    func encode(_ answer: AnswerValue?, slot: Int) -> Code {
        func index(_ key: String) -> Int? { slot >= 0 ? slots[slot].index(of: key) : nil }
        switch answer {
        case nil: return .skipped
        case .notApplicable?: return Code(kind: .notApplicable)
        case .option(let k)?: return Code(kind: .option, value: index(k) ?? -1)
        case .options(let ks)?:
            var bits = 0
            for k in ks { if let i = index(k) { bits |= 1 << i } }
            return Code(kind: .options, value: bits)
        case .number(let n)?: return Code(kind: .number, value: n)
        case .text?: return Code(kind: .text)
        }
    }

    /// Whether the program holds when slot `k` is answered `answers[k]`. `stack` is scratch
    /// space, kept by the caller between runs.
    func run(_ answers: [Code], stack: inout [Bool]) -> Bool {
        stack.removeAll(keepingCapacity: true)
        for step in steps {
            switch step {
            case .compare(let s, let op, let literal):
                stack.append(Self.compare(value(s, answers), op, literal))
            case .member(let s, let start, let count):
                stack.append(Self.member(value(s, answers), literals[start..<start + count]))
            case .has(let s, let key):
                let a = value(s, answers)
                stack.append(a.kind == .options && key.index >= 0 && a.value & (1 << key.index) != 0)
            case .state(let s, let state):
                let a = value(s, answers)
                stack.append(state == .answered ? a.kind != .skipped && a.kind != .notApplicable : a.kind == .skipped)
            case .and(let n):
                var all = true
                for _ in 0..<n where !stack.removeLast() { all = false }
                stack.append(all)
            case .or(let n):
                var any = false
                for _ in 0..<n where stack.removeLast() { any = true }
                stack.append(any)
            case .not:
                stack.append(!stack.removeLast())
            }
        }
        return stack.last ?? true
    }

    @inline(__always) private func value(_ slot: Int, _ answers: [Code]) -> Code {
        slot >= 0 ? answers[slot] : .skipped
    }

    private static func member(_ a: Code, _ list: ArraySlice<Literal>) -> Bool {
        if a.kind == .skipped { return false }
        if a.kind == .options {
            return list.contains { if case .word(let w) = $0 { w.index >= 0 && a.value & (1 << w.index) != 0 } else { false } }
        }
        return list.contains { compare(a, .equal, $0) }
    }

    private static func compare(_ a: Code, _ op: CompareOperator, _ literal: Literal) -> Bool {
        if a.kind == .skipped { return false }
        switch literal {
        case .word(let w):
            let equal: Bool
            if w.isNVT {
                equal = a.kind == .notApplicable
            } else if a.kind == .option {
                equal = w.index >= 0 && a.value == w.index
            } else {
                equal = false
            }
            return op.holds(equal: equal)
        case .number(let n):
            guard a.kind == .number else { return false }
            return op.holds(a.value, n)
        }
    }
}
