/// A teacher's answer to one question. A skipped question has no answer at all.
public enum AnswerValue: Sendable, Hashable {
    case option(String)
    case options([String])
    case number(Int)
    case text(String)
    /// "n.v.t.": the question does not apply.
    case notApplicable
    /// "Weet ik niet": the question applies, but the teacher does not know (`dont-know`).
    case dontKnow
}

/// Answers by full question id.
public typealias Answers = [String: AnswerValue]
