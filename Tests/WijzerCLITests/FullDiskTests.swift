#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WijzerScoring
import WijzerStorage
import WijzerTestSupport

/// A real full disk: a tiny tmpfs, mounted where the tests run as root (as CI does); elsewhere
/// the fault-injecting writer (`SaveFaultTests`) and the file-size limit (`WholeOutputTests`)
/// stand in for it. The kernel answers ENOSPC here, not EFBIG as under `ulimit -f`.
@Suite("full disk (tmpfs)", .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
struct FullDiskTests {
    /// A tmpfs of `kilobytes` at a new folder under `parent`; nil when the system refuses.
    static func mount(_ kilobytes: Int, under parent: String) throws -> String {
        let point = parent + "/vol"
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        let run = try WijzerProcess.runExecutableForTests("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", point])
        try #require(run.status == 0, "mount: \(run.stderr)")
        return point
    }

    static func unmount(_ point: String) {
        _ = try? WijzerProcess.runExecutableForTests("/bin/umount", [point])
    }

    static func files(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func aPlanOnAFullDiskExitsFourAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let point = try Self.mount(16, under: folder.path)
        defer { Self.unmount(point) }
        // Fill the volume but for a few kilobytes: less than one plan file.
        let filler = [UInt8](repeating: 0x20, count: 12 * 1024)
        FileManager.default.createFile(atPath: point + "/vol-filler", contents: Data(filler))
        let result = WijzerProcess.repositoryRoot + "/Reports/examples/ervaren-docent.json"
        let run = try WijzerProcess.run(["plan", result, "--out", point + "/plannen"], directory: folder.path)
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("geen ruimte") || run.stderr.contains("vol"), "\(run.stderr)")
        #expect(Self.files(point + "/plannen") == [], "no plan file, no temporary file")
    }

    @Test func answersOnAFullDiskStopWithExitFourAndKeepTheLastSave() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let point = try Self.mount(64, under: folder.path)
        defer { Self.unmount(point) }
        let data = point + "/data"
        // Two answers saved while there is room.
        let first = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", folder.path + "/plan"],
                                          stdin: "1\n1\n:stop\n", directory: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"].answers
        #expect(before.count == 2)
        // Then the disk fills up.
        let free = Int(try FileManager.default.attributesOfFileSystem(forPath: point)[.systemFreeSize] as? NSNumber ?? 0)
        FileManager.default.createFile(atPath: point + "/filler", contents: Data(count: max(0, free - 512)))
        let full = try WijzerProcess.run(["start", "lesgeven", "--data-dir", data, "--out", folder.path + "/plan"],
                                         stdin: "1\n1\n1\n", directory: folder.path)
        #expect(full.status == 4, "\(full.stderr)")
        let after = try ResultFile.read(data + "/session-beter-behouden.json")[theme: "lesgeven"].answers
        #expect(after.map(\.question) == before.map(\.question), "the last good save is intact and loadable")
        #expect(!Self.files(data).contains { $0.hasSuffix(".tmp") }, "no temporary file left")
    }
}
