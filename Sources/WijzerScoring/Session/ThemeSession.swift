import Foundation
import WijzerLanguage

/// One theme of a self-check in progress: which questions are visible (show-if), which one is
/// current, and the answers recorded so far. Pure: the runner does the talking and the saving.
public struct ThemeSession: Sendable {
    public let questionnaire: Questionnaire
    public let theme: ThemeDecl
    /// The theme's questions in asking order, hidden ones included.
    public let questions: [ResolvedQuestion]
    public private(set) var document: ResultDocument
    /// Index into `questions` of the question being asked; nil before the first and after the last.
    public private(set) var current: Int?
    /// The questionnaire's fingerprints, made once by a caller that records many answers.
    private let fingerprints: QuestionFingerprints?

    public init(questionnaire: Questionnaire, theme: String, document: ResultDocument, fingerprints: QuestionFingerprints? = nil) {
        self.questionnaire = questionnaire
        self.theme = questionnaire.theme(theme) ?? ThemeDecl(id: Identifier(theme), title: TextValue(theme))
        questions = questionnaire.questions(inTheme: theme)
        self.document = document
        self.fingerprints = fingerprints
        current = nil
    }

    public var themeID: String { theme.id.name }
    public var record: ThemeResult { document[theme: themeID] }
    public var isCompleted: Bool { record.completed != nil }

    /// Whether `question` is asked, given the answers so far (show-if).
    public func isVisible(_ question: ResolvedQuestion) -> Bool {
        guard let showIf = question.showIf else { return true }
        return showIf.evaluate(document.answers)
    }

    /// Indices of the visible questions, in order.
    public var visibleIndices: [Int] { questions.indices.filter { isVisible(questions[$0]) } }

    public func answer(_ question: ResolvedQuestion) -> AnswerValue? {
        record.answers.first { $0.question == question.id }?.answer
    }

    public func isSkipped(_ question: ResolvedQuestion) -> Bool { record.skipped.contains(question.id) }

    /// Whether the question has been dealt with: answered or skipped on purpose.
    public func isDone(_ question: ResolvedQuestion) -> Bool { answer(question) != nil || isSkipped(question) }

    /// The answers `question` offers this teacher, in their order (`shuffle`: `OptionOrder`).
    public func menu(_ question: ResolvedQuestion) -> AnswerMenu {
        AnswerMenu(question.decl, id: question.id, respondent: document.respondent)
    }

    /// The first visible question that is neither answered nor skipped.
    public var firstOpen: Int? { questions.indices.first { isVisible(questions[$0]) && !isDone(questions[$0]) } }

    /// "vraag 4 van 11" (or an extra question's place), counted by `ThemeProgress`; past the
    /// last question, the last counted one.
    public var progress: ThemeProgress.Place {
        guard let c = current else {
            let total = ThemeProgress.total(questions)
            return .question(total, of: total)
        }
        return ThemeProgress.place(of: c, in: questions)
    }

    /// Counted questions dealt with, and counted questions in all: "bezig: 4 van 11"
    /// (`ThemeProgress`).
    public var doneCount: (done: Int, total: Int) {
        (ThemeProgress.count(questions) { isVisible($0) && isDone($0) }, ThemeProgress.total(questions))
    }

    /// Extra (show-if) questions dealt with, beside `doneCount`.
    public var extraDoneCount: Int {
        questions.filter { !ThemeProgress.counts($0) && isVisible($0) && isDone($0) }.count
    }

    /// Visible questions neither answered nor skipped, extra questions included.
    public var openCount: Int { visibleIndices.filter { !isDone(questions[$0]) }.count }

    /// Goes to the first open question; false when every visible question is done.
    public mutating func resume() -> Bool {
        current = firstOpen
        return current != nil
    }

    /// Goes to question `index` (from the review).
    public mutating func go(to index: Int) { current = index }

    /// Moves to the next visible question after the current one (answered or not); when there
    /// is none, to the first open one; nil means the theme is ready for review.
    @discardableResult
    public mutating func advance() -> Int? {
        // Looked for from the current question on, rather than in every visible question's
        // index: the server moves on after each saved answer (2,600 instructions a save).
        if let c = current, let next = questions.indices.dropFirst(c + 1).first(where: { isVisible(questions[$0]) }) {
            current = next
        } else {
            current = firstOpen
        }
        return current
    }

    /// Moves to the previous visible question; false when the current one is the first.
    public mutating func back() -> Bool {
        let c = current ?? questions.count
        guard let previous = questions.indices.prefix(c).last(where: { isVisible(questions[$0]) }) else { return false }
        current = previous
        return true
    }

    /// Records `value` as the answer to the current question; for a reflection, whether the
    /// teacher lets a team report quote it anonymously.
    public mutating func record(_ value: AnswerValue, at date: Date = ResultCodec.now(), shareAnonymously: Bool? = nil) {
        guard let c = current else { return }
        ResultBuilder.record(value, for: questions[c], in: &document, at: date, shareAnonymously: shareAnonymously, fingerprints: fingerprints)
    }

    /// Marks the current question as skipped on purpose, removing any answer.
    public mutating func skip(at date: Date = ResultCodec.now()) {
        guard let c = current else { return }
        ResultBuilder.skip(questions[c], in: &document, at: date)
    }

    /// Starts the theme afresh (a finished theme done again); the old result stays in its snapshot.
    public mutating func restart(at date: Date = ResultCodec.now()) {
        document[theme: themeID] = ThemeResult(theme: themeID)
        document.updated = date
        current = nil
    }

    /// Sets the teacher's name when given.
    public mutating func setName(_ name: String?) {
        if let name, !name.isEmpty { document.name = name }
    }

    /// Confirms the theme: drops answers to questions that ended up hidden, then fills in the
    /// score, dimensions, tips, strengths and reflections from the scorer.
    public mutating func complete(at date: Date = ResultCodec.now()) {
        ResultBuilder.complete(theme: themeID, in: &document, questionnaire: questionnaire, at: date)
        current = nil
    }
}
