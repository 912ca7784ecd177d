import Foundation
import Logging
import Synchronization
import SystemPackage
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// The SQLite store's flush of its log (`LogFlush`): a save is committed first and acknowledged
/// only once the log is flushed; a flush that fails refuses that save and every write after it.
@Suite struct LogFlushTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    /// The flushes a store made, and whether they are held (each then waits until let go) or fail.
    final class Flushes: Sendable {
        private struct State {
            var count = 0
            var held = false
            var failing = false
        }
        private let state = Mutex(State())

        var count: Int { state.withLock { $0.count } }
        func hold(_ held: Bool) { state.withLock { $0.held = held } }
        func fail() { state.withLock { $0.failing = true } }

        /// The store's flush: counted, then held or failed as set, else a real fsync.
        var sync: LogFlush.Sync {
            { descriptor in
                let failing = self.state.withLock { state in
                    state.count += 1
                    return state.failing
                }
                if failing { throw Errno.ioError }
                // On the flush's own thread, as a slow disk would hold it.
                while self.state.withLock({ $0.held }) { usleep(1_000) }
                try LogFlush.fsync(descriptor)
            }
        }
    }

    @Test func aSaveIsCommittedAtOnceButAcknowledgedOnlyOnceTheLogIsFlushed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let flushes = Flushes()
        let store = try await SQLiteAnswerStore.open(path: folder.path + "/wijzer.sqlite", sync: flushes.sync)
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))
        let before = flushes.count
        #expect(before >= 2, "opening (the migrations) and creating are flushed too")

        flushes.hold(true)
        let done = Done()
        let save = store.rename(link: link, questionnaire: stamp.id, to: "a", done: done)
        for _ in 0 ..< 2_000 where flushes.count == before { try await Task.sleep(for: .milliseconds(5)) }
        #expect(flushes.count == before + 1)
        // Committed (a page shows it, read on the other connection) while the flush still runs,
        // and not yet acknowledged.
        #expect(try await store.load(link: link, questionnaire: stamp.id) { $0?.name != nil }?.name == "a")
        try await Task.sleep(for: .milliseconds(50))
        #expect(!done.value.withLock { $0 }, "a save was acknowledged before its flush")

        flushes.hold(false)
        #expect(try await save.value?.name == "a")
        try await store.close()
    }

    @Test func aFailedFlushRefusesItsSaveAndEveryWriteAfterIt() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/wijzer.sqlite"
        let flushes = Flushes()
        let store = try await SQLiteAnswerStore.open(path: path, sync: flushes.sync)
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))

        flushes.fail()
        await #expect(throws: StoreError.self) {
            _ = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "a" }
        }
        let failed = flushes.count
        // Refused without trying the disk again: a flush after a failed one proves nothing.
        await #expect(throws: StoreError.self) {
            _ = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "b" }
        }
        await #expect(throws: StoreError.self) {
            try await store.create(link: PrivateLink.make(), document: ResultDocument(questionnaire: stamp))
        }
        await #expect(throws: StoreError.self) { _ = try await store.delete(link: link, questionnaire: stamp.id) }
        #expect(flushes.count == failed)
        do {
            _ = try await store.update(link: link, questionnaire: stamp.id) { $0.name = "c" }
            Issue.record("a write after a failed flush was acknowledged")
        } catch let error as StoreError {
            guard case .notDurable(let reason) = error else { throw error }
            #expect(reason.contains("flush"))
        }
        try await store.close()

        // Opened again, the store writes and flushes as before.
        let reopened = try await SQLiteAnswerStore.open(path: path)
        #expect(try await reopened.update(link: link, questionnaire: stamp.id) { $0.name = "d" }?.name == "d")
        try await reopened.close()
    }

    /// The log names a failed flush for a school's IT (the page says only that something went
    /// wrong, as for any failure on the server).
    @Test func aFailedFlushIsNamedInTheLog() {
        let lines = ServerLogHandlerTests.Lines()
        let logger = Logger(label: "Wijzer") { label in ServerLogHandler(label: label, output: lines.add) }
        let response = ErrorPages.response(for: StoreError.notDurable("the flush of the database's log failed: EIO"), prefix: "", logger: logger)
        #expect(response.status == .internalServerError)
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.contains("the flush of the database's log failed: EIO") == true)
        #expect(lines.all.first?.contains("started again") == true)
    }

    /// A closed flush flushes nothing more; asked, it fails instead of acknowledging.
    @Test func aClosedLogFlushFails() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("wijzer.sqlite-wal", "")
        let flushes = Flushes()
        let flush = LogFlush(database: folder.path + "/wijzer.sqlite", sync: flushes.sync)
        try flush.open()
        try await flush.flush()
        #expect(flushes.count == 1)
        await flush.close()
        await #expect(throws: StoreError.self) { try await flush.flush() }
        #expect(flushes.count == 1)
    }
}
