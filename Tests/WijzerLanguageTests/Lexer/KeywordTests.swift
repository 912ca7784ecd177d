import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// Keywords are recognised from bytes (`Keyword.match`, which the parser asks of tokens) exactly
/// as `Keyword(word:)` recognises them from a String.
@Suite("Keyword")
struct KeywordTests {
    static let spellings: [String] = Keyword.allCases.map(\.rawValue) + Keyword.aliases.keys.sorted()

    /// The keyword of every token of `line`, as the parser sees them.
    func keywords(_ line: String) -> [Keyword?] {
        let bytes = Array(line.utf8)
        var problems: [Lexer.Problem] = []
        let tokens = Lexer.tokenize(bytes, 0..<bytes.count, problems: &problems)
        return tokens.map { $0.kind == .identifier ? Keyword.match(bytes, $0.range) : nil }
    }

    @Test(arguments: spellings)
    func everySpellingIsFound(word: String) {
        let bytes = Array(word.utf8)
        #expect(Keyword.match(bytes, 0..<bytes.count) == Keyword(word: word))
        #expect(Keyword(word: word) != nil)
        #expect(keywords("  " + word + " x") == [Keyword(word: word), nil])
        // At the end of the bytes too, where fewer than eight remain.
        let tail = Array(("x " + word).utf8)
        #expect(Keyword.match(tail, 2..<tail.count) == Keyword(word: word))
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
            let inLine = Array(("  " + v + " # en meer tekst").utf8)
            #expect(Keyword.match(inLine, 2..<2 + bytes.count) == Keyword(word: v), "\(v) in a line")
        }
    }

    @Test func onlyIdentifiersAreKeywords() {
        #expect(keywords(#"score d scale reverse "score" 3 https://score.nl # score"#)
            == [.score, nil, .scale, .reverse, nil, nil, nil, nil])
    }
}
