import Testing
@testable import WijzerScoring

/// `appendDecimal` writes what `String(n)` writes, padded with zeros to the width, appended to
/// what the array already holds: on the short path for one or two digits and on the loop.
@Suite struct DecimalDigitsTests {
    @Test(arguments: [0, 1, 2, 3, 4, 5])
    func everyNumberToTwelveThousandIsItsTextPadded(width: Int) {
        for n in 0 ... 12_000 as ClosedRange<UInt> {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            bytes.appendDecimal(n, width: width)
            let digits = String(n)
            let expected = "x" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "n \(n), width \(width)")
        }
    }

    @Test func theLargestNumberIsItsText() {
        var bytes: [UInt8] = []
        bytes.appendDecimal(UInt.max, width: 2)
        #expect(String(decoding: bytes, as: UTF8.self) == String(UInt.max))
    }
}
