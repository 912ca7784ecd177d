import Foundation

/// The secret in a teacher's private link (`/s/<link>`): the only key to a self-check, as
/// there are no accounts. 160 random bits from the system's CSPRNG, as 32 characters of
/// base32 (lower case, no look-alikes), so it survives being copied from an e-mail or a note.
public enum PrivateLink {
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
    /// 32 characters of 5 bits each.
    public static let length = 32

    /// A fresh link secret.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0 ..< length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// Whether `text` has the form of a link secret (checked before any database lookup, and on
    /// every form's CSRF token: by its bytes, as every character of the alphabet is one byte).
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy(isAlphabetByte)
    }

    /// Whether `byte` is the UTF-8 of a character of `alphabet`: a-z without l and o, or 2-9.
    /// By range rather than by a search of the alphabet, which took 1.6 % of the server's time
    /// per saved answer (two checks per POST; Benchmarks/serve, perf).
    static func isAlphabetByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "l"), UInt8(ascii: "o"): false
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "2") ... UInt8(ascii: "9"): true
        default: false
        }
    }

    /// The secret of a private link pasted as a whole URL (`https://…/s/<secret>/plan`), as a
    /// path or on its own; nil when there is none in `text`.
    public static func secret(in text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if let s = parts.lastIndex(of: "s"), s + 1 < parts.count {
            let secret = parts[s + 1].prefix { $0 != "?" && $0 != "#" }
            return isWellFormed(secret) ? String(secret) : nil
        }
        return isWellFormed(trimmed) ? trimmed : nil
    }
}
