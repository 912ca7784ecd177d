import WijzerLanguage
import WijzerScoring
import WijzerReports

/// The low-level half of `ResultScanner`: a position in UTF-8 bytes with JSON lexing (strings
/// with escapes and UTF-8 checks, integers with overflow checks, literals) and a validating skip
/// of any value. Errors are Dutch and name the line, since a result file is text.
struct Cursor {
    typealias Failure = ResultScanner.Failure

    let base: UnsafeBufferPointer<UInt8>
    var p = 0

    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }

    var atEnd: Bool { p >= base.count }
    /// The byte at the cursor, 0 at the end (0 never starts a valid token).
    var peek: UInt8 { p < base.count ? base[p] : 0 }
    /// The first byte of the next value, after whitespace.
    var peekValue: UInt8 {
        mutating get { skipWhitespace(); return peek }
    }

    mutating func advance() { p += 1 }

    /// The 1-based line of the cursor, for messages (counted only when an error occurs).
    var line: Int {
        var n = 1
        for i in 0 ..< min(p, base.count) where base[i] == 0x0A { n += 1 }
        return n
    }

    mutating func skipWhitespace() {
        while p < base.count {
            switch base[p] {
            case 0x20, 0x0A, 0x0D, 0x09: p += 1
            default: return
            }
        }
    }

    func syntax(_ what: String, path: @autoclosure () -> String) -> Failure {
        if atEnd {
            return Failure(message: "geen geldige JSON (afgebroken of beschadigd bestand?): onverwacht einde" + (path().isEmpty ? "" : " in `\(path())`"))
        }
        return Failure(message: "geen geldige JSON op regel \(line): \(what)" + (path().isEmpty ? "" : " in `\(path())`"))
    }

    mutating func expect(_ byte: UInt8, path: @autoclosure () -> String) throws(Failure) {
        guard peek == byte else {
            throw syntax("`\(Character(Unicode.Scalar(byte)))` verwacht", path: path())
        }
        p += 1
    }

    /// Reads a string at the cursor, appending its decoded UTF-8 bytes to `out`.
    mutating func string(into out: inout [UInt8], path: @autoclosure () -> String, copy: Bool = true) throws(Failure) {
        try expect(UInt8(ascii: "\""), path: path())
        while true {
            // Copy the run of plain ASCII in one go.
            let runStart = p
            while p < base.count {
                let b = base[p]
                if b == 0x22 || b == 0x5C || b < 0x20 || b >= 0x80 { break }
                p += 1
            }
            if copy && p > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: base[runStart ..< p])) }
            guard p < base.count else { throw syntax("tekst zonder afsluitend aanhalingsteken", path: path()) }
            let b = base[p]
            if b == 0x22 { p += 1; return }
            if b < 0x20 { throw syntax("stuurteken in tekst", path: path()) }
            if b == 0x5C {
                p += 1
                try escape(into: &out, path: path())
                continue
            }
            let n = try utf8Sequence(path: path())
            if copy { out.append(contentsOf: UnsafeBufferPointer(rebasing: base[p ..< p + n])) }
            p += n
        }
    }

    /// The length of the valid UTF-8 sequence at the cursor (a non-ASCII lead byte), or an error.
    private func utf8Sequence(path: @autoclosure () -> String) throws(Failure) -> Int {
        let b0 = base[p]
        func cont(_ i: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            p + i < base.count && base[p + i] >= lo && base[p + i] <= hi
        }
        switch b0 {
        case 0xC2 ... 0xDF: if cont(1) { return 2 }
        case 0xE0: if cont(1, 0xA0) && cont(2) { return 3 }
        case 0xE1 ... 0xEC, 0xEE ... 0xEF: if cont(1) && cont(2) { return 3 }
        case 0xED: if cont(1, 0x80, 0x9F) && cont(2) { return 3 }
        case 0xF0: if cont(1, 0x90) && cont(2) && cont(3) { return 4 }
        case 0xF1 ... 0xF3: if cont(1) && cont(2) && cont(3) { return 4 }
        case 0xF4: if cont(1, 0x80, 0x8F) && cont(2) && cont(3) { return 4 }
        default: break
        }
        throw Failure(message: "ongeldige UTF-8 op regel \(line)" + (path().isEmpty ? "" : " in `\(path())`"))
    }

    private mutating func escape(into out: inout [UInt8], path: @autoclosure () -> String) throws(Failure) {
        guard p < base.count else { throw syntax("afgebroken escape", path: path()) }
        let e = base[p]
        p += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(path: path())
            if (0xD800 ... 0xDBFF).contains(scalar) {
                guard peek == 0x5C, p + 1 < base.count, base[p + 1] == UInt8(ascii: "u") else {
                    throw syntax("losse surrogaat in \\u-escape", path: path())
                }
                p += 2
                let low = try hex4(path: path())
                guard (0xDC00 ... 0xDFFF).contains(low) else { throw syntax("ongeldig surrogaatpaar", path: path()) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00 ... 0xDFFF).contains(scalar) {
                throw syntax("losse surrogaat in \\u-escape", path: path())
            }
            // Valid scalar by construction.
            for b in String(Character(Unicode.Scalar(scalar)!)).utf8 { out.append(b) }
        default:
            throw syntax("onbekende escape", path: path())
        }
    }

    private mutating func hex4(path: @autoclosure () -> String) throws(Failure) -> UInt32 {
        guard p + 4 <= base.count else { throw syntax("afgebroken \\u-escape", path: path()) }
        var v: UInt32 = 0
        for _ in 0 ..< 4 {
            let b = base[p]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw syntax("ongeldige \\u-escape", path: path())
            }
            v = v << 4 | d
            p += 1
        }
        return v
    }

    /// A JSON number that must be a whole number fitting in `Int`.
    mutating func integer(field: @autoclosure () -> String) throws(Failure) -> Int {
        skipWhitespace()
        let start = p
        guard peek == UInt8(ascii: "-") || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(peek) else {
            if atEnd { throw syntax("onverwacht einde", path: field()) }
            throw Failure(message: "veld `\(field())` heeft het verkeerde type (verwacht geheel getal)")
        }
        let (isInteger, ok) = scanNumber()
        guard ok else { throw syntax("ongeldig getal", path: field()) }
        guard isInteger else { throw Failure(message: "veld `\(field())` heeft het verkeerde type (verwacht geheel getal)") }
        var i = start
        let negative = base[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var value = 0
        while i < p {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let digit = Int(base[i] - UInt8(ascii: "0"))
            let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
            if o1 || o2 { throw Failure(message: "veld `\(field())`: getal is te groot") }
            value = s
            i += 1
        }
        return value
    }

    mutating func boolean(field: @autoclosure () -> String) throws(Failure) -> Bool {
        skipWhitespace()
        if literal("true") { return true }
        if literal("false") { return false }
        if atEnd { throw syntax("onverwacht einde", path: field()) }
        throw Failure(message: "veld `\(field())` heeft het verkeerde type (verwacht true of false)")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard p + n <= base.count else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
        for i in 0 ..< n where base[p + i] != w[i] { return false }
        p += n
        return true
    }

    /// Moves over a JSON number; returns whether it had no fraction or exponent, and validity.
    private mutating func scanNumber() -> (isInteger: Bool, ok: Bool) {
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if peek == UInt8(ascii: "-") { p += 1 }
        if peek == UInt8(ascii: "0") {
            p += 1
        } else if digit(peek) {
            while digit(peek) { p += 1 }
        } else {
            return (false, false)
        }
        var isInteger = true
        if peek == UInt8(ascii: ".") {
            isInteger = false
            p += 1
            guard digit(peek) else { return (false, false) }
            while digit(peek) { p += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isInteger = false
            p += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { p += 1 }
            guard digit(peek) else { return (false, false) }
            while digit(peek) { p += 1 }
        }
        return (isInteger, true)
    }

    /// Checks and moves over any JSON value; `depth` counts the containers around it.
    mutating func skipValue(depth: Int) throws(Failure) {
        skipWhitespace()
        if depth > ResultScanner.maxDepth {
            throw Failure(message: "geen geldig resultaatbestand: te diep genest (meer dan \(ResultScanner.maxDepth) niveaus)")
        }
        switch peek {
        case UInt8(ascii: "\""):
            var sink: [UInt8] = []
            try skipString(&sink)
        case UInt8(ascii: "{"):
            p += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") { p += 1; return }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else { throw syntax("veldnaam verwacht", path: "") }
                var sink: [UInt8] = []
                try skipString(&sink)
                skipWhitespace()
                try expect(UInt8(ascii: ":"), path: "")
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: ",") { p += 1; continue }
                try expect(UInt8(ascii: "}"), path: "")
                return
            }
        case UInt8(ascii: "["):
            p += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") { p += 1; return }
            while true {
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: ",") { p += 1; continue }
                try expect(UInt8(ascii: "]"), path: "")
                return
            }
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            if literal("true") || literal("false") || literal("null") { return }
            throw syntax("onbekende waarde", path: "")
        case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
            guard scanNumber().ok else { throw syntax("ongeldig getal", path: "") }
        default:
            throw syntax(atEnd ? "onverwacht einde" : "waarde verwacht", path: "")
        }
    }

    /// Validates a string without keeping it (the sink only grows for escapes).
    private mutating func skipString(_ sink: inout [UInt8]) throws(Failure) {
        try string(into: &sink, path: "", copy: false)
    }
}
