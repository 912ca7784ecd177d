/// The order in which one respondent sees the options of a `shuffle` question.
///
/// The order must be the same on every visit (back, resume, another computer with the same
/// private link) and must differ between respondents, without storing it: it is worked out
/// from the respondent's anonymous id and the question's id. The generator is spelled out here
/// rather than taken from the standard library, whose hashing is seeded per process and whose
/// random generators may change between versions:
///
/// - seed: FNV-1a (64-bit) over the UTF-8 of `respondent`, a 0x1F separator and `question`;
/// - numbers: SplitMix64 (Steele, Lea and Flood 2014) from that seed;
/// - order: a Fisher–Yates shuffle, position i swapped with `next() % (i + 1)` from the end.
///
/// The stored answer is always the option key, never a position.
public enum OptionOrder {
    /// A permutation of `0..<count`: the declared option at each shown position.
    public static func permutation(count: Int, respondent: String, question: String) -> [Int] {
        var generator = SplitMix64(seed: fnv1a(Array(respondent.utf8) + [0x1F] + Array(question.utf8)))
        var order = Array(0..<count)
        var i = count - 1
        while i > 0 {
            let j = Int(generator.next() % UInt64(i + 1))
            order.swapAt(i, j)
            i -= 1
        }
        return order
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64: a small generator with a 64-bit state, fully determined by its seed.
    struct SplitMix64 {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }
}

extension AnswerMenu {
    /// The menu `respondent` sees at question `id`: for a `shuffle` question the options in
    /// their order (`OptionOrder`) and numbered in it, "weet ik niet" and n.v.t. still last;
    /// otherwise, or without a respondent id (older files), the declared order.
    public init(_ question: QuestionDecl, id: String, respondent: String?) {
        self.init(question)
        guard question.shuffle, let respondent else { return }
        let count = kind.choices.count
        let order = OptionOrder.permutation(count: count, respondent: respondent, question: id)
        var shown = order.map { items[$0] }
        for i in shown.indices where shown[i].number != nil { shown[i].number = i + 1 }
        items.replaceSubrange(0..<count, with: shown)
    }
}
