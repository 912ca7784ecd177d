#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Writes files that hold personal answers: mode 0600, in a 0700 folder, atomically and durably
/// (temporary file opened exclusively, write, fsync, rename, fsync the folder).
///
/// Foundation's atomic write leaves files at 0644 on Linux and does not fsync, hence this.
/// swift-system covers opening, writing and permissions; `fsync`, `rename`, `mkdir`, `chmod`
/// and `unlink` it does not wrap (1.8), so those few are called directly, their `errno` read
/// as an `Errno`. Every failure is a `WijzerError` with status `cannotSave`.
public enum DurableFile {
    /// Creates `path` and missing parents with mode 0700. A folder that already exists keeps
    /// its mode (a shared 2775 folder stays shared; the files Wijzer writes in it are 0600).
    public static func ensurePrivateDirectory(_ path: String) throws(WijzerError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        var created = false
        for part in path.split(separator: "/") {
            prefix += "/" + part
            created = mkdir(prefix, 0o700) == 0
            if !created && errno != EEXIST {
                throw .file(prefix, "kan de map niet maken", Errno(rawValue: errno), status: .cannotSave)
            }
        }
        let info: Stat
        do {
            info = try FilePath(path).stat()
        } catch {
            throw .file(path, "kan de map niet maken", error, status: .cannotSave)
        }
        guard info.type == .directory else {
            throw WijzerError(.cannotSave, "\(path): is geen map")
        }
        // A umask such as 0277 could have taken bits from a folder made just now.
        if created && info.permissions.rawValue & 0o777 != 0o700 && chmod(path, 0o700) != 0 {
            throw .file(path, "kan de map niet afschermen (chmod 0700)", Errno(rawValue: errno), status: .cannotSave)
        }
    }

    /// Atomically replaces `path` with `bytes`, mode 0600 unless given (`wijzer fmt` keeps a
    /// questionnaire's own mode). The folder must exist. With `replace` false an existing `path`
    /// is never touched: the write fails with `Errno.fileExists` (see `create`).
    public static func write(_ bytes: [UInt8], to path: String, permissions: FilePermissions = .ownerReadWrite,
                             replace: Bool = true) throws(WijzerError) {
        try write([(path, bytes)], permissions: permissions, replace: replace)
    }

    /// Writes several files as one output (a plan's Markdown and HTML): each is written and
    /// synced under a temporary name first, and only when all of them are complete are they
    /// renamed into place, so a full disk leaves none of them half there. A failure of any
    /// step, the final fsync of the folder included, is reported: a save that may not survive
    /// a power cut must not look saved.
    public static func write(_ files: [(path: String, bytes: [UInt8])], permissions: FilePermissions = .ownerReadWrite,
                             replace: Bool = true) throws(WijzerError) {
        try write(files, permissions: permissions, replace: replace, calls: .system)
    }

    static func write(_ files: [(path: String, bytes: [UInt8])], permissions: FilePermissions = .ownerReadWrite,
                      replace: Bool = true, calls: SaveCalls) throws(WijzerError) {
        var temps: [String] = []
        do {
            for file in files { temps.append(try prepare(file.bytes, for: file.path, permissions, calls)) }
        } catch {
            for temp in temps { unlink(temp) }
            throw error
        }
        for (n, file) in files.enumerated() {
            do {
                try place(temps[n], at: file.path, replace: replace, calls)
            } catch {
                for temp in temps[n...] { unlink(temp) }
                throw error
            }
        }
        for folder in Set(files.map { parentFolder(of: $0.path) }) {
            do {
                try calls.syncFolder(folder)
            } catch {
                throw .file(files[0].path, "opslaan op schijf mislukt", error, status: .cannotSave)
            }
        }
    }

    /// Makes the renames in `folder` durable (best effort, for recovery at start).
    static func syncFolder(_ folder: String) {
        try? SaveCalls.system.syncFolder(folder)
    }

    /// fsync(2) of an open file, the call a durable save makes (for the server's SQLite log).
    public static func sync(_ descriptor: FileDescriptor) throws(Errno) {
        try SaveCalls.system.sync(descriptor)
    }

    /// fsync(2) of `folder`, so that a file's name made in it is durable; throws what failed.
    public static func syncNames(in folder: String) throws(Errno) {
        try SaveCalls.system.syncFolder(folder)
    }

    /// Writes `bytes` to `.NAME.PID.tmp` beside `path`, synced and closed; returns its path.
    private static func prepare(_ bytes: [UInt8], for path: String, _ permissions: FilePermissions,
                                _ calls: SaveCalls) throws(WijzerError) -> String {
        let temp = "\(parentFolder(of: path))/.\(FilePath(path).lastComponent?.string ?? path).\(getpid()).tmp"
        let fd: FileDescriptor
        do {
            fd = try calls.create(temp, permissions)
        } catch Errno.fileExists {
            // A leftover from a crashed run of this same process id: remove it and try once more.
            unlink(temp)
            do {
                fd = try calls.create(temp, permissions)
            } catch {
                throw .file(path, "kan niet opslaan", error, status: .cannotSave)
            }
        } catch {
            throw .file(path, "kan niet opslaan", error, status: .cannotSave)
        }
        do {
            try fill(fd, bytes, path: path, calls)
        } catch {
            unlink(temp)
            throw error
        }
        return temp
    }

    /// Writes durably to a new file at `path`; false when `path` already exists (then
    /// nothing was written). For files that must never replace another, such as results.
    public static func create(_ bytes: [UInt8], at path: String) throws(WijzerError) -> Bool {
        do {
            try write(bytes, to: path, replace: false)
            return true
        } catch where error == existsError(path) {
            return false
        }
    }

    static func existsError(_ path: String) -> WijzerError {
        .file(path, "kan het bestand niet vervangen", .fileExists, status: .cannotSave)
    }

    /// Writes all of `bytes` (a short write continues where it stopped), syncs and closes `fd`.
    private static func fill(_ fd: FileDescriptor, _ bytes: [UInt8], path: String, _ calls: SaveCalls) throws(WijzerError) {
        defer { try? fd.close() }
        var done = 0
        while done < bytes.count {
            // swift-system's write takes a raw buffer (no speed reason): the array's own storage, for this call only.
            let result: Result<Int, Errno> = bytes.withUnsafeBytes { buffer in
                Result { () throws(Errno) in try calls.write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...])) }
            }
            switch result {
            case .failure(let error): throw .file(path, "schrijven mislukt", error, status: .cannotSave)
            // write(2) returning 0 for a non-empty buffer would loop for ever.
            case .success(let n) where n <= 0: throw .file(path, "schrijven mislukt", .noSpace, status: .cannotSave)
            case .success(let n): done += n
            }
        }
        do {
            try calls.sync(fd)
        } catch {
            throw .file(path, "opslaan op schijf mislukt", error, status: .cannotSave)
        }
    }

    /// Renames `temp` over `path`, or, without `replace`, links it there (which fails when
    /// `path` exists) and removes `temp`.
    private static func place(_ temp: String, at path: String, replace: Bool, _ calls: SaveCalls) throws(WijzerError) {
        do {
            if replace {
                try calls.rename(temp, path)
            } else {
                try calls.link(temp, path)
                unlink(temp)
            }
        } catch {
            throw .file(path, "kan het bestand niet vervangen", error, status: .cannotSave)
        }
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
