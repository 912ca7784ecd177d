import Testing
import WijzerLanguage

/// Folding for matching typed answers: case, accents and leading punctuation do not count.
@Suite("Text folding")
struct TextFoldingTests {
    @Test(arguments: [
        ("Één café", "een cafe"),
        ("‘Joh, maak je niet druk.’", "joh, maak je niet druk.’"),
        ("“Beroepsoriëntatie”", "beroepsorientatie”"),
        ("ÇA VA, Zoë", "ca va, zoe"),
        ("e\u{0301}tude", "etude"),  // a combining accent is dropped too
        ("ĳs en ß", "ĳs en ß"),  // letters that are not an accented letter stay as they are
        ("...", ""),
    ])
    func foldsCaseAccentsAndLeadingPunctuation(_ input: String, _ expected: String) {
        #expect(TextFolding.folded(input) == expected)
    }
}
