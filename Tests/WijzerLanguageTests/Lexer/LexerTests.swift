import Testing
@testable import WijzerLanguage
import WijzerTestSupport

@Suite("Lexer")
struct LexerTests {
    func lex(_ line: String) -> (kinds: [Token.Kind], texts: [String], problems: [String]) {
        let bytes = Array(line.utf8)
        var problems: [Lexer.Problem] = []
        let tokens = Lexer.tokenize(bytes, 0..<bytes.count, problems: &problems)
        let texts = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        return (tokens.map(\.kind), texts, problems.map(\.message))
    }

    @Test func webAddressesStartWithTheirScheme() {
        #expect(lex("https://a.nl").texts == ["https://a.nl"])
        #expect(lex("http://b.nl/x").kinds == [.url])
        let (kinds, texts, _) = lex("https http htt:/ httpsx")
        // `htt:/` is no address: a name, a colon (as in `condition name:`) and an invalid `/`.
        #expect(kinds == [.identifier, .identifier, .identifier, .colon, .invalid, .identifier])
        #expect(texts.prefix(2) == ["https", "http"])
    }

    @Test func anAddressIsTheLastItemOfItsLineSoWhatFollowsWasASpaceInIt() {
        let (kinds, texts, problems) = lex("resource \"T\" https://a.nl/beter behouden/  # bron")
        #expect(kinds == [.identifier, .string, .url, .comment])
        #expect(texts[2] == "https://a.nl/beter behouden/")
        #expect(problems.count == 1 && problems[0].contains("spatie"))
        #expect(lex("source https://a.nl/#deel # een opmerking").kinds == [.identifier, .url, .comment])
        #expect(lex("source https://a.nl/#deel # een opmerking").problems.isEmpty)
    }

    @Test func keywordsStringsAndNumbers() {
        let (kinds, texts, problems) = lex(#"score feedback +2 "tekst met \"quote\"" 1..5 2.5"#)
        #expect(kinds == [.identifier, .identifier, .number, .string, .number, .dotDot, .number, .number])
        #expect(texts == ["score", "feedback", "+2", #""tekst met \"quote\"""#, "1", "..", "5", "2.5"])
        #expect(problems.isEmpty)
    }

    @Test func operatorsAndReferences() {
        let (kinds, _, _) = lex("when na-de-toets.spaart != a and (x <= 3 or y >= 4) and z in [a, b]")
        #expect(kinds == [.identifier, .identifier, .dot, .identifier, .notEqual, .identifier, .identifier, .leftParen,
                          .identifier, .lessEqual, .number, .identifier, .identifier, .greaterEqual, .number, .rightParen,
                          .identifier, .identifier, .identifier, .leftBracket, .identifier, .comma, .identifier, .rightBracket])
    }

    @Test func urlsKeepHashesAndTrailingCommentsAreTokens() {
        let (kinds, texts, _) = lex("source https://www.vhto.nl/a#b?c=1 # de bron")
        #expect(kinds == [.identifier, .url, .comment])
        #expect(texts[1] == "https://www.vhto.nl/a#b?c=1")
    }

    @Test func unicodeIdentifiersAndDigitsFirst() {
        let (kinds, texts, _) = lex("beroepsoriëntatie 3d-printen")
        #expect(kinds == [.identifier, .identifier])
        #expect(texts == ["beroepsoriëntatie", "3d-printen"])
    }

    @Test(arguments: [
        (#"question q "niet af"#, "tekst zonder afsluitend aanhalingsteken `\"`"),
        ("a ! b", "onverwacht teken `!`; bedoel je `!=`?"),
        ("a $ b", "onverwacht teken `$`"),
        (#"a "Ja" -> tip x"#, "onverwacht `->`; een effect (`score`, `tip`, `strength`) staat op een eigen regel, ingesprongen onder de optie"),
        ("a \u{7} b", "onverwacht teken `U+7`"),
    ])
    func problemsAreReported(line: String, message: String) {
        let (_, _, problems) = lex(line)
        #expect(problems == [message])
    }

    /// The bit masks behind identifier bytes say what the language says, for every byte.
    @Test func identifierBytesMatchTheDefinition() {
        for b in UInt8.min...UInt8.max {
            let c = Character(Unicode.Scalar(b))
            let expected = b >= 0x80 || (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_"
            #expect(Lexer.isIdentifierByte(b) == expected, "byte \(b)")
        }
    }
}
