extension Array where Element == UInt8 {
    /// Appends the decimal digits of `n`, zero-padded to at least `width`, as UTF-8: for the
    /// numbers and dates `ResultJSONWriter` writes with every saved answer, without a string for
    /// each (a padded digit string counted its Characters; callgrind), and for the server's log.
    public mutating func appendDecimal(_ n: UInt, width: Int = 1) {
        // One or two digits without the loop's divisions: a date's month, day, hour, minute and
        // second, five of the six calls for every date written. A save writes a date for each
        // of its answers: 3,100 fewer instructions per save (437,640 → 434,531,
        // `save-instructions.py`).
        if n < 100 && width <= 2 {
            if n >= 10 || width == 2 { append(UInt8(ascii: "0") + UInt8(n / 10)) }
            append(UInt8(ascii: "0") + UInt8(n % 10))
            return
        }
        var divisor: UInt = 1
        for _ in 1 ..< Swift.max(width, 1) { divisor *= 10 }
        while divisor <= n / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
        }
    }
}
