import Foundation
import Testing
import SQLiteNIO
import Synchronization
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// The SQLite store: private files, changes that last across reopening. What every store
/// promises is checked on SQLite and PostgreSQL alike (StoreContractTests, StoreMigrationTests).
@Suite struct SQLiteStoreTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    @Test func theDatabaseIsPrivateAndMigratedFromEmpty() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/nieuw/wijzer.sqlite"
        let store = try await SQLiteAnswerStore.open(path: path)
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        try await store.close()
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let dir = try FileManager.default.attributesOfItem(atPath: folder.path + "/nieuw")
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((dir[.posixPermissions] as? Int) == 0o700)
    }

    @Test func anExistingDatabaseFileIsMadePrivate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("wijzer.sqlite", "")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try await SQLiteAnswerStore.open(path: path).close()
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func changesLastAcrossReopeningAndMigrationsRunOnce() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/wijzer.sqlite"
        let link = PrivateLink.make()
        var store = try await SQLiteAnswerStore.open(path: path)
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp, now: Date(timeIntervalSince1970: 1_800_000_000)))
        await #expect(throws: StoreError.duplicate) {
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        }
        let changed = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "Test" }
        #expect(changed?.name == "Test")
        #expect(try await store.update(link: PrivateLink.make(), questionnaire: stamp.id) { $0.name = "x" } == nil)
        try await store.close()

        store = try await SQLiteAnswerStore.open(path: path)
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == "Test")
        #expect(try await store.load(link: link, questionnaire: "iets-anders") == nil)
        #expect(try await store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try await store.delete(link: link, questionnaire: stamp.id))
        #expect(try await !store.delete(link: link, questionnaire: stamp.id))
        try await store.close()
    }

    /// Whether the writer's lock is held, and whether the reads are done.
    final class Flags: Sendable {
        let held = Mutex(false)
        let readsDone = Mutex(false)
    }

    /// What a page or a team view reads of team sessions does not wait for the writer's lock,
    /// which a group of saves holds through its fsync: the reads below finish while the lock is
    /// still held (else it is let go after 20 seconds and the expectation fails).
    @Test func teamReadsDoNotWaitForTheWriter() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await SQLiteAnswerStore.open(path: folder.path + "/wijzer.sqlite")
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        let session = TeamSessionRecord(id: "s1", questionnaire: stamp.id, themes: ["a"], minimumGroup: 3,
                                        joinCode: "KX7P-M3QD", created: Date(timeIntervalSince1970: 1_800_000_000))
        try await store.createSession(session, facilitatorDigest: LinkDigest.of("f"))
        #expect(try await store.addMember(session: "s1", link: link, at: Date(), brought: false))

        let flags = Flags()
        async let writer: Bool = store.lock.run {
            flags.held.withLock { $0 = true }
            for _ in 0 ..< 400 where !flags.readsDone.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
            return flags.readsDone.withLock { $0 }
        }
        while !flags.held.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(try await store.sessions(member: link).map(\.id) == ["s1"])
        #expect(try await store.session(joinCode: "KX7P-M3QD")?.id == "s1")
        #expect(try await store.session(facilitatorDigest: LinkDigest.of("f"))?.id == "s1")
        #expect(try await store.counts(session: "s1", questionnaire: stamp.id).joined == 1)
        #expect(try await store.snapshot(session: "s1").isEmpty)
        #expect(try await store.load(link: link, questionnaire: stamp.id) != nil)
        flags.readsDone.withLock { $0 = true }
        #expect(try await writer, "a read waited for the writer's lock")
        try await store.close()
    }

    /// A group of one and a group of several (two shapes of the guarded UPDATE,
    /// `SQLiteAnswerStore.guardedUpdate`): every save lands; a row that another writer
    /// changed after the store kept it is left alone by the UPDATE, read again, and gets the
    /// save on top of what the other writer wrote; an unknown link gives nil.
    @Test(arguments: [1, 3])
    func aGroupWritesEachSelfCheckOnWhatItStillHolds(_ size: Int) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/wijzer.sqlite"
        let store = try await SQLiteAnswerStore.open(path: path)
        let links = (0 ..< size).map { _ in PrivateLink.make() }
        for link in links {
            try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
            _ = try await store.load(link: link, questionnaire: stamp.id)  // kept by the store
        }
        // Another connection (as another instance of `wijzer serve` would) changes the last
        // self-check after the store kept it.
        var outside = ResultDocument(questionnaire: stamp)
        outside.name = "Buiten"
        let other = try await SQLiteConnection.open(storage: .file(path: path))
        _ = try await other.query("UPDATE self_checks SET document = ? WHERE link_hash = ?",
                                  [.text(DocumentCache.encode(outside)), .text(LinkDigest.of(links[size - 1]))])
        try await other.close()

        let unknown = size > 1 ? [PrivateLink.make()] : []
        let saves = (links + unknown).map { link in
            SaveQueue.Save(key: LinkDigest.of(link), questionnaire: stamp.id) { $0.name = ($0.name ?? "") + "+" }
        }
        let written = await store.write(saves)
        let names = try written.map { try $0.get()?.name }
        #expect(names == (size == 1 ? ["Buiten+"] : ["+", "+", "Buiten+", nil]))
        for (link, name) in zip(links, names) {
            #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == name)
        }
        try await store.close()
    }
}
