import Testing
import WijzerLanguage

@Suite("visible text")
struct VisibleTextTests {
    @Test func visibleKeepsTextAndShowsControls() {
        #expect(VisibleText.visible("Één\ttab") == "Één\ttab")
        #expect(VisibleText.visible("a\u{1B}[2Jb\u{7F}\u{9B}c\nd") == "a^[[2Jb^?<U+009B>c^Jd")
        #expect(VisibleText.visible("a\nb", lines: true) == "a\nb")
        #expect(VisibleText.visible("\u{00}\u{1F}") == "^@^_")
    }
}
