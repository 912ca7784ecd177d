import Testing
@testable import WijzerLanguage

/// A self-check is only honest when the "right" answer cannot be guessed from the form of the
/// options (issue 14): over the single-choice questions, no position (a, b, c, …) and no
/// length rank (longest, second longest, …, and the same from the shortest) may hold a
/// best-scoring option in more than half of them.
@Suite("Options give nothing away")
struct OptionPatternTests {
    /// One single-choice question: per option its text length and its points over all dimensions.
    struct Question {
        var id: String
        var lengths: [Int]
        var points: [Int]

        /// The positions of the options that score best (ties all count).
        var best: Set<Int> {
            let top = points.max() ?? 0
            return Set(points.indices.filter { points[$0] == top })
        }

        /// The positions of the options that score worst.
        var worst: Set<Int> {
            let bottom = points.min() ?? 0
            return Set(points.indices.filter { points[$0] == bottom })
        }
    }

    static let questions: [Question] = BundledContentTests.questionnaire.questions.compactMap { q in
        guard case .choice(let options)? = q.kind else { return nil }
        return Question(id: q.id, lengths: options.map { $0.label?.text.count ?? 0 }, points: options.map { option in
            option.effects.reduce(0) { sum, effect in
                if case .score(_, let n) = effect { return sum + n }
                return sum
            }
        })
    }

    /// How often each key (a position or a rank) holds a best-scoring option.
    static func tally(_ key: (Question) -> [Int], of chosen: (Question) -> Set<Int> = \.best) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for q in questions {
            for (place, option) in key(q).enumerated() where chosen(q).contains(option) { counts[place, default: 0] += 1 }
        }
        return counts
    }

    @Test func thereAreEnoughQuestionsToMeasure() {
        #expect(Self.questions.count >= 20)
        #expect(Self.questions.allSatisfy { Set($0.points).count > 1 }, "every single-choice question has a better answer")
    }

    @Test func noPositionPredictsTheBestOption() {
        let counts = Self.tally { Array($0.lengths.indices) }
        let half = Self.questions.count / 2
        for (position, count) in counts.sorted(by: { $0.key < $1.key }) {
            #expect(count <= half, "option \(Character(UnicodeScalar(UInt8(97 + position)))) is best in \(count) of \(Self.questions.count)")
        }
    }

    /// "Option a is never it" gives as much away as "option c always is".
    @Test func noPositionPredictsTheWorstOption() {
        let counts = Self.tally({ Array($0.lengths.indices) }, of: \.worst)
        let half = Self.questions.count / 2
        for (position, count) in counts.sorted(by: { $0.key < $1.key }) {
            #expect(count <= half, "option \(Character(UnicodeScalar(UInt8(97 + position)))) scores lowest in \(count) of \(Self.questions.count)")
        }
    }

    @Test func noLengthRankPredictsTheBestOption() {
        let half = Self.questions.count / 2
        // Equal lengths keep their order; what matters is the longest and the shortest.
        let longest = Self.tally { q in q.lengths.indices.sorted { (q.lengths[$0], $1) > (q.lengths[$1], $0) } }
        let shortest = Self.tally { q in q.lengths.indices.sorted { (q.lengths[$0], $0) < (q.lengths[$1], $1) } }
        for (rank, count) in longest.sorted(by: { $0.key < $1.key }) {
            #expect(count <= half, "the \(rank + 1)e longest option is best in \(count) of \(Self.questions.count)")
        }
        for (rank, count) in shortest.sorted(by: { $0.key < $1.key }) {
            #expect(count <= half, "the \(rank + 1)e shortest option is best in \(count) of \(Self.questions.count)")
        }
    }
}
