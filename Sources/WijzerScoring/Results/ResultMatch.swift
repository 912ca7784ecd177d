import WijzerLanguage

/// The part of a result file that still fits the questionnaire as it is now, for `plan` and
/// `compare`: answers to questions that no longer exist, that changed since they were answered,
/// or that are no possible answer (an option the question does not have, a number out of range)
/// are left out and named, so a plan can always be remade and an edited file cannot change a score.
public enum ResultMatch {
    /// An answer that was not counted, and why.
    public struct Ignored: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// The question (or its theme) is not in the questionnaire.
            case unknownQuestion
            /// The question's text, kind, options or range changed since it was answered.
            case changed
            /// The answer is not one this question has.
            case unknownAnswer
        }

        public var question: String
        public var answer: AnswerValue
        public var reason: Reason

        /// A Dutch line naming the question and why its answer was not counted. It quotes the
        /// file's text: print it through `VisibleText`.
        public var message: String {
            switch reason {
            case .unknownQuestion:
                "vraag `\(question)` staat niet (meer) in de vragenlijst; je antwoord is niet meegeteld"
            case .changed:
                "vraag `\(question)` is veranderd sinds je hem beantwoordde; je antwoord is niet meegeteld"
            case .unknownAnswer:
                "vraag `\(question)` kent het antwoord `\(Self.describe(answer))` niet; het is niet meegeteld"
            }
        }

        static func describe(_ answer: AnswerValue) -> String {
            switch answer {
            case .option(let key): key
            case .options(let keys): keys.joined(separator: ", ")
            case .number(let n): n.description
            case .text: "(tekst)"
            case .notApplicable: "nvt"
            case .dontKnow: "dont-know"
            }
        }
    }

    /// `document` with only the answers that fit `questionnaire`, whose content is `stamp`,
    /// and the answers left out, in file order. Answers carry the fingerprint of the question
    /// they answered, so after an edit the unchanged questions still count.
    public static func match(_ document: ResultDocument, to questionnaire: Questionnaire,
                             stamp: QuestionnaireStamp) -> (document: ResultDocument, ignored: [Ignored]) {
        let edited = document.questionnaire.contentHash != stamp.contentHash
        var result = document
        var ignored: [Ignored] = []
        for index in result.themes.indices {
            let theme = result.themes[index].theme
            result.themes[index].answers = result.themes[index].answers.filter { record in
                let reason = problem(record, theme: theme, questionnaire: questionnaire, edited: edited)
                if let reason { ignored.append(Ignored(question: record.question, answer: record.answer, reason: reason)) }
                return reason == nil
            }
        }
        return (result, ignored)
    }

    private static func problem(_ record: AnswerRecord, theme: String, questionnaire: Questionnaire, edited: Bool) -> Ignored.Reason? {
        guard let question = questionnaire.question(record.question), question.theme == theme else { return .unknownQuestion }
        // Files without fingerprints predate them; their answers are judged by value alone.
        if edited, let print = record.fingerprint, print != question.fingerprint { return .changed }
        let possible = switch record.answer {
        case .notApplicable: question.decl.notApplicable != nil
        case .dontKnow: question.decl.dontKnow != nil
        default: (question.kind ?? .reflection).answerKind.accepts(record.answer)
        }
        return possible ? nil : .unknownAnswer
    }
}
