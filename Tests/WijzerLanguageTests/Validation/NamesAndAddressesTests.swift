import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// Names the docs forbid, numbers as option keys and addresses with a space: each gives one
/// finding that names what is wrong, and nothing after it is blamed as well (issue 13, 3).
@Suite("Names and addresses")
struct NamesAndAddressesTests {
    @Test func anEmojiInANameIsOneFindingPerPlaceNamingIt() throws {
        let text = validSet.replacingOccurrences(of: "toets", with: "toets🙂")
        let result = check(text)
        #expect(findings(result.diagnostics, withPath: false) == [
            "12:10-12:16 bad-identifier", "42:11-42:17 bad-identifier", "42:30-42:36 bad-identifier",
        ], "each place the name is written, and nothing else: the name keeps its token")
        let finding = try #require(result.diagnostics.diagnostics.first)
        #expect(finding.message.contains("`🙂` (U+1F642)"))
        #expect(finding.fixIts.first?.edits.first?.replacement == "toets")
    }

    @Test func aWordProcessorsDashInANameIsALookalikeOfTheHyphen() throws {
        func named(_ dash: String) -> String {
            validSet.replacingOccurrences(of: "tip groeigericht", with: "tip groei\(dash)gericht")
                .replacingOccurrences(of: "tips groeigericht", with: "tips groei\(dash)gericht")
        }
        let text = named("\u{2013}")
        let result = check(text)
        // Four places, one finding: lookalikes are reported once per file, with one fix for all.
        #expect(findings(result.diagnostics, withPath: false) == ["19:18-19:19 lookalike-character"])
        let finding = try #require(result.diagnostics.diagnostics.first)
        #expect(finding.message.contains("U+2013") && finding.message.contains("lijkt op `-`") && finding.message.contains("nog 3 keer"))
        let fix = try #require(finding.fixIts.first)
        #expect(fix.message == "vervang ze alle 4 door `-`")
        var bytes = Array(text.utf8)
        bytes = fix.applied(to: bytes, file: 0)
        #expect(String(decoding: bytes, as: UTF8.self) == named("-"), "only the names change, not the text in strings")
    }

    @Test func aDashNextToAnEmojiIsHyphenatedInTheRepairedName() throws {
        let text = validSet.replacingOccurrences(of: "toets", with: "toets\u{2013}🙂")
        let finding = try #require(check(text).diagnostics.diagnostics.first { $0.id == .badIdentifier }, "\(findings(text))")
        #expect(finding.fixIts.first?.edits.first?.replacement == "toets-")
    }

    @Test(arguments: ["toetsé", "ëxtra", "café-2", "ĳver", "ŉ"])
    func lettersWithAccentsAndOtherScriptsAreNames(name: String) {
        let text = validSet.replacingOccurrences(of: "scenario toets ", with: "scenario \(name) ")
            .replacingOccurrences(of: "toets.", with: "\(name).")
        #expect(findings(text).isEmpty, "\(findings(text))")
    }

    @Test func aNumberAsOptionKeyIsOneFindingSayingWhy() throws {
        let text = validSet.replacingOccurrences(of: "      a \"Dat het vast", with: "      1 \"Dat het vast")
            .replacingOccurrences(of: "spaart in [a]", with: "spaart in [b]")
            .replacingOccurrences(of: "toets.spaart = a", with: "toets.spaart = b")
        let result = check(text)
        #expect(findings(result.diagnostics, withPath: false) == ["18:7-18:8 reserved-option"],
                "no knock-on 'one option' or syntax finding")
        let finding = try #require(result.diagnostics.diagnostics.first)
        #expect(finding.message.contains("`1` is een getal") && finding.message.contains("`o1`"))
    }

    @Test(arguments: [
        ("source https://www.vhto.nl/lesgeven/praktische-tips/", "source https://www.vhto.nl/lesgeven/praktische tips/",
         "38:10-38:55", "https://www.vhto.nl/lesgeven/praktische%20tips/"),
        ("\"Praktische tips\" https://www.vhto.nl/lesgeven/praktische-tips/", "\"Praktische tips\" https://www.vhto.nl/lesgeven/  praktische tips/",
         "39:30-39:77", "https://www.vhto.nl/lesgeven/%20praktische%20tips/"),
    ])
    func anAddressWithASpaceSaysSpaceAndOffersTheRepair(original: String, broken: String, place: String, repaired: String) throws {
        #expect(validSet.contains(original))
        let result = check(validSet.replacingOccurrences(of: original, with: broken))
        #expect(findings(result.diagnostics, withPath: false) == ["\(place) bad-url"], "one finding, no trailing-token")
        let finding = try #require(result.diagnostics.diagnostics.first)
        #expect(finding.message.contains("spatie") && finding.message.contains("%20"))
        #expect(finding.fixIts.first?.edits.first?.replacement == repaired)
    }

    @Test func aTipWithoutResourceHearsThatATitleAloneWillDo() throws {
        let text = validSet.replacingOccurrences(of: "  resource \"Praktische tips\" https://www.vhto.nl/lesgeven/praktische-tips/\n", with: "")
        let finding = try #require(check(text).diagnostics.diagnostics.first { $0.id == .missingField }, "\(findings(text))")
        #expect(finding.message.contains("`resource`") && finding.message.contains("alleen een titel"))
    }
}
