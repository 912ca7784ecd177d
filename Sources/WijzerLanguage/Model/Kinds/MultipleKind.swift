/// `multiple`: any number of options from a list.
public struct MultipleKind: AnswerKind {
    public var options: [AnswerOption]

    public var name: String { "meerkeuzevraag" }
    public var choices: [AnswerChoice] { optionChoices(options) }
    public var showsKeys: Bool { true }
    public var numbersNotApplicable: Bool { true }
    public var operand: ConditionOperand { .options(keys: options.map(\.key.name)) }
    public var fingerprint: String { "multiple:" + optionsFingerprint(options) }

    public func accepts(_ value: AnswerValue) -> Bool {
        guard case .options(let keys) = value else { return false }
        return keys.allSatisfy { key in options.contains { $0.key.name == key } }
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
            if item.value == .notApplicable {
                if parts.count > 1 {
                    return .failure(AnswerProblem(message: "n.v.t. gaat niet samen met andere antwoorden. " + expectation(menu)))
                }
                return .success(.notApplicable)
            }
            keys.insert(item.key)
        }
        if keys.isEmpty { return problem(menu) }
        return .success(.options(menu.items.map(\.key).filter { keys.contains($0) }))
    }

    public func hint(_ menu: AnswerMenu) -> String { "Meer antwoorden mogelijk: typ bijvoorbeeld 1,3." }

    public func expectation(_ menu: AnswerMenu) -> String {
        "Typ een of meer nummers, gescheiden door komma's (bijvoorbeeld 1,3)\(Self.orNotApplicable(menu))."
    }

    /// Each chosen option earns its points; the range runs from all negative points to all
    /// positive ones.
    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        let chosen: [String] = if case .options(let keys) = answer { keys } else { [] }
        var result: [String: ScoreContribution] = [:]
        for option in options {
            for (d, n) in optionPoints(option) {
                var c = result[d] ?? ScoreContribution(earned: 0, lowest: 0, highest: 0)
                if chosen.contains(option.key.name) { c.earned += n }
                if n < 0 { c.lowest += n } else { c.highest += n }
                result[d] = c
            }
        }
        return result
    }

    /// Every subset of up to six options; past that none, all, and each one alone.
    public func candidates(comparedWith numbers: [Int]) -> [AnswerValue] {
        let keys = options.map(\.key.name)
        guard keys.count <= 6 else {
            return [.options([]), .options(keys)] + keys.map { .options([$0]) }
        }
        return (0 ..< (1 << keys.count)).map { mask in
            .options(keys.indices.filter { mask & (1 << $0) != 0 }.map { keys[$0] })
        }
    }
}
