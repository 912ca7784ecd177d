import Testing
@testable import WijzerLanguage

/// Each kind's description: which answers it accepts, what it scores, and its fingerprint text,
/// which must stay as it is (result files store fingerprints; a changed one drops answers).
@Suite("Answer kinds")
struct AnswerKindTests {
    static func option(_ key: String, _ label: String, points: Int? = nil) -> AnswerOption {
        AnswerOption(key: Identifier(key), label: TextValue(label),
                     effects: points.map { [.score(dimension: Identifier("d"), points: $0)] } ?? [])
    }
    static let options = [option("a", "A", points: -1), option("b", "B", points: 2), option("c", "C")]

    @Test func fingerprintsAreStable() {
        #expect(QuestionKind.choice(Self.options).answerKind.fingerprint == "choice:a=A\u{2}b=B\u{2}c=C")
        #expect(QuestionKind.multiple(Self.options).answerKind.fingerprint == "multiple:a=A\u{2}b=B\u{2}c=C")
        #expect(QuestionKind.likert(low: 1, high: 3, labels: [TextValue("x"), TextValue("y")]).answerKind.fingerprint == "likert:1..3:x\u{2}y")
        #expect(QuestionKind.number(low: 0, high: 9, step: nil, unit: TextValue("uur")).answerKind.fingerprint == "number:0..9")
        #expect(QuestionKind.yesNo([]).answerKind.fingerprint == "yesno")
        #expect(QuestionKind.reflection.answerKind.fingerprint == "reflection")
    }

    @Test func acceptsOnlyAnswersOfItsKind() {
        let choice = QuestionKind.choice(Self.options).answerKind
        #expect(choice.accepts(.option("b")) && !choice.accepts(.option("z")) && !choice.accepts(.number(1)))
        let multiple = QuestionKind.multiple(Self.options).answerKind
        #expect(multiple.accepts(.options(["a", "c"])) && !multiple.accepts(.options(["a", "z"])) && !multiple.accepts(.option("a")))
        let likert = QuestionKind.likert(low: 1, high: 5, labels: []).answerKind
        #expect(likert.accepts(.number(5)) && !likert.accepts(.number(6)))
        #expect(QuestionKind.yesNo([]).answerKind.accepts(.option("nee")) && !QuestionKind.yesNo([]).answerKind.accepts(.option("a")))
        #expect(QuestionKind.reflection.answerKind.accepts(.text("x")) && !QuestionKind.reflection.answerKind.accepts(.number(1)))
    }

    @Test func contributionsSpanEveryPossibleAnswer() {
        let choice = QuestionKind.choice(Self.options).answerKind.contributions(.option("c"), scales: [])
        #expect(choice["d"] == ScoreContribution(earned: 0, lowest: -1, highest: 2))
        let multiple = QuestionKind.multiple(Self.options).answerKind.contributions(.options(["a", "b"]), scales: [])
        #expect(multiple["d"] == ScoreContribution(earned: 1, lowest: -1, highest: 2))
        let scale = [ScaleScore(dimension: Identifier("d"), reverse: true)]
        let likert = QuestionKind.likert(low: 1, high: 5, labels: []).answerKind.contributions(.number(2), scales: scale)
        #expect(likert["d"] == ScoreContribution(earned: 3, lowest: 0, highest: 4))
        // An option's points for one dimension count as their sum, as in the scorer before kinds.
        let mixed = AnswerOption(key: Identifier("m"), label: TextValue("M"),
                                 effects: [.score(dimension: Identifier("d"), points: 2), .score(dimension: Identifier("d"), points: -1)])
        let net = QuestionKind.multiple([mixed]).answerKind.contributions(.options(["m"]), scales: [])
        #expect(net["d"] == ScoreContribution(earned: 1, lowest: 0, highest: 1))
        // A yes/no question listing only `ja` scores 0 for `nee`.
        let yes = QuestionKind.yesNo([Self.option("ja", "Ja", points: 2)]).answerKind.contributions(.option("nee"), scales: [])
        #expect(yes["d"] == ScoreContribution(earned: 0, lowest: 0, highest: 2))
    }
}
