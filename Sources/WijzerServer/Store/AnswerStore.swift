import Foundation
import WijzerScoring

/// Where `wijzer serve` keeps each private link's self-check: one `ResultDocument` per link,
/// the same document the terminal runner saves and `wijzer plan` reads.
///
/// Every method returns only after the change is durable (committed and synced), so an answer
/// the server has acknowledged survives a crash. Implementations: `SQLiteAnswerStore` and
/// `PostgresAnswerStore`, on the same tables and migrations (`StoreSchema`). Both keep a link
/// only as its digest (`LinkDigest`), never the link itself.
public protocol AnswerStore: Sendable {
    /// Stores a new self-check under `link`. Throws `StoreError.duplicate` if the link exists.
    func create(link: String, document: ResultDocument) async throws

    /// The self-check of `link` for questionnaire `questionnaire`; nil when there is none (a link
    /// of another questionnaire is no link here).
    func load(link: String, questionnaire: String) async throws -> ResultDocument?

    /// Applies `change` to the self-check of `link` and stores the result, as one transaction
    /// that no other change to the same link interleaves with. Returns the stored document, or
    /// nil when the link is unknown. `change` may throw to store nothing.
    func update(link: String, questionnaire: String,
                _ change: @Sendable (inout ResultDocument) throws -> Void) async throws -> ResultDocument?

    /// The rounds of `link`'s self-check before the current one (`EarlierRounds`); nil when no
    /// finished theme was done again.
    func earlierRounds(link: String, questionnaire: String) async throws -> ResultDocument?

    /// Keeps `rounds` as the earlier rounds of `link`'s self-check (before a finished theme is
    /// done again); false when the link is unknown.
    func keepEarlierRounds(_ rounds: ResultDocument, link: String, questionnaire: String) async throws -> Bool

    /// Deletes everything stored for `link`; false when there was nothing.
    func delete(link: String, questionnaire: String) async throws -> Bool

    /// The schema version the store is at (the highest applied migration).
    func schemaVersion() async throws -> Int

    /// Closes the connection; the store is unusable afterwards.
    func close() async throws
}

/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, Equatable {
    case duplicate
    /// The stored document could not be read back (a message for the log, never for a teacher).
    case corrupt(String)
    /// The database was made by a newer Wijzer (its schema version is higher than this one knows).
    case newerSchema(Int)
    /// The database server could not be reached or refused the connection; `location` names
    /// the server and database (never a password), `reason` is the driver's account.
    case unreachable(location: String, reason: String)
    /// Other writers kept changing the same self-checks while a group of saves was tried again
    /// and again (`SaveQueue.attempts`); none of the group's saves was stored.
    case contended
    /// The disk did not confirm a flush of what was written (`LogFlush`): it may not survive a
    /// crash, and the store writes nothing more until it is opened again.
    case notDurable(String)
}
