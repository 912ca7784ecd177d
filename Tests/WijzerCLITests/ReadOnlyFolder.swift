#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A folder in which nothing can be created, renamed or removed, also for root: mode 0555 for
/// a normal user, the immutable attribute (`chattr +i`) for root, who ignores modes.
enum ReadOnlyFolder {
    /// Makes `path` read-only; false when this system allows neither way.
    static func make(_ path: String) -> Bool {
        if getuid() != 0 { return chmod(path, 0o555) == 0 }
        return shell("chattr +i '\(path)'") && !canCreate(in: path)
    }

    static func undo(_ path: String) {
        if getuid() == 0 { _ = shell("chattr -i '\(path)'") } else { chmod(path, 0o700) }
    }

    private static func canCreate(in path: String) -> Bool {
        let probe = path + "/.probe"
        guard FileManager.default.createFile(atPath: probe, contents: nil) else { return false }
        unlink(probe)
        return true
    }

    private static func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
