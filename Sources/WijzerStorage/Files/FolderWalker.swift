import Foundation
import SystemPackage

/// Finds the files with one extension under folders, in one order: sorted by path. The one
/// walker for questionnaire folders and folders of result files.
public enum FolderWalker {
    /// The deepest folder nesting followed; deeper means a link loop, not a real collection.
    static let maxDepth = 32

    /// The files under `folder` whose name ends in `.ext`, recursively, sorted by path. Hidden
    /// entries (a name starting with `.`: editor lock files, our own temporary files) are
    /// skipped. Linked folders are followed, but every real folder is walked once, so a link
    /// loop ends and no file is found twice under two names. A folder that cannot be read is a
    /// failure with `status`, naming it.
    public static func files(in folder: String, extension ext: String, status: WijzerError.Status) throws(WijzerError) -> [String] {
        var loops: [String] = []
        return try files(in: folder, extension: ext, status: status, loops: &loops)
    }

    /// `files(in:extension:status:)`, adding to `loops` the paths (linked folders) that led to
    /// a folder already walked, so a caller can warn about a link loop once.
    public static func files(in folder: String, extension ext: String, status: WijzerError.Status,
                             loops: inout [String]) throws(WijzerError) -> [String] {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        var seen: Set<FolderID> = []
        try walk(base, suffix: "." + ext, depth: 0, status: status, seen: &seen, loops: &loops, into: &found)
        return found.sorted()
    }

    /// Whether `path` is a folder (following links); nil when nothing is there.
    public static func isFolder(_ path: String) -> Bool? {
        guard let info = try? FilePath(path).stat() else { return nil }
        return info.type == .directory
    }

    /// A folder as the file system knows it, whatever path leads to it.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ folder: String, suffix: String, depth: Int, status: WijzerError.Status,
                             seen: inout Set<FolderID>, loops: inout [String], into found: inout [String]) throws(WijzerError) {
        guard depth < maxDepth else { return }
        let names: [String]
        do {
            // Opening first gives the system's reason (Errno) when the folder cannot be read.
            let fd = try system { try FileDescriptor.open(FilePath(folder), .readOnly, options: [.directory, .closeOnExec]) }
            defer { try? fd.close() }
            let info = try fd.stat()
            guard seen.insert(FolderID(device: UInt64(info.deviceID.rawValue), inode: UInt64(info.inode.rawValue))).inserted else {
                loops.append(folder)
                return
            }
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch let errno as Errno {
            throw .file(folder, "kan de map niet lezen", errno, status: status)
        } catch {
            throw .file(folder, "kan de map niet lezen", .ioError, status: status)
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            // A broken link with the extension stays in, so that reading it says what is wrong.
            guard let info = try? FilePath(path).stat() else {
                if name.hasSuffix(suffix) { found.append(path) }
                continue
            }
            if info.type == .directory {
                try walk(path, suffix: suffix, depth: depth + 1, status: status, seen: &seen, loops: &loops, into: &found)
            } else if name.hasSuffix(suffix) {
                found.append(path)
            }
        }
    }
}
