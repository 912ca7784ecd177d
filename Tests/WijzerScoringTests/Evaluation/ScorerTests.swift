import Testing
@testable import WijzerLanguage
import WijzerTestSupport
@testable import WijzerScoring

@Suite("Scoring")
struct ScorerTests {
    let q = check(validSet).questionnaire

    @Test(arguments: [
        // spaart: a → 0 of 0..2, b → 2; hoevaak: scale 0..4 (value − 1).
        (["toets.spaart": AnswerValue.option("b"), "toets.hoevaak": .number(5)], 100),
        (["toets.spaart": .option("a"), "toets.hoevaak": .number(1)], 0),
        (["toets.spaart": .option("b"), "toets.hoevaak": .number(1)], 33),
        (["toets.spaart": .notApplicable, "toets.hoevaak": .number(3)], 50),
    ])
    func themeScores(answers: Answers, expected: Int) {
        let e = Scorer.evaluate(q, answers)
        #expect(e.theme("lesgeven")?.score == expected)
        #expect(e.dimension("feedback")?.score == expected)
    }

    @Test func noCountedQuestionMeansNoScore() {
        let e = Scorer.evaluate(q, ["toets.spaart": .notApplicable])
        #expect(e.theme("lesgeven")?.score == nil)
        #expect(e.theme("lesgeven")?.answered == 0)
        #expect(e.theme("lesgeven")?.total == 2)
    }

    @Test func aTipFromSeveralPlacesAppearsOnceWithAllReasons() throws {
        let e = Scorer.evaluate(q, ["toets.spaart": .option("a"), "toets.hoevaak": .number(2)])
        #expect(e.tips.count == 1)
        let tip = try #require(e.tip("groeigericht"))
        #expect(tip.weight == 5)
        #expect(tip.reasons == [TipReason(question: "toets.spaart", weight: 3), TipReason(question: "toets.hoevaak", weight: 2)])
    }

    @Test func strengthsAndDeterminism() {
        let answers: Answers = ["toets.spaart": .option("b"), "toets.hoevaak": .number(4)]
        let e = Scorer.evaluate(q, answers)
        #expect(e.strengths.map(\.text) == ["Je geeft groeigerichte feedback."])
        #expect(e.tips.isEmpty)
        #expect(Scorer.evaluate(q, answers) == e)
    }

    @Test func hiddenQuestionsDoNotCount() {
        let text = validSet.replacingOccurrences(of: "    likert 1..5", with: "    show-if spaart = b\n    likert 1..5")
        let hidden = check(text).questionnaire
        let e = Scorer.evaluate(hidden, ["toets.spaart": .option("a"), "toets.hoevaak": .number(1)])
        #expect(e.theme("lesgeven")?.score == 0)
        #expect(e.tip("groeigericht")?.weight == 3, "the hidden question's rule does not fire")
    }

    @Test func examplesOfTheValidSetHold() {
        var engine = DiagnosticEngine(files: check(validSet).diagnostics.files)
        let outcomes = ExampleRunner.run(q, diagnostics: &engine)
        #expect(outcomes.map(\.passed) == [true])
    }

    @Test func failingExamplesPointAtTheExpectation() {
        let text = validSet.replacingOccurrences(of: "between 0 and 30", with: "between 50 and 60")
            .replacingOccurrences(of: "expect tips groeigericht", with: "expect no tips groeigericht")
        let result = check(text)
        var engine = DiagnosticEngine(files: result.diagnostics.files)
        let outcomes = ExampleRunner.run(result.questionnaire, diagnostics: &engine)
        #expect(outcomes.map(\.passed) == [false])
        #expect(findings(engine) == [
            "test.wijzer:43:18-43:30 example-tip-unwanted",
            "test.wijzer:44:16-45:1 example-score-out-of-range",
        ])
    }
}
