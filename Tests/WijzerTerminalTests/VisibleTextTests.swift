import Testing
import WijzerTerminal

@Suite("visible text")
struct VisibleTextTests {
    @Test func visibleKeepsTextAndShowsControls() {
        #expect(Terminal.visible("Één\ttab") == "Één\ttab")
        #expect(Terminal.visible("a\u{1B}[2Jb\u{7F}\u{9B}c\nd") == "a^[[2Jb^?<U+009B>c^Jd")
        #expect(Terminal.visible("a\nb", lines: true) == "a\nb")
        #expect(Terminal.visible("\u{00}\u{1F}") == "^@^_")
    }
}
