import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerStorage

@Suite("session lock")
struct SessionLockTests {
    @Test func aSecondLockIsRefusedNamingTheHolderAndFreedWhenReleased() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = SessionStore(folder: folder.path + "/data")
        var first: SessionLock? = try store.lock("q")
        _ = first
        do {
            _ = try store.lock("q")
            Issue.record("a second lock was given")
        } catch {
            #expect(error.status == .cannotSave)
            #expect(error.message.hasPrefix("je antwoorden zijn al open in een ander venster (Wijzer, proces \(getpid()), sinds "))
        }
        _ = try store.lock("other")  // another questionnaire has its own lock
        first = nil
        _ = try store.lock("q")  // free again once the holder is gone
    }

    @Test func theHolderIsReadBackAndAnEmptyFileNamesNoProcess() {
        let holder = SessionLock.Holder(text: "pid 42\nsince 1800000000\n")
        #expect(holder?.pid == 42)
        #expect(holder?.since == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(SessionLock.Holder(text: "") == nil)
        #expect(SessionLock.busyMessage(nil).hasPrefix("je antwoorden zijn al open in een ander venster (Wijzer). "))
    }
}
