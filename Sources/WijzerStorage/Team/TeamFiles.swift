import Foundation
import WijzerReports

// To merge with Files/ once it lands: the shared file reader and folder walk of helper D.

/// Finds result files and reads them, with Dutch reasons for paths that cannot be used.
enum TeamFiles {
    /// The largest result file read; a self-check is a few kilobytes.
    static let maxFileSize = 16 << 20

    /// The files named, and the `*.json` files in the folders named (recursively, by name,
    /// hidden entries skipped), each once. Paths that do not exist are problems.
    static func find(_ paths: [String]) -> (files: [String], problems: [TeamProblem]) {
        var files: [String] = []
        var problems: [TeamProblem] = []
        var seen: Set<String> = []
        let manager = FileManager.default
        func isFolder(_ path: String) -> Bool? {
            var folder: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &folder) ? folder.boolValue : nil
        }
        // The depth limit stops symbolic-link loops.
        func walk(_ folder: String, depth: Int) {
            guard depth < 32, let names = try? manager.contentsOfDirectory(atPath: folder) else {
                problems.append(TeamProblem(path: folder, message: "kan de map niet lezen"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                if isFolder(path) == true {
                    walk(path, depth: depth + 1)
                } else if name.hasSuffix(".json"), seen.insert(path).inserted {
                    files.append(path)
                }
            }
        }
        for path in paths {
            switch isFolder(path) {
            case nil: problems.append(TeamProblem(path: path, message: "bestaat niet"))
            case true?: walk(path, depth: 0)
            case false?: if seen.insert(path).inserted { files.append(path) }
            }
        }
        return (files, problems)
    }

    /// The whole file, or why it cannot be read; refuses files over `maxFileSize`.
    static func read(_ path: String) -> Result<[UInt8], TeamProblem.Reason> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.init(message: "kan het bestand niet lezen"))
        }
        defer { try? handle.close() }
        do {
            // nil: the end of the file, so an empty file.
            let data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
            if data.count > maxFileSize { return .failure(.init(message: "te groot voor een resultaatbestand (meer dan 16 MB)")) }
            return .success([UInt8](data))
        } catch {
            return .failure(.init(message: "kan het bestand niet lezen"))
        }
    }
}
