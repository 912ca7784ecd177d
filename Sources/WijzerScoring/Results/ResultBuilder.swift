import Foundation
import WijzerLanguage

/// The one place that changes a result document: answers, skips and completed themes. The
/// runner's `ThemeSession`, the report examples and the test generators all go through it.
public enum ResultBuilder {
    /// Sets (or replaces, in place) the answer to `question`, stamped with its fingerprint (looked
    /// up in `fingerprints` when given); `shareAnonymously` is the teacher's choice for a
    /// reflection (nil: not asked).
    public static func record(_ answer: AnswerValue, for question: ResolvedQuestion, in document: inout ResultDocument, at date: Date,
                              shareAnonymously: Bool? = nil, fingerprints: QuestionFingerprints? = nil) {
        var theme = document[theme: question.theme]
        let entry = AnswerRecord(question: question.id, answer: answer, at: date, fingerprint: fingerprints?[question] ?? question.fingerprint,
                                 shareAnonymously: shareAnonymously)
        if let i = theme.answers.firstIndex(where: { $0.question == question.id }) {
            theme.answers[i] = entry
        } else {
            theme.answers.append(entry)
        }
        theme.skipped.removeAll { $0 == question.id }
        document[theme: question.theme] = theme
        document.updated = date
    }

    /// Marks `question` as skipped on purpose, removing any answer.
    public static func skip(_ question: ResolvedQuestion, in document: inout ResultDocument, at date: Date) {
        var theme = document[theme: question.theme]
        theme.answers.removeAll { $0.question == question.id }
        if !theme.skipped.contains(question.id) { theme.skipped.append(question.id) }
        document[theme: question.theme] = theme
        document.updated = date
    }

    /// Marks `theme` finished at `date`: drops answers to questions that ended up hidden (their
    /// `show-if` no longer holds), then stores the scores, tips, strengths and reflections.
    public static func complete(theme id: String, in document: inout ResultDocument, questionnaire: Questionnaire, at date: Date) {
        var theme = document[theme: id]
        let hidden = questionnaire.hiddenQuestions(inTheme: id, answers: document.answers)
        theme.answers.removeAll { hidden.contains($0.question) }
        theme.skipped.removeAll { hidden.contains($0) }
        document[theme: id] = theme
        let evaluation = Scorer.evaluate(questionnaire, document.answers, themes: [id])
        theme.completed = date
        theme.score = evaluation.theme(id)?.score
        theme.dimensions = evaluation.dimensions.filter { $0.theme == id }
        theme.tips = evaluation.tips
        theme.strengths = evaluation.strengths.filter { $0.theme == id }
        theme.reflections = evaluation.reflections.filter { $0.theme == id }
        document[theme: id] = theme
        document.updated = date
    }
}
