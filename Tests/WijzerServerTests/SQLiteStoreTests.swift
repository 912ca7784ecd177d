import Foundation
import Testing
import WijzerScoring
import WijzerServer
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
}
