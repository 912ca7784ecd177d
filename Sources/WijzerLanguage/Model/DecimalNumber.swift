/// An exact number with a few decimals: the one numeric value of answers, ranges, steps,
/// conditions and examples.
///
/// Fixed point (an integer significand and its number of decimals), never a `Double`, so
/// steps of 0.1 add up and compare exactly. Always normalised (no trailing zero decimals), so
/// `7.50 == 7.5` and the synthesised `Hashable` agrees with `==`. A whole number is spelled as
/// the `Int` it is, so files with whole numbers read and print as before.
public struct DecimalNumber: Sendable, Hashable {
    /// The value times 10^`decimals`.
    public private(set) var significand: Int
    /// Digits after the decimal point, 0 for a whole number; never a trailing zero.
    public private(set) var decimals: Int

    /// At most this many decimals: tenths of minutes, cents, and a little room.
    public static let maximumDecimals = 6
    /// No number beyond ±this (the language's bound for whole numbers too), so aligned
    /// significands stay far inside `Int`.
    public static let limit = 1_000_000_000

    public init(_ whole: Int) {
        significand = whole
        decimals = 0
    }

    /// `significand` × 10^-`decimals`, normalised.
    public init(significand: Int, decimals: Int) {
        var s = significand, d = decimals
        while d > 0 && s % 10 == 0 {
            s /= 10
            d -= 1
        }
        self.significand = s
        self.decimals = d
    }

    /// Reads a number as people and files write it: `7`, `-2`, `+2`, `7.5` or the Dutch
    /// `7,5`. Nil for anything else, more than `maximumDecimals` decimals, or beyond `limit`.
    public init?(_ text: some StringProtocol) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let separator = bytes.firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        let whole = bytes[..<(separator ?? bytes.endIndex)]
        let fraction = separator.map { bytes[($0 + 1)...] } ?? []
        guard !whole.isEmpty, separator == nil || !fraction.isEmpty,
              fraction.count <= Self.maximumDecimals else { return nil }
        var s = 0
        for b in whole + fraction {
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
            s = s * 10 + Int(b - UInt8(ascii: "0"))
            // Past the limit with every decimal: stop before `Int` could overflow.
            if s > Self.limit * 1_000_000 { return nil }
        }
        self.init(significand: negative ? -s : s, decimals: fraction.count)
        guard magnitudeWithinLimit else { return nil }
    }

    private var magnitudeWithinLimit: Bool {
        abs(significand) <= Self.limit * Self.power(decimals)
    }

    static func power(_ n: Int) -> Int {
        var p = 1
        for _ in 0 ..< n { p *= 10 }
        return p
    }

    /// Whether the number has no decimals.
    public var isWhole: Bool { decimals == 0 }

    /// The number as an `Int` when it is whole.
    public var whole: Int? { isWhole ? significand : nil }

    /// The smallest step this number's own spelling has: 1, 0.1, 0.01, ...
    public var unit: DecimalNumber { DecimalNumber(significand: 1, decimals: decimals) }

    /// The language's and JSON's spelling: `7.5`, `-2`, `0.05`.
    public var description: String { spelled(separator: ".") }

    /// The Dutch spelling people read: `7,5`.
    public var dutch: String { spelled(separator: ",") }

    private func spelled(separator: Character) -> String {
        let digits = String(abs(significand))
        let sign = significand < 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return sign + padded.dropLast(decimals) + String(separator) + padded.suffix(decimals)
    }

    /// Both significands at the decimals of the more precise one.
    static func aligned(_ a: DecimalNumber, _ b: DecimalNumber) -> (Int, Int, decimals: Int) {
        let d = max(a.decimals, b.decimals)
        return (a.significand * power(d - a.decimals), b.significand * power(d - b.decimals), d)
    }

    public static func + (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        let (x, y, d) = aligned(a, b)
        return DecimalNumber(significand: x + y, decimals: d)
    }

    public static func - (a: DecimalNumber, b: DecimalNumber) -> DecimalNumber {
        let (x, y, d) = aligned(a, b)
        return DecimalNumber(significand: x - y, decimals: d)
    }

    /// `self` × `n`, exactly.
    public func times(_ n: Int) -> DecimalNumber {
        DecimalNumber(significand: significand * n, decimals: decimals)
    }

    /// How many whole `step`s `self` is, when it is a multiple of `step` (positive); else nil.
    public func count(of step: DecimalNumber) -> Int? {
        let (x, s, _) = Self.aligned(self, step)
        guard s > 0, x % s == 0 else { return nil }
        return x / s
    }

    /// The mean of `self` and `other`, exactly: at most one decimal more than either has.
    public func mean(with other: DecimalNumber) -> DecimalNumber {
        let (x, y, d) = Self.aligned(self, other)
        let sum = x + y
        return sum % 2 == 0 ? DecimalNumber(significand: sum / 2, decimals: d)
                            : DecimalNumber(significand: sum * 5, decimals: d + 1)
    }

    /// The value as a `Double`, for JSON: the nearest one, whose shortest spelling is this
    /// number's own (at most 16 significant digits, which the limits keep it within).
    public var doubleValue: Double { Double(description)! }

    /// The number a JSON `Double` stands for, by its shortest spelling; nil when that has an
    /// exponent, too many decimals or lies beyond the limit.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        let spelled = String(value)
        // Swift spells small numbers with an exponent: 0.000001 is "1e-06".
        let parts = spelled.split(separator: "e")
        guard let mantissa = DecimalNumber(parts[0]) else { return nil }
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 1 : 0
        guard exponent <= 0, mantissa.decimals - exponent <= Self.maximumDecimals else { return nil }
        self.init(significand: mantissa.significand, decimals: mantissa.decimals - exponent)
    }
}

