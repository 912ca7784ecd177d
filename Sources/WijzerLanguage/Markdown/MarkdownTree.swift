/// The Markdown of one text block (`knowledge`, `situation`, `why`, `text`) as a tree.
///
/// Parsed once by `MarkdownParser` and rendered by one renderer per output (HTML and Markdown
/// in WijzerReports, the terminal in WijzerTerminal), so every output agrees on what the text
/// means. Positions are byte offsets into the text's UTF-8 (`Range<Int>`, compared normally), so
/// the checker can point at a problem; `Validator+Markdown` maps them into the file.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    /// Markdown the language does not accept, in the order found. The tree still holds the
    /// text concerned, as plain text, so renderers never lose or interpret it.
    public var problems: [MarkdownProblem]

    public init(blocks: [MarkdownBlock], problems: [MarkdownProblem] = []) {
        self.blocks = blocks
        self.problems = problems
    }

    /// The tree of `text`.
    public init(parsing text: String) {
        self = MarkdownParser.parse(Array(text.utf8))
    }
}

/// A paragraph or a list.
public enum MarkdownBlock: Sendable, Hashable {
    case paragraph([MarkdownInline], span: Range<Int>)
    case list(MarkdownList)
}

/// A bullet list (`- ` or `* `) or a numbered list (`1. `). Lists do not nest.
public struct MarkdownList: Sendable, Hashable {
    /// The number of the first item; nil for a bullet list.
    public var start: Int?
    public var items: [MarkdownListItem]
    public var span: Range<Int>

    public init(start: Int?, items: [MarkdownListItem], span: Range<Int>) {
        self.start = start
        self.items = items
        self.span = span
    }
}

/// One list item: its text, which may continue on the lines below the marker.
public struct MarkdownListItem: Sendable, Hashable {
    public var content: [MarkdownInline]
    public var span: Range<Int>

    public init(content: [MarkdownInline], span: Range<Int>) {
        self.content = content
        self.span = span
    }
}

/// Text inside a paragraph or list item.
public indirect enum MarkdownInline: Sendable, Hashable {
    /// Plain text with escapes resolved; a line break inside a paragraph is a space.
    case text(String, span: Range<Int>)
    /// `**bold**` or `__bold__`.
    case strong([MarkdownInline], span: Range<Int>)
    /// `*italic*` or `_italic_`.
    case emphasis([MarkdownInline], span: Range<Int>)
    /// `[text](https://...)`.
    case link([MarkdownInline], url: String, span: Range<Int>)
    /// A web address written as it is: `https://example.org/`.
    case url(String, span: Range<Int>)
    /// A backslash at the end of a line.
    case lineBreak(span: Range<Int>)

    public var span: Range<Int> {
        switch self {
        case .text(_, let s), .strong(_, let s), .emphasis(_, let s), .link(_, _, let s), .url(_, let s), .lineBreak(let s): s
        }
    }

    /// The text a reader sees, without markup (a link's text, not its address).
    public var plainText: String {
        switch self {
        case .text(let s, _), .url(let s, _): s
        case .strong(let c, _), .emphasis(let c, _), .link(let c, _, _): c.map(\.plainText).joined()
        case .lineBreak: " "
        }
    }
}

/// Markdown in a text block that the language does not accept.
public struct MarkdownProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `<b>`, `</p>`, `<!-- -->`: raw HTML is shown as text, never passed on.
        case rawHTML
        /// `![alt](url)`.
        case image
        /// A line starting with `#`, `##`, ...: the plan and the runner give text blocks their headings.
        case heading
        /// `**` or `__` without its partner.
        case unclosedStrong
        /// `*` without its partner.
        case unclosedEmphasis
        /// A link whose address is not a valid http(s) URL; the reason, in Dutch.
        case badLink(String)
    }

    public var kind: Kind
    public var span: Range<Int>

    public init(_ kind: Kind, span: Range<Int>) {
        self.kind = kind
        self.span = span
    }
}
