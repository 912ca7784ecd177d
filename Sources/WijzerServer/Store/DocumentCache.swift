import Synchronization
import WijzerScoring

/// Decoded self-checks by link digest, each kept with the exact stored text it came from (and
/// its row's revision, where the read gave it), so a document read again unchanged is not
/// decoded again. A document the store writes is kept as its text will read
/// (`text(storing:key:revision:)`), so the page after a save decodes nothing either.
///
/// Why: every save read and decoded its self-check twice (once to show or check the question,
/// once in its group's transaction) and every page load once more; decoding the JSON was a
/// fifth of the server's CPU time under load (Benchmarks/serve, perf). The database stays the truth:
/// a lookup still reads the text, and a text that differs in any byte from the one kept (another
/// instance or process changed it) is decoded afresh. So the cache is safe with several
/// instances on one PostgreSQL and with another process on the same SQLite file.
///
/// A `Mutex` rather than an actor: a lookup is a dictionary access, and an actor would add a
/// hop to another executor to every request.
final class DocumentCache: Sendable {
    private struct Entry {
        var text: String
        /// The row's revision with this text, nil when the read did not give it (a team read).
        var revision: Int?
        var document: ResultDocument
        /// Where each theme's JSON is in `text`, when this cache wrote it (`ResultCodec.Line`).
        var themes: [Range<Int>]? = nil
        /// The document as a member of a team session on `themes` (the last one asked for).
        var member: (themes: [String], member: TeamMemberDocument)?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Each link's digest (`digest(of:)`), bounded and forgotten with the documents.
        var digests: [String: String] = [:]
        /// How many documents were forgotten (deleted) so far: a read that began before a
        /// delete must not keep what it read (`ticket()`).
        var forgets = 0
    }

    private let state = Mutex(State())
    /// At most this many documents are kept (a few MB); when full, it starts over.
    let capacity: Int
    private let decode: @Sendable (String) throws -> ResultDocument

    /// `decode` is `DocumentCache.decode` but in tests that count the decodings.
    init(capacity: Int = 2_000, decode: @escaping @Sendable (String) throws -> ResultDocument = { try DocumentCache.decode($0) }) {
        self.capacity = capacity
        self.decode = decode
    }

    /// Taken before a read that no lock orders against deletes (a page load): a document read
    /// with it is kept only if nothing was deleted meanwhile. Else a load that read a row just
    /// before "verwijder al mijn antwoorden" deleted it would keep the answers in memory after.
    func ticket() -> Int { state.withLock { $0.forgets } }

    /// The document stored as `text` (at `revision`, when the read gave it) under `key`: the
    /// kept one when the text is the same, else decoded and kept for next time (when read
    /// under `ticket`, only if nothing was deleted since). `StoreError.corrupt` when it cannot
    /// be read.
    func document(key: String, text: String, revision: Int? = nil, ticket: Int? = nil) throws -> ResultDocument {
        let kept: ResultDocument? = state.withLock { state in
            guard let entry = state.entries[key], entry.text == text else { return nil }
            // The same text at another revision: another writer stored it again unchanged.
            if let revision, entry.revision != revision { state.entries[key]?.revision = revision }
            return entry.document
        }
        if let kept { return kept }
        let document = try decode(text)
        remember(key: key, text: text, revision: revision, document: document, ticket: ticket)
        return document
    }

    /// The document stored as `text` under `key` as a member of a session on `themes`: kept
    /// like `document`, so an unchanged member's line is neither decoded nor encoded again.
    func member(key: String, text: String, themes: [String], ticket: Int? = nil) throws -> TeamMemberDocument {
        if let kept = state.withLock({ $0.entries[key] }), kept.text == text, let member = kept.member, member.themes == themes {
            return member.member
        }
        let member = TeamMemberDocument.stored(try document(key: key, text: text, ticket: ticket), text: text, themes: themes)
        state.withLock { state in
            if state.entries[key]?.text == text { state.entries[key]?.member = (themes, member) }
        }
        return member
    }