extension DecimalNumber: Comparable {
    public static func < (a: DecimalNumber, b: DecimalNumber) -> Bool {
        let (x, y, _) = aligned(a, b)
        return x < y
    }
}

extension DecimalNumber: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension DecimalNumber: CustomStringConvertible {}

/// A grid of allowed numbers: from `low` to `high` in steps of `step`, as a number question
/// takes them.
public struct NumberGrid: Sendable, Hashable {
    public var low: DecimalNumber
    public var high: DecimalNumber
    public var step: DecimalNumber

    public init(low: DecimalNumber, high: DecimalNumber, step: DecimalNumber) {
        self.low = low
        self.high = high
        self.step = step
    }

    /// The step a range has when none is written: 1 for whole bounds, else the smallest
    /// decimal unit of the bounds (`0.0..10.5` counts in tenths).
    public static func defaultStep(low: DecimalNumber, high: DecimalNumber) -> DecimalNumber {
        DecimalNumber(significand: 1, decimals: max(low.decimals, high.decimals))
    }

    /// Whether `value` lies on the grid (the range's low end plus whole steps).
    public func isOnGrid(_ value: DecimalNumber) -> Bool {
        step > 0 && (value - low).count(of: step) != nil
    }

    /// Whether `value` is an answer: inside the range and on the grid.
    public func contains(_ value: DecimalNumber) -> Bool {
        value >= low && value <= high && isOnGrid(value)
    }

    /// The number of steps from `low` to `value` (whole, rounded down).
    public func steps(to value: DecimalNumber) -> Int {
        guard step > 0 else { return 0 }
        let (x, s, _) = DecimalNumber.aligned(value - low, step)
        return x >= 0 ? x / s : -((-x + s - 1) / s)
    }

    /// The grid point `n` steps above `low`.
    public func point(_ n: Int) -> DecimalNumber { low + step.times(n) }

    /// The number of steps from one end to the other.
    public var width: Int { steps(to: high) }

    /// The allowed values nearest to `value`, lowest first: one when `value` lies on the grid
    /// or beyond an end, else the one below and the one above.
    public func nearest(_ value: DecimalNumber) -> [DecimalNumber] {
        if value <= low { return [low] }
        let top = point(width)
        if value >= top { return [top] }
        let n = steps(to: value)
        let below = point(n)
        return below == value ? [value] : [below, point(n + 1)]
    }
}
