import Foundation
import WijzerLanguage

/// A teacher's self-check: the answers per theme, and for finished themes the scores, tips,
/// strengths and reflections. The same document is the runner's autosaved session and, once a
/// theme is finished, the result file that `wijzer plan`, `compare` and `team` read.
/// Its JSON schema is docs/result.schema.json.
public struct ResultDocument: Sendable, Hashable, Codable {
    /// The format this code writes; newer versions are refused with a clear message.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var questionnaire: QuestionnaireStamp
    /// Only when the teacher gave one (`--name`).
    public var name: String?
    /// An anonymous id of the person: random, created once per data folder, never derived from a
    /// name or machine. The team report counts people by it; absent in older files.
    public var respondent: String?
    public var created: Date
    public var updated: Date
    public var themes: [ThemeResult]

    public init(questionnaire: QuestionnaireStamp, name: String? = nil, now: Date = ResultCodec.now()) {
        formatVersion = Self.currentFormatVersion
        self.questionnaire = questionnaire
        self.name = name
        created = now
        updated = now
        themes = []
    }

    /// The theme's record, created when missing.
    public subscript(theme id: String) -> ThemeResult {
        get { themes.first { $0.theme == id } ?? ThemeResult(theme: id) }
        set {
            if let i = themes.firstIndex(where: { $0.theme == id }) { themes[i] = newValue } else { themes.append(newValue) }
        }
    }

    /// The document with the themes in `ids` only: what a team asked for, without what the
    /// teacher did elsewhere (a live team session, `wijzer team --thema`).
    public func keeping(themes ids: [String]) -> ResultDocument {
        var document = self
        document.themes.removeAll { !ids.contains($0.theme) }
        return document
    }

    /// All answers of all themes, by question id.
    public var answers: Answers {
        var result: Answers = [:]
        for t in themes { for a in t.answers { result[a.question] = a.answer } }
        return result
    }
}

/// Which questionnaire a result belongs to, and a hash of its content to notice changes.
public struct QuestionnaireStamp: Sendable, Hashable, Codable {
    public var id: String
    public var version: String
    public var contentHash: String

    public init(id: String, version: String, contentHash: String) {
        self.id = id
        self.version = version
        self.contentHash = contentHash
    }
}

/// One theme of a self-check.
public struct ThemeResult: Sendable, Hashable, Codable {
    public var theme: String
    public var answers: [AnswerRecord] = []
    /// Questions the teacher skipped on purpose (`:overslaan`).
    public var skipped: [String] = []
    /// When the teacher confirmed the theme; nil while in progress.
    public var completed: Date?
    public var score: Int?
    public var dimensions: [DimensionScore] = []
    public var tips: [TriggeredTip] = []
    public var strengths: [Strength] = []
    public var reflections: [Reflection] = []

    public init(theme: String) { self.theme = theme }
}

/// One answer and when it was given.
public struct AnswerRecord: Sendable, Hashable, Codable {
    public var question: String
    public var answer: AnswerValue
    public var at: Date
    /// A fingerprint of the question as it was asked, to notice changed questions on resume.
    public var fingerprint: String?
    /// For a reflection: whether the teacher agreed to have it quoted anonymously in a team
    /// report. Absent (older files, or not asked) means no.
    public var shareAnonymously: Bool?

    public init(question: String, answer: AnswerValue, at: Date, fingerprint: String? = nil, shareAnonymously: Bool? = nil) {
        self.question = question
        self.answer = answer
        self.at = at
        self.fingerprint = fingerprint
        self.shareAnonymously = shareAnonymously
    }
}
