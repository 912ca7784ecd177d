import WijzerLanguage
import WijzerScoring

/// One person of the team, gathered from all their result files: per theme the newest finished
/// answers. The runner writes a result after every finished theme, each repeating the earlier
/// themes, so one teacher's files are merged here and count once.
struct TeamMember: Sendable {
    /// What the person adds to the team figures.
    struct Figures: Sendable {
        /// The counted answers, by catalog question index, ascending.
        var answers: [(question: Int, value: TeamCatalog.Coded)]
        /// Reflection questions whose text may be quoted.
        var shared: Set<Int>
        /// The finished themes with a counted answer, a bit per theme index.
        var themes: UInt64
        /// The scored themes (theme index, score 0...100).
        var scores: [(theme: Int, score: Int)]
        /// Indexes of the triggered tips.
        var tips: [Int]
        var versions: Set<String>
        /// The newest `updated` day of the files the answers come from.
        var day: Int
        var leftOut: Set<TeamTally.LeftOut>
    }

    /// Where the files came from (paths, for the terminal only).
    var sources: [String] = []
    var files: Int { sources.count }
    var hasRespondentID = false
    var leftOut: Set<TeamTally.LeftOut> = []
    /// The newest finished part per theme index: with `leftOut`, what the figures are scored from.
    private(set) var parts: [Int: TeamContribution.Part] = [:]
    /// The key of the first result gathered.
    private var firstKey: String?
    /// Themes seen only unfinished.
    private var unfinished: Set<Int> = []

    mutating func add(_ c: TeamContribution, from source: String) {
        sources.append(source)
        if firstKey == nil { firstKey = c.key }
        hasRespondentID = hasRespondentID || c.hasRespondentID
        leftOut.formUnion(c.leftOut)
        for part in c.parts {
            guard part.finished else { unfinished.insert(part.theme); continue }
            if let current = parts[part.theme], !part.isNewer(than: current) { continue }
            parts[part.theme] = part
        }
    }

    /// The key of this person's one result; nil when they have several.
    var onlyKey: String? { files == 1 ? firstKey : nil }

    /// Themes this person started but never finished (not counted).
    var unfinishedThemes: Int { unfinished.subtracting(parts.keys).count }

    /// The person's figures, scored by `Scorer.evaluate` (the one scorer) on the merged answers;
    /// nil when no theme was finished.
    func figures(_ catalog: TeamCatalog) -> Figures? {
        let chosen = parts.values.sorted { $0.theme < $1.theme }
        var themes: UInt64 = 0
        var answers: [(question: Int, value: TeamCatalog.Coded)] = []
        var byID: Answers = [:]
        for part in chosen {
            for (qi, value) in part.answers {
                answers.append((qi, value))
                byID[catalog.questions[qi].id] = catalog.answer(value, question: qi)
                if value != .text(""), part.theme < 64 { themes |= 1 << UInt64(part.theme) }
            }
        }
        guard themes != 0 else { return nil }
        answers.sort { $0.question < $1.question }
        let themeIDs = Set(catalog.themeIDs.indices.filter { $0 < 64 && themes & (1 << UInt64($0)) != 0 }.map { catalog.themeIDs[$0] })
        let evaluation = Scorer.evaluate(catalog.questionnaire, byID, themes: themeIDs)
        let scores = evaluation.themes.compactMap { t -> (theme: Int, score: Int)? in
            guard let score = t.score, let i = catalog.theme(t.theme) else { return nil }
            return (i, score)
        }
        return Figures(answers: answers, shared: chosen.reduce(into: Set<Int>()) { $0.formUnion($1.shared) },
                       themes: themes, scores: scores,
                       tips: evaluation.tips.compactMap { catalog.questionnaire.tipIndex[$0.tip] },
                       versions: Set(chosen.map(\.version)), day: chosen.map(\.day).max() ?? 0, leftOut: leftOut)
    }
}
