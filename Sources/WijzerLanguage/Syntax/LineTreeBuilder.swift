/// Builds the line tree of a file: indentation decides structure.
struct LineTreeBuilder {
    /// Deeper nesting than this is reported and flattened, so no input can exhaust the stack.
    static let maxDepth = 32

    let file: SourceFile
    let source: SourceText
    let fileIndex: Int
    /// Whether to keep what the formatter needs: every line's role and tokens (including a
    /// trailing comment). Checking does without.
    let keepLayout: Bool
    var tree = LineTree()
    var roles: [LineRole] = []
    var lineTokens: [[Token]] = []

    init(file: SourceFile, source: SourceText, fileIndex: Int, keepLayout: Bool) {
        self.file = file
        self.source = source
        self.fileIndex = fileIndex
        self.keepLayout = keepLayout
    }

    /// A line whose children are still being read.
    private struct Open {
        var node: Int32
        var indent: Int32
        /// The indentation of its first child; the others must match it (-1: none yet).
        var childIndent: Int32
    }

    mutating func build(diagnostics: inout DiagnosticEngine) {
        let lineCount = file.lineCount
        if keepLayout {
            roles = [LineRole](repeating: .blank, count: lineCount)
            lineTokens = [[Token]](repeating: [], count: lineCount)
        }
        tree.nodes.reserveCapacity(lineCount / 2 + 1)
        tree.tokens.reserveCapacity(file.bytes.count / 8 + 1)
        // The bottom entry stands for the file itself.
        var stack: [Open] = [Open(node: -1, indent: -1, childIndent: -1)]
        var pendingComments: [Int] = []
        var reportedDepth = false
        var problems: [Lexer.Problem] = []
        // Lookalike characters (pasted from a word processor) are reported once per file, at
        // the first, with one fix for all of them: each one would otherwise be its own error.
        var lookalikes: [Lexer.Problem] = []
        // The file's indentation step: the first indented line's indentation.
        var step = 0
        // A line a text block ended at, read at the indentation of the block's keyword.
        var forced: (line: Int, indent: Int)?

        // Locals, and static helpers below: calling a non-mutating method on `self` in the
        // loop made Swift copy the whole builder for every line.
        let file = self.file
        let fileIndex = self.fileIndex
        let keepLayout = self.keepLayout
        let buf = file.bytes
        var index = 0
        while index < lineCount {
            let range = file.lineRange(index)
            var (indent, contentStart) = TextDecoding.measureIndent(buf, range.lowerBound, range.upperBound)
            if contentStart == range.upperBound {
                index += 1
                continue
            }
            if let f = forced, f.line == index {
                indent = f.indent
                forced = nil
            }
            if step == 0 && indent > 0 { step = indent }
            if buf[range.lowerBound..<contentStart].contains(0x09) {
                diagnostics.warning(
                    .tabIndent, "tab in de inspringing; gebruik spaties (`wijzer fmt` zet dit recht)",
                    at: Span(file: fileIndex, start: range.lowerBound, end: contentStart),
                    fixIts: [FixIt("vervang de inspringing door \(indent) spaties", edits: [
                        FixIt.Edit(Span(file: fileIndex, start: range.lowerBound, end: contentStart), String(repeating: " ", count: indent)),
                    ])])
            }
            var k = range.lowerBound
            while k < contentStart {
                if buf[k] == 0xC2 {
                    lookalikes.append(Lexer.Problem(
                        message: Lookalike.message(name: "U+00A0 (vaste spatie) in de inspringing", replacement: " "),
                        start: k, end: k + 2, id: .lookalikeCharacter, replacement: " "))
                    k += 2
                } else {
                    k += 1
                }
            }
            if buf[contentStart] == UInt8(ascii: "#") {
                pendingComments.append(index)
                index += 1
                continue
            }
            let tokenStart = tree.tokens.count
            Lexer.tokenize(buf, contentStart..<range.upperBound, into: &tree.tokens, problems: &problems)
            for p in problems {
                if p.id == .lookalikeCharacter { lookalikes.append(p); continue }
                diagnostics.error(p.id, p.message, at: Span(file: fileIndex, start: p.start, end: p.end),
                                  fixIts: p.replacement.map { [FixIt("schrijf `\($0)`", edits: [FixIt.Edit(Span(file: fileIndex, start: p.start, end: p.end), $0)])] } ?? [])
            }
            problems.removeAll(keepingCapacity: true)
            if keepLayout { lineTokens[index] = Array(tree.tokens[tokenStart...]) }
            // A trailing comment is layout, not content.
            if tree.tokens.count > tokenStart && tree.tokens[tree.tokens.count - 1].kind == .comment {
                tree.tokens.removeLast()
            }

            while stack.count > 1 && Int(stack[stack.count - 1].indent) >= indent {
                close(&stack)
            }
            let expected = Int(stack[stack.count - 1].childIndent)
            // The indentation this line's children and later siblings are measured against.
            var structural = indent
            let opensBlock = Self.isTextBlockOpener(tokenStart, tree.tokens.count, tree.tokens, buf)
            if expected >= 0 && expected != indent {
                diagnostics.error(
                    .badIndent, "inspringing past niet bij de regels erboven (\(indent) in plaats van \(expected) spaties)",
                    at: Span(file: fileIndex, start: range.lowerBound, end: contentStart),
                    fixIts: [Self.reindent(fileIndex, range.lowerBound, contentStart, to: expected)])
                // Less deep than its siblings, it is still one of them: the next sibling at the
                // right depth must not become its child.
                if indent < expected { structural = expected }
            } else if expected < 0 {
                let parent = Int(stack[stack.count - 1].indent)
                // The first line under a parent, odd against the file's step while the next line
                // is not (7 spaces, then 8 under a line at 6; or 9, then 8): it blames itself,
                // and the next line is its sibling. A deeper next line is the odd line's child
                // unless the odd line is a field that takes no lines below it.
                if parent >= 0, step > 0, indent - parent != step, !opensBlock,
                   let next = Self.nextCodeIndent(file, after: index), next != indent, next - parent == step,
                   next < indent || Self.isLeaf(tree.tokens[tokenStart...], buf) {
                    diagnostics.error(
                        .badIndent, "inspringing past niet bij de regels eronder (\(indent) in plaats van \(next) spaties)",
                        at: Span(file: fileIndex, start: range.lowerBound, end: contentStart),
                        fixIts: [Self.reindent(fileIndex, range.lowerBound, contentStart, to: next)])
                    structural = next
                }
                stack[stack.count - 1].childIndent = Int32(clamping: structural)
            }
            var depth = stack.count - 1
            if depth == 0 && indent > 0 && tree.nodes.isEmpty {
                diagnostics.error(.indentedDeclaration, "een declaratie begint aan het begin van de regel, zonder inspringing",
                                  at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
            }
            if depth >= Self.maxDepth {
                if !reportedDepth {
                    diagnostics.error(.tooDeepIndent, "te diep ingesprongen (meer dan \(Self.maxDepth) niveaus)",
                                      at: Span(file: fileIndex, start: range.lowerBound, end: contentStart))
                    reportedDepth = true
                }
                depth = Self.maxDepth
            }
            if keepLayout {
                for c in pendingComments { roles[c] = .comment(depth: depth) }
                roles[index] = .code(depth: depth)
            }
            pendingComments.removeAll()
            let me = Int32(tree.nodes.count)
            var node = LineNode(line: Int32(index), indent: Int32(clamping: indent),
                                tokenStart: Int32(tokenStart), tokenEnd: Int32(tree.tokens.count),
                                childStart: me + 1, subtreeEnd: me + 1, textBlock: -1)
            index += 1
            if opensBlock {
                index = captureTextBlock(buf, after: index, parentIndent: structural, depth: depth + 1, into: &node)
                if let (line, k) = Self.fieldAfterText(file, from: index, parentIndent: structural) {
                    let r = file.lineRange(line)
                    let start = TextDecoding.measureIndent(buf, r.lowerBound, r.upperBound).1
                    diagnostics.error(
                        .fieldInText, "`\(k.rawValue)` staat zo diep ingesprongen dat het bij de tekst erboven zou horen; als het een veld is, spring het dan \(structural) spaties in",
                        at: Span(file: fileIndex, start: r.lowerBound, end: start),
                        fixIts: [Self.reindent(fileIndex, r.lowerBound, start, to: structural)])
                    forced = (line, structural)
                }
            }
            tree.nodes.append(node)
            // Lines nested deeper than the limit become leaves of the deepest open line.
            if depth < Self.maxDepth {
                stack.append(Open(node: me, indent: Int32(clamping: structural), childIndent: -1))
            }
        }
        if keepLayout { for c in pendingComments { roles[c] = .comment(depth: 0) } }
        while stack.count > 1 { close(&stack) }
        if let first = lookalikes.first {
            let more = lookalikes.count - 1
            diagnostics.error(
                .lookalikeCharacter, first.message + (more > 0 ? "; nog \(more) keer in dit bestand" : ""),
                at: Span(file: fileIndex, start: first.start, end: first.end),
                fixIts: [FixIt(Lookalike.fix(first.replacement ?? "", count: lookalikes.count),
                               edits: lookalikes.map { FixIt.Edit(Span(file: fileIndex, start: $0.start, end: $0.end), $0.replacement ?? "") })])
        }
    }

    private mutating func close(_ stack: inout [Open]) {
        let done = stack.removeLast()
        tree.nodes[Int(done.node)].subtreeEnd = Int32(tree.nodes.count)
    }

    private static func isTextBlockOpener(_ start: Int, _ end: Int, _ tokens: [Token], _ buf: [UInt8]) -> Bool {
        guard end - start == 1 else { return false }
        let t = tokens[start]
        guard t.kind == .identifier else { return false }
        return Keyword.match(buf, t.range)?.opensTextBlock ?? false
    }

    /// Takes the lines indented deeper than `parentIndent` as raw text (decoded on use).
    private mutating func captureTextBlock(
        _ buf: [UInt8], after start: Int, parentIndent: Int, depth: Int, into node: inout LineNode
    ) -> Int {
        var index = start
        var lastNonBlank = -1
        var lastEnd = 0
        var minIndent = Int.max
        while index < file.lineCount {
            let range = file.lineRange(index)
            let (indent, contentStart) = TextDecoding.measureIndent(buf, range.lowerBound, range.upperBound)
            var end = range.upperBound
            while end > contentStart && (buf[end - 1] == 0x20 || buf[end - 1] == 0x09) { end -= 1 }
            if contentStart < end {
                if indent <= parentIndent { break }
                // A field written too deep ends the text (after its first line: a text may
                // begin with any words); `build` reports it.
                if lastNonBlank >= 0 && Self.fieldInText(buf, contentStart..<end) != nil { break }
                lastNonBlank = index
                lastEnd = end
                minIndent = min(minIndent, indent)
            }
            index += 1
        }
        guard lastNonBlank >= 0 else { return start }
        if keepLayout {
            for line in start...lastNonBlank {
                let range = file.lineRange(line)
                let (indent, contentStart) = TextDecoding.measureIndent(buf, range.lowerBound, range.upperBound)
                let blank = !buf[contentStart..<range.upperBound].contains { $0 != 0x20 && $0 != 0x09 }
                roles[line] = blank ? .textBlank : .text(depth: depth, extra: indent - minIndent)
            }
        }
        let span = Span(file: fileIndex, start: file.lineStart(start), end: lastEnd)
        node.textBlock = Int32(tree.textBlocks.count)
        tree.textBlocks.append(TextValue(blockIn: source, span: span, indent: minIndent))
        return lastNonBlank + 1
    }
}
