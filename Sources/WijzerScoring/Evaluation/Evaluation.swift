import WijzerLanguage

/// What a set of answers means: scores, tips, strengths and reflections.
public struct Evaluation: Sendable, Hashable {
    public var themes: [ThemeScore]
    public var dimensions: [DimensionScore]
    /// Triggered tips, heaviest first; ties in questionnaire order.
    public var tips: [TriggeredTip]
    public var strengths: [Strength]
    public var reflections: [Reflection]
    /// Visible questions answered "weet ik niet", in questionnaire order: no score, but worth
    /// naming in the plan.
    public var unknowns: [Unknown] = []

    public func theme(_ id: String) -> ThemeScore? { themes.first { $0.theme == id } }
    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.dimension == id } }
    public func tip(_ id: String) -> TriggeredTip? { tips.first { $0.tip == id } }
}

/// A theme's score, 0-100, over the questions that counted.
public struct ThemeScore: Sendable, Hashable, Codable {
    public var theme: String
    /// nil when no answered question counted for the theme.
    public var score: Int?
    public var counted: Int
    /// Counted questions (`ThemeProgress`) answered with something other than n.v.t.
    public var answered: Int
    /// The theme's counted questions: the runner's "van M".
    public var total: Int
    /// Extra (show-if) questions answered with something other than n.v.t., beside `answered`.
    public var extraAnswered: Int
}

/// A dimension's score, 0-100.
public struct DimensionScore: Sendable, Hashable, Codable {
    public var dimension: String
    public var theme: String
    public var score: Int?
    public var counted: Int
}

/// A tip with its total weight and the answers that triggered it.
public struct TriggeredTip: Sendable, Hashable, Codable {
    public var tip: String
    public var weight: Int
    public var reasons: [TipReason]
}

/// One answer that triggered a tip.
public struct TipReason: Sendable, Hashable, Codable {
    public var question: String
    public var weight: Int
}

/// Good practice named by an answer.
public struct Strength: Sendable, Hashable, Codable {
    public var text: String
    public var question: String
    public var theme: String
}

/// A teacher's own words, quoted in the plan.
public struct Reflection: Sendable, Hashable, Codable {
    public var question: String
    public var theme: String
    public var text: String
}

/// A question answered "weet ik niet" (`dont-know`).
public struct Unknown: Sendable, Hashable, Codable {
    public var question: String
    public var theme: String

    public init(question: String, theme: String) {
        self.question = question
        self.theme = theme
    }
}
