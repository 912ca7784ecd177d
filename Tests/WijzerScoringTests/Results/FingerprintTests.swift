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

    /// Recorded with the fingerprint as it was written before it was hashed from an array
    /// (2026-12-02): choice with n.v.t., number, choice, yes/no, Likert, reflection, and the
    /// choice with "weet ik niet" instead of n.v.t.
    @Test func questionFingerprintsAreThoseEarlierVersionsStored() {
        #expect(Self.all == [
            "toets.spaart 69782810454f012b", "toets.hoevaak 118dcaf8328f034e",
            "toets.zeg 50226f7769f883b3", "toets.jesse d78cd0e137b97e4b", "toets.vaak 201ea27243dfb9ae",
            "toets.voornemen 2d440f4993610657",
            "toets.spaart 72274267ad41be0e", "toets.hoevaak 118dcaf8328f034e",
        ])
    }
}
