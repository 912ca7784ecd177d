import Foundation

/// Finds and reads questionnaire files from paths given on the command line.
public enum SourceLoader {
    /// A path that could not be used.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The largest file read; anything bigger is refused rather than read into memory.
    public static let maxFileSize = 64 * 1024 * 1024

    /// Reads each path: a file as itself, a folder as its `*.wijzer` files (recursively, by name).
    public static func load(_ paths: [String]) throws(Failure) -> [SourceFile] {
        var files: [SourceFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure(message: "\(path): bestand of map bestaat niet")
            }
            if isDirectory.boolValue {
                let found = wijzerFiles(in: path)
                if found.isEmpty { throw Failure(message: "\(path): geen .wijzer-bestanden in deze map") }
                for f in found { files.append(try read(f)) }
            } else {
                files.append(try read(path))
            }
        }
        return files
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

    static func read(_ path: String) throws(Failure) -> SourceFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(message: "\(path): kan het bestand niet lezen (geen toegang?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
        } catch {
            throw Failure(message: "\(path): kan het bestand niet lezen: \(error.localizedDescription)")
        }
        if data.count > maxFileSize {
            throw Failure(message: "\(path): bestand is groter dan \(maxFileSize / 1024 / 1024) MB; dat is geen vragenlijst")
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
