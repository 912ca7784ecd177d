/// Options as menu entries, numbered from 1.
func optionChoices(_ options: [AnswerOption]) -> [AnswerChoice] {
    options.enumerated().map { i, o in
        AnswerChoice(number: i + 1, key: o.key.name, label: o.label?.text ?? o.key.name, value: .option(o.key.name))
    }
}

/// An option's own points per dimension.
func optionPoints(_ option: AnswerOption) -> [String: Int] {
    var p: [String: Int] = [:]
    for case .score(let d, let n) in option.effects { p[d.name, default: 0] += n }
    return p
}

/// The fingerprint text of a list of options: keys and labels.
func optionsFingerprint(_ options: [AnswerOption]) -> String {
    options.map { $0.key.name + "=" + ($0.label?.text ?? "") }.joined(separator: "\u{2}")
}

/// Contributions of one chosen option among `options`, with each dimension's range over all of
/// them (an option without a score for a dimension counts 0). `extraZero` adds a 0 to every
/// range: a yes/no question that lists only one of its two answers.
func singleOptionContributions(_ options: [AnswerOption], chosen key: String?, extraZero: Bool) -> [String: ScoreContribution] {
    let perOption = options.map(optionPoints)
    let chosen = key.flatMap { k in options.firstIndex { $0.key.name == k } }.map { perOption[$0] } ?? [:]
    var result: [String: ScoreContribution] = [:]
    for d in Set(perOption.flatMap(\.keys)) {
        var values = perOption.map { $0[d] ?? 0 }
        if extraZero { values.append(0) }
        result[d] = ScoreContribution(earned: chosen[d] ?? 0, lowest: values.min() ?? 0, highest: values.max() ?? 0)
    }
    return result
}
