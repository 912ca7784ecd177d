import SystemPackage
import WijzerLanguage

/// Finds and reads questionnaire files from paths given on the command line.
public enum SourceLoader {
    /// The largest file read; anything bigger is refused rather than read into memory.
    public static let maxFileSize = 64 * 1024 * 1024

    /// Source files from bytes already read (invalid UTF-8 found, lines counted).
    public static func files(_ inputs: [(path: String, bytes: [UInt8])]) -> [SourceFile] {
        inputs.map { SourceFile(path: $0.path, bytes: $0.bytes) }
    }

    /// Reads each path: a file as itself, a folder as its `*.wijzer` files (recursively, by
    /// name). A path that cannot be used is a usage error (exit status 2) naming it.
    public static func load(_ paths: [String]) throws(WijzerError) -> [SourceFile] {
        var inputs: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            let info: Stat
            do {
                info = try FilePath(path).stat()
            } catch Errno.noSuchFileOrDirectory {
                throw WijzerError(.usage, "\(path): bestand of map bestaat niet")
            } catch {
                throw .file(path, "kan het bestand niet lezen", error, status: .usage)
            }
            if info.type == .directory {
                let found = try FolderWalker.files(in: path, extension: "wijzer", status: .usage)
                if found.isEmpty { throw WijzerError(.usage, "\(path): geen .wijzer-bestanden in deze map") }
                for f in found { inputs.append((f, try read(f))) }
            } else {
                inputs.append((path, try read(path)))
            }
        }
        return files(inputs)
    }

    static func read(_ path: String) throws(WijzerError) -> [UInt8] {
        try FileReader.read(path, limit: maxFileSize, expected: "vragenlijst", status: .usage)
    }
}
