import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// "Weet ik niet" (`dont-know`): its own answer, distinct from n.v.t.
@Suite("dont-know answers")
struct DontKnowTests {
    /// `validSet` whose `spaart` question offers "weet ik niet" besides n.v.t., with a rule on it.
    static let set = validSet.replacingOccurrences(of: "    not-applicable \"Ik neem geen toetsen af\"\n", with: """
            not-applicable "Ik neem geen toetsen af"
            dont-know "Weet ik niet"
            when answer is dont-know
              tip groeigericht

        """)

    static func question(_ text: String = set) throws -> QuestionDecl {
        try #require(check(text).questionnaire.question("toets.spaart")?.decl)
    }

    @Test func parsesCheckedAndDutchAliasMeansTheSame() throws {
        #expect(Self.set != validSet, "test case does not apply")
        #expect(findings(Self.set) == [])
        #expect(try Self.question().dontKnow?.text == "Weet ik niet")
        let dutch = Self.set.replacingOccurrences(of: "    dont-know \"Weet", with: "    weet-niet \"Weet")
            .replacingOccurrences(of: "is dont-know", with: "is weet-niet")
        #expect(findings(dutch) == [])
        #expect(try Self.question(dutch).dontKnow?.text == "Weet ik niet")
    }

    @Test func conditionsAndExamplesNeedTheAnswer() {
        let condition = validSet.replacingOccurrences(of: "spaart in [a]", with: "spaart is dont-know")
        #expect(findings(condition).contains("28:26-28:32 no-dont-know"), "\(findings(condition))")
        let example = validSet.replacingOccurrences(of: "toets.spaart = a,", with: "toets.spaart = dont-know,")
        #expect(findings(example).contains("42:26-42:35 no-dont-know"), "\(findings(example))")
        let reflection = validSet.replacingOccurrences(of: "    likert 1..5 \"nooit\" \"zelden\" \"soms\" \"vaak\" \"altijd\"\n    score feedback scale\n    when answer <= 2 and spaart in [a]\n      tip groeigericht weight 2\n",
                                                       with: "    reflection\n    dont-know \"Weet ik niet\"\n")
        #expect(reflection != validSet, "test case does not apply")
        #expect(findings(reflection).contains { $0.hasSuffix("no-dont-know") }, "\(findings(reflection))")
    }

    @Test func typedAsItsNumberAQuestionMarkOrWords() throws {
        let menu = AnswerMenu(try Self.question())
        #expect(menu.items.map(\.label) == ["Dat het vast beter gaat.", "Wat ze al kan en wat ze nog oefent.", "Weet ik niet", "Ik neem geen toetsen af"])
        for typed in ["3", "?", "weet ik niet", "Weet ik niet"] {
            #expect(try AnswerParser.parse(typed, menu).get() == .dontKnow, "\(typed)")
        }
        #expect(try AnswerParser.parse("4", menu).get() == .notApplicable)
        #expect(menu.hint == "Typ een nummer of het begin van je antwoord. Weet je het niet, typ ?.")
        #expect(menu.describe(.dontKnow) == "Weet ik niet")
        // Without the field, "?" is no answer.
        let plain = AnswerMenu(try Self.question(validSet))
        #expect((try? AnswerParser.parse("?", plain).get()) == nil)
        // A scale offers it by "?" (no number of its own).
        let scale = AnswerMenu(QuestionKind.likert(low: 1, high: 3, labels: ["a", "b", "c"].map { TextValue($0) }).answerKind, notApplicable: nil, dontKnow: "Geen idee")
        #expect(try AnswerParser.parse("?", scale).get() == .dontKnow)
        #expect(try AnswerParser.parse("geen idee", scale).get() == .dontKnow)
        #expect(try AnswerParser.parse("2", scale).get() == .number(2))
    }

    @Test func conditionsTellItApartFromNotApplicable() {
        let q = "toets.spaart"
        let isDontKnow = Condition.state(question: q, .dontKnow)
        let answered = Condition.state(question: q, .answered)
        #expect(isDontKnow.evaluate([q: .dontKnow]) && !isDontKnow.evaluate([q: .notApplicable]) && !isDontKnow.evaluate([:]))
        #expect(!answered.evaluate([q: .dontKnow]), "not knowing is no real answer")
        #expect(!Condition.compare(question: q, .equal, .word("nvt")).evaluate([q: .dontKnow]))
    }
}
