import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport

/// A resource without an address (a book): accepted by the checker and the formatter, named
/// by its title in the plan.
@Suite("resources without an address")
struct BookResourceRunTests {
    static let set = DontKnowRunTests.set.replacingOccurrences(of: "  resource \"Beter Behouden\" https://www.vhto.nl/\n",
                                                              with: "  resource \"Carol Dweck, Mindset (2006)\"\n  resource \"Beter Behouden\" https://www.vhto.nl/\n")

    @Test func checkedAndFormatted() throws {
        #expect(Self.set != DontKnowRunTests.set, "test case does not apply")
        #expect(findings(Self.set) == [])
        let tip = try #require(check(Self.set).questionnaire.tips.first)
        #expect(tip.resources.map(\.title.text) == ["Carol Dweck, Mindset (2006)", "Beter Behouden"])
        #expect(tip.resources.map { $0.url?.text } == [nil, "https://www.vhto.nl/"])
        // Something after the title that is no address is still an error.
        let wrong = Self.set.replacingOccurrences(of: "(2006)\"\n", with: "(2006)\" boek\n")
        #expect(findings(wrong).contains { $0.hasSuffix("expected-syntax") }, "\(findings(wrong))")
        let file = SourceFile(path: "f.wijzer", text: Self.set)
        let formatted = Formatter.format(Checker.parse(file).0, file: file)
        #expect(formatted.contains("\n  resource \"Carol Dweck, Mindset (2006)\"\n"))
    }

    @Test func thePlanNamesTheBookByItsTitle() throws {
        let answered = try FeatureRun(Self.set, theme: "studievoortgang", typed: "2\n1\n")
        defer { answered.remove() }
        #expect(answered.run.status == 0, "\(answered.run.stderr)")
        #expect(try answered.plan().contains("**Hulpbronnen:**\n\n- *Carol Dweck, Mindset (2006)*\n- [Beter Behouden](https://www.vhto.nl/)\n"))
        #expect(try answered.plan("html").contains("<li><cite>Carol Dweck, Mindset (2006)</cite></li><li><a href=\"https://www.vhto.nl/\">Beter Behouden</a></li>"))
    }
}
