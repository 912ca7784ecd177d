/// The `questionnaire` declaration: the set's id, title, version and what it says about itself.
extension Parser {
    mutating func questionnaire(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> QuestionnaireDecl? {
        guard let id = c.identifier("een id voor de vragenlijst", &d) else { return nil }
        let title = c.string("een titel", &d) ?? TextValue("", span: id.span)
        c.expectEnd(&d)
        var decl = QuestionnaireDecl(id: id, title: title)
        let allowed: [Keyword] = [.version, .publisher, .intro, .minutes, .guide, .notice, .praise, .attribution]
        var single = SingleFields(Set(allowed), owner: "de questionnaire")
        for child in children(node) {
            var cc = cursor(child)
            let start = cc.peek.map(cc.span)
            let k = leadingKeyword(&cc)
            if single.isRepeat(k, at: start, &d) { continue }
            switch k {
            case .version: decl.version = line(child, &cc, "een versie", &d)
            case .publisher: decl.publisher = line(child, &cc, "de naam van de uitgever", &d)
            case .guide: decl.guide = line(child, &cc, "hoe je de bron noemt, zoals \"de handreiking\"", &d)
            case .praise: decl.praise = line(child, &cc, "de zin voor een thema waarin je al veel doet", &d)
            case .intro: decl.intro = textField(child, &cc, "de inleiding", &d)
            case .notice: decl.notice = textField(child, &cc, "hoe je merkt dat een tip werkt", &d)
            case .minutes:
                decl.minutes = minutes(&cc, &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .attribution:
                if let r = resource(&cc, &d) { decl.attribution = r }
                noChildren(child, &d)
            default:
                reportUnexpected(child, in: "in een questionnaire; verwacht \(allowed.map(\.rawValue).joined(separator: ", "))",
                                 allowed: allowed, &d)
            }
        }
        return decl
    }

    /// A field with one string on its line and nothing below.
    private func line(_ node: LineNode, _ c: inout LineCursor, _ what: String, _ d: inout DiagnosticEngine) -> TextValue? {
        let value = c.string(what, &d)
        c.expectEnd(&d)
        noChildren(node, &d)
        return value
    }

    /// `LOW..HIGH` or a single number of minutes.
    private func minutes(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> QuestionnaireDecl.Bounds? {
        let first = c.peek
        guard let low = c.integer("het aantal minuten per thema, zoals `8..15`", &d), let first else { return nil }
        guard c.peek?.kind == .dotDot else { return .init(low: low, high: low, span: c.span(first)) }
        c.position += 1
        guard let last = c.peek, let high = c.integer("het hoogste aantal minuten, zoals `8..15`", &d) else { return nil }
        return .init(low: low, high: high, span: Span(file: fileIndex, start: first.start, end: last.end))
    }
}
