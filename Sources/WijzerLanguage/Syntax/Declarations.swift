/// A name written in a file: an id, an option key, a keyword argument.
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var span: Span
    public init(_ name: String, span: Span = .none) { self.name = name; self.span = span }
    public var description: String { name }
}

/// A titled link (a download or a page of the guide), or a title alone: a book.
public struct Resource: Sendable, Hashable {
    public var title: TextValue
    /// nil for a resource without an address, such as a book.
    public var url: TextValue?
}

/// The `questionnaire` declaration: the set's id, title and version, and what the set says
/// about itself (`SetDescription`).
public struct QuestionnaireDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var version: TextValue?
    public var publisher: TextValue?
    public var intro: TextValue?
    /// `minutes LOW..HIGH` as written (possibly reversed: the validator reports that).
    public var minutes: Bounds?
    public var guide: TextValue?
    public var notice: TextValue?
    public var praise: TextValue?
    public var attribution: Resource?

    /// Two numbers as written, with their place.
    public struct Bounds: Sendable, Hashable {
        public var low: Int
        public var high: Int
        public var span: Span
    }
}

/// A `theme`: one of the guide's six themes.
public struct ThemeDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var order: Int?
    public var opening: TextValue?
    public var knowledge: TextValue?
    public var source: TextValue?
    public var resources: [Resource] = []

    public init(id: Identifier, title: TextValue, order: Int? = nil, opening: TextValue? = nil,
                knowledge: TextValue? = nil, source: TextValue? = nil, resources: [Resource] = []) {
        self.id = id
        self.title = title
        self.order = order
        self.opening = opening
        self.knowledge = knowledge
        self.source = source
        self.resources = resources
    }
}

/// A `dimension`: a named score within a theme.
public struct DimensionDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var theme: Identifier
}

/// A `scenario`: a concrete situation followed by questions.
public struct ScenarioDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var theme: Identifier
    public var situation: TextValue?
    /// `show-if` on the scenario: each of its questions is asked only when it holds.
    public var showIf: Expr?
    public var questions: [QuestionDecl] = []
}

/// How long a tip takes to put into practice.
public enum Timeframe: String, Sendable, Hashable, CaseIterable {
    case thisWeek = "deze-week"
    case thisMonth = "deze-maand"
    case thisSchoolYear = "dit-schooljaar"

    /// The Dutch words for a plan.
    public var label: String {
        switch self {
        case .thisWeek: "deze week"
        case .thisMonth: "deze maand"
        case .thisSchoolYear: "dit schooljaar"
        }
    }
}

/// A `tip`: a practical action from the guide.
public struct TipDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var theme: Identifier?
    public var timeframe: Timeframe?
    /// `timeframe "binnen twee weken"`: a timeframe in the author's words, instead of one of the three.
    public var customTimeframe: TextValue?
    public var timeframeSpan: Span = .none
    public var text: TextValue?
    public var steps: [TextValue] = []
    public var notice: TextValue?
    public var source: TextValue?
    public var resources: [Resource] = []
    /// `after a, b`: tips this one builds on; the plan puts them before it.
    public var after: [Identifier] = []
    /// `when score feedback < 40 [weight N]`: conditions on scores that trigger the tip.
    public var triggers: [ScoreTrigger] = []
}

/// A tip's `when` line: a condition on scores and the weight it adds.
public struct ScoreTrigger: Sendable, Hashable {
    public var condition: Expr
    public var weight: Int
}

/// An `example`: given these answers, these tips follow and these scores lie in a range.
public struct ExampleDecl: Sendable, Hashable {
    public var id: Identifier
    public var title: TextValue
    public var answers: [ExampleAnswer] = []
    public var expectedTips: [Identifier] = []
    public var forbiddenTips: [Identifier] = []
    public var scoreRanges: [ScoreRange] = []
}

/// One `question = value` line of an example.
public struct ExampleAnswer: Sendable, Hashable {
    public var question: QuestionRef
    public var value: AnswerLiteral
}

/// An answer as written in an example.
public enum AnswerLiteral: Sendable, Hashable {
    case word(Identifier)
    case number(DecimalNumber, Span)
    case text(TextValue)
    case list([Identifier], Span)
    case notApplicable(Span)
    /// `dont-know`: "weet ik niet".
    case dontKnow(Span)
    case skip(Span)

    public var span: Span {
        switch self {
        case .word(let id): id.span
        case .number(_, let s), .list(_, let s), .notApplicable(let s), .dontKnow(let s), .skip(let s): s
        case .text(let t): t.span
        }
    }
}

/// `expect score ID between LOW and HIGH`.
public struct ScoreRange: Sendable, Hashable {
    public var target: Identifier
    public var low: Int
    public var high: Int
    public var span: Span
}

/// One top-level declaration of a file.
public enum Declaration: Sendable, Hashable {
    case questionnaire(QuestionnaireDecl)
    case theme(ThemeDecl)
    case dimension(DimensionDecl)
    case scenario(ScenarioDecl)
    case tip(TipDecl)
    case example(ExampleDecl)
    case condition(ConditionDecl)
}

/// `condition NAME: EXPR`: a condition with a name, to use by that name in `show-if` and
/// `when` wherever it applies (resolved in place, as if written out there).
public struct ConditionDecl: Sendable, Hashable {
    public var id: Identifier
    public var expr: Expr
}
