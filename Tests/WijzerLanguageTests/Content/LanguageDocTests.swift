import Foundation
import Testing
import WijzerLanguage
import WijzerTestSupport

/// Every ```wijzer block of docs/LANGUAGE.md is checked, so the docs cannot drift from the
/// checker (issue 13, point 4). A block is a whole set unless marked `fragment` (then it is
/// only parsed); `fout=ID` marks a deliberate mistake that must be reported with that id.
@Suite("LANGUAGE.md examples")
struct LanguageDocTests {
    struct Block: CustomStringConvertible {
        var line: Int
        var fragment: Bool
        var expected: String?
        var text: String
        var description: String { "LANGUAGE.md:\(line)" }
    }

    static let path = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/LANGUAGE.md").path

    /// The fenced blocks with their info strings, and the line each starts on.
    static func fences() throws -> [(line: Int, info: String, text: String)] {
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

    static func blocks() throws -> [Block] {
        try fences().filter { $0.info.hasPrefix("wijzer") }.map { f in
            let words = f.info.split(separator: " ")
            return Block(line: f.line, fragment: words.contains("fragment"),
                         expected: words.first { $0.hasPrefix("fout=") }.map { String($0.dropFirst(5)) }, text: f.text)
        }
    }

    @Test func everyFenceSaysWhatItHolds() throws {
        let fences = try Self.fences()
        #expect(fences.count >= 10)
        for f in fences {
            #expect(f.info == "ebnf" || f.info.hasPrefix("wijzer"), "LANGUAGE.md:\(f.line): a block without `wijzer` or `ebnf` is not checked")
        }
    }

    @Test(arguments: try blocks())
    func blockChecksAsMarked(_ block: Block) {
        let file = SourceFile(path: "LANGUAGE.md", text: block.text)
        let engine = block.fragment ? Checker.parse(file).1 : Checker.check([file]).diagnostics
        let ids = engine.sorted.map(\.id.rawValue)
        if let expected = block.expected {
            #expect(ids.contains(expected), "expected \(expected), got \(findings(engine))")
        } else {
            #expect(findings(engine) == [])
        }
    }
}
