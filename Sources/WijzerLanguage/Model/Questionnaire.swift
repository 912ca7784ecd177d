/// A resolved questionnaire set: every declaration of every file, in asking order.
public struct Questionnaire: Sendable {
    public var id: String
    public var title: String
    public var version: String
    /// What the set says about itself: publisher, intro, default plan texts.
    public var about = SetDescription()
    /// Themes in the recommended order.
    public var themes: [ThemeDecl]
    public var dimensions: [DimensionDecl]
    /// Scenarios in asking order: by theme, then as written. Their questions are in
    /// `questions` (resolved: conditions point at full ids); `ScenarioDecl.questions` is
    /// left empty here, so that no question is held twice.
    public var scenarios: [ScenarioDecl]
    /// Questions in asking order.
    public var questions: [ResolvedQuestion]
    public var tips: [TipDecl]
    /// Each tip's `when` conditions on scores, resolved, with their weights (by tip id).
    public var scoreTriggers: [String: [(condition: Condition, weight: Int)]] = [:]
    public var examples: [ResolvedExample]

    public var themeIndex: [String: Int] = [:]
    public var dimensionIndex: [String: Int] = [:]
    public var questionIndex: [String: Int] = [:]
    public var tipIndex: [String: Int] = [:]
    /// Each theme's questions in asking order (`questions(inTheme:)`), kept beside `questions`
    /// so that a session of a theme takes them without copying each one: the server starts a
    /// session a few times for every answer saved (ThemeSession), and copying the questions was
    /// 2 to 3 % of its time per save (Benchmarks/serve, perf). Copies: `reindex()` after
    /// changing `questions`.
    private var questionsByTheme: [String: [ResolvedQuestion]] = [:]

    public init(id: String, title: String, version: String, themes: [ThemeDecl], dimensions: [DimensionDecl],
                scenarios: [ScenarioDecl], questions: [ResolvedQuestion], tips: [TipDecl], examples: [ResolvedExample]) {
        self.id = id
        self.title = title
        self.version = version
        self.themes = themes
        self.dimensions = dimensions
        self.scenarios = scenarios
        self.questions = questions
        self.tips = tips
        self.examples = examples
        reindex()
    }

    /// Rebuilds the id lookups after the arrays changed.
    public mutating func reindex() {
        themeIndex = Self.firstIndex(themes) { $0.id.name }
        dimensionIndex = Self.firstIndex(dimensions) { $0.id.name }
        questionIndex = Self.firstIndex(questions) { $0.id }
        tipIndex = Self.firstIndex(tips) { $0.id.name }
        questionsByTheme = Dictionary(grouping: questions, by: \.theme)
    }

    /// Each key's first index in `items`.
    private static func firstIndex<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        // Backwards, so that the first of duplicate keys is written last and wins.
        for i in items.indices.reversed() { index[key(items[i])] = i }
        return index
    }

    public func theme(_ id: String) -> ThemeDecl? { themeIndex[id].map { themes[$0] } }
    public func tip(_ id: String) -> TipDecl? { tipIndex[id].map { tips[$0] } }
    public func question(_ id: String) -> ResolvedQuestion? { questionIndex[id].map { questions[$0] } }

    /// The questions of one theme, in asking order.
    public func questions(inTheme theme: String) -> [ResolvedQuestion] {
        questionsByTheme[theme] ?? []
    }

    /// The questions of one theme that `answers` hide, because their `show-if` (or their
    /// scenario's) does not hold: what completing the theme drops, and what an example must not
    /// answer.
    public func hiddenQuestions(inTheme theme: String, answers: Answers) -> Set<String> {
        Set(questions(inTheme: theme).filter { $0.isHidden(by: answers) }.map(\.id))
    }
}

/// A question with its place in the set and its conditions resolved.
public struct ResolvedQuestion: Sendable, Hashable {
    /// The full id, `scenario.question`.
    public var id: String
    public var scenario: String
    public var theme: String
    /// The question as written (its conditions as syntax, `Expr`).
    public var decl: QuestionDecl
    /// `show-if`, with the questions it names resolved.
    public var showIf: Condition?
    /// The `when` rules, with their conditions resolved.
    public var rules: [ResolvedRule]

    public init(id: String, scenario: String, theme: String, decl: QuestionDecl,
                showIf: Condition? = nil, rules: [ResolvedRule] = []) {
        self.id = id
        self.scenario = scenario
        self.theme = theme
        self.decl = decl
        self.showIf = showIf
        self.rules = rules
    }

    public var kind: QuestionKind? { decl.kind }

    /// Whether `answers` hide this question: its `show-if` (or its scenario's) does not hold.
    public func isHidden(by answers: Answers) -> Bool {
        showIf.map { !$0.evaluate(answers) } ?? false
    }
}

/// A `when` rule with its condition resolved.
public struct ResolvedRule: Sendable, Hashable {
    public var condition: Condition
    public var effects: [Effect]
    /// Where the `when` line is.
    public var span: Span
}

/// An `example` with the questions it answers resolved to full ids.
public struct ResolvedExample: Sendable, Hashable {
    /// The example as written.
    public var decl: ExampleDecl
    /// Its answers in the order written. Lines naming no question are left out (the checker
    /// reports them).
    public var answers: [ExampleAnswerValue]

    public var id: Identifier { decl.id }
}

/// One answer of an example: the question's full id and the answer (nil: `skip`).
public struct ExampleAnswerValue: Sendable, Hashable {
    public var question: String
    public var value: AnswerValue?
    /// Where the example names the question.
    public var span: Span
}
