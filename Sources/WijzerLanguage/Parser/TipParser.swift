/// Parses `tip` declarations.
extension Parser {
    mutating func tip(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> TipDecl? {
        guard let id = c.identifier("een id voor de tip", &d) else { return nil }
        let title = c.string("een titel", &d) ?? TextValue("", span: id.span)
        c.expectEnd(&d)
        var tip = TipDecl(id: id, title: title)
        let allowed: [Keyword] = [.theme, .timeframe, .text, .steps, .notice, .source, .resource, .after, .when]
        var single = SingleFields([.theme, .timeframe, .text, .steps, .notice, .source], owner: "de tip")
        for child in children(node) {
            var cc = cursor(child)
            let start = cc.peek.map(cc.span)
            let k = leadingKeyword(&cc)
            if single.isRepeat(k, at: start, &d) { continue }
            switch k {
            case .theme:
                tip.theme = cc.identifier("het id van een thema", &d)
                cc.expectEnd(&d)
            case .timeframe where cc.peek?.kind == .string:
                tip.customTimeframe = cc.string("", &d)
                tip.timeframeSpan = tip.customTimeframe?.span ?? cc.here
                cc.expectEnd(&d)
            case .timeframe:
                let at = cc.here
                if let word = cc.identifier("deze-week, deze-maand of dit-schooljaar", &d) {
                    if let tf = Timeframe(rawValue: word.name) {
                        tip.timeframe = tf
                        tip.timeframeSpan = word.span
                    } else {
                        tip.timeframeSpan = word.span
                        let hint = Suggestions.hint(for: word.name, in: Timeframe.allCases.map(\.rawValue))
                        d.error(.unknownTimeframe, "onbekende termijn `\(word.name)`: kies deze-week, deze-maand of dit-schooljaar\(hint)", at: at,
                                fixIts: Suggestions.fixIts(replacing: word.name, at: word.span, in: Timeframe.allCases.map(\.rawValue)))
                    }
                }
                cc.expectEnd(&d)
            case .text: tip.text = textField(child, &cc, "de tekst van de tip", &d)
            case .steps:
                tip.steps = steps(child, &cc, &d)
            case .notice:
                tip.notice = cc.string("hoe je merkt dat het werkt", &d)
                cc.expectEnd(&d)
            case .source:
                tip.source = cc.url(&d)
                cc.expectEnd(&d)
            case .resource:
                if let r = resource(&cc, &d) { tip.resources.append(r) }
            case .when:
                if let condition = expression(&cc, &d) {
                    var weight = 1
                    if accept(.weight, &cc) { weight = cc.integer("een gewicht", &d) ?? 1 }
                    tip.triggers.append(ScoreTrigger(condition: condition, weight: weight))
                }
                cc.expectEnd(&d)
            case .after:
                while let id = cc.identifier("het id van een tip", &d) {
                    tip.after.append(id)
                    guard cc.peek?.kind == .comma else { break }
                    cc.position += 1
                }
                cc.expectEnd(&d)
            default:
                reportUnexpected(child, in: "in een tip", allowed: allowed, &d)
                continue
            }
            if k != .text && k != .steps { noChildren(child, &d) }
        }
        return tip
    }

    /// The `- ` lines of a `steps` block; deeper lines continue the step above them.
    private func steps(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> [TextValue] {
        guard let block = textBlock(node), let (source, indent) = block.blockSource else {
            d.error(.expectedSyntax, "verwacht onder `steps` ingesprongen stappen die met `- ` beginnen", at: c.here)
            return []
        }
        afterTextBlock(node, &d)
        var steps: [(start: Int, end: Int, empty: Bool)] = []
        var failed = false
        // Straight from the file's bytes, and decoded only when read: this runs for every tip.
        TextDecoding.forEachLine(source.bytes, block.span.start, block.span.end) { column, line, offset in
            guard !failed, !line.isEmpty else { return }
            // `line` is a slice of the file: its indices are file offsets.
            let first = line.startIndex
            if column == indent && line[first] == UInt8(ascii: "-") && (line.count == 1 || line[first + 1] == UInt8(ascii: " ")) {
                var from = 1
                while from < line.count && line[first + from] == UInt8(ascii: " ") { from += 1 }
                steps.append((offset, offset + line.count, from == line.count))
            } else if !steps.isEmpty {
                // Any other line (deeper, or not starting with `- `) continues the step above it.
                steps[steps.count - 1].end = offset + line.count
                steps[steps.count - 1].empty = false
            } else {
                d.error(.badStep, "een stap begint met `- `", at: block.span)
                failed = true
            }
        }
        if !failed && steps.contains(where: \.empty) {
            d.error(.emptyText, "een stap mag niet leeg zijn", at: block.span)
        }
        return steps.map { TextValue(stepIn: source, start: $0.start, end: $0.end, span: block.span) }
    }
}
