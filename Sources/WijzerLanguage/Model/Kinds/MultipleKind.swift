/// `multiple`: any number of options from a list, within its `min` and `max`; an `exclusive`
/// option ("none of these") only on its own.
public struct MultipleKind: AnswerKind {
    public var options: [AnswerOption]
    public var limits: SelectionLimits

    public init(options: [AnswerOption], limits: SelectionLimits = SelectionLimits()) {
        self.options = options
        self.limits = limits
    }

    public var name: String { "meerkeuzevraag" }
    public var choices: [AnswerChoice] { optionChoices(options) }
    public var showsKeys: Bool { true }
    public var numbersNotApplicable: Bool { true }
    public var operand: ConditionOperand { .options(keys: options.map(\.key.name)) }

    /// Options only: `exclusive`, `min` and `max` are left out, so a result given before they
    /// were added still matches; an answer they no longer allow fails `accepts` instead.
    public var fingerprint: String { "multiple:" + optionsFingerprint(options) }

    public func accepts(_ value: AnswerValue) -> Bool {
        guard case .options(let keys) = value else { return false }
        return keys.allSatisfy { key in options.contains { $0.key.name == key } } && problem(with: keys) == nil
    }

    /// "1,3", "a, c", "1 3", or one answer; n.v.t. only on its own.
    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        var parts = text.split(separator: ",").map { TypedLine.trimmed(String($0)) }.filter { !$0.isEmpty }
        if parts.count == 1 {
            let words = parts[0].split(separator: " ").map(String.init)
            if words.count > 1, words.allSatisfy({ w in Int(w) != nil || menu.items.contains { $0.key.lowercased() == w.lowercased() } }) {
                parts = words
            }
        }
        var keys: Set<String> = []
        for part in parts {
            guard let item = menu.choice(matching: part) else {
                return .failure(problem(part, menu))
            }
            if item.value == .notApplicable || item.value == .dontKnow {
                if parts.count > 1 {
                    let which = item.value == .notApplicable ? "n.v.t." : "“\(item.label)”"
                    return .failure(AnswerProblem(message: "\(which) gaat niet samen met andere antwoorden. " + expectation(menu)))
                }
                return .success(item.value)
            }
            keys.insert(item.key)
        }
        if keys.isEmpty { return problem(menu) }
        // In the declared order, whatever order the menu showed (`shuffle`).
        let ordered = options.map(\.key.name).filter { keys.contains($0) }
        if let message = problem(with: ordered) { return .failure(AnswerProblem(message: message)) }
        return .success(.options(ordered))
    }

    /// Why `keys` break an exclusive option or the limits (Dutch), or nil.
    public func problem(with keys: [String]) -> String? {
        if keys.count > 1, let alone = options.first(where: { o in o.exclusive && keys.contains(o.key.name) }) {
            return "“\(alone.label?.text ?? alone.key.name)” gaat niet samen met andere antwoorden: kies het alleen, of laat het weg."
        }
        // An exclusive option alone is always allowed: it says "none of these".
        if keys.count == 1, options.contains(where: { $0.exclusive && $0.key.name == keys[0] }) { return nil }
        guard !limits.allows(keys.count), let count = limits.dutch else { return nil }
        return "Kies \(count) antwoorden; je koos er \(keys.count)."
    }

    public func hint(_ menu: AnswerMenu) -> String {
        var s = limits.dutch.map { "Kies \($0) antwoorden: typ bijvoorbeeld 1,3." } ?? "Meer antwoorden mogelijk: typ bijvoorbeeld 1,3."
        for o in options where o.exclusive {
            let number = menu.items.first { $0.key == o.key.name }?.number.map(String.init) ?? o.key.name
            s += " \(number) (“\(o.label?.text ?? o.key.name)”) kies je alleen."
        }
        return s
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        let count = limits.dutch.map { " (\($0))" } ?? ""
        return "Typ een of meer nummers\(count), gescheiden door komma's (bijvoorbeeld 1,3)\(Self.orNotApplicable(menu))."
    }

    /// Each chosen option earns its points. The range runs over the answers the question
    /// allows: without limits or exclusive options, from all negative points to all positive
    /// ones; otherwise the best and worst number of options within the limits, or an exclusive
    /// option alone.
    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        let chosen: [String] = if case .options(let keys) = answer { keys } else { [] }
        let points = options.map(optionPoints)
        var result: [String: ScoreContribution] = [:]
        for d in Set(points.flatMap(\.keys)) {
            var earned = 0
            for (o, p) in zip(options, points) where chosen.contains(o.key.name) { earned += p[d] ?? 0 }
            let free = zip(options, points).filter { !$0.0.exclusive }.map { $0.1[d] ?? 0 }
            let sizes = (limits.min ?? 0) ... Swift.min(limits.max ?? free.count, free.count)
            var lowest = Int.max, highest = Int.min
            if !sizes.isEmpty {
                let descending = free.sorted(by: >), ascending = free.sorted()
                for n in sizes {
                    highest = Swift.max(highest, descending.prefix(n).reduce(0, +))
                    lowest = Swift.min(lowest, ascending.prefix(n).reduce(0, +))
                }
            }
            for (o, p) in zip(options, points) where o.exclusive {
                highest = Swift.max(highest, p[d] ?? 0)
                lowest = Swift.min(lowest, p[d] ?? 0)
            }
            if highest == Int.min { highest = 0; lowest = 0 }
            result[d] = ScoreContribution(earned: earned, lowest: lowest, highest: highest)
        }
        return result
    }

    /// Every allowed subset of up to six options; past that none, all, and each one alone
    /// (as far as allowed).
    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
        let keys = options.map(\.key.name)
        guard keys.count <= 6 else {
            let free = options.filter { !$0.exclusive }.map(\.key.name)
            let bounds = [limits.min, limits.max].compactMap { $0 }.map { AnswerValue.options(Array(free.prefix($0))) }
            return ([.options([]), .options(keys)] + keys.map { .options([$0]) } + bounds).filter(accepts)
        }
        return (0 ..< (1 << keys.count)).map { mask in
            AnswerValue.options(keys.indices.filter { mask & (1 << $0) != 0 }.map { keys[$0] })
        }.filter(accepts)
    }
}
