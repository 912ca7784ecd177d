import Testing
import WijzerContent
@testable import WijzerLanguage

/// The Markdown subset of text blocks: the tree's shape and its byte spans.
@Suite("Markdown parser")
struct MarkdownParserTests {
    /// The bytes of `text` at `span`, to check spans by what they cover.
    static func covered(_ text: String, _ span: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[span], as: UTF8.self)
    }

    @Test func paragraphsWithEmphasisAndSpans() throws {
        let text = "Studentes zijn **in de minderheid**.\n\nEen *tweede* en _derde_ alinea."
        let doc = MarkdownDocument(parsing: text)
        #expect(doc.problems.isEmpty)
        #expect(doc.blocks.count == 2)
        guard case .paragraph(let first, let span) = doc.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(Self.covered(text, span) == "Studentes zijn **in de minderheid**.")
        #expect(first == [
            .text("Studentes zijn ", span: 0..<15),
            .strong([.text("in de minderheid", span: 17..<33)], span: 15..<35),
            .text(".", span: 35..<36),
        ])
        guard case .paragraph(let second, _) = doc.blocks[1] else { Issue.record("no second paragraph"); return }
        #expect(second.count == 5)
        guard case .emphasis(let inner, let emSpan) = second[1], case .emphasis(_, let underscoreSpan) = second[3] else {
            Issue.record("no emphasis: \(second)")
            return
        }
        #expect(Self.covered(text, emSpan) == "*tweede*")
        #expect(Self.covered(text, underscoreSpan) == "_derde_")
        #expect(inner.map(\.plainText) == ["tweede"])
    }

    @Test func linesOfAParagraphJoinWithASpaceAndABackslashBreaksTheLine() {
        let doc = MarkdownDocument(parsing: "een\ntwee\\\ndrie")
        guard case .paragraph(let content, _) = doc.blocks.first else { Issue.record("no paragraph"); return }
        #expect(content == [.text("een twee", span: 0..<8), .lineBreak(span: 8..<9), .text("drie", span: 10..<14)])
    }

    @Test func bulletAndNumberedListsWithContinuationLines() throws {
        let text = "Let op:\n- **Uitdaging.** Steun is goed,\n  maar niet te veel.\n* Motivatie.\n\n1. Een\n2. Twee\n\nSlot."
        let doc = MarkdownDocument(parsing: text)
        #expect(doc.problems.isEmpty)
        #expect(doc.blocks.count == 4)
        guard case .list(let bullets) = doc.blocks[1], case .list(let numbers) = doc.blocks[2] else {
            Issue.record("no lists: \(doc.blocks)")
            return
        }
        #expect(bullets.start == nil)
        #expect(bullets.items.map { $0.content.map(\.plainText).joined() } == ["Uitdaging. Steun is goed, maar niet te veel.", "Motivatie."])
        #expect(Self.covered(text, bullets.items[0].span) == "- **Uitdaging.** Steun is goed,\n  maar niet te veel.")
        #expect(Self.covered(text, bullets.span).hasSuffix("* Motivatie."))
        #expect(numbers.start == 1)
        #expect(numbers.items.count == 2)
        #expect(Self.covered(text, numbers.items[1].span) == "2. Twee")
    }

    @Test func numberOtherThanOneDoesNotInterruptAParagraph() {
        let doc = MarkdownDocument(parsing: "Het begon in\n2024. Dat jaar")
        #expect(doc.blocks.count == 1)
        let after = MarkdownDocument(parsing: "Vooraf\n\n3. derde")
        guard case .list(let list) = after.blocks.last else { Issue.record("no list"); return }
        #expect(list.start == 3)
    }

    @Test func linksAndBareURLs() throws {
        let text = "Zie [de gids](https://www.vhto.nl/gids) of https://www.vhto.nl/a_b_c."
        let doc = MarkdownDocument(parsing: text)
        #expect(doc.problems.isEmpty)
        guard case .paragraph(let content, _) = doc.blocks.first else { Issue.record("no paragraph"); return }
        #expect(content.count == 5)
        guard case .link(let label, let url, let linkSpan) = content[1], case .url(let bare, let bareSpan) = content[3] else {
            Issue.record("no link: \(content)")
            return
        }
        #expect(label.map(\.plainText) == ["de gids"])
        #expect(url == "https://www.vhto.nl/gids")
        #expect(Self.covered(text, linkSpan) == "[de gids](https://www.vhto.nl/gids)")
        #expect(bare == "https://www.vhto.nl/a_b_c", "the full stop after it is text, the underscores part of it")
        #expect(Self.covered(text, bareSpan) == bare)
        #expect(content[4] == .text(".", span: text.utf8.count - 1..<text.utf8.count))
    }

    @Test func urlInAngleBrackets() {
        let text = "Zie <https://www.vhto.nl/a_b>."
        let doc = MarkdownDocument(parsing: text)
        #expect(doc.problems.isEmpty)
        guard case .paragraph(let content, _) = doc.blocks.first else { Issue.record("no paragraph"); return }
        #expect(content == [.text("Zie ", span: 0..<4), .url("https://www.vhto.nl/a_b", span: 4..<29), .text(".", span: 29..<30)])
    }

    @Test func escapesAndLoneStarsAreText() {
        let doc = MarkdownDocument(parsing: "3 * 4 = 12, \\*niet schuin\\* en bestand_naam_kort")
        #expect(doc.problems.isEmpty)
        #expect(doc.blocks.first.map { block -> String in
            guard case .paragraph(let c, _) = block else { return "" }
            return c.map(\.plainText).joined()
        } == "3 * 4 = 12, *niet schuin* en bestand_naam_kort")
    }

    @Test func rejectedMarkdownIsReportedWithItsSpanAndKeptAsText() throws {
        let text = "# Kop\nTekst <b>vet</b> en ![foto](https://a.nl/f.png) en **open\n\n[x](javascript:alert(1)) *ook"
        let doc = MarkdownDocument(parsing: text)
        let found = doc.problems.map { problem -> String in
            let kind = switch problem.kind {
            case .rawHTML: "html"
            case .image: "image"
            case .heading: "heading"
            case .unclosedStrong: "strong"
            case .unclosedEmphasis: "emphasis"
            case .badLink: "link"
            }
            return "\(kind) \(Self.covered(text, problem.span))"
        }
        #expect(found.sorted() == [
            "emphasis *", "heading #", "html </b>", "html <b>", "image ![foto](https://a.nl/f.png)",
            "link javascript:alert(1", "strong **",
        ])
        let plain = doc.blocks.map { block -> String in
            guard case .paragraph(let c, _) = block else { return "" }
            return c.map(\.plainText).joined()
        }
        #expect(plain[0] == "# Kop Tekst <b>vet</b> en ![foto](https://a.nl/f.png) en **open")
    }

    /// The checker parses without making text nodes: the problems must be the same.
    @Test func problemsDoNotDependOnKeepingText() {
        for text in ["# Kop\n<b>x</b> **open [a](javascript:x) *b* _c_ ![i](https://a.nl/i.png)", "- **a\n- b*", "a_b_ __c__ ***d**"] {
            let bytes = Array(text.utf8)
            #expect(MarkdownParser.parse(bytes, keepText: false).problems == MarkdownParser.parse(bytes).problems, "\(text)")
        }
        #expect(MarkdownParser.parse(Array("**open".utf8), keepText: false).problems.count == 1)
    }

    @Test func nestedAndAdjacentEmphasis() {
        let doc = MarkdownDocument(parsing: "***beide*** en **vet *schuin* vet**")
        #expect(doc.problems.isEmpty)
        guard case .paragraph(let content, _) = doc.blocks.first else { Issue.record("no paragraph"); return }
        guard case .emphasis(let outer, _) = content[0], case .strong = outer.first else {
            Issue.record("*** is emphasis around strong, as in CommonMark: \(content)")
            return
        }
        guard case .strong(let mixed, _) = content[2] else { Issue.record("no strong: \(content)"); return }
        #expect(mixed.count == 3)
    }

    /// What the bundled questionnaires use (bold, italics, bullet lists, paragraphs) is all
    /// accepted, and every text keeps its words.
    @Test func bundledTextBlocksParseWithoutProblems() {
        let files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
        let q = Checker.check(files).questionnaire
        let texts = q.themes.compactMap(\.knowledge) + q.scenarios.compactMap(\.situation)
            + q.questions.compactMap(\.decl.why) + q.tips.compactMap(\.text)
        #expect(texts.count > 100)
        var lists = 0
        var strong = 0
        for text in texts {
            let doc = MarkdownDocument(parsing: text.text)
            #expect(doc.problems.isEmpty, "\(text.text.prefix(60))")
            for block in doc.blocks {
                if case .list = block { lists += 1 }
                if case .paragraph(let c, _) = block { strong += c.count { if case .strong = $0 { true } else { false } } }
            }
        }
        #expect(lists >= 1 && strong >= 10)
    }
}
