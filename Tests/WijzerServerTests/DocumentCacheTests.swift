import Foundation
import Synchronization
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// The decoded documents the stores keep (`DocumentCache`): an unchanged text is decoded once,
/// any change made elsewhere is seen, a deleted self-check is forgotten, and the cache is bounded.
@Suite struct DocumentCacheTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    /// Counts the decodings of a cache made by `cache(counting:)`.
    final class Counter: Sendable {
        let value = Mutex(0)
        var decodings: Int { value.withLock { $0 } }
    }

    func cache(counting counter: Counter) -> DocumentCache {
        DocumentCache(capacity: 3) { text in
            counter.value.withLock { $0 += 1 }
            return try DocumentCache.decode(text)
        }
    }

    func text(_ name: String) -> String {
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        document.name = name
        return DocumentCache.encode(document)
    }

    @Test func anUnchangedTextIsDecodedOnceAndAChangedOneAgain() throws {
        let counter = Counter()
        let cache = cache(counting: counter)
        let first = try cache.document(key: "a", text: text("Eerste"))
        #expect(try cache.document(key: "a", text: text("Eerste")) == first)
        #expect(counter.decodings == 1)
        #expect(try cache.document(key: "a", text: text("Tweede")).name == "Tweede")
        #expect(counter.decodings == 2)
    }

    /// A link's digest is remembered, bounded like the documents, and forgotten with a deleted
    /// self-check: what stays in memory is only what is in use.
    @Test func aLinksDigestIsRememberedBoundedAndForgottenOnDelete() {
        let cache = DocumentCache(capacity: 3)
        let links = (0 ..< 5).map { _ in PrivateLink.make() }
        for link in links.prefix(3) { #expect(cache.digest(of: link) == LinkDigest.of(link)) }
        #expect(cache.digestCount == 3)
        // Asked again, still the digest (from memory now).
        #expect(cache.digest(of: links[1]) == LinkDigest.of(links[1]))
        #expect(cache.digestCount == 3)
        cache.forget(key: LinkDigest.of(links[1]))
        #expect(cache.digestCount == 2)
        for link in links { #expect(cache.digest(of: link) == LinkDigest.of(link)) }
        #expect(cache.digestCount <= 3 && cache.digestCount >= 1)
    }

    @Test func anUnreadableTextIsCorruptWhateverIsKept() throws {
        let cache = DocumentCache()
        _ = try cache.document(key: "a", text: text("Eerste"))
        #expect(throws: StoreError.self) { try cache.document(key: "a", text: "{\"formatVersion\": 1") }
        #expect(throws: StoreError.self) { try cache.document(key: "b", text: "") }
    }

    @Test func itKeepsAtMostItsCapacity() throws {
        let counter = Counter()
        let cache = cache(counting: counter)
        for key in ["a", "b", "c", "d", "e"] { _ = try cache.document(key: key, text: text(key)) }
        #expect(cache.count <= 3 && cache.count >= 1)
        // The last one read is kept; a forgotten one is decoded again.
        _ = try cache.document(key: "e", text: text("e"))
        #expect(counter.decodings == 5)
        cache.forget(key: "e")
        #expect(try cache.document(key: "e", text: text("e")).name == "e")
        #expect(counter.decodings == 6)
    }

    /// Two instances on one database: what one changes, the other sees, however much it kept.
    @Test(arguments: StoreKind.allCases)
    func aChangeByAnotherInstanceIsSeen(_ kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let (first, second) = (try await fixture.open(), try await fixture.open())
        let link = PrivateLink.make()
        try await first.create(link: link, document: ResultDocument(questionnaire: stamp))
        #expect(try await second.load(link: link, questionnaire: stamp.id)?.name == nil)
        _ = try await first.update(link: link, questionnaire: stamp.id) { $0.name = "Veranderd" }
        #expect(try await second.load(link: link, questionnaire: stamp.id)?.name == "Veranderd")
        // The database stays the truth, also for a change made outside any store.
        try await storeOutside(fixture, name: "Buiten Wijzer")
        #expect(try await first.load(link: link, questionnaire: stamp.id)?.name == "Buiten Wijzer")
        #expect(try await second.update(link: link, questionnaire: stamp.id) { $0.name = ($0.name ?? "") + "!" }?.name == "Buiten Wijzer!")
        try await first.close()
        try await second.close()
    }

    /// A save starts from the kept document without reading it (one statement on PostgreSQL, no
    /// read on SQLite), but never trusts it: a self-check changed outside the store is written
    /// from what is stored, and a save refused on the kept copy alone is judged again on the
    /// stored one.
    @Test(arguments: StoreKind.allCases)
    func aSaveFromAKeptDocumentThatIsOutOfDateIsJudgedOnWhatIsStored(_ kind: StoreKind) async throws {
        try await withKeptSelfCheck(kind) { fixture, store, link in
            try await storeOutside(fixture, name: "Buiten Wijzer")
            // Written from what is stored, not from the kept document.
            #expect(try await store.update(link: link, questionnaire: stamp.id) { $0.name = ($0.name ?? "") + "!" }?.name == "Buiten Wijzer!")
            // Refused on the kept copy ("Buiten Wijzer!"), accepted on the stored one.
            try await storeOutside(fixture, name: "Anders")
            struct Refused: Error {}
            let saved = try await store.update(link: link, questionnaire: stamp.id) { document in
                guard document.name == "Anders" else { throw Refused() }
                document.name = "Anders, aangevuld"
            }
            #expect(saved?.name == "Anders, aangevuld")
            #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Anders, aangevuld")
            // A kept document is not a self-check of another questionnaire.
            #expect(try await store.update(link: link, questionnaire: "ander-instrument") { $0.name = "Fout" } == nil)
            #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Anders, aangevuld")
        }
    }

    /// A save group takes from the cache only self-checks kept as documents of its saves'
    /// questionnaire: one that is not kept, kept for another questionnaire, or asked for by
    /// saves of two questionnaires is read instead.
    @Test func aGroupTakesOnlyWhatIsKeptForItsQuestionnaire() throws {
        let cache = DocumentCache()
        let other = QuestionnaireStamp(id: "ander-instrument", version: "1", contentHash: "def")
        let texts = ["a": text("A"), "b": text("B"), "c": DocumentCache.encode(ResultDocument(questionnaire: other))]
        for (key, text) in texts { _ = try cache.document(key: key, text: text, revision: 1) }
        // Read without its revision (as a team read is): not taken, its guard is unknown.
        _ = try cache.document(key: "e", text: text("E"))
        func save(_ key: String, _ questionnaire: String) -> SaveQueue.Save {
            SaveQueue.Save(key: key, questionnaire: questionnaire) { $0.name = "gewijzigd" }
        }
        let saves = [save("a", stamp.id), save("a", stamp.id), save("b", stamp.id), save("b", other.id), save("c", stamp.id), save("d", stamp.id),
                     save("e", stamp.id)]
        let kept = SaveQueue.kept(saves, in: cache)
        #expect(Set(kept.stored.keys) == ["a"])
        #expect(kept.revisions == ["a": 1])
        #expect(try kept.stored["a"]?.document.get().name == "A")
        #expect(kept.stored["a"]?.questionnaire == stamp.id)
    }

    /// A load gives exactly what the stored text says, also right after a save: the document a
    /// save wrote holds more than its text (dates to the fraction of a second), and the cache
    /// keeps it as the text holds it.
    @Test(arguments: StoreKind.allCases)
    func aLoadAfterASaveGivesWhatIsStored(_ kind: StoreKind) async throws {
        try await withKeptSelfCheck(kind) { _, store, link in
            let saved = try #require(try await store.update(link: link, questionnaire: stamp.id) {
                $0.updated = Date(timeIntervalSince1970: 1_800_000_000.75)
            })
            let loaded = try #require(try await store.load(link: link, questionnaire: stamp.id))
            #expect(loaded == (try DocumentCache.decode(DocumentCache.encode(saved))))
            #expect(loaded.updated == Date(timeIntervalSince1970: 1_800_000_000))
        }
    }

    /// A document the store writes is kept as its text reads: the next read of that text decodes
    /// nothing and gives what decoding would; a text that was never committed is never matched.
    @Test func aWrittenDocumentIsKeptAsItsTextReads() throws {
        let counter = Counter()
        let cache = cache(counting: counter)
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000.75))
        document.name = "Geschreven"
        let written = cache.text(storing: document, key: "a", revision: 1)
        let read = try cache.document(key: "a", text: written)
        #expect(counter.decodings == 0)
        #expect(read == (try DocumentCache.decode(written)))
        #expect(read != document, "the fraction of a second is not in the text")
        // The database still holds an older text (the write was rolled back): that one is read.
        #expect(try cache.document(key: "a", text: text("Ouder")).name == "Ouder")
        #expect(counter.decodings == 1)
    }

    /// The revision kept with a text is the stored one: a read of the same text at a higher
    /// revision (another writer stored it again unchanged) moves it on without decoding, a read
    /// that did not give one leaves it, and a document read without one is not kept for saves.
    @Test func theKeptRevisionFollowsTheStoredOne() throws {
        let counter = Counter()
        let cache = cache(counting: counter)
        _ = try cache.document(key: "a", text: text("A"), revision: 1)
        #expect(cache.kept(key: "a")?.revision == 1)
        _ = try cache.document(key: "a", text: text("A"), revision: 4)
        #expect(cache.kept(key: "a")?.revision == 4)
        _ = try cache.document(key: "a", text: text("A"))
        #expect(cache.kept(key: "a")?.revision == 4)
        #expect(counter.decodings == 1)
        _ = try cache.document(key: "a", text: text("Anders"))
        #expect(cache.kept(key: "a") == nil, "a new text without its revision")
        _ = try cache.document(key: "b", text: text("B"))
        #expect(cache.kept(key: "b") == nil)
    }

    /// A group whose write fails (the connection broke: it may or may not have landed) keeps
    /// nothing of what it was writing, so no later save starts from a document that may never
    /// have been stored, at a revision another writer may reach with another text.
    @Test func aGroupWhoseWriteFailsKeepsNothingOfIt() async throws {
        let cache = DocumentCache()
        _ = try cache.document(key: "a", text: text("A"), revision: 1)
        _ = try cache.document(key: "b", text: text("B"), revision: 1)
        struct Broken: Error {}
        await #expect(throws: Broken.self) {
            _ = try await SaveQueue.write([SaveQueue.Save(key: "a", questionnaire: stamp.id) { $0.name = "Nieuw" }], documents: cache,
                                          read: { _ in ([:], [:]) }, write: { writes in
                for write in writes { _ = cache.text(storing: write.document, key: write.key, revision: write.revision + 1) }
                throw Broken()
            })
        }
        #expect(cache.kept(key: "a") == nil)
        #expect(cache.kept(key: "b")?.revision == 1, "a self-check outside the group stays kept")
    }

    /// A text written after the one kept for the same self-check (which copies the themes the
    /// save did not change) is the document's whole text, also after another writer's text of
    /// another length was read in between.
    @Test func aTextWrittenAfterAKeptOneIsTheDocumentsWholeText() throws {
        let cache = DocumentCache()
        var document = ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000))
        for id in ["a", "b", "c"] {
            var theme = ThemeResult(theme: id)
            theme.answers = [AnswerRecord(question: "\(id).1", answer: .option("a"), at: document.created)]
            document.themes.append(theme)
        }
        _ = cache.text(storing: document, key: "k", revision: 1)
        var saved = try #require(cache.kept(key: "k")).document
        saved.themes[1].answers.append(AnswerRecord(question: "b.2", answer: .text("nieuw"), at: document.created))
        #expect(cache.text(storing: saved, key: "k", revision: 2) == DocumentCache.encode(saved))
        var outside = saved
        outside.themes[0].answers[0].answer = .text("van buiten, en langer")
        _ = try cache.document(key: "k", text: DocumentCache.encode(outside), revision: 3)
        var next = try #require(cache.kept(key: "k")).document
        next.themes[2].skipped = ["c.2"]
        #expect(cache.text(storing: next, key: "k", revision: 4) == DocumentCache.encode(next))
    }

    /// A deleted self-check is not kept in memory either.
    @Test(arguments: StoreKind.allCases)
    func aDeletedSelfCheckIsForgotten(_ kind: StoreKind) async throws {
        try await withKeptSelfCheck(kind) { _, store, link in
            let cache = try #require((store as? SQLiteAnswerStore)?.documents ?? (store as? PostgresAnswerStore)?.documents)
            #expect(cache.count == 1)
            #expect(try await store.delete(link: link, questionnaire: stamp.id))
            #expect(cache.count == 0)
        }
    }

    /// A save that runs while its self-check is deleted does not leave the document in memory:
    /// what "verwijder al mijn antwoorden" deletes is gone from the server, not only from disk.
    @Test(arguments: StoreKind.allCases)
    func aSaveRacingADeleteLeavesNothingInMemory(_ kind: StoreKind) async throws {
        try await racingDeletes(kind) { store, _, link, round in
            async let saved = try? store.update(link: link, questionnaire: stamp.id) { $0.name = "Ronde \(round)" }
            async let deleted = store.delete(link: link, questionnaire: stamp.id)
            _ = await saved
            return try await deleted
        }
    }

    /// A read that began before a delete keeps nothing: its ticket no longer matches.
    @Test func aReadThatBeganBeforeADeleteKeepsNothing() throws {
        let cache = DocumentCache()
        let text = DocumentCache.encode(ResultDocument(questionnaire: stamp))
        let ticket = cache.ticket()
        cache.forget(key: "verwijderd")
        _ = try cache.document(key: "verwijderd", text: text, ticket: ticket)
        _ = try cache.member(key: "verwijderd", text: text, themes: ["lesgeven"], ticket: ticket)
        #expect(cache.count == 0, "read before the delete, kept after it")
        _ = try cache.document(key: "ander", text: text, ticket: cache.ticket())
        #expect(cache.count == 1, "a read after the delete is kept")
        _ = try cache.document(key: "zonder", text: text)
        #expect(cache.count == 2, "a read under the store's lock takes no ticket")
    }

    /// Page loads racing "verwijder al mijn antwoorden": none leaves the deleted self-check
    /// in memory. The window is narrow (a load must read before the DELETE and decode after
    /// it), so `aReadThatBeganBeforeADeleteKeepsNothing` is what pins the rule down; this
    /// checks that both stores' loads keep to it under real concurrency.
    @Test(arguments: StoreKind.allCases)
    func aLoadRacingADeleteLeavesNothingInMemory(_ kind: StoreKind) async throws {
        try await racingDeletes(kind) { store, cache, link, _ in
            // Nothing is kept from `create`: each load decodes, so each could keep what it read.
            #expect(cache.kept(key: LinkDigest.of(link)) == nil)
            async let loads = withTaskGroup(of: Void.self) { group in
                for _ in 0 ..< 4 { group.addTask { _ = try? await store.load(link: link, questionnaire: stamp.id) } }
            }
            async let deleted = store.delete(link: link, questionnaire: stamp.id)
            await loads
            return try await deleted
        }
    }

    /// Forty rounds on a fresh database of `kind`: a self-check is made, `round` races its
    /// deletion (returning whether the delete happened), and in the end no document is kept.
    func racingDeletes(_ kind: StoreKind,
                       _ round: (any AnswerStore, DocumentCache, String, Int) async throws -> Bool) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let cache = try #require((store as? SQLiteAnswerStore)?.documents ?? (store as? PostgresAnswerStore)?.documents)
        for n in 0 ..< 40 {
            let link = PrivateLink.make()
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
            #expect(try await round(store, cache, link, n))
        }
        #expect(cache.count == 0, "documents of deleted self-checks are still in memory")
        try await store.close()
    }

    /// Replaces every stored self-check of `fixture` with one named `name`, outside any store
    /// (as another process or a Wijzer of another version would).
    func storeOutside(_ fixture: StoreFixture, name: String) async throws {
        try await fixture.raw("UPDATE self_checks SET document = '\(text(name).replacingOccurrences(of: "'", with: "''"))'")
    }

    /// Runs `body` with a fresh database of `kind`, a store on it holding one self-check, loaded
    /// once (so the store keeps it), and its link; closes the store afterwards.
    func withKeptSelfCheck(_ kind: StoreKind, _ body: (StoreFixture, any AnswerStore, String) async throws -> Void) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let link = PrivateLink.make()
        do {
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
            _ = try await store.load(link: link, questionnaire: stamp.id)
            try await body(fixture, store, link)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
