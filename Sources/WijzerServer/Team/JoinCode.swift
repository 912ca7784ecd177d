/// The code participants type to join a team session, e.g. `KX7P-M3QD`: 8 characters of 5 bits
/// (40 bits) from the system's CSPRNG, upper-case letters and digits without the look-alikes
/// 0, O, 1 and I, so it can be read aloud and typed from a projector. Guessing is limited like
/// private-link lookups (`LookupLimiter`).
public enum JoinCode {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    static let length = 8

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let symbols = (0 ..< length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return String(symbols[0 ..< 4]) + "-" + String(symbols[4...])
    }

    /// The code as typed (any case, spaces or dashes anywhere) in its stored form; nil when it
    /// cannot be a code.
    public static func normalized(_ text: String) -> String? {
        let symbols = text.uppercased().filter { $0 != " " && $0 != "-" }
        guard symbols.count == length, symbols.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return String(symbols.prefix(4)) + "-" + String(symbols.dropFirst(4))
    }
}
