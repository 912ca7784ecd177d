import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// `shuffle`: parsed, formatted, and an order per respondent that is stable and that the
/// stored answer does not depend on.
@Suite("shuffled options")
struct ShuffleTests {
    @Test func parsedAndFormatted() throws {
        #expect(findings(shuffleSet) == [])
        #expect(check(shuffleSet).questionnaire.question("grap.reactie")?.decl.shuffle == true)
        let messy = shuffleSet.replacingOccurrences(of: "    choice shuffle", with: "    keuze   door-elkaar")
        #expect(messy != shuffleSet, "test case does not apply")
        let file = SourceFile(path: "f.wijzer", text: messy)
        #expect(Formatter.format(Checker.parse(file).0, file: file) == shuffleSet + "\n")
        // With the limits of a multiple-choice question, in any order.
        let multiple = shuffleSet.replacingOccurrences(of: "    choice shuffle", with: "    multiple max 2 shuffle")
        #expect(findings(multiple) == [])
        #expect(check(multiple).questionnaire.question("grap.reactie")?.decl.shuffle == true)
        // Not on yes/no, where it would only confuse.
        let yesNo = shuffleSet.replacingOccurrences(of: "choice shuffle\n      a \"Ik ga er in de les kort op in en zeg dat iedereen hier hoort.\"",
                                                    with: "yesno shuffle\n      ja")
        #expect(yesNo != shuffleSet, "test case does not apply")
        #expect(findings(yesNo).contains { $0.hasPrefix("15:11") }, "\(findings(yesNo))")
    }

    @Test func theOrderIsStablePerRespondentAndDiffersBetweenThem() {
        let first = OptionOrder.permutation(count: 5, respondent: "r-1", question: "grap.reactie")
        #expect(first.sorted() == [0, 1, 2, 3, 4])
        #expect(OptionOrder.permutation(count: 5, respondent: "r-1", question: "grap.reactie") == first)
        // The generator is fixed: this order may never change between versions.
        #expect(first == Self.pinned)
        let orders = Set((0..<40).map { OptionOrder.permutation(count: 3, respondent: "respondent-\($0)", question: "grap.reactie") })
        #expect(orders.count == 6, "40 respondents see all 6 orders of 3 options: \(orders)")
        #expect(OptionOrder.permutation(count: 1, respondent: "r", question: "q") == [0])
        #expect(OptionOrder.permutation(count: 0, respondent: "r", question: "q") == [])
    }

    static let pinned = [2, 1, 3, 0, 4]

    @Test func theMenuNumbersTheShownOrderAndAnswersAreKeys() throws {
        let withExtras = shuffleSet.replacingOccurrences(of: "    choice shuffle", with: "    not-applicable \"Ik geef geen les\"\n    choice shuffle")
        let q = try #require(check(withExtras).questionnaire.question("grap.reactie"))
        let respondent = try #require((0..<20).map { "r-\($0)" }.first {
            OptionOrder.permutation(count: 3, respondent: $0, question: q.id) != [0, 1, 2]
        })
        let menu = AnswerMenu(q.decl, id: q.id, respondent: respondent)
        let order = OptionOrder.permutation(count: 3, respondent: respondent, question: q.id)
        #expect(menu.items.map(\.key) == order.map { ["a", "b", "c"][$0] } + ["nvt"])
        #expect(menu.items.map(\.number) == [1, 2, 3, 4])
        #expect(AnswerParser.parse("1", menu) == .success(.option(menu.items[0].key)))
        #expect(AnswerParser.parse("4", menu) == .success(.notApplicable))
        // Without a respondent id (an older file), or without `shuffle`, the written order.
        #expect(AnswerMenu(q.decl, id: q.id, respondent: nil).items.map(\.key) == ["a", "b", "c", "nvt"])
        var plain = q.decl
        plain.shuffle = false
        #expect(AnswerMenu(plain, id: q.id, respondent: respondent).items.map(\.key) == ["a", "b", "c", "nvt"])
        // A multiple-choice answer stores its keys in the written order, whatever was shown.
        var multiple = q.decl
        multiple.kind = .multiple(q.decl.kind!.options)
        let shown = AnswerMenu(multiple, id: q.id, respondent: respondent)
        #expect(AnswerParser.parse("3,1", shown) == .success(.options(["a", "b", "c"].filter { [shown.items[0].key, shown.items[2].key].contains($0) })))
    }
}
