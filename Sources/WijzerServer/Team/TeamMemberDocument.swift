import WijzerScoring

/// A member's self-check as a team session sees it: only the session's themes, and the line
/// that stands for it in a released snapshot (`TeamSnapshotCodec`).
public struct TeamMemberDocument: Sendable, Equatable {
    /// The themes of the document that the session asked for; what the member did elsewhere is
    /// not the team's business.
    public let document: ResultDocument
    /// One line of JSON that decodes to `document`.
    let line: String

    /// `document` as a member of a session on `themes`, its line encoded (for tests: the stores
    /// make members with `stored`, from the text they read).
    init(_ document: ResultDocument, themes: [String]) {
        let restricted = document.keeping(themes: themes)
        self.init(restricted: restricted, line: DocumentCache.encode(restricted))
    }

    init(restricted document: ResultDocument, line: String) {
        self.document = document
        self.line = line
    }

    /// The member stored as `text` (decoded as `decoded`), on the session's `themes`. When the
    /// document has no other themes, the stored text is its line as it is: nothing is encoded.
    ///
    /// Why: encoding every finished member's document again at every release was a quarter of
    /// the CPU time of a session of 200 (Benchmarks/team, perf).
    static func stored(_ decoded: ResultDocument, text: String, themes: [String]) -> TeamMemberDocument {
        let restricted = decoded.keeping(themes: themes)
        if restricted.themes.count == decoded.themes.count { return TeamMemberDocument(restricted: restricted, line: text) }
        return TeamMemberDocument(restricted: restricted, line: DocumentCache.encode(restricted))
    }
}
