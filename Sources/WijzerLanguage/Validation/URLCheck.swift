/// Checks that a resource link is a well-formed http(s) URL.
///
/// Foundation's `URL(string:)` accepts far too much (no host, stray quotes) to catch authors'
/// typos, so the few rules that matter are checked here.
enum URLCheck {
    /// ASCII letters, digits, `-` and `.`, or any non-ASCII letter (internationalised names).
    private static func isHostCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E: true
        case 0..<0x80: false
        default: c.properties.isAlphabetic
        }
    }

    static func problem(in url: String) -> String? {
        if isPlainValid(url) { return nil }
        return explain(url)
    }

    /// A quick yes for the usual address: ASCII, `http(s)://`, a host of two or more non-empty
    /// labels of letters, digits and `-`, no forbidden characters. Anything else goes through
    /// `explain`, which finds the problem (or none).
    private static func isPlainValid(_ url: String) -> Bool {
        let b = Array(url.utf8)
        func starts(_ prefix: String) -> Bool { b.starts(with: prefix.utf8) }
        var i = starts("https://") ? 8 : starts("http://") ? 7 : 0
        guard i > 0 else { return false }
        var labels = 0
        var labelLength = 0
        hostLoop: while i < b.count {
            switch b[i] {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: ":"): break hostLoop
            case UInt8(ascii: "."):
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"): labelLength += 1
            default: return false
            }
            i += 1
        }
        guard labelLength > 0, labels >= 1 else { return false }
        for c in b {
            switch c {
            case 0..<0x21, 0x7F..., 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
            default: continue
            }
        }
        return true
    }

    /// What is wrong with `url`, if anything.
    private static func explain(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        func starts(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
        let schemeLength = starts("https://") ? 8 : starts("http://") ? 7 : 0
        if schemeLength == 0 { return "begint niet met http:// of https://" }
        let rest = url.dropFirst(schemeLength)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostName = host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        if hostName.isEmpty { return "`\(url)` heeft geen servernaam" }
        let labels = hostName.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 || labels.contains(where: \.isEmpty) {
            return "servernaam `\(hostName)` is geen volledige domeinnaam"
        }
        for scalar in hostName.unicodeScalars where !isHostCharacter(scalar) {
            return "teken `\(scalar)` hoort niet in een servernaam"
        }
        for scalar in url.unicodeScalars {
            let v = scalar.value
            let forbidden = v < 0x21 || v == 0x7F || v == 0x22 || v == 0x3C || v == 0x3E || v == 0x5C || v == 0x5E
                || v == 0x60 || v == 0x7B || v == 0x7C || v == 0x7D
            if forbidden {
                return "teken `\(v < 0x21 ? "U+\(String(v, radix: 16))" : String(scalar))` hoort niet in een webadres"
            }
        }
        return nil
    }
}
