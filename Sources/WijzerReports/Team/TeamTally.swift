import WijzerLanguage

/// The team's counters: everything the report needs, with no trace of who contributed what.
///
/// Memory does not grow with the number of results: per question a counter per answer, per theme
/// a histogram of scores 0...100 (exact quartiles), per tip a counter. Only reflections (with
/// `--with-reflections`) are kept as text, sorted before use, so the result does not depend on
/// the order in which files were read.
struct TeamTally: Sendable, Equatable {
    /// An answer that was not counted because the result's questionnaire version differs.
    struct LeftOut: Sendable, Hashable, Comparable {
        enum Reason: Int, Sendable, Hashable, Comparable {
            /// The question no longer exists.
            case unknown
            /// The question changed (text, options or range): its answers mean something else now.
            case changed
            static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
        }
        var question: String
        var version: String
        var reason: Reason

        static func < (a: LeftOut, b: LeftOut) -> Bool {
            (a.question, a.version, a.reason) < (b.question, b.version, b.reason)
        }
    }

    /// The people counted (one per respondent, however many files they have).
    var results = 0
    /// The result files merged into those people.
    var files = 0
    /// People whose files had no respondent id (older format), matched by questionnaire and `created`.
    var withoutID = 0
    /// Themes started but not finished, over all people (not counted).
    var unfinishedThemes = 0
    /// Per questionnaire version: how many people have answers from it.
    var versions: [String: Int] = [:]
    /// Per question: a counter per category, then one for `nvt` and one for "weet ik niet".
    var counts: [[Int]]
    /// Per question: how many answered it (an option, a point, `nvt` or a non-empty text).
    var respondents: [Int]
    /// Per reflection question, the texts shared anonymously (only when collected).
    var reflections: [[String]]
    /// Per theme: how many people finished it with at least one counted answer.
    var participants: [Int]
    /// Per theme: how many people had each score 0...100.
    var scores: [[Int]]
    /// Per tip: for how many people it was triggered.
    var tips: [Int]
    /// How many people took part in exactly this set of themes (a bit per theme).
    var themeSets: [UInt64: Int] = [:]
    /// Per answer left out: for how many people.
    var leftOut: [LeftOut: Int] = [:]
    /// Per day (since 1970-01-01): how many people's newest answers are from that day.
    var days: [Int: Int] = [:]

    init(questions: [Int], themes: Int, tips: Int) {
        counts = questions.map { Array(repeating: 0, count: $0 + 2) }
        respondents = Array(repeating: 0, count: questions.count)
        reflections = Array(repeating: [], count: questions.count)
        participants = Array(repeating: 0, count: themes)
        scores = Array(repeating: Array(repeating: 0, count: 101), count: themes)
        self.tips = Array(repeating: 0, count: tips)
    }

    init(catalog: TeamCatalog) {
        self.init(questions: catalog.questions.map(\.categories), themes: catalog.themeIDs.count,
                  tips: catalog.questionnaire.tips.count)
    }

    /// Counts one person, gathered from `files` result files.
    mutating func add(_ c: TeamMember.Figures, files: Int, hasRespondentID: Bool, collectReflections: Bool) {
        results += 1
        self.files += files
        if !hasRespondentID { withoutID += 1 }
        for v in c.versions { versions[v, default: 0] += 1 }
        days[c.day, default: 0] += 1
        for item in c.leftOut { leftOut[item, default: 0] += 1 }
        for (qi, value) in c.answers {
            let categories = counts[qi].count - 2
            switch value {
            case .category(let category):
                counts[qi][category] += 1
            case .options(let chosen):
                for o in chosen { counts[qi][o] += 1 }
            case .text(let t):
                if t.isEmpty { continue }
                if collectReflections && c.shared.contains(qi) { reflections[qi].append(t) }
            case .notApplicable:
                counts[qi][categories] += 1
            case .dontKnow:
                counts[qi][categories + 1] += 1
            }
            respondents[qi] += 1
        }
        for t in participants.indices where t < 64 && c.themes & (1 << UInt64(t)) != 0 { participants[t] += 1 }
        themeSets[c.themes, default: 0] += 1
        for (theme, score) in c.scores { scores[theme][score] += 1 }
        for t in c.tips { tips[t] += 1 }
    }

    /// Reflections sorted, so their order says nothing about the order of the files.
    mutating func sortReflections() {
        for i in reflections.indices { reflections[i].sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
    }
}