    /// The document kept under `key` with the revision it was last read or written at, if it
    /// is known. Not the truth: a write that starts from it must check that the stored
    /// revision is still `revision`.
    func kept(key: String) -> (revision: Int, document: ResultDocument)? {
        state.withLock { state in state.entries[key].flatMap { entry in entry.revision.map { ($0, entry.document) } } }
    }

    private func remember(key: String, text: String, revision: Int?, document: ResultDocument, themes: [Range<Int>]? = nil,
                          ticket: Int? = nil) {
        state.withLock { state in
            if let ticket, ticket != state.forgets { return }
            // Bounded without bookkeeping per lookup: a server with more self-checks in use
            // than this decodes some of them once more after the reset.
            if state.entries[key] == nil && state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = Entry(text: text, revision: revision, document: document, themes: themes, member: nil)
        }
    }

    /// Forgets the document under `key` (deleted), also for reads that are under way.
    func forget(key: String) {
        state.withLock { state in
            state.entries.removeValue(forKey: key)
            // A deleted self-check's link leaves memory with its answers.
            state.digests = state.digests.filter { $0.value != key }
            state.forgets += 1
        }
    }

    /// Drops what is kept under `key` without counting a delete: a write from the kept document
    /// did not land (another instance changed the row, or it was deleted), so the text kept for
    /// it was never committed.
    func drop(key: String) {
        state.withLock { _ = $0.entries.removeValue(forKey: key) }
    }

    /// Drops every kept document without counting a delete: a flush of commits failed, so
    /// any of the texts kept for them may be lost (`PostgresAnswerStore.flushCommits`).
    func dropAll() {
        state.withLock { $0.entries.removeAll(keepingCapacity: true) }
    }

    /// The digest of `link` (`LinkDigest.of`), remembered for the links in use.
    ///
    /// Why: SHA-256 through swift-crypto, with its context objects and the hex digits, cost
    /// every saved answer 6,900 instructions, and a lookup of a link seen before costs a tenth of
    /// that (`save-instructions.py`, Benchmarks/README). Only in memory, where the documents
    /// of the same links are kept too; the stores still keep only digests.
    func digest(of link: String) -> String {
        if let known = state.withLock({ $0.digests[link] }) { return known }
        let digest = LinkDigest.of(link)
        state.withLock { state in
            if state.digests.count >= capacity { state.digests.removeAll(keepingCapacity: true) }
            state.digests[link] = digest
        }
        return digest
    }

    /// How many documents are kept (for tests).
    var count: Int { state.withLock { $0.entries.count } }

    /// How many links' digests are remembered (for tests).
    var digestCount: Int { state.withLock { $0.digests.count } }

    /// A stored document, from the table `path`; `StoreError.corrupt` when it cannot be read.
    static func decode(_ text: String, path: String = "self_checks") throws -> ResultDocument {
        do {
            return try ResultCodec.decode(Array(text.utf8), path: path)
        } catch {
            throw StoreError.corrupt(error.description)
        }
    }

    /// The text to store for `document` under `key` (one line of JSON) as the row's
    /// `revision`, keeping the document as reading that text will give it
    /// (`ResultCodec.asStored`), so the next read of an answer just saved decodes nothing. Kept
    /// before the commit is harmless: a text that was never committed is never read, so it is
    /// never matched, and a write that did not land drops it (`drop(key:)`). The themes a save
    /// did not change are copied from the text kept for `key` when this cache wrote it
    /// (`ResultCodec.line(_:reusing:)`).
    /// With `ticket`, the document is kept only if nothing was deleted since it was taken.
    func text(storing document: ResultDocument, key: String, revision: Int, ticket: Int? = nil) -> String {
        let previous = state.withLock { state in
            state.entries[key].flatMap { entry in entry.themes.map { ResultCodec.Line(document: entry.document, text: entry.text, themes: $0) } }
        }
        let line = ResultCodec.line(document, reusing: previous)
        remember(key: key, text: line.text, revision: revision, document: ResultCodec.asStored(document), themes: line.themes, ticket: ticket)
        return line.text
    }

    /// A document as both stores keep it: one line of JSON.
    static func encode(_ document: ResultDocument) -> String {
        String(decoding: ResultCodec.encode(document, pretty: false), as: UTF8.self)
    }
}
