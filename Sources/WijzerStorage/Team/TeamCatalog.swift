import WijzerLanguage
import WijzerScoring
import WijzerReports

/// The reference questionnaire as lookup tables for team aggregation.
///
/// Built once per run. Question ids and option keys are kept as bytes so the fast reader can
/// match them without creating strings, and the scoring contributions of every possible answer
/// are taken from `ScoreRanges` up front, so scoring a result is table look-ups (see
/// `TeamScoring`), with the same numbers as `Scorer.evaluate`.
struct TeamCatalog: Sendable {
    /// How answers to a question are counted.
    enum Kind: Sendable, Equatable {
        case choice, multiple, yesNo, scale, reflection
    }

    /// One question with its answer categories.
    struct Question: Sendable {
        var resolved: ResolvedQuestion
        var id: String
        var idBytes: [UInt8]
        var theme: Int
        var kind: Kind
        /// Option keys (choice, multiple, yes/no: `ja`, `nee`), in questionnaire order.
        var keys: [String]
        var keyBytes: [[UInt8]]
        /// What each category is called in the report (options, scale points).
        var labels: [String]
        /// Scale range (Likert and number questions).
        var low = 0
        var high = 0
        var fingerprint: [UInt8]
        /// Answers that count: options or scale points; `nvt` is counted after them.
        var categories: Int { kind == .scale ? high - low + 1 : keys.count }
    }

    /// The per-question facts the hot loop needs, without reference-counted fields.
    struct Entry: Sendable {
        var kind: Kind
        var theme: Int
        var low: Int
        var categories: Int
        var allowsNotApplicable: Bool
    }

    var questionnaire: Questionnaire
    var stamp: QuestionnaireStamp
    var questions: [Question]
    var entries: [Entry] = []
    var themeIDs: [String]
    var themeTitles: [String]
    private var table: [Int32]
    private var mask: Int

    init(_ q: Questionnaire, stamp: QuestionnaireStamp) {
        questionnaire = q
        self.stamp = stamp
        themeIDs = q.themes.map(\.id.name)
        themeTitles = q.themes.map(\.title.text)
        let themeIndex = Dictionary(themeIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        questions = q.questions.compactMap { r -> Question? in
            guard let kind = r.kind, let theme = themeIndex[r.theme] else { return nil }
            var question = Question(resolved: r, id: r.id, idBytes: Array(r.id.utf8), theme: theme, kind: .reflection,
                                    keys: [], keyBytes: [], labels: [], fingerprint: Array(r.fingerprint.utf8))
            switch kind {
            case .choice(let options), .multiple(let options):
                question.kind = if case .choice = kind { .choice } else { .multiple }
                question.keys = options.map(\.key.name)
                question.labels = options.map { $0.label?.text ?? $0.key.name }
            case .yesNo(let options):
                question.kind = .yesNo
                question.keys = ["ja", "nee"]
                question.labels = ["ja", "nee"].map { key in
                    options.first { $0.key.name == key }?.label?.text ?? key
                }
            case .likert(let low, let high, let labels):
                question.kind = .scale
                (question.low, question.high) = (low, max(low, high))
                question.labels = (low...max(low, high)).map { v in
                    let i = v - low
                    return i < labels.count ? "\(v) · \(labels[i].text)" : "\(v)"
                }
            case .number(let low, let high, let unit):
                question.kind = .scale
                (question.low, question.high) = (low, max(low, high))
                question.labels = (low...max(low, high)).map { v in unit.map { "\(v) \($0.text)" } ?? "\(v)" }
            case .reflection:
                question.kind = .reflection
            }
            question.keyBytes = question.keys.map { Array($0.utf8) }
            return question
        }
        entries = questions.map {
            Entry(kind: $0.kind, theme: $0.theme, low: $0.low, categories: $0.categories,
                  allowsNotApplicable: $0.resolved.decl.notApplicable != nil)
        }
        // Open addressing on the FNV-1a hash of the id bytes; a power of two at least 4x the count.
        var size = 16
        while size < questions.count * 4 { size *= 2 }
        mask = size - 1
        table = Array(repeating: -1, count: size)
        for (i, question) in questions.enumerated() {
            var slot = Self.hash(question.idBytes[...]) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(i)
        }
    }

    /// The index of the question whose id is `bytes`, or nil.
    func question(_ bytes: ArraySlice<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while true {
            let i = Int(table[slot])
            if i < 0 { return nil }
            if questions[i].idBytes[...] == bytes { return i }
            slot = (slot + 1) & mask
        }
    }

    /// The category of option `bytes` for question `index`, or nil for an unknown key.
    func option(_ bytes: ArraySlice<UInt8>, of index: Int) -> Int? {
        questions[index].keyBytes.firstIndex { $0[...] == bytes }
    }

    /// `answer` to question `index` as counted, or nil when it does not fit the question.
    func coded(_ answer: AnswerValue, question index: Int) -> TeamScoring.Coded? {
        let question = questions[index]
        switch (question.kind, answer) {
        case (_, .notApplicable): return question.resolved.decl.notApplicable == nil ? nil : .notApplicable
        case (.choice, .option(let k)), (.yesNo, .option(let k)): return question.keys.firstIndex(of: k).map { .category($0) }
        case (.multiple, .options(let ks)):
            var mask: UInt64 = 0
            for k in ks {
                guard let i = question.keys.firstIndex(of: k) else { return nil }
                if i < 64 { mask |= 1 << UInt64(i) }
            }
            return .options(mask)
        case (.scale, .number(let v)): return v >= question.low && v <= question.high ? .category(v - question.low) : nil
        case (.reflection, .text(let t)): return .text(t)
        default: return nil
        }
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
