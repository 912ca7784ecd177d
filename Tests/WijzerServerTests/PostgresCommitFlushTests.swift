import Foundation
import Synchronization
import Testing
import WijzerScoring
@testable import WijzerServer
import WijzerTestSupport

/// PostgreSQL's groups of saves commit without waiting for the log's flush, and are
/// acknowledged only after `FlushCommits`: committed (another instance sees the answer) before
/// the flush, acknowledged after it, and the groups that commit during one flush share the next.
@Suite struct PostgresCommitFlushTests {
    let stamp = QuestionnaireStamp(id: "beter-behouden", version: "1", contentHash: "abc")

    /// The flushes a store began, and whether they are held (each waits until let go).
    final class Flushes: Sendable {
        private let state = Mutex((count: 0, held: false))
        var count: Int { state.withLock { $0.count } }
        func hold(_ held: Bool) { state.withLock { $0.held = held } }

        /// Awaited before each flush.
        var hold: @Sendable () async -> Void {
            {
                self.state.withLock { $0.count += 1 }
                while self.state.withLock({ $0.held }) { try? await Task.sleep(for: .milliseconds(2)) }
            }
        }
    }

    @Test func aSaveIsCommittedAtOnceButAcknowledgedOnlyOnceItsCommitIsFlushed() async throws {
        let location = try PostgresLocation.parse(try await PostgresTestServer.shared.makeDatabase()).get()
        let flushes = Flushes()
        let store = try await PostgresAnswerStore.open(location, holdingFlushes: flushes.hold)
        let other = try await PostgresAnswerStore.open(location)
        let link = PrivateLink.make()
        try await store.create(link: link, document: ResultDocument(questionnaire: stamp))

        flushes.hold(true)
        let done = Done()
        let save = store.rename(link: link, questionnaire: stamp.id, to: "a", done: done)
        for _ in 0 ..< 2_000 where flushes.count == 0 { try await Task.sleep(for: .milliseconds(5)) }
        // Committed: another instance reads it while the flush is held.
        #expect(try await other.load(link: link, questionnaire: stamp.id) { $0?.name != nil }?.name == "a")
        // Groups that commit meanwhile wait for the next flush, all of them for one.
        let later = (0 ..< 3).map { index in
            Task { try await store.update(link: link, questionnaire: stamp.id) { $0.name = ($0.name ?? "") + "\(index)" } }
        }
        _ = try await other.load(link: link, questionnaire: stamp.id) { $0?.name?.count == 4 }
        try await Task.sleep(for: .milliseconds(50))
        #expect(!done.value.withLock { $0 }, "a save was acknowledged before its commit was flushed")
        #expect(flushes.count == 1)

        flushes.hold(false)
        #expect(try await save.value?.name == "a")
        for task in later { _ = try await task.value }
        #expect(flushes.count == 2)
        #expect(try await store.load(link: link, questionnaire: stamp.id)?.name?.count == 4)
        try await other.close()
        try await store.close()
    }
}
