import WijzerScoring

/// When a team member counts as finished: every theme of the session completed. Kept per
/// member in the store (`team_members.finished`, migration 5) so the release check counts rows;
/// the release itself decides again from the documents it reads.
enum TeamProgress {
    /// Whether `document` has every theme of `themes` completed.
    static func hasFinished(_ document: ResultDocument, _ themes: [String]) -> Bool {
        themes.allSatisfy { theme in document.themes.contains { $0.theme == theme && $0.completed != nil } }
    }

    /// Whether a stored member's document (JSON, as stored) finished the session's themes
    /// (`themes` as stored: separated by spaces); false when it cannot be read (migration 5).
    static func hasFinished(json: String, themes: String) -> Bool {
        guard let document = try? ResultCodec.decode(Array(json.utf8), path: "self_checks") else { return false }
        return hasFinished(document, themes.split(separator: " ").map(String.init))
    }

    /// The members to mark as finished when migrating to version 5: the session, link digest,
    /// the session's themes and the member's document of every member with a self-check.
    static let membersToMark = """
        SELECT m.session, m.link_hash, t.themes, s.document FROM team_members m
        JOIN team_sessions t ON t.id = m.session
        JOIN self_checks s ON s.link_hash = m.link_hash AND s.questionnaire = t.questionnaire
        """

    /// The members of a session (parameters: questionnaire, session) and how many of them are
    /// marked finished with their self-check still there (a deleted one no longer counts).
    static let countsQuery = """
        SELECT COUNT(*) AS joined, COALESCE(SUM(CASE WHEN s.link_hash IS NOT NULL AND m.finished = 1 THEN 1 ELSE 0 END), 0) AS finished
        FROM team_members m LEFT JOIN self_checks s ON s.link_hash = m.link_hash AND s.questionnaire = $1
        WHERE m.session = $2
        """
}
