import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `after` on tips: parsed, checked (unknown names, cycles) and formatted.
@Suite("tips after other tips")
struct TipAfterTests {
    @Test func parsedAndFormatted() throws {
        #expect(findings(tipAfterSet) == [])
        #expect(check(tipAfterSet).questionnaire.tip("samen")?.after.map(\.name) == ["bias-test"])
        let messy = tipAfterSet.replacingOccurrences(of: "  after bias-test", with: "  na   bias-test")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == tipAfterSet + "\n")
    }

    @Test func unknownNamesAndCyclesAreErrors() throws {
        let unknown = tipAfterSet.replacingOccurrences(of: "  after bias-test", with: "  after bias-tets")
        #expect(findings(unknown) == ["25:9-25:18 unknown-tip"])
        #expect(check(unknown).diagnostics.sorted[0].fixIts.first?.edits.first?.replacement == "bias-test")
        let cycle = tipAfterSet.replacingOccurrences(of: "tip bias-test \"Ontdek je blinde vlekken met een bias-test\"\n  theme voorbereiding\n",
                                                     with: "tip bias-test \"Ontdek je blinde vlekken met een bias-test\"\n  theme voorbereiding\n  after samen\n")
        #expect(cycle != tipAfterSet, "test case does not apply")
        #expect(findings(cycle) == ["25:9-25:18 tip-order-cycle"])
        #expect(check(cycle).diagnostics.sorted[0].message.contains("`samen` → `bias-test` → `samen`"))
        let selfCycle = tipAfterSet.replacingOccurrences(of: "  after bias-test", with: "  after samen")
        #expect(findings(selfCycle) == ["25:9-25:14 tip-order-cycle"])
    }
}
