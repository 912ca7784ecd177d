import Testing
@testable import WijzerLanguage

/// Numbers with a unit read as Dutch: plural by count, never a wrong singular.
@Suite("unit nouns")
struct UnitNounTests {
    @Test(arguments: [("lessen", "les"), ("vrouwen", "vrouw"), ("vakvrouwen", "vakvrouw"), ("collega’s", "collega"),
                      ("studenten", "student"), ("uren", "uren"), ("dagen", "dagen"), ("weken", "weken"), ("keer", "keer")])
    func singularOrPluralKept(plural: String, singular: String) {
        #expect(UnitNoun.singular(plural) == singular)
    }

    @Test func theReviewReadsByCount() {
        let menu = AnswerMenu(kind: .number(low: 0, high: 5, step: nil, unit: TextValue("lessen")), notApplicable: nil)
        #expect(menu.describe(.number(1)) == "1 les")
        #expect(menu.describe(.number(2)) == "2 lessen")
        #expect(menu.describe(.number(0)) == "0 lessen")
    }
}
