/// Parses `example` declarations.
extension Parser {
    mutating func example(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> ExampleDecl? {
        guard let id = c.identifier("een id voor het voorbeeld", &d) else { return nil }
        let title = c.string("een naam", &d) ?? TextValue("", span: id.span)
        c.expectEnd(&d)
        var ex = ExampleDecl(id: id, title: title)
        for child in children(node) {
            var cc = cursor(child)
            switch leadingKeyword(&cc) {
            case .answers:
                if !cc.atEnd { assignments(&cc, into: &ex, &d) }
                for line in children(child) {
                    var lc = cursor(line)
                    assignments(&lc, into: &ex, &d)
                    noChildren(line, &d)
                }
            case .expect:
                expectation(&cc, into: &ex, &d)
                noChildren(child, &d)
            default:
                reportUnexpected(child, in: "in een example", allowed: [.answers, .expect], &d)
            }
        }
        return ex
    }

    /// `q = v, q = v` (a trailing comma is allowed).
    private mutating func assignments(_ c: inout LineCursor, into ex: inout ExampleDecl, _ d: inout DiagnosticEngine) {
        while !c.atEnd {
            guard let ref = questionRef(&c, &d) else { return }
            guard c.peek?.kind == .equal else {
                d.error(.expectedSyntax, "verwacht `=` na `\(ref.written)`\(c.found)", at: c.here)
                return
            }
            c.position += 1
            guard let value = answerLiteral(&c, &d) else { return }
            ex.answers.append(ExampleAnswer(question: ref, value: value))
            if c.peek?.kind == .comma { c.position += 1; continue }
            c.expectEnd(&d)
            return
        }
    }

    private func answerLiteral(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> AnswerLiteral? {
        guard let t = c.peek else {
            d.error(.expectedSyntax, "verwacht een antwoord: een optie, een getal, tekst, `nvt`, `skip` of `[a, b]`", at: c.here)
            return nil
        }
        switch t.kind {
        case .identifier:
            c.position += 1
            let word = c.text(t)
            if word == "nvt" { return .notApplicable(c.span(t)) }
            if Keyword(word: word) == .dontKnow { return .dontKnow(c.span(t)) }
            if word == "skip" { return .skip(c.span(t)) }
            return .word(Identifier(word, span: c.span(t)))
        case .number:
            guard let n = c.decimal("een getal", &d) else { return nil }
            return .number(n, c.span(t))
        case .string:
            return c.string("", &d).map(AnswerLiteral.text)
        case .leftBracket:
            c.position += 1
            var keys: [Identifier] = []
            if c.peek?.kind == .rightBracket {
                c.position += 1
                return .list([], c.span(t))
            }
            while true {
                guard let key = c.identifier("een optie", &d) else { return nil }
                keys.append(key)
                if c.peek?.kind == .comma { c.position += 1; continue }
                if let close = c.peek, close.kind == .rightBracket {
                    c.position += 1
                    return .list(keys, Span(file: c.fileIndex, start: t.start, end: close.end))
                }
                d.error(.expectedSyntax, "verwacht `,` of `]`\(c.found)", at: c.here)
                return nil
            }
        default:
            d.error(.expectedSyntax, "verwacht een antwoord: een optie, een getal, tekst, `nvt`, `skip` of `[a, b]`\(c.found)", at: c.here)
            return nil
        }
    }

    private mutating func expectation(_ c: inout LineCursor, into ex: inout ExampleDecl, _ d: inout DiagnosticEngine) {
        if accept(.score, &c) {
            let start = c.here
            guard let target = c.identifier("het id van een thema of dimensie", &d),
                  expect(.between, &c, &d),
                  let low = c.integer("de ondergrens", &d),
                  expect(.and, &c, &d),
                  let high = c.integer("de bovengrens", &d) else { return }
            c.expectEnd(&d)
            ex.scoreRanges.append(ScoreRange(target: target, low: low, high: high, span: start.through(c.here)))
            return
        }
        let negative = accept(.no, &c)
        guard expect(.tips, &c, &d) else { return }
        var ids: [Identifier] = []
        while let id = c.identifier("het id van een tip", &d) {
            ids.append(id)
            if c.peek?.kind == .comma { c.position += 1 } else { break }
        }
        c.expectEnd(&d)
        if negative { ex.forbiddenTips += ids } else { ex.expectedTips += ids }
    }
}
