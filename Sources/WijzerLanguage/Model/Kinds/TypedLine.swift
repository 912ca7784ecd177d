
/// A line the teacher typed, checked before anything else looks at it: valid UTF-8, no control
/// characters, at most 4 KB. A refused line is never stored.
public enum TypedLine {
    /// The longest line accepted, in bytes (without the line end).
    public static let maximumBytes = 4096

    /// Why a line was refused, in Dutch, to show before asking again.
    public enum Rejection: Error, Sendable, Hashable {
        case invalidUTF8
        case controlCharacter
        case tooLong(bytes: Int)

        public var message: String {
            switch self {
            case .invalidUTF8:
                "Deze invoer is geen geldige tekst (ongeldige UTF-8); er is niets opgeslagen. Typ je antwoord opnieuw."
            case .controlCharacter:
                "Deze invoer bevat een stuurteken (zoals een tab of escape); er is niets opgeslagen. Typ je antwoord opnieuw."
            case .tooLong(let bytes):
                "Deze regel is te lang (\(bytes) bytes, hooguit \(TypedLine.maximumBytes)); er is niets opgeslagen. Houd het korter."
            }
        }
    }

    /// The text of `bytes` (one line without its line end; a trailing CR is dropped), or why
    /// it is refused. Surrounding spaces are trimmed.
    public static func check(_ bytes: [UInt8]) -> Result<String, Rejection> {
        var bytes = bytes
        if bytes.last == 0x0D { bytes.removeLast() }
        if bytes.count > maximumBytes { return .failure(.tooLong(bytes: bytes.count)) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.invalidUTF8) }
        return checkedCharacters(text)
    }

    /// The same checks for a line that is a string already (valid UTF-8 as every string is):
    /// a form's field, read and validated with its form, is not copied and validated again.
    public static func check(_ line: String) -> Result<String, Rejection> {
        var text = line
        // A CR at the end is a character of its own (only CR LF is one character).
        if text.utf8.last == 0x0D { text.removeLast() }
        let count = text.utf8.count
        if count > maximumBytes { return .failure(.tooLong(bytes: count)) }
        return checkedCharacters(text)
    }

    /// `text` (its CR dropped, its length checked) trimmed, or refused for a control character.
    private static func checkedCharacters(_ text: String) -> Result<String, Rejection> {
        for scalar in text.unicodeScalars where isControl(scalar) {
            return .failure(.controlCharacter)
        }
        return .success(trimmed(text))
    }

    /// C0 and C1 control characters and DEL; also the bidirectional overrides, which can make
    /// stored text read differently from what was typed.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without leading and trailing spaces.
    public static func trimmed(_ text: String) -> String {
        // A space at either end is a scalar there: without one, nothing is trimmed, and the
        // walk by characters below (which every saved answer's text took) is not needed.
        let (first, last) = (text.unicodeScalars.first, text.unicodeScalars.last)
        guard isSpace(first) || isSpace(last) else { return text }
        var s = Substring(text)
        while let f = s.first, f == " " || f == "\u{A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\u{A0}" { s.removeLast() }
        return String(s)
    }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool { scalar == " " || scalar == "\u{A0}" }
}
