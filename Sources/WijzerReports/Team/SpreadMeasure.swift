import Foundation
import WijzerLanguage
import WijzerScoring

/// How far a team's answers to one question diverge, from 0 (everyone agrees) to 1 (as spread
/// as possible). The measure is documented in docs/TEAM.md; `n.v.t.` answers are left out.
enum SpreadMeasure {
    /// Choice and yes/no: Shannon entropy of the answer shares divided by its maximum, ln(options).
    static func categorical(_ counts: [Int]) -> Double? {
        let total = counts.reduce(0, +)
        guard total > 0, counts.count >= 2 else { return nil }
        var h = 0.0
        for c in counts where c > 0 {
            let p = Double(c) / Double(total)
            h -= p * log(p)
        }
        return min(1, h / log(Double(counts.count)))
    }

    /// Likert and number: the (population) standard deviation divided by its maximum, half the
    /// range, reached when half the team is at each end.
    static func scale(_ counts: [Int]) -> Double? {
        let total = counts.reduce(0, +)
        guard total > 0, counts.count >= 2 else { return nil }
        var sum = 0.0
        for (i, c) in counts.enumerated() { sum += Double(i * c) }
        let mean = sum / Double(total)
        var squares = 0.0
        for (i, c) in counts.enumerated() where c > 0 { squares += Double(c) * (Double(i) - mean) * (Double(i) - mean) }
        let sd = (squares / Double(total)).squareRoot()
        return min(1, sd / (Double(counts.count - 1) / 2))
    }

    /// Multiple choice: per option the binary entropy (in bits) of "chose it or not", averaged
    /// over the options.
    static func multiple(_ counts: [Int], respondents: Int) -> Double? {
        guard respondents > 0, !counts.isEmpty else { return nil }
        var sum = 0.0
        for c in counts {
            let p = Double(min(c, respondents)) / Double(respondents)
            if p > 0 && p < 1 { sum -= (p * log2(p) + (1 - p) * log2(1 - p)) }
        }
        return min(1, sum / Double(counts.count))
    }

    /// "0,87": two decimals with a Dutch decimal comma, rounded half away from zero.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100),\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
