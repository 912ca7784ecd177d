import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `show-if` on a whole scenario.
@Suite("show-if on a scenario")
struct ScenarioShowIfTests {
    @Test func eachQuestionOfTheScenarioGetsTheCondition() throws {
        #expect(findings(scenarioShowIfSet) == [])
        let q = try #require(check(scenarioShowIfSet).questionnaire.question("gesprek.vooraf"))
        #expect(q.showIf == .compare(question: "rol.begeleider", .equal, .word("ja")))
        #expect(q.showIf?.evaluate(["rol.begeleider": .option("ja")]) == true)
        #expect(q.showIf?.evaluate(["rol.begeleider": .option("nee")]) == false)
        // With a condition of its own, the question needs both.
        let both = scenarioShowIfSet.replacingOccurrences(of: "    why \"Wie weet", with: "    show-if rol.begeleider is answered\n    why \"Wie weet")
        let q2 = try #require(check(both).questionnaire.question("gesprek.vooraf"))
        #expect(q2.showIf == .and([.compare(question: "rol.begeleider", .equal, .word("ja")), .state(question: "rol.begeleider", .answered)]))
    }

    @Test func onlyEarlierQuestionsAndFormatted() throws {
        let later = scenarioShowIfSet.replacingOccurrences(of: "show-if rol.begeleider = ja", with: "show-if vooraf = ja")
        #expect(findings(later).contains { $0.hasSuffix("forward-reference") }, "\(findings(later))")
        let messy = scenarioShowIfSet.replacingOccurrences(of: "  show-if rol.begeleider = ja", with: "  toon-als   rol.begeleider=ja")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == scenarioShowIfSet + "\n")
    }
}
