import Foundation
import Testing
import WijzerLanguage

/// The TextMate grammar in editors/ names every keyword of the language, English and Dutch.
@Suite("Editor grammar")
struct EditorGrammarTests {
    @Test func everyKeywordAndAliasIsInTheGrammar() throws {
        let path = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("editors/wijzer.tmLanguage.json").path
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let grammar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let patterns = try #require(grammar["patterns"] as? [[String: Any]])
        let alternatives = Set(patterns.compactMap { $0["match"] as? String }.flatMap { match -> [String] in
            guard let open = match.range(of: "(?:"), let close = match.range(of: ")", range: open.upperBound..<match.endIndex) else { return [] }
            return match[open.upperBound..<close.lowerBound].split(separator: "|").map { $0.replacingOccurrences(of: "\\-", with: "-") }
        })
        let spellings = Keyword.allCases.map(\.rawValue) + Keyword.aliases.keys
        for word in spellings {
            #expect(alternatives.contains(word), "`\(word)` is not in editors/wijzer.tmLanguage.json")
        }
    }
}
