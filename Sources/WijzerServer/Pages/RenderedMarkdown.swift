import Synchronization
import WijzerLanguage
import WijzerReports

/// The questionnaire's Markdown texts as HTML, each parsed and rendered the first time a page
/// shows it and kept for the pages after.
///
/// Why: a question page rendered its situation, question and "waarom" from Markdown on every
/// load, a sixteenth of the server's time under a live team session's load (Benchmarks/team,
/// perf), for texts that never change while the server runs. Only the questionnaire's own texts
/// come here (what teachers type is escaped, never rendered as Markdown), so the texts kept are
/// bounded by the questionnaire; a bound on the count guards against a mistake all the same.
final class RenderedMarkdown: Sendable {
    static let shared = RenderedMarkdown()

    private struct Key: Hashable {
        var text: String
        var inline: Bool
    }

    private let kept = Mutex<[Key: String]>([:])
    /// More texts than any questionnaire has; when full, it starts over.
    let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// `text` rendered as blocks, or `inline` as the inline content of its first paragraph.
    func html(_ text: String, inline: Bool) -> String {
        let key = Key(text: text, inline: inline)
        if let html = kept.withLock({ $0[key] }) { return html }
        let document = MarkdownDocument(parsing: text)
        let html = inline ? MarkdownHTMLRenderer.renderInline(document) : MarkdownHTMLRenderer.render(document)
        kept.withLock { kept in
            if kept.count >= capacity { kept.removeAll(keepingCapacity: true) }
            kept[key] = html
        }
        return html
    }

    /// How many texts are kept (for tests).
    var count: Int { kept.withLock { $0.count } }
}
