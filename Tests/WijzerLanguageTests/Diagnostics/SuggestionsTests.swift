import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// "Did you mean" suggestions: the prepared index, with its shortcuts, picks exactly what a
/// plain search over every candidate picks.
@Suite("Suggestions")
struct SuggestionsTests {
    /// The definition, without shortcuts: the nearest by full Levenshtein distance within the
    /// limit, ties broken alphabetically.
    static func plainNearest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(1, min(3, target.count / 3 + 1))
        func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var next = [i] + [Int](repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                row = next
            }
            return a.isEmpty ? b.count : row[b.count]
        }
        return candidates
            .map { ($0, distance(target, Array($0.lowercased().unicodeScalars))) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func indexAgreesWithThePlainSearch(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("abcdeklmnorstv-0123é.Ü")
        func word() -> String {
            String((0..<Int(random.next() % 14 + 1)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
        let candidates = (0..<300).map { _ in word() }
        let index = Suggestions.Index(candidates)
        for _ in 0..<400 {
            // Near misses of a candidate (one to three edits) and unrelated words.
            var name = random.next() % 3 == 0 ? word() : candidates[Int(random.next() % 300)]
            for _ in 0..<Int(random.next() % 4) where !name.isEmpty {
                var chars = Array(name)
                let at = Int(random.next() % UInt64(chars.count))
                switch random.next() % 3 {
                case 0: chars.remove(at: at)
                case 1: chars.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: at)
                default: chars[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                }
                name = String(chars)
            }
            #expect(index.nearest(to: name) == Self.plainNearest(to: name, in: candidates), "\(name)")
        }
    }
}
