/// Parses conditions: `or` of `and` of `not`, parentheses and tests on answers.
extension Parser {
    /// Deeper nesting than this is reported instead of parsed, so no input can exhaust the stack.
    static let maxExpressionDepth = 64

    mutating func expression(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> Expr? {
        var depth = 0
        if c.atEnd {
            d.error(.expectedSyntax, "verwacht een voorwaarde, zoals `answer < 3`", at: c.here)
            return nil
        }
        return orExpr(&c, &d, &depth)
    }

    private mutating func orExpr(_ c: inout LineCursor, _ d: inout DiagnosticEngine, _ depth: inout Int) -> Expr? {
        // Token positions of `and` groups written without parentheses, for the check below.
        var bareAnds: [Range<Int>] = []
        func term(_ c: inout LineCursor, _ d: inout DiagnosticEngine, _ depth: inout Int) -> Expr? {
            let start = c.position
            var combined = false
            let e = andExpr(&c, &d, &depth, combined: &combined)
            if e != nil && combined { bareAnds.append(start ..< c.position) }
            return e
        }
        guard let first = term(&c, &d, &depth) else { return nil }
        var terms = [first]
        while accept(.or, &c) {
            guard let next = term(&c, &d, &depth) else { return nil }
            terms.append(next)
        }
        if terms.count > 1, let group = bareAnds.first {
            // `a and b or c` reads differently to different people: the language asks for
            // parentheses, as Swift style guides do for mixed operators.
            let from = c.tokenSpan(group.lowerBound), to = c.tokenSpan(group.upperBound - 1)
            let written = String(decoding: c.bytes[from.start ..< to.end], as: UTF8.self)
            d.error(.mixedAndOr, "`and` en `or` door elkaar zonder haakjes; zet haakjes om wat bij elkaar hoort, zoals `(\(written))`",
                    at: Span(file: from.file, start: from.start, end: to.end),
                    fixIts: [FixIt("zet haakjes om `\(written)`", edits: [
                        FixIt.Edit(Span(file: from.file, start: from.start, end: from.start), "("),
                        FixIt.Edit(Span(file: to.file, start: to.end, end: to.end), ")"),
                    ])])
        }
        return terms.count == 1 ? first : .or(terms)
    }

    /// `combined`: whether this level joined terms with `and` itself (not inside parentheses).
    private mutating func andExpr(_ c: inout LineCursor, _ d: inout DiagnosticEngine, _ depth: inout Int, combined: inout Bool) -> Expr? {
        guard let first = notExpr(&c, &d, &depth) else { return nil }
        var terms = [first]
        while accept(.and, &c) {
            guard let next = notExpr(&c, &d, &depth) else { return nil }
            terms.append(next)
        }
        combined = terms.count > 1
        return terms.count == 1 ? first : .and(terms)
    }

    private mutating func notExpr(_ c: inout LineCursor, _ d: inout DiagnosticEngine, _ depth: inout Int) -> Expr? {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxExpressionDepth {
            d.error(.tooDeepCondition, "voorwaarde is te diep genest (meer dan \(Self.maxExpressionDepth) niveaus)", at: c.here)
            c.position = c.count
            return nil
        }
        if accept(.not, &c) {
            return notExpr(&c, &d, &depth).map(Expr.not)
        }
        if c.peek?.kind == .leftParen {
            let open = c.span(c.next()!)
            guard let inner = orExpr(&c, &d, &depth) else { return nil }
            guard c.peek?.kind == .rightParen else {
                d.error(.expectedSyntax, "verwacht `)` bij de `(` op kolom \(c.column(of: open.start))\(c.found)", at: c.here)
                return nil
            }
            c.position += 1
            return inner
        }
        return test(&c, &d)
    }

    private mutating func test(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> Expr? {
        if accept(.score, &c) {
            guard let target = c.identifier("het id van een dimensie of thema na `score`", &d) else { return nil }
            guard let op = c.peek.flatMap({ Self.compareOperator($0.kind) }) else {
                d.error(.expectedSyntax, "verwacht een vergelijking na `score \(target.name)`, zoals `< 40`\(c.found)", at: c.here)
                return nil
            }
            c.position += 1
            guard let value = literal(&c, &d) else { return nil }
            return .score(target, op, value)
        }
        guard let ref = questionRef(&c, &d) else { return nil }
        // A name alone (at the end, or before `and`, `or` or `)`) is a named condition.
        if ref.scenario == nil, !ref.isCurrentAnswer, c.peek.map({ t in
            t.kind == .rightParen || (t.kind == .identifier && [.and, .or].contains(Keyword.match(c.bytes, t.range)))
        }) ?? true {
            return .named(ref.name)
        }
        guard let t = c.peek else {
            d.error(.expectedSyntax, "verwacht een vergelijking na `\(ref.written)`, zoals `= a`, `< 3`, `in [a, b]` of `is answered`", at: c.here)
            return nil
        }
        if let op = Self.compareOperator(t.kind) {
            c.position += 1
            guard let value = literal(&c, &d) else { return nil }
            return .compare(ref, op, value)
        }
        if accept(.in, &c) {
            guard c.peek?.kind == .leftBracket else {
                d.error(.expectedSyntax, "verwacht `[` na `in`, zoals `in [a, b]`\(c.found)", at: c.here)
                return nil
            }
            c.position += 1
            var values: [Literal] = []
            while true {
                guard let v = literal(&c, &d) else { return nil }
                values.append(v)
                if c.peek?.kind == .comma { c.position += 1; continue }
                if c.peek?.kind == .rightBracket { c.position += 1; break }
                d.error(.expectedSyntax, "verwacht `,` of `]` in de lijst\(c.found)", at: c.here)
                return nil
            }
            return .member(ref, values)
        }
        if accept(.has, &c) {
            guard let key = c.identifier("een optie na `has`", &d) else { return nil }
            return .has(ref, key)
        }
        if accept(.is, &c) {
            if accept(.answered, &c) { return .state(ref, .answered) }
            if accept(.skipped, &c) { return .state(ref, .skipped) }
            if accept(.dontKnow, &c) { return .state(ref, .dontKnow) }
            d.error(.expectedSyntax, "verwacht `answered`, `skipped` of `dont-know` na `is`\(c.found)", at: c.here)
            return nil
        }
        d.error(.expectedSyntax, "verwacht een vergelijking na `\(ref.written)`, zoals `= a`, `< 3`, `in [a, b]` of `is answered`\(c.found)", at: c.here)
        return nil
    }

    /// The comparison a token stands for, if any.
    static func compareOperator(_ kind: Token.Kind) -> CompareOperator? {
        switch kind {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }

    /// `answer`, `name` or `scenario.name`.
    mutating func questionRef(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> QuestionRef? {
        guard let first = c.identifier("een vraag (zoals `scenario.vraag` of `answer`)", &d) else { return nil }
        if c.peek?.kind == .dot {
            c.position += 1
            guard let name = c.identifier("de naam van de vraag na `.`", &d) else { return nil }
            return QuestionRef(scenario: first, name: name, isCurrentAnswer: false, span: first.span.through(name.span))
        }
        let isAnswer = Keyword.match(c.bytes, first.span.start..<first.span.end) == .answer
        if isAnswer && recordKeywords { keywords[first.span.start] = .answer }
        let name = isAnswer ? Identifier("answer", span: first.span) : first
        return QuestionRef(scenario: nil, name: name, isCurrentAnswer: isAnswer, span: first.span)
    }

    private func literal(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> Literal? {
        guard let t = c.peek else {
            d.error(.expectedSyntax, "verwacht een waarde: een getal of een optie", at: c.here)
            return nil
        }
        switch t.kind {
        case .number:
            guard let n = c.decimal("een getal", &d) else { return nil }
            return .number(n, c.span(t))
        case .identifier:
            c.position += 1
            return .word(Identifier(c.text(t), span: c.span(t)))
        default:
            d.error(.expectedSyntax, "verwacht een waarde: een getal of een optie\(c.found)", at: c.here)
            return nil
        }
    }
}
