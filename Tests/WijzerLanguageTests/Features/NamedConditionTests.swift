import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `condition NAME: EXPR`, used by name in `show-if` and `when`.
@Suite("named conditions")
struct NamedConditionTests {
    @Test func resolvedWhereUsedAndFormatted() throws {
        #expect(findings(namedConditionSet) == [])
        let q = check(namedConditionSet).questionnaire
        let begeleider = Condition.compare(question: "rol.begeleider", .equal, .word("ja"))
        #expect(q.question("gesprek.vooraf")?.showIf == begeleider)
        #expect(q.question("bezoek.bezocht")?.showIf == .and([begeleider, .compare(question: "gesprek.vooraf", .equal, .word("nee"))]))
        // The one evaluator: what the runner and the scorer ask.
        #expect(q.question("bezoek.bezocht")?.showIf?.evaluate(["rol.begeleider": .option("ja"), "gesprek.vooraf": .option("nee")]) == true)
        #expect(q.question("bezoek.bezocht")?.showIf?.evaluate(["rol.begeleider": .option("nee"), "gesprek.vooraf": .option("nee")]) == false)
        let messy = namedConditionSet.replacingOccurrences(of: "condition stagebegeleider: rol.begeleider = ja",
                                                           with: "voorwaarde   stagebegeleider :rol.begeleider=ja")
        #expect(messy != namedConditionSet, "test case does not apply")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == namedConditionSet + "\n")
    }

    @Test func unknownNamesCyclesAndLaterQuestionsAreErrors() throws {
        let typo = namedConditionSet.replacingOccurrences(of: "  show-if stagebegeleider\n", with: "  show-if stagebegeleiders\n")
        #expect(findings(typo) == ["21:11-21:27 unknown-condition"])
        #expect(check(typo).diagnostics.sorted[0].fixIts.first?.edits.first?.replacement == "stagebegeleider")
        let cycle = namedConditionSet.replacingOccurrences(of: "condition stagebegeleider: rol.begeleider = ja",
                                                           with: "condition stagebegeleider: rol.begeleider = ja and kort\ncondition kort: stagebegeleider")
        #expect(findings(cycle).contains { $0.hasSuffix("condition-cycle") }, "\(findings(cycle))")
        #expect(check(cycle).diagnostics.sorted.contains { $0.message.contains("`stagebegeleider` → `kort` → `stagebegeleider`") })
        // Its questions must come before the place it is used.
        let later = namedConditionSet.replacingOccurrences(of: "condition stagebegeleider: rol.begeleider = ja",
                                                           with: "condition stagebegeleider: bezoek.bezocht = ja")
        #expect(findings(later).contains { $0.hasSuffix("forward-reference") }, "\(findings(later))")
        let twice = namedConditionSet.replacingOccurrences(of: "condition stagebegeleider: rol.begeleider = ja",
                                                           with: "condition stagebegeleider: rol.begeleider = ja\ncondition stagebegeleider: rol.begeleider = nee")
        #expect(findings(twice).count == 1, "\(findings(twice))")
        let noColon = namedConditionSet.replacingOccurrences(of: "stagebegeleider: rol", with: "stagebegeleider rol")
        #expect(findings(noColon).contains { $0.hasSuffix("expected-syntax") }, "\(findings(noColon))")
    }
}
