import Crypto

/// The read-only link of a live team session, for the computer at the projector: it opens the
/// team view, its live updates and the presentation, but cannot close the session or download
/// the report. It is derived from the facilitator's link with SHA-256, so the server can show it
/// on the facilitator's page every time without storing it, and nobody who reads it off the
/// screen can work back to the facilitator's link. It has the form of a `PrivateLink`.
public enum ProjectorLink {
    /// The projector link belonging to the facilitator link `facilitator`.
    public static func of(facilitator link: String) -> String {
        // A label keeps this hash apart from the stored digest of the same link (`LinkDigest`).
        let bytes = Array(SHA256.hash(data: Array("wijzer-beamer:\(link)".utf8)))
        // 32 characters of 5 bits: the first 160 of the hash's 256 bits.
        var characters: [Character] = []
        characters.reserveCapacity(PrivateLink.length)
        for index in 0 ..< PrivateLink.length {
            let bit = index * 5
            let pair = Int(bytes[bit / 8]) << 8 | Int(bytes[bit / 8 + 1])
            characters.append(PrivateLink.alphabet[(pair >> (11 - bit % 8)) & 0x1F])
        }
        return String(characters)
    }
}
