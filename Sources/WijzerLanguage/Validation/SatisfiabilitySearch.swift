/// Whether some answers make a set of conditions true: tries every combination of answers for
/// the questions they look at.
///
/// Each question's answers worth trying are few: its options (for a multiple-choice question
/// every subset of up to six options, else none, all and each one alone), n.v.t. when it has
/// that answer, skipped, and for a number or scale its ends and the values next to each number
/// it is compared with. Past `Validator.combinationCap` combinations the search gives up and
/// says "possible", as it does for a multiple-choice question with 64 or more options (its
/// answers are bit sets). The search keeps its storage between calls: the reachability check
/// runs it for thousands of small conditions.
struct SatisfiabilitySearch {
    private var program = ConditionProgram()
    /// Every slot's answers to try, one after another; `ranges[k]` is slot `k`'s part.
    private var domain: [ConditionProgram.Code] = []
    private var ranges: [Range<Int>] = []
    private var counters: [Int] = []
    private var answers: [ConditionProgram.Code] = []
    private var stack: [Bool] = []
    private var points: [Int] = []

    /// Whether some answers make every expression true (with `fixed` answered as given).
    mutating func satisfiable(_ exprs: [Expr], fixed: (String, AnswerValue)?, _ model: Questionnaire) -> Bool {
        if exprs.isEmpty { return true }
        guard program.load(exprs, model) else { return true }
        domain.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        var total = 1
        for k in program.slots.indices {
            let start = domain.count
            if let (id, value) = fixed, id == program.slots[k].id {
                domain.append(program.encode(value, slot: k))
            } else {
                guard let question = program.slots[k].question else { return true }
                appendDomain(slot: k, question: question, model)
            }
            ranges.append(start..<domain.count)
            total *= domain.count - start
            if total > Validator.combinationCap { return true }
        }
        counters.removeAll(keepingCapacity: true)
        answers.removeAll(keepingCapacity: true)
        for range in ranges {
            counters.append(range.lowerBound)
            answers.append(domain[range.lowerBound])
        }
        while true {
            if program.run(answers, stack: &stack) { return true }
            var k = 0
            while k < counters.count {
                counters[k] += 1
                if counters[k] < ranges[k].upperBound {
                    answers[k] = domain[counters[k]]
                    break
                }
                counters[k] = ranges[k].lowerBound
                answers[k] = domain[counters[k]]
                k += 1
            }
            if k == counters.count { return false }
        }
    }

    /// Appends the answers worth trying for the question in slot `k`.
    private mutating func appendDomain(slot k: Int, question: Int, _ model: Questionnaire) {
        typealias Code = ConditionProgram.Code
        domain.append(.skipped)
        if model.questions[question].decl.notApplicable != nil { domain.append(Code(kind: .notApplicable)) }
        let slot = program.slots[k]
        switch model.questions[question].kind {
        case .choice(let options)?:
            for o in options { domain.append(Code(kind: .option, value: slot.index(of: o.key.name) ?? -1)) }
        case .yesNo?:
            domain.append(Code(kind: .option, value: 0))
            domain.append(Code(kind: .option, value: 1))
        case .multiple(let options)?:
            func bit(_ j: Int) -> Int { slot.index(of: options[j].key.name).map { 1 << $0 } ?? 0 }
            if options.count <= 6 {
                for mask in 0..<(1 << options.count) {
                    var bits = 0
                    for j in options.indices where mask & (1 << j) != 0 { bits |= bit(j) }
                    domain.append(Code(kind: .options, value: bits))
                }
            } else {
                var all = 0
                for j in options.indices { all |= bit(j) }
                domain.append(Code(kind: .options, value: 0))
                domain.append(Code(kind: .options, value: all))
                for j in options.indices { domain.append(Code(kind: .options, value: bit(j))) }
            }
        case .likert(let low, let high, _)?, .number(let low, let high, _)?:
            points.removeAll(keepingCapacity: true)
            points.append(low)
            if high != low { points.append(high) }
            for (s, n) in program.numbers where s == k {
                var v = n - 1
                while v <= n + 1 {
                    if v >= low && v <= high && !points.contains(v) { points.append(v) }
                    v += 1
                }
            }
            for v in points { domain.append(Code(kind: .number, value: v)) }
        case .reflection?: domain.append(Code(kind: .text))
        case nil: break
        }
    }
}
