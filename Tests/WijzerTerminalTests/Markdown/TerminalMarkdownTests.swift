import Testing
import WijzerContent
import WijzerLanguage
@testable import WijzerTerminal

/// Questionnaire Markdown on the terminal: styles, lists, links, wrapping by visible width.
@Suite("Terminal Markdown")
struct TerminalMarkdownTests {
    static let link = "https://www.vhto.nl/activiteiten/meer-meisjes-in-mbo-techniek/beter-behouden/lesgeven/"
    static let sample = """
        Studentes zijn **in de minderheid** en *voelen* dat. Lees [de gids](\(link)) voor meer.

        - **Uitdaging.** Steun is goed, maar te veel hulp haalt de uitdaging weg bij praktijkopdrachten.
        - Kort.

        Een heel lang woord: arbeidsongeschiktheidsverzekeringsmaatschappijmedewerkersvereniging.
        """

    static func render(_ text: String, width: Int, color: Bool, indent: String = "") -> String {
        TerminalMarkdownRenderer(color: color, width: width).render(MarkdownDocument(parsing: text), indent: indent)
    }

    static func plain(_ s: String) -> String { TextLayout.visible(s) }

    @Test func exactLayoutAtForty() {
        #expect(Self.render(Self.sample, width: 40, color: false, indent: "  ") == """
              Studentes zijn in de minderheid en
              voelen dat. Lees de gids
              \(Self.link)
              voor meer.

              • Uitdaging. Steun is goed, maar te
                veel hulp haalt de uitdaging weg bij
                praktijkopdrachten.
              • Kort.

              Een heel lang woord:
              arbeidsongeschiktheidsverzekeringsmaat
              schappijmedewerkersvereniging.
            """)
    }

    @Test(arguments: [40, 60, 160], [false, true])
    func linesFitTheWidthAndColourChangesNothingElse(width: Int, color: Bool) {
        let files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
        let q = Checker.check(files).questionnaire
        let texts = [Self.sample] + q.themes.compactMap(\.knowledge?.text) + q.tips.compactMap(\.text?.text)
        for text in texts {
            let out = Self.render(text, width: width, color: color, indent: "  ")
            for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
                let visible = Self.plain(String(line))
                #expect(visible.count <= width || visible == "  " + Self.link, "\(width): \(visible)")
                #expect(!visible.hasSuffix(" "))
            }
            #expect(out.contains("\u{1B}") == (color && (text.contains("**") || text.contains("*"))))
            if color { #expect(Self.plain(out) == Self.render(text, width: width, color: false, indent: "  ")) }
            // No word lost or added (the sample's long word may be split at 40 columns).
            let words = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0 != "•" && $0 != "-" }.joined(separator: " ") }
            let source = MarkdownDocument(parsing: text).blocks.map { block -> String in
                switch block {
                case .paragraph(let c, _): c.map(\.plainText).joined()
                case .list(let l): l.items.map { $0.content.map(\.plainText).joined() }.joined(separator: " ")
                }
            }.joined(separator: " ")
            if width > 100 || text != Self.sample { #expect(words(Self.plain(out)) == words(source.replacingOccurrences(of: "de gids", with: "de gids \(Self.link)"))) }
        }
    }

    @Test func boldAndItalicAsEscapeCodesPerWord() {
        let out = Self.render("**in de** *klas* ***beide***", width: 80, color: true)
        #expect(out == "\u{1B}[1min\u{1B}[0m \u{1B}[1mde\u{1B}[0m \u{1B}[3mklas\u{1B}[0m \u{1B}[1;3mbeide\u{1B}[0m")
    }

    @Test func numberedListsAlignTheirNumbers() {
        let items = (1...10).map { "\($0). punt \($0) met wat meer tekst erachter" }.joined(separator: "\n")
        let lines = Self.render(items, width: 30, color: false).split(separator: "\n").map(String.init)
        #expect(lines[0] == " 1. punt 1 met wat meer tekst")
        #expect(lines[1] == "    erachter")
        #expect(lines[18] == "10. punt 10 met wat meer tekst")
    }

    @Test func aURLIsNeverBroken() {
        let out = Self.render("Zie \(Self.link) en verder", width: 40, color: false)
        #expect(out == "Zie\n\(Self.link)\nen verder")
    }

    @Test func plainWrapCountsOnlyVisibleColumns() {
        let accent = "\u{1B}[36m1\u{1B}[0m"
        let out = TextLayout.wrap("een twee drie vier", indent: "  \(accent) ", rest: "    ", width: 14)
        #expect(out == "  \(accent) een twee\n    drie vier")
        #expect(TextLayout.visibleWidth("\u{1B}[1;3mvet\u{1B}[0m é") == 5)
    }

    @Test func widthFromColumnsElseEighty() {
        #expect(Terminal.width(columns: "132") == 132)
        #expect(Terminal.width(columns: nil) == 80)
        #expect(Terminal.width(columns: "breed") == 80)
        #expect(Terminal.width(columns: "0") == 80)
    }
}
