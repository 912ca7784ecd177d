import Foundation
import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// The fingerprints result files store with every answer must stay as they are: a changed one
/// makes a stored answer look like one to an earlier version of its question.
@Suite struct FingerprintTests {
    static let dontKnowSet = validSet.replacingOccurrences(of: "    not-applicable \"Ik neem geen toetsen af\"\n",
                                                           with: "    dont-know \"Weet ik niet\"\n")

    static var all: [String] {
        [validSet, miniSet, dontKnowSet].flatMap { text in
            check(text).questionnaire.questions.map { "\($0.id) \($0.fingerprint)" }
        }
    }

    /// Recorded on 2026-12-02 from the fingerprints result files held then: choice with n.v.t.,
    /// number, choice, yes/no, Likert, reflection, and the choice with "weet ik niet" instead of
    /// n.v.t.
    @Test func questionFingerprintsAreThoseEarlierVersionsStored() {
        #expect(Self.all == [
            "toets.spaart 69782810454f012b", "toets.hoevaak 118dcaf8328f034e",
            "toets.zeg 50226f7769f883b3", "toets.jesse d78cd0e137b97e4b", "toets.vaak 201ea27243dfb9ae",
            "toets.voornemen 2d440f4993610657",
            "toets.spaart 72274267ad41be0e", "toets.hoevaak 118dcaf8328f034e",
        ])
    }

    @Test func theTableMadeOnceGivesEachQuestionItsOwnFingerprint() throws {
        for text in [validSet, miniSet, Self.dontKnowSet] {
            let questionnaire = check(text).questionnaire
            let table = QuestionFingerprints(questionnaire)
            for question in questionnaire.questions { #expect(table[question] == question.fingerprint) }
        }
        // A question it does not have is hashed.
        let table = QuestionFingerprints(check(validSet).questionnaire)
        var stranger = try #require(check(miniSet).questionnaire.questions.first)
        stranger.id = "elders.vraag"
        #expect(table[stranger] == stranger.fingerprint)
    }

    @Test func aSessionWithTheTableRecordsWhatOneWithoutRecords() throws {
        let (questionnaire, stamp) = mini()
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let document = ResultDocument(questionnaire: stamp, now: at)
        var plain = ThemeSession(questionnaire: questionnaire, theme: "les", document: document)
        var tabled = ThemeSession(questionnaire: questionnaire, theme: "les", document: document,
                                  fingerprints: QuestionFingerprints(questionnaire))
        for answer in [AnswerValue.option("b"), .number(4), .text("Vaker vragen stellen.")] {
            _ = plain.advance()
            _ = tabled.advance()
            plain.record(answer, at: at)
            tabled.record(answer, at: at)
        }
        #expect(plain.document == tabled.document)
        #expect(plain.record.answers.count == 3 && plain.record.answers.allSatisfy { $0.fingerprint != nil })
    }
}
