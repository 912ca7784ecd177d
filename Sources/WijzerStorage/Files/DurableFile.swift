#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Writes files that hold personal answers: mode 0600, in a 0700 folder, atomically and durably
/// (temporary file opened exclusively, write, fsync, rename, fsync the folder).
///
/// Foundation's atomic write leaves files at 0644 on Linux and does not fsync, hence this.
public enum DurableFile {
    /// Why a write failed, in Dutch, naming the path.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Creates `path` and missing parents; the last folder gets mode 0700 (also when it existed).
    public static func ensurePrivateDirectory(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw Failure(message: "\(prefix): kan de map niet maken (\(String(cString: strerror(errno))))")
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(message: "\(path): is geen map")
        }
        if info.st_mode & 0o777 != 0o700 && chmod(path, 0o700) != 0 {
            throw Failure(message: "\(path): kan de map niet afschermen (chmod 0700: \(String(cString: strerror(errno))))")
        }
    }

    /// Atomically replaces `path` with `bytes`, mode 0600 unless given (`wijzer fmt` keeps a
    /// questionnaire's own mode). The folder must exist.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(Failure) {
        let folder = parentFolder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temp = "\(folder)/.\(name).\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EEXIST {
                // A leftover from a crashed run of this same process id: remove it and try once more.
                unlink(temp)
                let again = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
                if again >= 0 { return try finish(again, mode, bytes, temp, path, folder) }
            }
            throw Failure(message: "\(path): kan niet opslaan (\(String(cString: strerror(errno))))")
        }
        try finish(fd, mode, bytes, temp, path, folder)
    }

    private static func finish(_ fd: Int32, _ mode: mode_t, _ bytes: [UInt8], _ temp: String, _ path: String, _ folder: String) throws(Failure) {
        fchmod(fd, mode)  // exactly `mode`, whatever the umask
        var offset = 0
        let failure: Failure? = bytes.withUnsafeBytes { buffer -> Failure? in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return Failure(message: "\(path): schrijven mislukt (\(String(cString: strerror(errno))))")
                }
                offset += n
            }
            return nil
        }
        if let failure {
            close(fd)
            unlink(temp)
            throw failure
        }
        if fsync(fd) != 0 {
            let message = String(cString: strerror(errno))
            close(fd)
            unlink(temp)
            throw Failure(message: "\(path): opslaan op schijf mislukt (\(message))")
        }
        close(fd)
        if rename(temp, path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temp)
            throw Failure(message: "\(path): kan het bestand niet vervangen (\(message))")
        }
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
