/// A teacher's answer to one question. A skipped question has no answer at all.
public enum AnswerValue: Sendable, Hashable {
    case option(String)
    case options([String])
    /// A number question's or a scale's answer: exact, whole or with decimals.
    case number(DecimalNumber)
    case text(String)
    /// "n.v.t.": the question does not apply.
    case notApplicable
    /// "Weet ik niet": the question applies, but the teacher does not know (`dont-know`).
    case dontKnow
}

/// Answers by full question id.
public typealias Answers = [String: AnswerValue]
