import WijzerLanguage

/// Brings a saved session up to date with a questionnaire that changed since it was saved:
/// answers to unchanged questions are kept, answers to changed or removed questions are dropped
/// and named, so the runner can tell the teacher. Never fails.
public enum SessionMigration {
    /// An answer that could not be kept.
    public struct Dropped: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// The question (or its theme) is no longer in the questionnaire.
            case removed
            /// The question's text, kind, options or range changed.
            case changed
        }

        public var question: String
        public var theme: String
        public var reason: Reason
        /// The question's current text, when it still exists.
        public var text: String?

        /// A Dutch line naming the question and why its answer is gone.
        public var message: String {
            switch reason {
            case .removed: "vraag `\(question)` bestaat niet meer; je antwoord is vervallen"
            case .changed: "vraag `\(question)` is veranderd (“\(text ?? question)”); je antwoord is vervallen en wordt opnieuw gevraagd"
            }
        }
    }

    /// `document` fitted to `questionnaire` and stamped with `stamp`, and what was dropped.
    /// A finished theme that lost answers is reopened, so the changed questions are asked.
    public static func migrate(_ document: ResultDocument, to questionnaire: Questionnaire,
                               stamp: QuestionnaireStamp) -> (document: ResultDocument, dropped: [Dropped]) {
        var result = document
        var dropped: [Dropped] = []
        var themes: [ThemeResult] = []
        for var record in document.themes {
            let known = questionnaire.theme(record.theme) != nil
            var kept: [AnswerRecord] = []
            for answer in record.answers {
                guard known, let question = questionnaire.question(answer.question), question.theme == record.theme else {
                    dropped.append(Dropped(question: answer.question, theme: record.theme, reason: .removed, text: nil))
                    continue
                }
                if let print = answer.fingerprint, print != question.fingerprint {
                    dropped.append(Dropped(question: answer.question, theme: record.theme, reason: .changed, text: question.decl.text.text))
                    continue
                }
                kept.append(answer)
            }
            guard known else { continue }
            let lost = kept.count != record.answers.count
            record.answers = kept
            record.skipped = record.skipped.filter { questionnaire.question($0)?.theme == record.theme }
            if lost && record.completed != nil {
                var reopened = ThemeResult(theme: record.theme)
                reopened.answers = record.answers
                reopened.skipped = record.skipped
                record = reopened
            }
            themes.append(record)
        }
        result.themes = themes
        result.questionnaire = stamp
        return (result, dropped)
    }
}
