import Foundation

/// One ```wijzer block of docs/LANGUAGE.md: a whole set unless marked `fragment`; `fout=ID`
/// marks a deliberate mistake that must be reported with that id.
public struct LanguageDocBlock: Sendable, CustomStringConvertible {
    public var line: Int
    public var fragment: Bool
    public var expected: String?
    public var text: String
    public var description: String { "LANGUAGE.md:\(line)" }
}

/// The docs that tests hold to the checker and the scorer.
public enum LanguageDoc {
    public static let path = WijzerProcess.repositoryRoot + "/docs/LANGUAGE.md"

    /// The fenced blocks with their info strings, and the line each starts on.
    public static func fences() throws -> [(line: Int, info: String, text: String)] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var out: [(Int, String, String)] = []
        var open: (Int, String, [Substring])?
        for (i, line) in lines.enumerated() where line.hasPrefix("```") || open != nil {
            if line.hasPrefix("```") {
                if let o = open {
                    out.append((o.0, o.1, o.2.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    open = (i + 1, String(line.dropFirst(3)), [])
                }
            } else {
                open?.2.append(line)
            }
        }
        return out
    }

    /// The ```wijzer blocks.
    public static func blocks() throws -> [LanguageDocBlock] {
        try fences().filter { $0.info.hasPrefix("wijzer") }.map { f in
            let words = f.info.split(separator: " ")
            return LanguageDocBlock(line: f.line, fragment: words.contains("fragment"),
                                    expected: words.first { $0.hasPrefix("fout=") }.map { String($0.dropFirst(5)) }, text: f.text)
        }
    }
}
