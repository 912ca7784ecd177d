import Foundation
import SystemPackage

/// Finds the files with one extension under folders, in one order: sorted by path. The one
/// walker for questionnaire folders and folders of result files.
public enum FolderWalker {
    /// The deepest folder nesting followed; deeper means a link loop, not a real collection.
    static let maxDepth = 32

    /// The files under `folder` whose name ends in `.ext`, recursively, sorted by path. Hidden
    /// entries (a name starting with `.`: editor lock files, our own temporary files) are
    /// skipped; linked folders are followed up to `maxDepth`. A folder that cannot be read is a
    /// failure with `status`, naming it.
    public static func files(in folder: String, extension ext: String, status: ExitStatus) throws(WijzerError) -> [String] {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        try walk(base, suffix: "." + ext, depth: 0, status: status, into: &found)
        return found.sorted()
    }

    private static func walk(_ folder: String, suffix: String, depth: Int, status: ExitStatus, into found: inout [String]) throws(WijzerError) {
        guard depth < maxDepth else { return }
        let names: [String]
        do {
            // Opening first gives the system's reason (Errno) when the folder cannot be read.
            let fd = try system { try FileDescriptor.open(FilePath(folder), .readOnly, options: [.directory, .closeOnExec]) }
            try? fd.close()
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
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
                try walk(path, suffix: suffix, depth: depth + 1, status: status, into: &found)
            } else if name.hasSuffix(suffix) {
                found.append(path)
            }
        }
    }
}
