import Foundation
import WijzerLanguage
import WijzerScoring

/// What one result file adds: whose it is (the anonymous respondent id, or for older files the
/// best match there is), and per theme its answers checked against the catalog and coded, with the
/// answers left out because the question changed or no longer exists. Scoring happens later, on a
/// person's merged themes (`TeamMember`).
public struct TeamContribution: Sendable {
    /// One theme of one file.
    struct Part: Sendable {
        var theme: Int
        /// Only finished themes count (docs/TEAM.md, "Unfinished themes").
        var finished: Bool
        /// When the theme was finished (or last answered): the newest part of a person wins.
        var time: Double
        /// The counted answers, by catalog question index, ascending.
        var answers: [(question: Int, value: TeamCatalog.Coded)]
        /// Reflection questions whose text the teacher agreed to share anonymously.
        var shared: Set<Int>
        var version: String
        /// Days since 1970-01-01 of the file's `updated`.
        var day: Int
        /// The file's key, to break ties between parts of the same time.
        var key: String

        /// Whether this part should replace `other` as the person's answers to the theme.
        func isNewer(than other: Part) -> Bool { (time, key) > (other.time, other.key) }
    }

    /// Identifies the result for duplicate detection: a fingerprint of everything counted.
    var key: String
    /// Whose result this is: the respondent id, or (older files) the questionnaire and `created`,
    /// which every snapshot of one runner session shares.
    var person: String
    /// Whether the file carried a respondent id.
    var hasRespondentID: Bool
    var parts: [Part]
    /// Answers not counted because their question changed or no longer exists.
    var leftOut: Set<TeamTally.LeftOut> = []

    init(_ document: ResultDocument, catalog: TeamCatalog) throws(TeamProblem.Reason) {
        let stamp = document.questionnaire
        guard stamp.id == catalog.stamp.id else {
            throw TeamProblem.Reason(message: ResultCodec.otherQuestionnaire(stamp.id, catalog.stamp.id))
        }
        let sameVersion = stamp.contentHash == catalog.stamp.contentHash
        let day = Int((document.updated.timeIntervalSince1970 / 86_400).rounded(.down))
        var key = KeyBuilder()
        key.add(document.respondent ?? "")
        key.add(stamp.version)
        key.add(String(document.created.timeIntervalSince1970))
        key.add(String(document.updated.timeIntervalSince1970))
        var parts: [Part] = []
        var leftOut: Set<TeamTally.LeftOut> = []
        for theme in document.themes {
            key.add(theme.theme)
            key.add(theme.completed.map { String($0.timeIntervalSince1970) } ?? "-")
            var coded: [Int: TeamCatalog.Coded] = [:]
            var shared: Set<Int> = []
            var time = theme.completed?.timeIntervalSince1970 ?? 0
            for record in theme.answers {
                key.add(record.question)
                if theme.completed == nil { time = max(time, record.at.timeIntervalSince1970) }
                guard let qi = catalog.question(record.question) else {
                    leftOut.insert(.init(question: record.question, version: stamp.version, reason: .unknown))
                    continue
                }
                if !sameVersion && record.fingerprint != catalog.questions[qi].fingerprint {
                    leftOut.insert(.init(question: record.question, version: stamp.version, reason: .changed))
                    continue
                }
                coded[qi] = try catalog.code(record.answer, question: qi).get()
                if record.shareAnonymously == true { shared.insert(qi) }
                key.add(record.answer)
                key.add(record.shareAnonymously == true ? "s" : "-")
            }
            // A theme the questionnaire does not know has no counted answers (all listed as left out).
            guard let t = catalog.theme(theme.theme) else { continue }
            parts.append(Part(theme: t, finished: theme.completed != nil, time: time,
                              answers: coded.sorted { $0.key < $1.key }.map { (question: $0.key, value: $0.value) },
                              shared: shared, version: stamp.version, day: day, key: ""))
        }
        let fingerprint = key.fingerprint
        self.key = fingerprint
        self.parts = parts.map { var p = $0; p.key = fingerprint; return p }
        self.leftOut = leftOut
        hasRespondentID = document.respondent != nil
        person = document.respondent.map { "id:" + $0 } ?? "created:\(stamp.id):\(document.created.timeIntervalSince1970)"
    }

    /// The fields that are counted, each followed by a separator, fingerprinted.
    private struct KeyBuilder {
        private var bytes: [UInt8] = []

        mutating func add(_ field: String) {
            bytes += field.utf8
            bytes.append(0xFF)
        }

        mutating func add(_ answer: AnswerValue) {
            switch answer {
            case .option(let k): add("o"); add(k)
            case .options(let ks): add("m"); for k in ks { add(k) }
            case .number(let n): add("n"); add(n.description)
            case .text(let t): add("t"); add(t)
            case .notApplicable: add("x")
            case .dontKnow: add("k")
            }
        }

        var fingerprint: String { Fingerprint.of(bytes) }
    }
}
