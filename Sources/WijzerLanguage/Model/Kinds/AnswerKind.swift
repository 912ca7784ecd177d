/// Everything Wijzer knows about one kind of question, in one place: which answers it takes,
/// how a typed answer is read, how an answer is shown and read back, what it scores, and which
/// answers the checker tries when it asks whether a condition can hold.
///
/// Every consumer (the checker, the scorer, the runner's menu and parser, the review screen,
/// the fingerprint of result files) goes through this description instead of switching on
/// `QuestionKind` itself, so a new kind is one new conforming type plus its syntax.
/// docs/ARCHITECTURE.md lists the files a new kind touches.
public protocol AnswerKind: Sendable {
    /// The Dutch name, for messages: "keuzevraag".
    var name: String { get }

    /// The answers offered as a numbered list (options, yes/no, scale points); empty when the
    /// answer is typed freely (a number, a text).
    var choices: [AnswerChoice] { get }

    /// Whether the menu shows each choice with its key ("b. Ik noem ...").
    var showsKeys: Bool { get }

    /// What a condition may compare answers of this kind with.
    var operand: ConditionOperand { get }

    /// Whether `value` is a possible answer (n.v.t. is decided by the question, not the kind).
    func accepts(_ value: AnswerValue) -> Bool

    /// Whether the n.v.t. answer gets the next number in the menu (lists of options do).
    var numbersNotApplicable: Bool { get }

    /// Reads what a teacher typed (trimmed, not empty): nil when it is not an answer. `menu`
    /// holds this kind's choices and the n.v.t. entry, which typed words may also name.
    func parse(_ text: String, in menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem>

    /// One line saying what to type, shown under the question.
    func hint(_ menu: AnswerMenu) -> String

    /// One line saying what is expected, after an answer that was not accepted.
    func expectation(_ menu: AnswerMenu) -> String

    /// How an answer of this kind reads in the review screen: "b. Ik noem ...", "4 (vaak)".
    /// (n.v.t. and free text read the same for every kind: see `AnswerMenu.describe`.)
    func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String

    /// Points per dimension for `answer`: earned, and the lowest and highest any answer could
    /// earn. `scales` are the question's `score DIM scale` lines.
    func contributions(_ answer: AnswerValue, scales: [ScaleScore]) -> [String: ScoreContribution]

    /// The answers worth trying when searching whether a condition can hold, given the numbers
    /// conditions compare this question with (skipped and n.v.t. are added by the search).
    func candidates(comparedWith numbers: [DecimalNumber]) -> [AnswerValue]

    /// A stable text of what the teacher saw (kind, options, range): part of the question's
    /// fingerprint in result files.
    var fingerprint: String { get }
}

/// One entry of a question's numbered list of answers.
public struct AnswerChoice: Sendable, Hashable {
    /// What typing the number means (1-based, or the scale value); nil for an entry typed only
    /// by word (n.v.t. next to a scale).
    public var number: Int?
    /// The option key (`a`, `ja`) or the scale value as text.
    public var key: String
    public var label: String
    public var value: AnswerValue

    public init(number: Int?, key: String, label: String, value: AnswerValue) {
        self.number = number
        self.key = key
        self.label = label
        self.value = value
    }
}

/// Why a typed answer is not accepted: what the question expects instead (Dutch).
public struct AnswerProblem: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}

/// Points one answer earns for a dimension, and the lowest and highest any answer could earn.
public struct ScoreContribution: Sendable, Hashable {
    public var earned: Int
    public var lowest: Int
    public var highest: Int

    public init(earned: Int, lowest: Int, highest: Int) {
        self.earned = earned
        self.lowest = lowest
        self.highest = highest
    }
}

/// What conditions compare a question's answers with.
public enum ConditionOperand: Sendable, Hashable {
    /// One option key (`=`, `!=`, `in`): choice and yes/no questions.
    case option(keys: [String])
    /// Several option keys (`has`, `in`): multiple-choice questions.
    case options(keys: [String])
    /// A number on a grid (every comparison): scales and numbers.
    case number(NumberGrid)
    /// Nothing but `is answered` / `is skipped`: free text.
    case none
}

extension QuestionKind {
    /// The description of this kind: the one place its behaviour is defined.
    public var answerKind: any AnswerKind {
        switch self {
        case .choice(let options): ChoiceKind(options: options)
        case .multiple(let options, let limits): MultipleKind(options: options, limits: limits)
        case .yesNo(let options): YesNoKind(options: options)
        case .likert(let low, let high, let labels): LikertKind(low: low, high: high, labels: labels.map(\.text))
        case .number(let low, let high, let step, let unit):
            NumberKind(grid: NumberGrid(low: low, high: high, step: step ?? NumberGrid.defaultStep(low: low, high: high)), unit: unit?.text)
        case .reflection: ReflectionKind()
        }
    }

    /// The Dutch name, for messages.
    public var name: String { answerKind.name }
}

extension AnswerKind {
    public var showsKeys: Bool { false }
    public var numbersNotApplicable: Bool { false }

    public func describe(_ value: AnswerValue, in menu: AnswerMenu) -> String {
        menu.describeGenerically(value)
    }

    /// Parse failures say what is expected.
    func problem(_ menu: AnswerMenu) -> Result<AnswerValue, AnswerProblem> {
        .failure(AnswerProblem(message: expectation(menu)))
    }

    /// The problem with `text` that matches nothing, or the start of several answers: then
    /// it says which, so the teacher knows what more to type.
    func problem(_ text: String, _ menu: AnswerMenu) -> AnswerProblem {
        let matches = menu.choices(startingWith: text)
        guard matches.count > 1 else { return AnswerProblem(message: "“\(text)” is geen van de antwoorden. " + expectation(menu)) }
        let which = matches.map { item in item.number.map { "\($0) (\(item.label))" } ?? item.label }
        return AnswerProblem(message: "“\(text)” past bij meer antwoorden: \(which.joined(separator: "; ")). Typ het nummer of meer van het antwoord.")
    }

    /// ", of n.v.t" when the question has an n.v.t. answer.
    /// (No last full stop: the sentence's own completes "n.v.t.".)
    static func orNotApplicable(_ menu: AnswerMenu) -> String { menu.notApplicable == nil ? "" : ", of n.v.t" }
}
