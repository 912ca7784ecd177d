import Foundation
import PropertyBased
import Testing
@testable import WijzerScoring

/// `ISODate` writes what Foundation's `.iso8601` format style writes, for every date.
@Suite struct ISODateTests {
    @Test func wholeSecondsOverTheYearsOneToNineThousandAreFoundationsText() async {
        // -62135596800 is 0001-01-01T00:00:00Z, 253402300799 is 9999-12-31T23:59:59Z.
        await propertyCheck(count: 2_000, input: Gen.int(in: -62_135_596_800 ... 253_402_300_799)) { seconds in
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(ISODate.string(date) == date.formatted(.iso8601))
        }
    }

    /// The days around the epoch, leap days and the ends of the calendar, and dates the hand-written
    /// path must leave to Foundation: without its guards, -0.25 would be written as 1970 (Foundation
    /// floors it to 1969) and -12_219_292_801 in the Gregorian instead of the Julian calendar.
    @Test(arguments: [0.0, -1, -12_219_292_800, -12_219_292_801, 253_402_300_800, 86_399, 86_400, -86_400, -86_401, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800,
                      1_796_000_000, -62_135_596_800, 253_402_300_799, 1_796_000_000.5, -0.25, 1e12, -1e12])
    func edgesLeapDaysAndFractionsAreFoundationsText(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(ISODate.string(date) == date.formatted(.iso8601))
    }

    /// Appended after what a line or document holds already, on both paths: by hand, and
    /// Foundation's text for a fraction of a second or a date of the Julian calendar.
    @Test(arguments: [1_796_000_000.0, 1_796_000_000.5, -12_219_292_801])
    func appendsFoundationsTextAfterWhatIsThere(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        var text = Array("op ".utf8)
        ISODate.append(date, to: &text)
        #expect(String(decoding: text, as: UTF8.self) == "op " + date.formatted(.iso8601))
    }

    @Test func aKnownDate() {
        #expect(ISODate.string(Date(timeIntervalSince1970: 1_796_000_000)) == "2026-11-30T00:53:20Z")
        #expect(ISODate.civil(daysSince1970: 0) == (1970, 1, 1))
        #expect(ISODate.civil(daysSince1970: 11_016) == (2000, 2, 29))
    }
}
