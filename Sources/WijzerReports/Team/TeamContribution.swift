import Foundation
import WijzerLanguage
import WijzerScoring

/// What one result adds to the team figures: its answers checked against the catalog and coded,
/// the answers left out because the question changed or no longer exists, and its theme scores
/// and tips from `Scorer.evaluate`, the one scorer.
public struct TeamContribution: Sendable {
    /// Identifies the result for duplicate detection: a fingerprint of everything counted.
    var key: String
    var version: String
    /// Days since 1970-01-01 of `updated`.
    var day: Int
    /// The counted answers, by catalog question index, ascending.
    var answers: [(question: Int, value: TeamCatalog.Coded)]
    var leftOut: [TeamTally.LeftOut]
    /// The themes with a counted answer, a bit per theme index.
    var themes: UInt64
    /// The scored themes (theme index, score 0...100).
    var scores: [(theme: Int, score: Int)]
    /// Indexes of the triggered tips.
    var tips: [Int]

    init(_ document: ResultDocument, catalog: TeamCatalog) throws(TeamProblem.Reason) {
        let stamp = document.questionnaire
        guard stamp.id == catalog.stamp.id else {
            throw TeamProblem.Reason(message: ResultCodec.otherQuestionnaire(stamp.id, catalog.stamp.id))
        }
        let sameVersion = stamp.contentHash == catalog.stamp.contentHash
        version = stamp.version
        day = Int((document.updated.timeIntervalSince1970 / 86_400).rounded(.down))
        leftOut = []
        var coded: [Int: TeamCatalog.Coded] = [:]
        var key = KeyBuilder()
        key.add(stamp.version)
        key.add(String(document.created.timeIntervalSince1970))
        key.add(String(document.updated.timeIntervalSince1970))
        for record in document.themes.flatMap(\.answers) {
            key.add(record.question)
            guard let qi = catalog.question(record.question) else {
                leftOut.append(.init(question: record.question, version: stamp.version, reason: .unknown))
                continue
            }
            if !sameVersion && record.fingerprint != catalog.questions[qi].fingerprint {
                leftOut.append(.init(question: record.question, version: stamp.version, reason: .changed))
                continue
            }
            coded[qi] = try catalog.code(record.answer, question: qi).get()
            key.add(record.answer)
        }
        self.key = key.fingerprint
        answers = coded.sorted { $0.key < $1.key }.map { (question: $0.key, value: $0.value) }

        var themes: UInt64 = 0
        var byID: Answers = [:]
        for (qi, value) in answers {
            byID[catalog.questions[qi].id] = catalog.answer(value, question: qi)
            if value == .text("") { continue }
            let theme = catalog.questions[qi].theme
            if theme < 64 { themes |= 1 << UInt64(theme) }
        }
        self.themes = themes
        let themeIDs = Set(catalog.themeIDs.indices.filter { $0 < 64 && themes & (1 << UInt64($0)) != 0 }.map { catalog.themeIDs[$0] })
        let evaluation = Scorer.evaluate(catalog.questionnaire, byID, themes: themeIDs)
        scores = evaluation.themes.compactMap { t in
            guard let score = t.score, let i = catalog.theme(t.theme) else { return nil }
            return (i, score)
        }
        tips = evaluation.tips.compactMap { catalog.questionnaire.tipIndex[$0.tip] }
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
            case .number(let n): add("n"); add(String(n))
            case .text(let t): add("t"); add(t)
            case .notApplicable: add("x")
            }
        }

        var fingerprint: String { Fingerprint.of(bytes) }
    }
}
