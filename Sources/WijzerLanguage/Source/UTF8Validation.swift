/// Finds the bytes of a buffer that are not part of a well-formed UTF-8 sequence.
///
/// The standard library tells whether a buffer is valid, but not where it is not; the checker
/// needs every position to report it, so this small decoder walks the bytes itself.
enum UTF8Validation {
    static func invalidOffsets(in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // Most text is ASCII.
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            if length == 0 { result.append(i); i += 1; continue }
            var ok = i + length <= n
            if ok {
                for k in 1..<length {
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { ok = false; break }
                }
            }
            if ok {
                i += length
            } else {
                result.append(i)
                i += 1
            }
        }
        return result
    }
}
