import Testing
@testable import WijzerKit

/// Keywords are recognised from bytes (`Keyword.match`, and by the lexer for every identifier)
/// exactly as `Keyword(word:)` recognises them from a String.
@Suite("Keyword")
struct KeywordTests {
    static let spellings: [String] = Keyword.allCases.map(\.rawValue) + Keyword.aliases.keys.sorted()

    func lexed(_ line: String) -> [Token] {
        let bytes = Array(line.utf8)
        var problems: [Lexer.Problem] = []
        return bytes.withUnsafeBufferPointer { Lexer.tokenize($0, 0..<bytes.count, problems: &problems) }
    }

    @Test(arguments: spellings)
    func everySpellingIsFound(word: String) {
        let bytes = Array(word.utf8)
        #expect(Keyword.match(bytes, 0..<bytes.count) == Keyword(word: word))
        #expect(Keyword(word: word) != nil)
        #expect(lexed("  " + word + " x").map(\.keyword) == [Keyword(word: word), nil])
    }

    /// Words one byte away from a spelling are keywords only when `Keyword(word:)` says so
    /// (`tip` + `s` is `tips`, `no` + `t` is `not`).
    @Test(arguments: spellings)
    func nearMissesAreNotKeywords(word: String) {
        let variants = [String(word.dropLast()), word + "x", "x" + word, String(word.dropFirst()),
                        String(word.dropLast()) + "q", "q" + String(word.dropFirst()), word + "s", word.uppercased()]
        for v in variants where !v.isEmpty {
            let bytes = Array(v.utf8)
            #expect(Keyword.match(bytes, 0..<bytes.count) == Keyword(word: v), "\(v)")
            #expect(lexed(v).first?.keyword == Keyword(word: v), "\(v)")
        }
    }

    @Test func onlyIdentifiersCarryKeywords() {
        let tokens = lexed(#"score d scale reverse "score" 3 https://score.nl # score"#)
        #expect(tokens.map(\.keyword) == [.score, nil, .scale, .reverse, nil, nil, nil, nil])
    }
}
