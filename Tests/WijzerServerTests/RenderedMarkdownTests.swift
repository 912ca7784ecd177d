import Testing
import WijzerLanguage
import WijzerReports
@testable import WijzerServer

/// Questionnaire Markdown is rendered once per text and gives what rendering it afresh gives.
@Suite struct RenderedMarkdownTests {
    @Test func aTextIsRenderedAsTheRendererDoesAndKeptOnce() {
        let rendered = RenderedMarkdown()
        let text = "Sanne zegt: *ik kan dit niet*.\n\n- Wat zeg je?\n- <b>Niet</b> dit"
        let blocks = rendered.html(text, inline: false)
        #expect(blocks == MarkdownHTMLRenderer.render(MarkdownDocument(parsing: text)))
        #expect(blocks.contains("<em>ik kan dit niet</em>") && blocks.contains("&lt;b&gt;Niet&lt;/b&gt;"))
        let inline = rendered.html(text, inline: true)
        #expect(inline == MarkdownHTMLRenderer.renderInline(MarkdownDocument(parsing: text)))
        #expect(inline != blocks)
        #expect(rendered.html(text, inline: false) == blocks)
        #expect(rendered.count == 2)
    }

    @Test func whenFullItStartsOver() {
        let rendered = RenderedMarkdown(capacity: 3)
        for i in 0 ..< 3 { _ = rendered.html("tekst \(i)", inline: false) }
        #expect(rendered.count == 3)
        #expect(rendered.html("tekst 3", inline: false) == MarkdownHTMLRenderer.render(MarkdownDocument(parsing: "tekst 3")))
        #expect(rendered.count == 1)
    }
}
