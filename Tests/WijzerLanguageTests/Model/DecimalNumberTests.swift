import PropertyBased
import Testing
@testable import WijzerLanguage

/// The exact number of answers, ranges and conditions: read as people type it, normalised,
/// compared and spelled without a `Double` in between.
@Suite("DecimalNumber")
struct DecimalNumberTests {
    @Test func readsWhatPeopleType() {
        #expect(DecimalNumber("7.5") == DecimalNumber(significand: 75, decimals: 1))
        #expect(DecimalNumber("7,5") == DecimalNumber("7.5"))
        #expect(DecimalNumber("-2") == -2)
        #expect(DecimalNumber("+2") == 2)
        #expect(DecimalNumber("0.05")?.description == "0.05")
        #expect(DecimalNumber("-0,5")?.dutch == "-0,5")
        for bad in ["", "7.", ".5", "7,5,0", "7.5.1", "1e3", "abc", "7 5", "--1", "0.1234567", "1000000001", "12345678901234567890"] {
            #expect(DecimalNumber(bad) == nil, "\(bad) is no number")
        }
        #expect(DecimalNumber("1000000000") == 1_000_000_000)
        #expect(DecimalNumber("0.123456") != nil)
    }

    @Test func normalisesTrailingZeros() {
        let a = DecimalNumber("7.50")!, b = DecimalNumber("7.5")!
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.decimals == 1)
        #expect(DecimalNumber("10.0") == 10)
        #expect(DecimalNumber("10.0")!.isWhole)
        #expect(DecimalNumber("10.0")!.description == "10")
    }

    @Test func wholeNumbersSpellAsBefore() {
        for n in [-1_000_000_000, -2, 0, 1, 30, 1_000_000_000] {
            #expect(DecimalNumber(n).description == String(n))
            #expect(DecimalNumber(n).dutch == String(n))
            #expect(DecimalNumber(n).whole == n)
        }
    }

    @Test func tenthsAddUpExactly() {
        var sum: DecimalNumber = 0
        for _ in 0 ..< 10 { sum = sum + DecimalNumber("0.1")! }
        #expect(sum == 1)
        #expect(DecimalNumber("0.1")! + DecimalNumber("0.2")! == DecimalNumber("0.3")!)
        #expect(DecimalNumber("0.3")! - DecimalNumber("0.1")! == DecimalNumber("0.2")!)
    }

    @Test func comparesAcrossDecimals() {
        #expect(DecimalNumber("7.25")! < DecimalNumber("7.5")!)
        #expect(DecimalNumber("-0.5")! < 0)
        #expect(DecimalNumber("10")! > DecimalNumber("9.999999")!)
    }

    @Test func meanOfTwoIsExactWithOneDecimalMore() {
        #expect(DecimalNumber(7).mean(with: 8).description == "7.5")
        #expect(DecimalNumber("7.5")!.mean(with: DecimalNumber("8")!).description == "7.75")
        #expect(DecimalNumber(6).mean(with: 8) == 7)
    }

    @Test func gridKnowsItsStepsAndNearestValues() {
        let grid = NumberGrid(low: 0, high: 10, step: DecimalNumber("0.5")!)
        #expect(grid.width == 20)
        #expect(grid.contains(DecimalNumber("7.5")!))
        #expect(!grid.contains(DecimalNumber("7.3")!))
        #expect(!grid.contains(DecimalNumber("10.5")!))
        #expect(grid.nearest(DecimalNumber("7.3")!) == [DecimalNumber("7")!, DecimalNumber("7.5")!])
        #expect(grid.nearest(DecimalNumber("7.5")!) == [DecimalNumber("7.5")!])
        #expect(grid.steps(to: DecimalNumber("7.5")!) == 15)
        #expect(grid.point(15) == DecimalNumber("7.5")!)
        #expect(NumberGrid.defaultStep(low: 0, high: 50) == 1)
        #expect(NumberGrid.defaultStep(low: DecimalNumber("0.0")!, high: DecimalNumber("10.25")!) == DecimalNumber("0.01")!)
    }

    @Test func doublesRoundTripThroughJSONSpelling() {
        for text in ["7.5", "0.1", "0.3", "-2.25", "123456.789", "0.000001"] {
            let n = DecimalNumber(text)!
            #expect(DecimalNumber(exactly: n.doubleValue) == n, "\(text)")
        }
        #expect(DecimalNumber(exactly: 1e-9) == nil)
        #expect(DecimalNumber(exactly: .nan) == nil)
    }

    /// Any number spelled either way reads back as itself, and order agrees with the integers.
    @Test func spellingsReadBackAndOrderIsExact() async {
        await propertyCheck(count: 300, input: Gen.int(in: -1_000_000_000...1_000_000_000), Gen.int(in: 0...6)) { significand, decimals in
            let n = DecimalNumber(significand: significand, decimals: decimals)
            #expect(DecimalNumber(n.description) == n)
            #expect(DecimalNumber(n.dutch) == n)
            #expect(DecimalNumber(exactly: n.doubleValue) == n)
            let next = n + n.unit
            #expect(n < next && next - n == n.unit)
        }
    }
}
