/// `yesno`: ja or nee, each optionally with a label and effects.
public struct YesNoKind: AnswerKind {
    /// The answers written out (`ja`, `nee`), with their effects; either may be left out.
    public var options: [AnswerOption]

    public static let keys = ["ja", "nee"]

    public var name: String { "ja/nee-vraag" }
    public var numbersNotApplicable: Bool { true }
    public var operand: ConditionOperand { .option(keys: Self.keys) }
    public var fingerprint: String { "yesno" }

    public var choices: [AnswerChoice] {
        Self.keys.enumerated().map { i, key in
            let label = options.first { $0.key.name == key }?.label?.text ?? key
            return AnswerChoice(number: i + 1, key: key, label: label, value: .option(key))
        }
    }

    public func accepts(_ value: AnswerValue) -> Bool {
        if case .option(let key) = value { Self.keys.contains(key) } else { false }
    }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        if Int(text) == nil {
            let lower = text.lowercased()
            if ["j", "yes", "y"].contains(lower) { return .success(.option("ja")) }
            if ["n", "no"].contains(lower) { return .success(.option("nee")) }
        }
        return menu.choice(matching: text).map { .success($0.value) } ?? problem(menu)
    }

    public func hint(_ menu: AnswerMenu) -> String { "Typ 1 of ja, 2 of nee." }

    public func expectation(_ menu: AnswerMenu) -> String {
        "Typ ja of nee (of 1 of 2)\(Self.orNotApplicable(menu))."
    }

    public func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String {
        guard case .option(let key) = value, let item = menu.items.first(where: { $0.key == key }) else { return menu.describeGenerically(value) }
        return item.label == key ? key : "\(key): \(item.label)"
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        let key: String? = if case .option(let k) = answer { k } else { nil }
        // A yes/no question that lists only one answer: the other one scores 0.
        return singleOptionContributions(options, chosen: key, extraZero: options.count < 2)
    }

    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
        Self.keys.map { .option($0) }
    }
}
