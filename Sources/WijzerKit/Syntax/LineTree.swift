/// A statement line and the lines indented below it: the layout skeleton of a file.
struct LineNode: Sendable {
    var line: Int
    var indent: Int
    var tokens: [Token]
    var children: [LineNode] = []
    /// The text block below a text-block keyword, if this line opens one.
    var textBlock: TextValue?
}

/// What each line of a file is, for the formatter.
enum LineRole: Sendable, Equatable {
    case blank
    /// A comment line; `depth` is that of the statement it precedes.
    case comment(depth: Int)
    case code(depth: Int)
    /// A line of a text block: `depth` is the block's canonical depth, `extra` the columns of
    /// indentation beyond the block's own, kept as written.
    case text(depth: Int, extra: Int)
    case textBlank
}

/// Builds the line tree of a file: indentation decides structure.
struct LineTreeBuilder {
    /// Deeper nesting than this is reported and flattened, so no input can exhaust the stack.
    static let maxDepth = 32

    let file: SourceFile
    let fileIndex: Int
    /// Whether to keep every line's tokens for the formatter (checking does not need them).
    var keepTokens = true
    var roots: [LineNode] = []
    var roles: [LineRole] = []
    var tokens: [[Token]] = []

    init(file: SourceFile, fileIndex: Int) {
        self.file = file
        self.fileIndex = fileIndex
    }

    private struct Open {
        var node: LineNode
        var childIndent: Int?
    }

    mutating func build(diagnostics: inout DiagnosticEngine) {
        let lineCount = file.lineCount
        roles = [LineRole](repeating: .blank, count: lineCount)
        tokens = [[Token]](repeating: [], count: keepTokens ? lineCount : 0)
        var stack: [Open] = [Open(node: LineNode(line: -1, indent: -1, tokens: []))]
        var pendingComments: [Int] = []
        var reportedDepth = false
        var problems: [Lexer.Problem] = []

        file.bytes.withUnsafeBufferPointer { buf in
            var index = 0
            while index < lineCount {
                let range = file.lineRange(index)
                let (indent, contentStart, hadTab) = measureIndent(buf, range)
                if contentStart == range.upperBound {
                    roles[index] = .blank
                    index += 1
                    continue
                }
                if hadTab {
                    diagnostics.warning(
                        "tab in de inspringing; gebruik spaties (`wijzer fmt` zet dit recht)",
                        at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
                }
                if buf[contentStart] == UInt8(ascii: "#") {
                    pendingComments.append(index)
                    index += 1
                    continue
                }
                let lineTokens = Lexer.tokenize(buf, contentStart..<range.upperBound, problems: &problems)
                for p in problems { diagnostics.error(p.message, at: Span(file: fileIndex, start: p.start, end: p.end)) }
                problems.removeAll(keepingCapacity: true)

                while stack.count > 1 && stack[stack.count - 1].node.indent >= indent {
                    close(&stack)
                }
                if let expected = stack[stack.count - 1].childIndent, expected != indent {
                    diagnostics.error(
                        "inspringing past niet bij de regels erboven (\(indent) in plaats van \(expected) spaties)",
                        at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
                } else if stack[stack.count - 1].childIndent == nil {
                    stack[stack.count - 1].childIndent = indent
                }
                var depth = stack.count - 1
                if depth == 0 && indent > 0 && roots.isEmpty && stack[0].node.children.isEmpty {
                    diagnostics.error("een declaratie begint aan het begin van de regel, zonder inspringing",
                                      at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
                }
                if depth >= Self.maxDepth {
                    if !reportedDepth {
                        diagnostics.error("te diep ingesprongen (meer dan \(Self.maxDepth) niveaus)",
                                          at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
                        reportedDepth = true
                    }
                    depth = Self.maxDepth
                }
                for c in pendingComments { roles[c] = .comment(depth: depth) }
                pendingComments.removeAll()
                roles[index] = .code(depth: depth)
                if keepTokens { tokens[index] = lineTokens }
                var node = LineNode(line: index, indent: indent, tokens: lineTokens)

                index += 1
                if isTextBlockOpener(lineTokens, buf) {
                    index = captureTextBlock(buf, after: index, parentIndent: indent, depth: depth + 1, into: &node)
                }
                if depth >= Self.maxDepth {
                    stack[stack.count - 1].node.children.append(node)
                } else {
                    stack.append(Open(node: node))
                }
            }
        }
        for c in pendingComments { roles[c] = .comment(depth: 0) }
        while stack.count > 1 { close(&stack) }
        roots = stack[0].node.children
    }

    private func close(_ stack: inout [Open]) {
        let done = stack.removeLast().node
        stack[stack.count - 1].node.children.append(done)
    }

    /// Columns of indentation (a tab goes to the next multiple of four) and where content starts.
    private func measureIndent(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int, Int, Bool) {
        var column = 0
        var i = range.lowerBound
        var tab = false
        while i < range.upperBound {
            let b = buf[i]
            if b == 0x20 { column += 1 } else if b == 0x09 { column = (column / 4 + 1) * 4; tab = true } else { break }
            i += 1
        }
        return (column, i, tab)
    }

    private func isTextBlockOpener(_ tokens: [Token], _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let meaningful = tokens.last?.kind == .comment ? tokens.dropLast() : tokens[...]
        guard meaningful.count == 1, let t = meaningful.first, t.kind == .identifier else { return false }
        return Keyword.match(file.bytes, t.range)?.opensTextBlock ?? false
    }

    /// Takes the lines indented deeper than `parentIndent` as raw text.
    private mutating func captureTextBlock(
        _ buf: UnsafeBufferPointer<UInt8>, after start: Int, parentIndent: Int, depth: Int, into node: inout LineNode
    ) -> Int {
        var index = start
        var lines: [(line: Int, indent: Int, content: Range<Int>)] = []
        var lastNonBlank = -1
        while index < file.lineCount {
            let range = file.lineRange(index)
            let (indent, contentStart, _) = measureIndent(buf, range)
            var end = range.upperBound
            while end > contentStart && (buf[end - 1] == 0x20 || buf[end - 1] == 0x09) { end -= 1 }
            if contentStart == end {
                lines.append((index, 0, contentStart..<contentStart))
                index += 1
                continue
            }
            if indent <= parentIndent { break }
            lines.append((index, indent, contentStart..<end))
            lastNonBlank = lines.count - 1
            index += 1
        }
        guard lastNonBlank >= 0 else { return start }
        lines.removeLast(lines.count - lastNonBlank - 1)
        let minIndent = lines.filter { !$0.content.isEmpty }.map(\.indent).min() ?? 0
        var text = ""
        var first = true
        for l in lines {
            if l.content.isEmpty {
                roles[l.line] = .textBlank
                if !first { text += "\n" }
                continue
            }
            roles[l.line] = .text(depth: depth, extra: l.indent - minIndent)
            if !first { text += "\n" }
            first = false
            if l.indent > minIndent { text += String(repeating: " ", count: l.indent - minIndent) }
            text += String(decoding: UnsafeBufferPointer(rebasing: buf[l.content]), as: UTF8.self)
        }
        // Leading blank lines are not part of the text.
        while text.hasPrefix("\n") { text.removeFirst() }
        let span = Span(file: fileIndex, start: file.lineStarts[lines[0].line], end: lines[lines.count - 1].content.upperBound)
        node.textBlock = TextValue(text, span: span)
        return lines[lines.count - 1].line + 1
    }
}
