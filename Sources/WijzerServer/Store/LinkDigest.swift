import Crypto

/// What the stores keep instead of a private link: its SHA-256 as 64 lower-case hex digits.
/// The link is the only key to a self-check, so a leaked database (or backup) must not hold
/// working links; the link's 160 random bits make the digest impossible to reverse or guess.
public enum LinkDigest {
    public static func of(_ link: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(link.utf8)) {
            digits.append(hex[Int(byte >> 4)])
            digits.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
