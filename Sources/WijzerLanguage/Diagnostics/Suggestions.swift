/// Finds the nearest known name for a misspelled reference ("bedoel je `x`?").
public enum Suggestions {
    /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
    public static func nearest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
        Index(candidates).nearest(to: name)
    }

    /// A sentence fragment to append to a message, or "".
    public static func hint<S: Sequence>(for name: String, in candidates: S) -> String where S.Element == String {
        Index(candidates).hint(for: name)
    }

    /// Levenshtein distance with an early exit once every entry of a row exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Candidates prepared once (lowercased, as scalars), for many hints among the same names.
    public struct Index: Sendable {
        private var candidates: [(name: String, scalars: [Unicode.Scalar], letters: UInt64)]

        static let yesNo = ["yes": "ja", "y": "ja", "j": "ja", "no": "nee", "n": "nee"]

        public init<S: Sequence>(_ names: S) where S.Element == String {
            candidates = names.map {
                let scalars = Array($0.lowercased().unicodeScalars)
                return ($0, scalars, Self.letters(scalars))
            }
        }

        /// Which characters occur, one bit per character (folded into 64 bits). One edit
        /// changes at most two bits (a substitution: one letter out, one in), so two names
        /// whose bits differ in more than `2 × limit` places are further apart than `limit`:
        /// most ids of a big set are ruled out without working out the distance.
        private static func letters(_ scalars: [Unicode.Scalar]) -> UInt64 {
            scalars.reduce(0) { $0 | 1 << UInt64($1.value % 64) }
        }

        /// The candidate closest to `name` by edit distance, if close enough to be a likely
        /// typo; of equally close ones, the first in alphabetical order.
        public func nearest(to name: String) -> String? {
            // The English spellings of the yes/no answers: spelled, `yes` is nearer `nee`.
            if let meant = Self.yesNo[name.lowercased()], candidates.contains(where: { $0.name == meant }) { return meant }
            let target = Array(name.lowercased().unicodeScalars)
            let limit = max(1, min(3, target.count / 3 + 1))
            let targetLetters = Self.letters(target)
            var best: (String, Int)?
            for (candidate, c, letters) in candidates {
                if abs(c.count - target.count) > limit { continue }
                if (letters ^ targetLetters).nonzeroBitCount > 2 * limit { continue }
                let d = distance(target, c, limit: limit)
                if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                    best = (candidate, d)
                }
            }
            return best?.0
        }

        /// A sentence fragment to append to a message, or "".
        public func hint(for name: String) -> String {
            guard let n = nearest(to: name) else { return "" }
            return "; bedoel je `\(n)`?"
        }
    }
}
