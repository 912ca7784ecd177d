/// Points of a number on a grid, for each `score DIM scale [reverse]`: one point per step
/// from the low end (a whole-number range without `step` counts one point per unit).
func scaleContributions(_ answer: AnswerValue, _ grid: NumberGrid, scales: [ScaleScore]) -> [String: ScoreContribution] {
    guard case .number(let v) = answer else { return [:] }
    let width = grid.width
    let value = min(max(grid.steps(to: v), 0), width)
    var result: [String: ScoreContribution] = [:]
    for scale in scales {
        result[scale.dimension.name] = ScoreContribution(
            earned: scale.reverse ? width - value : value, lowest: 0, highest: width)
    }
    return result
}

/// The ends of a grid, and the grid points around each number a condition compares with.
func rangeCandidates(_ grid: NumberGrid, comparedWith numbers: [DecimalNumber]) -> [AnswerValue] {
    let top = grid.point(grid.width)
    var points = [grid.low]
    if top != grid.low { points.append(top) }
    for n in numbers {
        // The grid points just below and above `n` (one, when `n` lies on the grid), and one
        // step further either way: enough to make `<`, `=` and `>` each hold and fail.
        let below = grid.steps(to: n)
        let near = grid.point(below) == n ? [below - 1, below, below + 1] : [below - 1, below, below + 1, below + 2]
        for v in near.map(grid.point) where v >= grid.low && v <= top && !points.contains(v) {
            points.append(v)
        }
    }
    return points.map { .number($0) }
}

/// Whether `value` is a number the grid takes.
func inRange(_ value: AnswerValue, _ grid: NumberGrid) -> Bool {
    if case .number(let v) = value { grid.contains(v) } else { false }
}
