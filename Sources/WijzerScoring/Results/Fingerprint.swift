import WijzerLanguage

/// Short content fingerprints: FNV-1a 64-bit, hex. They notice changes; they are not security.
/// (No hash function ships with the standard library, and pulling in swift-crypto for change
/// detection would double build time.)
public enum Fingerprint {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint of a set of source files, in order.
    public static func of(files: [SourceFile]) -> String {
        var all: [UInt8] = []
        for f in files { all += f.bytes[f.contentStart...]; all.append(0) }
        return of(all)
    }
}

extension ResolvedQuestion {
    /// What the teacher saw: text, kind, options and range. Changes when the question changes
    /// in a way that may change the meaning of an answer.
    public var fingerprint: String {
        var s = decl.text.text + "\u{1}"
        s += decl.kind?.answerKind.fingerprint ?? "?"
        if decl.notApplicable != nil { s += "\u{1}nvt" }
        // Only when present, so the fingerprints of questions without it stay as they were.
        if decl.dontKnow != nil { s += "\u{1}dont-know" }
        return Fingerprint.of(s.utf8)
    }
}

/// The fingerprints of one questionnaire's questions, computed once. `wijzer serve` stamps every
/// saved answer with its question's fingerprint; looked up here instead of hashed again, that
/// spares a save about 26,000 instructions (callgrind, Benchmarks/serve/save-instructions.py).
/// The team catalog takes its fingerprints from here too.
public struct QuestionFingerprints: Sendable {
    private let byQuestion: [String: String]

    public init(_ questionnaire: Questionnaire) {
        byQuestion = Dictionary(questionnaire.questions.map { ($0.id, $0.fingerprint) }) { first, _ in first }
    }

    /// The fingerprint of `question`, a question of the questionnaire these were made from (by
    /// its id; one with an id it does not have is hashed).
    public subscript(_ question: ResolvedQuestion) -> String {
        byQuestion[question.id] ?? question.fingerprint
    }
}

extension Questionnaire {
    /// The stamp written into result files for this questionnaire and its source files.
    public func stamp(files: [SourceFile]) -> QuestionnaireStamp {
        QuestionnaireStamp(id: id, version: version, contentHash: Fingerprint.of(files: files))
    }
}
