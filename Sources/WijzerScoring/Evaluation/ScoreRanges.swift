import WijzerLanguage

/// What one answered question contributes to each dimension: points earned and the lowest and
/// highest points any answer could have earned.
public enum ScoreRanges {
    public typealias Contribution = (e: Int, lo: Int, hi: Int)

    public static func contributions(of question: ResolvedQuestion, kind: QuestionKind, answer: AnswerValue?) -> [String: Contribution] {
        guard let answer, answer != .notApplicable else { return [:] }
        var result: [String: Contribution] = [:]
        func points(_ option: AnswerOption) -> [String: Int] {
            var p: [String: Int] = [:]
            for case .score(let d, let n) in option.effects { p[d.name, default: 0] += n }
            return p
        }
        switch kind {
        case .choice(let options), .yesNo(let options):
            let perOption = options.map(points)
            let dims = Set(perOption.flatMap(\.keys))
            let chosen: [String: Int] = if case .option(let key) = answer,
                let i = options.firstIndex(where: { $0.key.name == key }) { perOption[i] } else { [:] }
            for d in dims {
                // An option without a score for d counts 0; yes/no without a listed option too.
                var values = perOption.map { $0[d] ?? 0 }
                if case .yesNo = kind, options.count < 2 { values.append(0) }
                result[d] = (chosen[d] ?? 0, values.min() ?? 0, values.max() ?? 0)
            }
        case .multiple(let options):
            let keys: [String] = if case .options(let k) = answer { k } else { [] }
            for option in options {
                for (d, n) in points(option) {
                    var c = result[d] ?? (0, 0, 0)
                    if keys.contains(option.key.name) { c.e += n }
                    if n < 0 { c.lo += n } else { c.hi += n }
                    result[d] = c
                }
            }
        case .likert(let low, let high, _), .number(let low, let high, _):
            guard case .number(let v) = answer else { break }
            for scale in question.decl.scales {
                let value = min(max(v, low), high)
                result[scale.dimension.name] = (scale.reverse ? high - value : value - low, 0, high - low)
            }
        case .reflection:
            break
        }
        // Scores inside `when` widen the range by 0 or their points; the caller adds earned points.
        for rule in question.decl.rules {
            for case .score(let d, let n) in rule.effects {
                var c = result[d.name] ?? (0, 0, 0)
                if n < 0 { c.lo += n } else { c.hi += n }
                result[d.name] = c
            }
        }
        return result
    }
}
