import WijzerReports

/// Finds result files and reads them for a team report, through the one reader and the one
/// folder walker (`FileReader`, `FolderWalker`), with each problem kept per file: a team report
/// goes on past a file it cannot use and lists it.
enum TeamFiles {
    /// The largest result file read; a self-check is a few kilobytes.
    static let maxFileSize = 16 << 20

    /// The files named, and the `*.json` files in the folders named (recursively, by path,
    /// hidden entries skipped), each once. Paths that cannot be used are problems; `loops` are
    /// the linked folders skipped because they lead to a folder already read.
    static func find(_ paths: [String]) -> (files: [String], problems: [TeamProblem], loops: [String]) {
        var files: [String] = []
        var problems: [TeamProblem] = []
        var seen: Set<String> = []
        var loops: [String] = []
        for path in paths {
            guard let isFolder = FolderWalker.isFolder(path) else {
                problems.append(TeamProblem(path: path, message: "bestaat niet"))
                continue
            }
            if !isFolder {
                if seen.insert(path).inserted { files.append(path) }
                continue
            }
            do {
                for file in try FolderWalker.files(in: path, extension: "json", status: .findings, loops: &loops) where seen.insert(file).inserted {
                    files.append(file)
                }
            } catch {
                problems.append(TeamProblem(path: path, message: reason(error, path)))
            }
        }
        return (files, problems, loops)
    }

    /// The whole file, or why it cannot be read; refuses files over `maxFileSize`.
    static func read(_ path: String) -> Result<[UInt8], TeamProblem.Reason> {
        do {
            return .success(try FileReader.read(path, limit: maxFileSize, expected: "resultaatbestand", status: .findings))
        } catch {
            return .failure(.init(message: reason(error, path)))
        }
    }

    /// The error's message without the path it starts with: a team problem names its file apart.
    private static func reason(_ error: WijzerError, _ path: String) -> String {
        error.message.hasPrefix(path + ": ") ? String(error.message.dropFirst(path.count + 2)) : error.message
    }
}
