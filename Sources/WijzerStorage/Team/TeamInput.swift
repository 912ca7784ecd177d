#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// A file that could not be used, with the reason. File names appear only in the terminal
/// summary, never in a report.
public struct TeamProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }

    public static func < (a: TeamProblem, b: TeamProblem) -> Bool { (a.path, a.message) < (b.path, b.message) }
}

/// Finds result files and reads them with plain POSIX calls into a reused buffer.
enum TeamInput {
    /// The largest result file read; a self-check is a few kilobytes.
    static let maxFileSize = 16 << 20

    /// The files named, and the `*.json` files in the folders named (recursively, hidden entries
    /// skipped), each once. Paths that do not exist are problems.
    static func files(_ paths: [String]) -> (files: [String], problems: [TeamProblem]) {
        var files: [String] = []
        var problems: [TeamProblem] = []
        var seen: Set<String> = []
        func walk(_ folder: String, depth: Int) {
            guard depth < 32, let dir = opendir(folder) else {
                problems.append(TeamProblem(path: folder, message: "kan de map niet lezen"))
                return
            }
            defer { closedir(dir) }
            var entries: [(String, Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var isDir = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                    var info = stat()
                    isDir = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                entries.append((path, isDir))
            }
            for (path, isDir) in entries {
                if isDir { walk(path, depth: depth + 1) } else if path.hasSuffix(".json"), seen.insert(path).inserted { files.append(path) }
            }
        }
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(TeamProblem(path: path, message: "bestaat niet"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR { walk(path, depth: 0) } else if seen.insert(path).inserted { files.append(path) }
        }
        return (files, problems)
    }

    /// Reads `path` into `buffer` (grown as needed); returns the byte count or a Dutch reason.
    static func read(_ path: String, into buffer: inout [UInt8]) -> Result<Int, ResultScanner.Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.init(message: "kan het bestand niet lezen (\(String(cString: strerror(errno))))")) }
        defer { close(fd) }
        var total = 0
        while true {
            if total == buffer.count {
                if buffer.count >= maxFileSize { return .failure(.init(message: "te groot voor een resultaatbestand (meer dan 16 MB)")) }
                buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, 64 << 10)))
            }
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + total, raw.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.init(message: "kan het bestand niet lezen (\(String(cString: strerror(errno))))"))
            }
            if n == 0 { return .success(total) }
            total += n
        }
    }
}
