import Testing
import WijzerLanguage
import WijzerTestSupport
@testable import WijzerTerminal

/// The terminal colours the shared diagnostics rendering and changes nothing else.
@Suite("diagnostic colour")
struct DiagnosticColourTests {
    @Test func colourWrapsTheSharedRendering() {
        let result = check(validSet.replacingOccurrences(of: "tip groeigericht weight 3", with: "tip groeigerich weight 3"))
        let plain = DiagnosticsFormatter(style: .annotated).format(result.diagnostics.sorted, in: result.diagnostics.files)
        let coloured = DiagnosticsFormatter(style: .annotated, highlight: Terminal.highlight)
            .format(result.diagnostics.sorted, in: result.diagnostics.files)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36mhelp:\u{1B}[0m"))
        #expect(coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "") == plain)
    }
}
