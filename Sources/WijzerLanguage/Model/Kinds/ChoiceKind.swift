/// `choice`: one option from a list.
public struct ChoiceKind: AnswerKind {
    public var options: [AnswerOption]

    public var name: String { "keuzevraag" }
    public var choices: [AnswerChoice] { optionChoices(options) }
    public var showsKeys: Bool { true }
    public var numbersNotApplicable: Bool { true }
    public var operand: ConditionOperand { .option(keys: options.map(\.key.name)) }
    public var fingerprint: String { "choice:" + optionsFingerprint(options) }

    public func accepts(_ value: AnswerValue) -> Bool {
        if case .option(let key) = value { options.contains { $0.key.name == key } } else { false }
    }

    public func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        menu.choice(matching: text).map { .success($0.value) } ?? .failure(problem(text, menu))
    }

    public func hint(_ menu: AnswerMenu) -> String {
        "Typ een nummer of het begin van je antwoord."
    }

    public func expectation(_ menu: AnswerMenu) -> String {
        let last = menu.items.compactMap(\.number).last ?? 1
        return "Typ een nummer van 1 tot \(last) of het begin van een antwoord\(Self.orNotApplicable(menu))."
    }

    public func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution] {
        guard case .option(let key) = answer else { return singleOptionContributions(options, chosen: nil, extraZero: false) }
        return singleOptionContributions(options, chosen: key, extraZero: false)
    }

    public func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
        options.map { .option($0.key.name) }
    }
}
