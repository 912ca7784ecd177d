import Testing
import WijzerContent
import WijzerLanguage
@testable import WijzerReports

/// Questionnaire Markdown rendered as HTML and as normalised Markdown, from one tree.
@Suite("Markdown renderers")
struct MarkdownRendererTests {
    static let sample = """
        Studentes zijn **in de minderheid** en _voelen_ dat.
        Tweede regel, [de gids](https://www.vhto.nl/gids) en https://www.vhto.nl/a_b.

        * **Uitdaging.** Steun
          is goed.
        * Motivatie\\
          telt.

        3. derde
        4. vierde
        """

    /// The tree without positions, to compare two trees by what they say.
    static func shape(_ nodes: [MarkdownInline]) -> String {
        nodes.map { node in
            switch node {
            case .text(let s, _): s
            case .strong(let c, _): "B(\(shape(c)))"
            case .emphasis(let c, _): "I(\(shape(c)))"
            case .link(let c, let url, _): "L(\(shape(c))|\(url))"
            case .url(let url, _): "U(\(url))"
            case .lineBreak: "BR"
            }
        }.joined()
    }

    static func shape(_ document: MarkdownDocument) -> [String] {
        document.blocks.map { block in
            switch block {
            case .paragraph(let c, _): "P " + shape(c)
            case .list(let list): "L\(list.start.map(String.init) ?? "-") " + list.items.map { shape($0.content) }.joined(separator: " | ")
            }
        }
    }

    @Test func html() {
        let html = MarkdownHTMLRenderer.render(MarkdownDocument(parsing: Self.sample))
        #expect(html == "<p>Studentes zijn <strong>in de minderheid</strong> en <em>voelen</em> dat. Tweede regel, "
            + "<a href=\"https://www.vhto.nl/gids\" rel=\"noopener\">de gids</a> en "
            + "<a href=\"https://www.vhto.nl/a_b\" rel=\"noopener\">https://www.vhto.nl/a_b</a>.</p>"
            + "<ul><li><strong>Uitdaging.</strong> Steun is goed.</li><li>Motivatie<br>telt.</li></ul>"
            + "<ol start=\"3\"><li>derde</li><li>vierde</li></ol>")
    }

    @Test func htmlInlineJoinsBlocksWithSpaces() {
        let html = MarkdownHTMLRenderer.renderInline(MarkdownDocument(parsing: "Een.\n\n- *twee*\n- drie"))
        #expect(html == "Een. <em>twee</em> drie")
    }

    @Test func normalisedMarkdown() {
        let md = NormalisedMarkdownRenderer.render(MarkdownDocument(parsing: Self.sample))
        #expect(md == """
            Studentes zijn **in de minderheid** en *voelen* dat. Tweede regel, [de gids](https://www.vhto.nl/gids) en <https://www.vhto.nl/a_b>.

            - **Uitdaging.** Steun is goed.
            - Motivatie\\
              telt.

            3. derde
            4. vierde
            """)
    }

    /// Rendered Markdown read back says the same as the source, for the sample and every text
    /// block of the bundled questionnaires.
    @Test func normalisedMarkdownReadsBackAsTheSameTree() {
        let files = BundledQuestionnaires.files.map { SourceFile(path: $0.name, text: $0.contents) }
        let q = Checker.check(files).questionnaire
        let texts = [Self.sample, "a * b _c_d \\*e\\* 1. f # g", "- 1. niet genummerd\n- # geen kop"]
            + (q.themes.compactMap(\.knowledge) + q.tips.compactMap(\.text)).map(\.text)
        for text in texts {
            let document = MarkdownDocument(parsing: text)
            let again = MarkdownDocument(parsing: NormalisedMarkdownRenderer.render(document))
            #expect(Self.shape(again) == Self.shape(document), "\(text.prefix(50))")
            #expect(again.problems.isEmpty)
        }
    }

    static let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> ![i](https://a.nl/i.png) [x](javascript:alert(1)) **<b>vet</b>** &lt; a|b `c`"#

    @Test func hostileTextIsInertInHTML() {
        let html = MarkdownHTMLRenderer.render(MarkdownDocument(parsing: Self.hostile))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; ![i](https://a.nl/i.png) x"))
        #expect(html.contains("<strong>&lt;b&gt;vet&lt;/b&gt;</strong> &amp;lt; a|b `c`"))
    }

    @Test func hostileTextIsInertInMarkdown() {
        let md = NormalisedMarkdownRenderer.render(MarkdownDocument(parsing: Self.hostile))
        #expect(!md.contains("<script") && !md.contains("<img") && !md.contains("](javascript") && !md.contains("!["))
        #expect(md.hasPrefix("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(md.contains(#"**&lt;b&gt;vet&lt;/b&gt;** &amp;lt; a\|b \`c\`"#))
    }
}
