import Foundation
import WijzerScoring

/// Where `wijzer serve` keeps its live team sessions, beside the self-checks of an
/// `AnswerStore` (same database). A member is only the private link of a self-check: no name,
/// no address. Every method returns after the change is durable. Implementations: the SQLite
/// store (`SQLiteAnswerStore+Team`) and the PostgreSQL store (`PostgresAnswerStore+Team`).
public protocol TeamSessionStore: Sendable {
    /// Stores a new session; the facilitator's link only as `facilitatorDigest` (`LinkDigest`).
    /// Throws `StoreError.duplicate` when the join code or digest is taken.
    func createSession(_ session: TeamSessionRecord, facilitatorDigest: String) async throws

    func session(joinCode: String) async throws -> TeamSessionRecord?
    func session(facilitatorDigest: String) async throws -> TeamSessionRecord?
    func session(projectorDigest: String) async throws -> TeamSessionRecord?

    /// Records the digest of the session's projector link (`ProjectorLink`) unless it has one.
    func attachProjector(session: String, projectorDigest: String) async throws

    /// The open or closed sessions `link` takes part in.
    func sessions(member link: String) async throws -> [TeamSessionRecord]

    /// Adds `link` to `session`; false when it was a member already (one person counts once).
    /// `brought`: the self-check was the member's own before joining (a pasted link, or the one
    /// their browser had), so the purge leaves it.
    func addMember(session: String, link: String, at date: Date, brought: Bool) async throws -> Bool

    /// Whether the purge of a session `link` takes part in will delete its self-check: it was
    /// started by joining one (`addMember` without `brought`).
    func isDeletedWithSession(member link: String) async throws -> Bool

    /// Records whether member `link` finished the session's themes (`TeamProgress`).
    func setFinished(session: String, link: String, _ finished: Bool) async throws

    /// How many members joined, and how many of those whose self-check still exists are marked
    /// finished: counted by the database, no document read.
    func counts(session: String, questionnaire: String) async throws -> (joined: Int, finished: Int)

    /// The documents (`themes` only) of the members whose self-check still exists, in the byte
    /// order of their links' digests (how many joined: `counts`). With `markedFinishedOnly`, of
    /// the members marked finished (`setFinished`) only: what a release reads. Its caller checks
    /// each document again (`TeamProgress.hasFinished`); the mark spares decoding the documents
    /// of those still answering, which change with every answer.
    func members(session: String, questionnaire: String, themes: [String], markedFinishedOnly: Bool) async throws -> [TeamMemberDocument]

    /// Replaces the released state if it is still `expected` (another request may have released
    /// first); false when it was not. `html` is the team view's report of this release
    /// (`TeamHTMLRenderer.mainContent`), kept for `releasedView`.
    func release(session: String, expected: Int, released: Int, snapshot: [TeamMemberDocument], html: String) async throws -> Bool

    /// The count and the team view's report of the last release, as `release` stored them: nil
    /// before the first release and for a release stored without its report (by a Wijzer from
    /// before schema version 6).
    func releasedView(session: String) async throws -> (released: Int, html: String)?

    /// The documents of the last release.
    func snapshot(session: String) async throws -> [ResultDocument]

    /// Closes `session` with its frozen report; false when it was closed already.
    func close(session: String, at date: Date, report: FrozenTeamReport, snapshot: [TeamMemberDocument]) async throws -> Bool

    /// Deletes the self-checks started by joining (not those members brought), the member rows and
    /// the snapshot of every session closed before `date`; the frozen reports stay. Returns how
    /// many sessions were purged.
    func purge(closedBefore date: Date) async throws -> Int
}

/// One team session as stored.
public struct TeamSessionRecord: Sendable, Equatable {
    public enum State: String, Sendable {
        case open, closed
    }

    /// Internal key (random), never shown.
    public var id: String
    public var questionnaire: String
    /// The chosen themes, in the questionnaire's order.
    public var themes: [String]
    /// k: the smallest group a figure is shown about.
    public var minimumGroup: Int
    public var joinCode: String
    public var state: State
    public var created: Date
    public var closed: Date?
    /// How many finished participants the team view shows (its last release).
    public var released: Int
    /// The report frozen at closing.
    public var report: FrozenTeamReport?
    /// Whether the individual answers were deleted after the retention period.
    public var purged: Bool

    public init(id: String, questionnaire: String, themes: [String], minimumGroup: Int, joinCode: String, created: Date) {
        self.id = id
        self.questionnaire = questionnaire
        self.themes = themes
        self.minimumGroup = minimumGroup
        self.joinCode = joinCode
        state = .open
        self.created = created
        closed = nil
        released = 0
        report = nil
        purged = false
    }
}

/// The four files of `wijzer team`, as frozen when the session closed.
public struct FrozenTeamReport: Sendable, Equatable {
    public var markdown: String
    public var html: String
    public var scores: String
    public var answers: String

    public init(markdown: String, html: String, scores: String, answers: String) {
        self.markdown = markdown
        self.html = html
        self.scores = scores
        self.answers = answers
    }
}
