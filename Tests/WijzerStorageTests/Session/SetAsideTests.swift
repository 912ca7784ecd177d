import Foundation
import Testing
import WijzerTestSupport
@testable import WijzerStorage

/// An unreadable session is moved aside, never overwritten, even twice within one second.
@Suite("set aside")
struct SetAsideTests {
    @Test func twoUnreadableSessionsInOneSecondKeepBoth() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (q, stamp) = mini()
        let store = SessionStore(folder: folder.path)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        var notes: [String] = []
        for text in ["{ eerste", "{ tweede"] {
            _ = try folder.write("session-mini.json", text)
            notes += try store.load(q, stamp: stamp, now: date).notes
        }
        let base = "session-mini.onleesbaar-\(SessionStore.stamp(date))"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [base + "-2.json", base + ".json"])
        #expect(try String(contentsOfFile: "\(folder.path)/\(base).json", encoding: .utf8) == "{ eerste")
        #expect(try String(contentsOfFile: "\(folder.path)/\(base)-2.json", encoding: .utf8) == "{ tweede")
        #expect(notes.count == 2 && notes[1].contains("\(base)-2.json"))
    }
}
