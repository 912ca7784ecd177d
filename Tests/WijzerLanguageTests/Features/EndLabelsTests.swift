import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// Likert scales labelled only at their ends.
@Suite("Likert labels at the ends")
struct EndLabelsTests {
    @Test func twoLabelsNameTheEnds() throws {
        #expect(findings(endsLabelledSet) == [])
        let q = try #require(check(endsLabelledSet).questionnaire.question("les.zekerheid"))
        let menu = AnswerMenu(q.decl)
        #expect(menu.items.map(\.label) == ["helemaal niet zeker", "2", "3", "4", "5", "6", "7", "8", "9", "heel zeker"])
        #expect(try AnswerParser.parse("heel", menu).get() == .number(10))
        #expect(try AnswerParser.parse("7", menu).get() == .number(7))
        #expect(menu.describe(.number(7)) == "7")
        #expect(menu.describe(.number(1)) == "1 (helemaal niet zeker)")
        // Three labels on ten points is neither one a point nor the ends.
        let three = endsLabelledSet.replacingOccurrences(of: "\"heel zeker\"", with: "\"zeker\" \"heel zeker\"")
        #expect(findings(three) == ["15:5-15:11 label-count"])
        #expect(check(three).diagnostics.sorted[0].message.contains("(of 2, voor alleen de uiteinden)"))
    }

    @Test func theFormatterKeepsTwoEndLabels() throws {
        let file = SourceFile(path: "f.wijzer", text: endsLabelledSet)
        let (parsed, diagnostics) = Checker.parse(file)
        #expect(diagnostics.errorCount == 0)
        let formatted = Formatter.format(parsed, file: file)
        #expect(formatted.contains("    likert 1..10 \"helemaal niet zeker\" \"heel zeker\"\n"))
        #expect(findings(formatted) == [])
        let again = SourceFile(path: "f.wijzer", text: formatted)
        #expect(Formatter.format(Checker.parse(again).0, file: again) == formatted)
    }
}
