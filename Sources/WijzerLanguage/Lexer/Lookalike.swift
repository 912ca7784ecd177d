/// Characters that word processors put in pasted text and that look like what the language
/// expects, but are not: a no-break space for a space, invisible zero-width characters, and
/// typographic quotes around a string (and, reported by `Lexer.checkLetters`, a typographic
/// dash in a name).
struct Lookalike: Sendable {
    /// Its length in bytes.
    var length: Int
    /// "U+00A0 (vaste spatie)".
    var name: String
    /// What to write instead.
    var replacement: String

    /// Whether it is a typographic quote that can open a string.
    var opensString: Bool { replacement == "\"" }

    /// The finding, in Dutch.
    var message: String { Self.message(name: name, replacement: replacement) }

    static func message(name: String, replacement: String) -> String {
        switch replacement {
        case " ": "\(name) lijkt op een spatie, maar is een ander teken (vaak meegekomen uit een tekstverwerker)"
        case "": "\(name) is een onzichtbaar teken dat hier niet hoort (vaak meegekomen uit een tekstverwerker)"
        case "-": "\(name) lijkt op `-`, maar is een ander teken (vaak meegekomen uit een tekstverwerker)"
        default: "\(name) rond een tekst: gebruik het rechte aanhalingsteken `\"` (typografische horen alleen binnen de tekst)"
        }
    }

    /// What the fix-it does.
    static func fix(_ replacement: String, count: Int) -> String {
        let them = count > 1 ? "alle \(count)" : ""
        switch replacement {
        case " ": return count > 1 ? "vervang ze \(them) door een gewone spatie" : "vervang door een gewone spatie"
        case "": return count > 1 ? "haal ze \(them) weg" : "haal het weg"
        case "-": return count > 1 ? "vervang ze \(them) door `-`" : "vervang door `-`"
        default: return count > 1 ? "vervang ze \(them) door `\"`" : "vervang door `\"`"
        }
    }

    /// Typographic dashes (‐ ‑ ‒ – — −): lookalikes of `-` inside a name, where
    /// `Lexer.checkLetters` finds them (elsewhere a dash is text or an unexpected character).
    static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]

    /// The lookalike that starts at `bytes[i]`, if any (only bytes below `end` are read).
    static func at(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Lookalike? {
        guard bytes[i] >= 0xC2 else { return nil }
        if bytes[i] == 0xC2 {
            return i + 1 < end && bytes[i + 1] == 0xA0 ? Lookalike(length: 2, name: "U+00A0 (vaste spatie)", replacement: " ") : nil
        }
        guard i + 2 < end else { return nil }
        switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
        case (0xE2, 0x80, 0x8B): return Lookalike(length: 3, name: "U+200B (onzichtbare spatie)", replacement: "")
        case (0xE2, 0x80, 0x8C): return Lookalike(length: 3, name: "U+200C (onzichtbaar teken)", replacement: "")
        case (0xE2, 0x80, 0x8D): return Lookalike(length: 3, name: "U+200D (onzichtbaar teken)", replacement: "")
        case (0xE2, 0x81, 0xA0): return Lookalike(length: 3, name: "U+2060 (onzichtbaar teken)", replacement: "")
        case (0xEF, 0xBB, 0xBF): return Lookalike(length: 3, name: "U+FEFF (onzichtbaar teken)", replacement: "")
        case (0xE2, 0x80, 0x9C): return Lookalike(length: 3, name: "U+201C (typografisch aanhalingsteken “)", replacement: "\"")
        case (0xE2, 0x80, 0x9D): return Lookalike(length: 3, name: "U+201D (typografisch aanhalingsteken ”)", replacement: "\"")
        case (0xE2, 0x80, 0x9E): return Lookalike(length: 3, name: "U+201E (typografisch aanhalingsteken „)", replacement: "\"")
        default: return nil
        }
    }
}
