import WijzerLanguage

/// How far a teacher is in one theme, counted one way everywhere: the runner's "vraag N van M",
/// the start screen's "bezig: N van M" and the plan's "N van de M vragen beantwoord".
///
/// M counts the questions every teacher is asked: those without `show-if`. A question with
/// `show-if` appears only after certain answers, so counting it would make M jump as answers
/// reveal or hide it; the runner shows it as an extra question without a number of its own.
/// So M never changes during a run, N grows by one from one counted question to the next, and
/// the plan's M is the runner's M.
public enum ThemeProgress {
    /// Where one question stands in its theme.
    public enum Place: Sendable, Hashable {
        /// Counted question `number` of `total`.
        case question(_ number: Int, of: Int)
        /// An extra (show-if) question after `after` of the `total` counted questions.
        case extra(after: Int, of: Int)
    }

    /// Whether `question` counts toward M.
    public static func counts(_ question: ResolvedQuestion) -> Bool { question.showIf == nil }

    /// M: how many of `questions` every teacher is asked.
    public static func total(_ questions: [ResolvedQuestion]) -> Int {
        questions.reduce(0) { $0 + (counts($1) ? 1 : 0) }
    }

    /// How many counted questions of `questions` satisfy `predicate` (answered, done).
    public static func count(_ questions: [ResolvedQuestion], where predicate: (ResolvedQuestion) -> Bool) -> Int {
        questions.reduce(0) { $0 + (counts($1) && predicate($1) ? 1 : 0) }
    }

    /// The place of `questions[index]`: its number among the counted questions, or, for an
    /// extra question, how many counted questions come before it.
    public static func place(of index: Int, in questions: [ResolvedQuestion]) -> Place {
        let before = total(Array(questions[..<index]))
        let all = total(questions)
        return counts(questions[index]) ? .question(before + 1, of: all) : .extra(after: before, of: all)
    }
}
