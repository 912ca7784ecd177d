#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The system calls a durable save is made of, one closure each, so that a test can make any
/// one of them fail (or write only part of its bytes) and check what is left on disk.
struct SaveCalls: Sendable {
    /// Creates a new file exclusively (`O_CREAT|O_EXCL`) with exactly `permissions`.
    var create: @Sendable (String, FilePermissions) throws(Errno) -> FileDescriptor
    /// One write(2): how many of the bytes were written.
    var write: @Sendable (FileDescriptor, UnsafeRawBufferPointer) throws(Errno) -> Int
    /// fsync(2) of a written file.
    var sync: @Sendable (FileDescriptor) throws(Errno) -> Void
    /// rename(2), replacing the target.
    var rename: @Sendable (String, String) throws(Errno) -> Void
    /// link(2), failing when the target exists.
    var link: @Sendable (String, String) throws(Errno) -> Void
    /// fsync(2) of a folder, so that renames in it are durable.
    var syncFolder: @Sendable (String) throws(Errno) -> Void

    /// The real system calls.
    static let system = SaveCalls(
        create: { path, permissions throws(Errno) in
            let fd = try WijzerStorage.system {
                try FileDescriptor.open(FilePath(path), .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                                        permissions: permissions)
            }
            fchmod(fd.rawValue, permissions.rawValue)  // exactly these permissions, whatever the umask
            return fd
        },
        write: { fd, bytes throws(Errno) in try WijzerStorage.system { try fd.write(bytes) } },
        sync: { fd throws(Errno) in if fsync(fd.rawValue) != 0 { throw Errno(rawValue: errno) } },
        rename: { from, to throws(Errno) in if renameFile(from, to) != 0 { throw Errno(rawValue: errno) } },
        link: { from, to throws(Errno) in if linkFile(from, to) != 0 { throw Errno(rawValue: errno) } },
        syncFolder: { folder throws(Errno) in
            let dir = try WijzerStorage.system { try FileDescriptor.open(FilePath(folder), .readOnly, options: [.directory, .closeOnExec]) }
            defer { try? dir.close() }
            if fsync(dir.rawValue) != 0 { throw Errno(rawValue: errno) }
        }
    )
}

// The C functions, under names the closures' labels do not hide.
private func renameFile(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func linkFile(_ from: String, _ to: String) -> Int32 { link(from, to) }
