import WijzerLanguage
import WijzerScoring

/// The reference questionnaire as lookup tables for team aggregation, built once per run: the
/// questions that can be answered, by index, with their answer categories and report labels.
public struct TeamCatalog: Sendable {
    /// How answers to a question are counted.
    enum Kind: Sendable, Equatable {
        case choice, multiple, yesNo, scale, reflection
    }

    /// One question with its answer categories.
    struct Question: Sendable {
        var resolved: ResolvedQuestion
        var id: String
        var theme: Int
        var kind: Kind
        /// Option keys (choice, multiple, yes/no: `ja`, `nee`), in questionnaire order.
        var keys: [String]
        /// What each category is called in the report (options, scale points).
        var labels: [String]
        /// The points of a scale (Likert and number questions), each a category.
        var grid = NumberGrid(low: 0, high: 0, step: 1)
        var fingerprint: String
        /// Answers that count: options or scale points; `nvt` is counted after them.
        var categories: Int { kind == .scale ? grid.width + 1 : keys.count }
        var allowsNotApplicable: Bool { resolved.decl.notApplicable != nil }
        var allowsDontKnow: Bool { resolved.decl.dontKnow != nil }
    }

    /// A person's answer to one question, as counted.
    enum Coded: Sendable, Equatable {
        /// An option (choice, yes/no) or a scale point, `0..<categories`.
        case category(Int)
        /// Multiple choice: the chosen options' categories, ascending, each once.
        case options([Int])
        case text(String)
        case notApplicable
        case dontKnow
    }

    var questionnaire: Questionnaire
    var stamp: QuestionnaireStamp
    var questions: [Question]
    var themeIDs: [String]
    var themeTitles: [String]
    private var index: [String: Int]
    private var themeIndex: [String: Int]

    /// `fingerprints`: the questionnaire's, when the caller has made them already.
    public init(_ q: Questionnaire, stamp: QuestionnaireStamp, fingerprints: QuestionFingerprints? = nil) {
        let fingerprints = fingerprints ?? QuestionFingerprints(q)
        questionnaire = q
        self.stamp = stamp
        themeIDs = q.themes.map(\.id.name)
        themeTitles = q.themes.map(\.title.text)
        let themeIndex = Dictionary(themeIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.themeIndex = themeIndex
        questions = q.questions.compactMap { r -> Question? in
            guard let kind = r.kind, let theme = themeIndex[r.theme] else { return nil }
            var question = Question(resolved: r, id: r.id, theme: theme, kind: .reflection, keys: [], labels: [],
                                    fingerprint: fingerprints[r])
            switch kind {
            case .choice(let options), .multiple(let options, _):
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
                question.grid = NumberGrid(low: DecimalNumber(low), high: DecimalNumber(max(low, high)), step: 1)
                question.labels = (low...max(low, high)).map { v in
                    let i = v - low
                    return i < labels.count ? "\(v) · \(labels[i].text)" : "\(v)"
                }
            case .number(_, _, _, let unit):
                question.kind = .scale
                let grid = kind.grid!
                question.grid = NumberGrid(low: grid.low, high: max(grid.low, grid.high), step: grid.step)
                question.labels = (0 ... question.grid.width).map { i in
                    let v = question.grid.point(i).dutch
                    return unit.map { "\(v) \($0.text)" } ?? v
                }
            case .reflection:
                question.kind = .reflection
            }
            return question
        }
        index = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The index of the question with this id, or nil.
    func question(_ id: String) -> Int? { index[id] }

    /// The index of the theme with this id, or nil.
    func theme(_ id: String) -> Int? { themeIndex[id] }

    /// `answer` to question `qi` as counted, or why it does not fit the question (Dutch).
    func code(_ answer: AnswerValue, question qi: Int) -> Result<Coded, TeamProblem.Reason> {
        let question = questions[qi]
        func unfit(_ why: String) -> Result<Coded, TeamProblem.Reason> {
            .failure(.init(message: "antwoord op `\(question.id)`: \(why)"))
        }
        switch (question.kind, answer) {
        case (_, .notApplicable):
            return question.allowsNotApplicable ? .success(.notApplicable) : unfit("deze vraag kent geen n.v.t.")
        case (_, .dontKnow):
            return question.allowsDontKnow ? .success(.dontKnow) : unfit("deze vraag kent geen ‘weet ik niet’")
        case (.choice, .option(let key)), (.yesNo, .option(let key)):
            guard let c = question.keys.firstIndex(of: key) else { return unfit("optie `\(key)` bestaat niet") }
            return .success(.category(c))
        case (.multiple, .options(let keys)):
            var chosen: Set<Int> = []
            for key in keys {
                guard let c = question.keys.firstIndex(of: key) else { return unfit("optie `\(key)` bestaat niet") }
                chosen.insert(c)
            }
            return .success(.options(chosen.sorted()))
        case (.scale, .number(let v)):
            let grid = question.grid
            guard v >= grid.low && v <= grid.high else { return unfit("\(v) ligt buiten \(grid.low)..\(grid.high)") }
            guard grid.isOnGrid(v) else { return unfit("\(v) ligt niet op de stappen van \(grid.step)") }
            return .success(.category(grid.steps(to: v)))
        case (.reflection, .text(let t)):
            return .success(.text(t))
        default:
            return unfit("soort antwoord past niet bij de vraag")
        }
    }

    /// The answer as the scorer takes it: the coded answer written back in questionnaire terms,
    /// so options come in questionnaire order, each once.
    func answer(_ coded: Coded, question qi: Int) -> AnswerValue {
        let question = questions[qi]
        switch coded {
        case .category(let c): return question.kind == .scale ? .number(question.grid.point(c)) : .option(question.keys[c])
        case .options(let cs): return .options(cs.map { question.keys[$0] })
        case .text(let t): return .text(t)
        case .notApplicable: return .notApplicable
        case .dontKnow: return .dontKnow
        }
    }
}
