import Testing
import WijzerLanguage
import WijzerTestSupport

/// `Questionnaire.questions(inTheme:)` keeps each theme's questions beside `questions`: they
/// must be the checked questions, conditions resolved, not the ones as parsed.
@Suite struct ThemeQuestionsTests {
    @Test func aThemesQuestionsAreTheCheckedOnesInAskingOrder() throws {
        let text = HiddenExampleAnswerTests.withFollowUp
        let questionnaire = check(text).questionnaire
        #expect(!questionnaire.questions.isEmpty)
        for theme in questionnaire.themes.map(\.id.name) {
            #expect(questionnaire.questions(inTheme: theme) == questionnaire.questions.filter { $0.theme == theme })
        }
        let followUp = try #require(questionnaire.questions.first { $0.id.hasSuffix(".waarom") })
        #expect(followUp.showIf != nil)
        #expect(questionnaire.questions(inTheme: followUp.theme).last == followUp, "the show-if resolved by the checker")
        #expect(questionnaire.questions(inTheme: "geen-thema").isEmpty)
    }
}
