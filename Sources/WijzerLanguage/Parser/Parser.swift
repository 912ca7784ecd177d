/// The result of parsing one file: its declarations and what the formatter needs.
public struct ParsedFile: Sendable {
    public var fileIndex: Int
    public var declarations: [Declaration]
    var roles: [LineRole]
    var tokens: [[Token]]
    /// Keywords by token start offset, so the formatter can write their English form.
    var keywords: [Int: Keyword]
}

/// Turns a file into declarations. Never throws: every problem becomes a diagnostic and parsing
/// goes on with the next line, so one run reports everything.
public struct Parser {
    let file: SourceFile
    let fileIndex: Int
    /// The file's statement lines, tokens and bytes.
    let nodes: [LineNode]
    let tokens: [Token]
    let bytes: [UInt8]
    let textBlocks: [TextValue]
    let source: SourceText
    /// Whether to remember keyword positions (for the formatter only).
    var recordKeywords = true
    var keywords: [Int: Keyword] = [:]

    /// Parses `file` (already added to `diagnostics` at `fileIndex`). `keepLayout` keeps what
    /// the formatter needs (every line's tokens and keywords); checking alone does without.
    public static func parse(fileIndex: Int, diagnostics: inout DiagnosticEngine, keepLayout: Bool = true) -> ParsedFile {
        let file = diagnostics.files[fileIndex]
        for offset in file.invalidUTF8Offsets.prefix(20) {
            diagnostics.error(.invalidUTF8, "ongeldige UTF-8: dit byte is geen deel van een geldig teken; sla het bestand op als UTF-8",
                              at: Span(file: fileIndex, start: offset, end: offset + 1))
        }
        if file.invalidUTF8Offsets.count > 20 {
            diagnostics.error(.invalidUTF8, "nog \(file.invalidUTF8Offsets.count - 20) ongeldige UTF-8-bytes; sla het bestand op als UTF-8",
                              at: Span(file: fileIndex, start: file.invalidUTF8Offsets[20], end: file.invalidUTF8Offsets[20] + 1))
        }
        let source = SourceText(file.bytes)
        var builder = LineTreeBuilder(file: file, source: source, fileIndex: fileIndex, keepLayout: keepLayout)
        builder.build(diagnostics: &diagnostics)
        let tree = builder.tree
        var parser = Parser(file: file, fileIndex: fileIndex, nodes: tree.nodes, tokens: tree.tokens, bytes: file.bytes,
                            textBlocks: tree.textBlocks, source: source, recordKeywords: keepLayout)
        let topLevel = LineChildren(nodes: tree.nodes, start: 0, end: tree.nodes.count)
        // One declaration per top-level line at most: no growing, no slack.
        var declarations: [Declaration] = []
        declarations.reserveCapacity(topLevel.reduce(0) { n, _ in n + 1 })
        for node in topLevel {
            if let decl = parser.declaration(node, &diagnostics) { declarations.append(decl) }
        }
        return ParsedFile(fileIndex: fileIndex, declarations: declarations, roles: builder.roles,
                          tokens: builder.lineTokens, keywords: parser.keywords)
    }

    func cursor(_ node: LineNode) -> LineCursor {
        let range = file.lineRange(Int(node.line))
        return LineCursor(allTokens: tokens, firstToken: Int(node.tokenStart), count: Int(node.tokenEnd - node.tokenStart),
                          bytes: bytes, source: source, fileIndex: fileIndex,
                          lineStart: range.lowerBound, lineEnd: range.upperBound)
    }

    /// The lines directly below `node`.
    func children(_ node: LineNode) -> LineChildren {
        LineChildren(nodes: nodes, start: Int(node.childStart), end: Int(node.subtreeEnd))
    }

    /// The text block below `node`, if it opens one.
    func textBlock(_ node: LineNode) -> TextValue? {
        node.textBlock >= 0 ? textBlocks[Int(node.textBlock)] : nil
    }

    /// Reads the keyword that starts a line and remembers where it was.
    mutating func leadingKeyword(_ c: inout LineCursor) -> Keyword? {
        guard let t = c.peek, let k = c.peekKeyword() else { return nil }
        if recordKeywords { keywords[t.start] = k }
        c.position += 1
        return k
    }

    /// Reads a keyword in the middle of a line and remembers it for the formatter.
    mutating func accept(_ k: Keyword, _ c: inout LineCursor) -> Bool {
        guard let t = c.peek, c.accept(k) else { return false }
        if recordKeywords { keywords[t.start] = k }
        return true
    }

