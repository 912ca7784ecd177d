/// Finds tips that no combination of answers can trigger, and conditions that can never hold.
///
/// Every condition only looks at a few questions with small answer domains (options, a scale,
/// or a number range in which only the values next to the compared constants matter), so the
/// check simply tries every combination, up to a cap; beyond the cap it assumes "possible".
extension Validator {
    static let combinationCap = 20_000

    func checkReachability(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        var reachable: Set<String> = []
        var referenced: Set<String> = []
        reachable.reserveCapacity(model.tips.count)
        referenced.reserveCapacity(model.tips.count)
        model.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices {
                let id = questions[index].id
                let guardExpr = questions[index].decl.showIf.map { [$0] } ?? []
                // A `show-if` cannot look at its own question (that is an error), so whether it
                // can hold is the same for every option: worked out once, and only when needed.
                var guardHolds: Bool? = guardExpr.isEmpty ? true : nil
                let selfReferring = !guardExpr.isEmpty && Self.refers(guardExpr[0], to: id)
                if let kind = questions[index].kind {
                    for option in kind.options {
                        var hasTip = false
                        var allReachable = true
                        for case .tip(let tip, _) in option.effects {
                            hasTip = true
                            referenced.insert(tip.name)
                            if !reachable.contains(tip.name) { allReachable = false }
                        }
                        // Nothing to learn when every tip it names is already known to be reachable.
                        guard hasTip && !allReachable else { continue }
                        let holds: Bool
                        if selfReferring {
                            let chosen: AnswerValue = if case .multiple = kind { .options([option.key.name]) } else { .option(option.key.name) }
                            holds = Self.satisfiable(guardExpr, fixed: (id, chosen), model)
                        } else {
                            if guardHolds == nil { guardHolds = Self.satisfiable(guardExpr, fixed: nil, model) }
                            holds = guardHolds!
                        }
                        if holds { for case .tip(let tip, _) in option.effects { reachable.insert(tip.name) } }
                    }
                }
                for rule in questions[index].decl.rules {
                    for case .tip(let tip, _) in rule.effects { referenced.insert(tip.name) }
                    let holds: Bool
                    if !guardExpr.isEmpty && !Self.sharesQuestions(guardExpr[0], rule.condition) {
                        // Independent questions: both must be possible, each on its own.
                        if guardHolds == nil { guardHolds = Self.satisfiable(guardExpr, fixed: nil, model) }
                        holds = guardHolds! && Self.satisfiable([rule.condition], fixed: nil, model)
                    } else {
                        holds = Self.satisfiable(guardExpr + [rule.condition], fixed: nil, model)
                    }
                    if holds {
                        for case .tip(let tip, _) in rule.effects { reachable.insert(tip.name) }
                    } else {
                        d.warning("deze voorwaarde kan met geen enkel antwoord waar zijn, dus de gevolgen eronder gebeuren nooit", at: rule.span)
                    }
                }
            }
        }
        for t in model.tips where !reachable.contains(t.id.name) {
            let why = referenced.contains(t.id.name)
                ? "de voorwaarden waaronder hij genoemd wordt kunnen nooit waar zijn"
                : "geen antwoord verwijst ernaar met `tip \(t.id.name)`"
            d.warning("tip `\(t.id.name)` kan door geen enkel antwoord gekozen worden: \(why)", at: t.id.span)
        }
    }

    /// Whether `a` and `b` look at a question in common.
    private static func sharesQuestions(_ a: Expr, _ b: Expr) -> Bool {
        var seen: [String] = []
        a.forEachRef { if let r = $0.resolved { seen.append(r) } }
        var shared = false
        b.forEachRef { if let r = $0.resolved, seen.contains(r) { shared = true } }
        return shared
    }

    /// Whether `expr` looks at question `id`.
    private static func refers(_ expr: Expr, to id: String) -> Bool {
        var found = false
        expr.forEachRef { if $0.resolved == id { found = true } }
        return found
    }

    /// Whether some answers make every expression true (with `fixed` answered as given).
    static func satisfiable(_ exprs: [Expr], fixed: (String, AnswerValue)?, _ model: Questionnaire) -> Bool {
        if exprs.isEmpty { return true }
        guard let program = ConditionProgram(exprs, model) else { return true }
        let numbers = comparedNumbers(exprs, program)
        var domains: [[ConditionProgram.Code]] = []
        var total = 1
        for (k, slot) in program.slots.enumerated() {
            let domain: [ConditionProgram.Code]
            if let (id, value) = fixed, id == slot.id {
                domain = [program.encode(value, slot: k)]
            } else {
                guard let index = slot.question else { return true }
                domain = Self.domain(of: model.questions[index], numbers: numbers[k]).map { program.encode($0, slot: k) }
            }
            total *= domain.count
            if total > combinationCap { return true }
            domains.append(domain)
        }
        var answers = domains.map { $0[0] }
        var counters = [Int](repeating: 0, count: domains.count)
        var stack: [Bool] = []
        while true {
            if program.run(answers, stack: &stack) { return true }
            var k = 0
            while k < counters.count {
                counters[k] += 1
                if counters[k] < domains[k].count { break }
                counters[k] = 0
                k += 1
            }
            if k == counters.count { return false }
            for k in counters.indices { answers[k] = domains[k][counters[k]] }
        }
    }

    /// The numbers each of the program's questions is compared with.
    private static func comparedNumbers(_ exprs: [Expr], _ program: ConditionProgram) -> [[Int]] {
        var numbers = [[Int]](repeating: [], count: program.slots.count)
        var stack = exprs
        while let x = stack.popLast() {
            switch x {
            case .and(let xs), .or(let xs): stack.append(contentsOf: xs)
            case .not(let y): stack.append(y)
            case .compare(let r, _, .number(let n, _)):
                if let k = program.slots.firstIndex(where: { $0.id == r.resolved }) { numbers[k].append(n) }
            case .member(let r, let literals):
                if let k = program.slots.firstIndex(where: { $0.id == r.resolved }) {
                    for case .number(let n, _) in literals { numbers[k].append(n) }
                }
            default: break
            }
        }
        return numbers
    }

    /// The answers worth trying for `q`: nil stands for skipped.
    private static func domain(of q: ResolvedQuestion, numbers: [Int]) -> [AnswerValue?] {
        var values: [AnswerValue?] = [nil]
        if q.decl.notApplicable != nil { values.append(.notApplicable) }
        switch q.kind {
        case .choice(let options)?: values += options.map { .option($0.key.name) }
        case .yesNo?: values += [.option("ja"), .option("nee")]
        case .multiple(let options)?:
            let keys = options.map(\.key.name)
            if keys.count <= 6 {
                for mask in 0..<(1 << keys.count) {
                    values.append(.options(keys.indices.filter { mask & (1 << $0) != 0 }.map { keys[$0] }))
                }
            } else {
                values += [.options([]), .options(keys)] + keys.map { .options([$0]) }
            }
        case .likert(let low, let high, _)?, .number(let low, let high, _)?:
            var points = [low, high]
            for n in numbers {
                var v = n - 1
                while v <= n + 1 {
                    if v >= low && v <= high && !points.contains(v) { points.append(v) }
                    v += 1
                }
            }
            values += points.sorted().map { .number($0) }
        case .reflection?: values.append(.text("…"))
        case nil: break
        }
        return values
    }
}
