import Testing
import WijzerLanguage
import WijzerScoring
import WijzerTestSupport

/// How far a teacher is: a question hidden by its scenario's `show-if` is an extra question,
/// exactly like one with a `show-if` of its own.
@Suite("theme progress")
struct ThemeProgressTests {
    @Test func aQuestionInAScenarioWithShowIfIsAnExtraQuestion() throws {
        let q = check(scenarioShowIfSet).questionnaire
        let questions = q.questions(inTheme: "stage")
        let vooraf = try #require(q.question("gesprek.vooraf"))
        #expect(!ThemeProgress.counts(vooraf))
        #expect(ThemeProgress.total(questions) == 1)
        #expect(ThemeProgress.place(of: 0, in: questions) == .question(1, of: 1))
        #expect(ThemeProgress.place(of: 1, in: questions) == .extra(after: 1, of: 1))
        // The scorer's and the plan's M is the runner's M, shown or not.
        let shown = Scorer.evaluate(q, ["rol.begeleider": .option("ja"), "gesprek.vooraf": .option("ja")]).theme("stage")
        #expect(shown?.total == 1 && shown?.answered == 1)
        let hidden = Scorer.evaluate(q, ["rol.begeleider": .option("nee")]).theme("stage")
        #expect(hidden?.total == 1 && hidden?.answered == 1)
    }
}