    mutating func expect(_ k: Keyword, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> Bool {
        let t = c.peek
        guard c.expect(k, &d) else { return false }
        if let t, recordKeywords { keywords[t.start] = k }
        return true
    }

    func reportUnexpected(_ node: LineNode, in context: String, allowed: [Keyword], _ d: inout DiagnosticEngine) {
        let c = cursor(node)
        guard let t = c.peek else { return }
        let word = c.text(t)
        let hint = Suggestions.hint(for: word, in: allowed.map(\.rawValue))
        d.error(.misplacedKeyword, "`\(word)` hoort niet \(context)\(hint)", at: c.span(t),
                fixIts: Suggestions.fixIts(replacing: word, at: c.span(t), in: allowed.map(\.rawValue)))
    }

    /// Complains about children under a line that takes none.
    func noChildren(_ node: LineNode, _ d: inout DiagnosticEngine) {
        guard let first = children(node).first else { return }
        d.error(.unexpectedIndent, "deze regel is dieper ingesprongen dan verwacht", at: cursor(first).here)
    }

    /// Lines indented under a text block's keyword after the block ended (a comment or a
    /// shallower line closed it) would silently belong nowhere: report them.
    func afterTextBlock(_ node: LineNode, _ d: inout DiagnosticEngine) {
        guard let first = children(node).first else { return }
        d.error(.afterTextBlock, "deze regel is ingesprongen als tekst, maar de tekst erboven is al afgesloten door een minder ingesprongen regel of commentaar",
                at: cursor(first).here)
    }

    /// Text from a string on the line or from the text block below it.
    func textField(_ node: LineNode, _ c: inout LineCursor, _ what: String, _ d: inout DiagnosticEngine) -> TextValue? {
        if let block = textBlock(node) {
            afterTextBlock(node, &d)
            return block
        }
        if c.atEnd {
            d.error(.expectedSyntax, "verwacht \(what): tekst tussen aanhalingstekens of een ingesprongen tekstblok eronder", at: c.here)
            return nil
        }
        let value = c.string(what, &d)
        c.expectEnd(&d)
        noChildren(node, &d)
        return value
    }

    mutating func declaration(_ node: LineNode, _ d: inout DiagnosticEngine) -> Declaration? {
        var c = cursor(node)
        switch leadingKeyword(&c) {
        // Unwrapped with `if let` rather than `Optional.map(Declaration.x)`, whose closure
        // borrows the declaration and so copied all of it.
        case .questionnaire: if let x = questionnaire(node, &c, &d) { return .questionnaire(x) }
        case .theme: if let x = theme(node, &c, &d) { return .theme(x) }
        case .dimension: if let x = dimension(node, &c, &d) { return .dimension(x) }
        case .scenario: if let x = scenario(node, &c, &d) { return .scenario(x) }
        case .tip: if let x = tip(node, &c, &d) { return .tip(x) }
        case .example: if let x = example(node, &c, &d) { return .example(x) }
        case .condition: if let x = namedCondition(node, &c, &d) { return .condition(x) }
        default:
            reportUnexpected(node, in: "op het hoogste niveau; verwacht theme, dimension, scenario, tip, example, condition of questionnaire",
                             allowed: [.theme, .dimension, .scenario, .tip, .example, .condition, .questionnaire], &d)
        }
        return nil
    }

    mutating func theme(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> ThemeDecl? {
        guard let id = c.identifier("een id voor het thema", &d) else { return nil }
        let title = c.string("een titel", &d) ?? TextValue("", span: id.span)
        c.expectEnd(&d)
        var decl = ThemeDecl(id: id, title: title)
        let allowed: [Keyword] = [.order, .opening, .knowledge, .source, .resource]
        var single = SingleFields([.order, .opening, .knowledge, .source], owner: "het thema")
        for child in children(node) {
            var cc = cursor(child)
            let start = cc.peek.map(cc.span)
            let k = leadingKeyword(&cc)
            if single.isRepeat(k, at: start, &d) { continue }
            switch k {
            case .order:
                decl.order = cc.integer("een volgnummer", &d)
                cc.expectEnd(&d)
            case .opening: decl.opening = textField(child, &cc, "de openingsvraag", &d)
            case .knowledge: decl.knowledge = textField(child, &cc, "de kennistekst", &d)
            case .source:
                decl.source = cc.url(&d)
                cc.expectEnd(&d)
            case .resource:
                if let r = resource(&cc, &d) { decl.resources.append(r) }
            default:
                reportUnexpected(child, in: "in een theme", allowed: allowed, &d)
                continue
            }
            if k != .opening && k != .knowledge { noChildren(child, &d) }
        }
        return decl
    }

    mutating func resource(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> Resource? {
        guard let title = c.string("de titel van de bron", &d) else { return nil }
        // Without an address the title names something to look up, such as a book.
        var url: TextValue?
        if c.peek != nil {
            guard let u = c.url(&d) else { return nil }
            url = u
        }
        c.expectEnd(&d)
        return Resource(title: title, url: url)
    }

    /// `condition NAME: EXPR`.
    mutating func namedCondition(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> ConditionDecl? {
        guard let id = c.identifier("een naam voor de voorwaarde", &d) else { return nil }
        guard c.peek?.kind == .colon else {
            d.error(.expectedSyntax, "verwacht `:` na de naam, zoals `condition \(id.name): rol.begeleider = ja`\(c.found)", at: c.here)
            return nil
        }
        c.position += 1
        guard let expr = expression(&c, &d) else { return nil }
        c.expectEnd(&d)
        noChildren(node, &d)
        return ConditionDecl(id: id, expr: expr)
    }

    mutating func dimension(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> DimensionDecl? {
        guard let id = c.identifier("een id voor de dimensie", &d),
              let title = c.string("een titel", &d),
              expect(.in, &c, &d),
              let theme = c.identifier("het id van een thema", &d) else { return nil }
        c.expectEnd(&d)
        noChildren(node, &d)
        return DimensionDecl(id: id, title: title, theme: theme)
    }
}
