import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A session Wijzer cannot read is never overwritten: it is moved aside, and when that is not
/// possible the runner stops (exit 4) and says where the file is.
@Suite("unreadable session")
struct UnreadableSessionTests {
    @Test func aNewerSessionInAFolderThatCannotBeWrittenIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.path + "/data"
        let session = data + "/session-beter-behouden.json"
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n2\n1\n1\n2\n", directory: folder.path)
        #expect(first.status == 3, "\(first.stderr)")
        // As written by a newer Wijzer.
        let newer = try String(contentsOfFile: session, encoding: .utf8)
            .replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 99")
        #expect(newer.contains("\"formatVersion\" : 99"))
        try newer.write(toFile: session, atomically: false, encoding: .utf8)

        try #require(ReadOnlyFolder.make(data), "no way to make a read-only folder on this system")
        let refused = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: RunnerPipeTests.ones, directory: folder.path)
        ReadOnlyFolder.undo(data)
        #expect(refused.status == 4, "\(refused.stderr)")
        #expect(refused.stderr.contains("wijzer start: \(session): je opgeslagen sessie kan niet worden gelezen (gemaakt met een nieuwere Wijzer"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("werk Wijzer bij), en Wijzer kan het bestand niet opzijzetten"))
        #expect(try String(contentsOfFile: session, encoding: .utf8) == newer)

        // With a writable folder the file is moved aside whole, and a fresh session starts.
        let moved = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data], stdin: "1\n", directory: folder.path)
        #expect(moved.stdout.contains("Het bestand staat nu als \(data)/session-beter-behouden.onleesbaar-"), "\(moved.stdout)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.contains(".onleesbaar-") }
        try #require(aside.count == 1)
        #expect(try String(contentsOfFile: data + "/" + aside[0], encoding: .utf8) == newer)
    }
}
