import Foundation

/// Records answers into a result document and completes themes with their evaluation.
public enum ResultBuilder {
    /// Sets (or replaces) the answer to `question`, stamped with its fingerprint.
    public static func record(_ answer: AnswerValue, for question: ResolvedQuestion, in document: inout ResultDocument, at date: Date) {
        var theme = document[theme: question.theme]
        theme.answers.removeAll { $0.question == question.id }
        theme.skipped.removeAll { $0 == question.id }
        theme.answers.append(AnswerRecord(question: question.id, answer: answer, at: date, fingerprint: question.fingerprint))
        document[theme: question.theme] = theme
        document.updated = date
    }

    /// Marks `theme` finished at `date` and stores its scores, tips, strengths and reflections.
    public static func complete(theme id: String, in document: inout ResultDocument, questionnaire: Questionnaire, at date: Date) {
        let evaluation = Scorer.evaluate(questionnaire, document.answers, themes: [id])
        var theme = document[theme: id]
        theme.completed = date
        theme.score = evaluation.theme(id)?.score
        theme.dimensions = evaluation.dimensions.filter { $0.theme == id }
        theme.tips = evaluation.tips
        theme.strengths = evaluation.strengths
        theme.reflections = evaluation.reflections
        document[theme: id] = theme
        document.updated = date
    }
}
