import WijzerLanguage

/// The median answer to a number question, from how many gave each point of its grid: exact,
/// also for decimals. With an even count it is the mean of the middle two, which has at most
/// one decimal more than the grid (7 and 8 give 7,5; 7,5 and 8 give 7,75).
enum TeamMedian {
    /// nil when nobody gave a number.
    static func of(_ counts: [Int], on grid: NumberGrid) -> DecimalNumber? {
        let n = counts.reduce(0, +)
        guard n > 0 else { return nil }
        func value(_ rank: Int) -> DecimalNumber { grid.point(index(ofRank: rank, in: counts)) }
        return n % 2 == 1 ? value((n + 1) / 2) : value(n / 2).mean(with: value(n / 2 + 1))
    }

    /// The index in a histogram of the `rank`-th value, counting from 1 in ascending order.
    static func index(ofRank rank: Int, in histogram: [Int]) -> Int {
        var seen = 0
        for (i, c) in histogram.enumerated() {
            seen += c
            if seen >= rank { return i }
        }
        return histogram.count - 1
    }
}
