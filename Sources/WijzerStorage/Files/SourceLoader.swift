import Foundation
import WijzerLanguage
import WijzerScoring
import WijzerReports

/// Finds and reads questionnaire files from paths given on the command line.
public enum SourceLoader {
    /// A path that could not be used.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The largest file read; anything bigger is refused rather than read into memory.
    public static let maxFileSize = 64 * 1024 * 1024

    /// Source files from bytes already read (invalid UTF-8 found, lines counted).
    public static func files(_ inputs: [(path: String, bytes: [UInt8])]) -> [SourceFile] {
        inputs.map { SourceFile(path: $0.path, bytes: $0.bytes) }
    }

    /// Reads each path: a file as itself, a folder as its `*.wijzer` files (recursively, by name).
    public static func load(_ paths: [String]) throws(Failure) -> [SourceFile] {
        var inputs: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(message: "\(path): bestand of map bestaat niet")
            }
            if isDirectory.boolValue {
                let found = wijzerFiles(in: path)
                if found.isEmpty { throw Failure(message: "\(path): geen .wijzer-bestanden in deze map") }
                for f in found { inputs.append((f, try read(f))) }
            } else {
                inputs.append((path, try read(path)))
            }
        }
        return files(inputs)
    }

    /// The `*.wijzer` files under `folder`, sorted by path.
    public static func wijzerFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let item = e.nextObject() as? String {
            if item.hasSuffix(".wijzer") { result.append(base + "/" + item) }
        }
        return result.sorted()
    }

    /// Reads a whole file with POSIX calls straight into a byte array (no `Data` copy).
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(message: "\(path): kan het bestand niet lezen (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        if expected > maxFileSize {
            throw Failure(message: "\(path): bestand is groter dan \(maxFileSize / 1024 / 1024) MB; dat is geen vragenlijst")
        }
        var bytes = [UInt8](repeating: 0, count: max(expected + 1, 4096))  // +1: EOF is seen without growing
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxFileSize {
                    throw Failure(message: "\(path): bestand is groter dan \(maxFileSize / 1024 / 1024) MB; dat is geen vragenlijst")
                }
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "\(path): kan het bestand niet lezen (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
