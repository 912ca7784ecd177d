import Foundation
import SQLiteNIO
import Testing
import WijzerScoring
import WijzerServer
import WijzerTestSupport

/// The SQLite store: private files, versioned migrations, changes that last.
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

    @Test func aDatabaseOfANewerWijzerIsRefused() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/wijzer.sqlite"
        try await SQLiteAnswerStore.open(path: path).close()
        let raw = try await SQLiteConnection.open(storage: .file(path: path))
        _ = try await raw.query("INSERT INTO schema_migrations (version, applied) VALUES (99, 'later')")
        try await raw.close()
        await #expect(throws: StoreError.newerSchema(99)) { try await SQLiteAnswerStore.open(path: path).close() }
    }

    @Test func aChangeThatThrowsStoresNothing() async throws {
        struct Refused: Error {}
        let store = try await SQLiteAnswerStore.inMemory()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        await #expect(throws: Refused.self) {
            _ = try await store.update(link: link, questionnaire: stamp.id) { document in
                document.name = "half"
                throw Refused()
            }
        }
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name == nil)
        try await store.close()
    }

    @Test func concurrentChangesToOneLinkAreNotLost() async throws {
        let store = try await SQLiteAnswerStore.inMemory()
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        let questionnaire = stamp.id
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0 ..< 50 {
                group.addTask {
                    _ = try await store.update(link: link, questionnaire: questionnaire) { $0.themes.append(ThemeResult(theme: "t\(i)")) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.load(link: link, questionnaire: questionnaire)?.themes.count == 50)
        try await store.close()
    }
}
