/// A resolved questionnaire set: every declaration of every file, in asking order.
public struct Questionnaire: Sendable {
    public var id: String
    public var title: String
    public var version: String
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
    public var examples: [ExampleDecl]

    public var themeIndex: [String: Int] = [:]
    public var dimensionIndex: [String: Int] = [:]
    public var questionIndex: [String: Int] = [:]
    public var tipIndex: [String: Int] = [:]
    /// How many questions each theme has.
    public var questionCounts: [String: Int] = [:]

    public init(id: String, title: String, version: String, themes: [ThemeDecl], dimensions: [DimensionDecl],
                scenarios: [ScenarioDecl], questions: [ResolvedQuestion], tips: [TipDecl], examples: [ExampleDecl]) {
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
        questionCounts = [:]
        for q in questions { questionCounts[q.theme, default: 0] += 1 }
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

    /// How many questions theme `id` has (hidden ones included).
    public func questionCount(inTheme id: String) -> Int { questionCounts[id] ?? 0 }

    /// The questions of one theme, in asking order.
    public func questions(inTheme theme: String) -> [ResolvedQuestion] {
        questions.filter { $0.theme == theme }
    }
}

/// A question with its place in the set.
public struct ResolvedQuestion: Sendable, Hashable {
    /// The full id, `scenario.question`.
    public var id: String
    public var scenario: String
    public var theme: String
    public var decl: QuestionDecl

    public var kind: QuestionKind? { decl.kind }
}
