extension Array where Element == UInt8 {
    /// Appends the decimal digits of `n`, zero-padded to at least `width`, as UTF-8: for the
    /// numbers and dates `ResultJSONWriter` writes with every saved answer, without a string for
    /// each (a padded digit string counted its Characters; callgrind).
    mutating func appendDecimal(_ n: UInt, width: Int = 1) {
        var divisor: UInt = 1
        for _ in 1 ..< Swift.max(width, 1) { divisor *= 10 }
        while divisor <= n / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
        }
    }
}
