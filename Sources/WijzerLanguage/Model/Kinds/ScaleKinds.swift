/// Points of a number on a scale from `low` to `high`, for each `score DIM scale [reverse]`.
func scaleContributions(_ answer: AnswerValue, low: Int, high: Int, scales: [ScaleScore]) -> [String: ScoreContribution] {
    guard case .number(let v) = answer else { return [:] }
    let value = min(max(v, low), high)
    var result: [String: ScoreContribution] = [:]
    for scale in scales {
        result[scale.dimension.name] = ScoreContribution(
            earned: scale.reverse ? high - value : value - low, lowest: 0, highest: high - low)
    }
    return result
}

/// The ends of a range, and the values around each number a condition compares with.
func rangeCandidates(low: Int, high: Int, comparedWith numbers: [Int]) -> [AnswerValue] {
    var points = [low]
    if high != low { points.append(high) }
    for n in numbers {
        for v in (n - 1) ... (n + 1) where v >= low && v <= high && !points.contains(v) {
            points.append(v)
        }
    }
    return points.map { .number($0) }
}

/// Whether `value` is a whole number from `low` to `high`.
func inRange(_ value: AnswerValue, _ low: Int, _ high: Int) -> Bool {
    if case .number(let v) = value { v >= low && v <= high } else { false }
}
