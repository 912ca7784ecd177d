import Testing
import WijzerReports
import WijzerTestSupport

/// HTML escaping, which every page and HTML report uses for each text it shows.
@Suite struct EscapeTests {
    /// The rule, one character at a time: the five characters that HTML gives a meaning become
    /// entities, every other character stays.
    static func reference(_ s: String) -> String {
        s.map { ch -> String in
            switch ch {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(ch)
            }
        }.joined()
    }

    @Test(arguments: [
        ("", ""), ("gewoon", "gewoon"), ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("a & b \"c\"", "a &amp; b &quot;c&quot;"), ("Ĳver – één 🙂 <b>", "Ĳver – één 🙂 &lt;b&gt;"), ("&amp;", "&amp;amp;"),
    ] as [(String, String)])
    func escapesTheFiveCharacters(input: String, output: String) {
        #expect(Escape.html(input) == output)
    }

    /// Generated texts of special characters, accents, emoji, combining marks and line breaks
    /// (fixed seed, so every run checks the same 2000).
    @Test func generatedTextsAreEscapedAsTheRuleSays() {
        let pieces = ["&", "<", ">", "\"", "'", "a", "Z", " ", "\n", "é", "e\u{301}", "Ĳ", "–", "🙂", "👩🏽‍🏫", "\u{0}", "&lt;", "ß"]
        var rng = SplitMix64(seed: 20261201)
        for _ in 0 ..< 2000 {
            let text = (0 ..< Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(Escape.html(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
