import WijzerLanguage

/// The median answer to a number question, from how many gave each point of its grid: exact,
/// also for decimals. With an even count it is the mean of the middle two, which has at most
/// one decimal more than the grid (7 and 8 give 7,5; 7,5 and 8 give 7,75).
enum TeamMedian {
    /// nil when nobody gave a number.
    static func of(_ counts: [Int], on grid: NumberGrid) -> DecimalNumber? {
        let n = counts.reduce(0, +)
        guard n > 0 else { return nil }
        /// The grid point of the `rank`-th answer, counting from 1 in ascending order.
        func value(_ rank: Int) -> DecimalNumber {
            var seen = 0
            for (i, c) in counts.enumerated() {
                seen += c
                if seen >= rank { return grid.point(i) }
            }
            return grid.point(counts.count - 1)
        }
        return n % 2 == 1 ? value((n + 1) / 2) : value(n / 2).mean(with: value(n / 2 + 1))
    }
}
