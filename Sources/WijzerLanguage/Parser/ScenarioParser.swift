/// Parses `scenario` declarations and their questions.
extension Parser {
    mutating func scenario(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> ScenarioDecl? {
        guard let id = c.identifier("een id voor het scenario", &d) else { return nil }
        let title = c.string("een titel", &d) ?? TextValue("", span: id.span)
        var theme = Identifier("", span: c.here)
        if expect(.in, &c, &d), let t = c.identifier("het id van een thema", &d) { theme = t }
        c.expectEnd(&d)
        var decl = ScenarioDecl(id: id, title: title, theme: theme)
        var single = SingleFields([.situation, .showIf], owner: "het scenario")
        for child in children(node) {
            var cc = cursor(child)
            let start = cc.peek.map(cc.span)
            let k = leadingKeyword(&cc)
            if single.isRepeat(k, at: start, &d) { continue }
            switch k {
            case .situation: decl.situation = textField(child, &cc, "de beschrijving van de situatie", &d)
            case .showIf:
                decl.showIf = expression(&cc, &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .question: if let q = question(child, &cc, &d) { decl.questions.append(q) }
            default: reportUnexpected(child, in: "in een scenario", allowed: [.situation, .showIf, .question], &d)
            }
        }
        // Reset here, not in a `defer`: with one, the declaration was copied to be returned.
        return decl
    }

    mutating func question(_ node: LineNode, _ c: inout LineCursor, _ d: inout DiagnosticEngine) -> QuestionDecl? {
        guard let id = c.identifier("een id voor de vraag", &d) else { return nil }
        let text = c.string("de vraag", &d) ?? TextValue("", span: id.span)
        c.expectEnd(&d)
        var q = QuestionDecl(id: id, text: text)
        let allowed: [Keyword] = [.why, .showIf, .choice, .multiple, .likert, .number, .yesno, .reflection,
                                  .notApplicable, .dontKnow, .score, .weight, .when]
        var single = SingleFields([.why, .showIf, .notApplicable, .dontKnow, .weight], owner: "de vraag")
        for child in children(node) {
            var cc = cursor(child)
            let start = cc.peek.map(cc.span) ?? cc.here
            let k = leadingKeyword(&cc)
            if single.isRepeat(k, at: start, &d) { continue }
            switch k {
            case .why: q.why = textField(child, &cc, "de uitleg", &d)
            case .showIf:
                q.showIf = expression(&cc, &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .choice, .multiple, .yesno:
                let options = self.options(child, yesNo: k == .yesno, &d)
                var limits = SelectionLimits()
                if k != .yesno { q.shuffle = kindModifiers(&cc, limits: &limits, multiple: k == .multiple, &d) }
                cc.expectEnd(&d)
                setKind(&q, k == .choice ? .choice(options) : k == .multiple ? .multiple(options, limits: limits) : .yesNo(options), start, &d)
            case .likert:
                if let (low, high) = range(&cc, &d) {
                    var labels: [TextValue] = []
                    while let t = cc.peek, t.kind == .string, let s = cc.string("", &d) { labels.append(s); _ = t }
                    cc.expectEnd(&d)
                    setKind(&q, .likert(low: low, high: high, labels: labels), start, &d)
                }
                noChildren(child, &d)
            case .number:
                if let (low, high, decimals) = decimalRange(&cc, &d) {
                    q.highSpan = cc.tokenSpan(cc.position - 1)
                    var step: DecimalNumber?
                    if accept(.step, &cc) {
                        q.stepSpan = cc.peek.map(cc.span) ?? cc.here
                        step = cc.decimal("een stap, zoals `step 0.5`", &d)
                    } else if decimals > 0 {
                        // `0.0..10.0` counts in tenths, as written, though its ends are whole.
                        step = DecimalNumber(significand: 1, decimals: decimals)
                    }
                    var unit: TextValue?
                    if accept(.unit, &cc) { unit = cc.string("de eenheid", &d) }
                    cc.expectEnd(&d)
                    setKind(&q, .number(low: low, high: high, step: step, unit: unit), start, &d)
                }
                noChildren(child, &d)
            case .reflection:
                cc.expectEnd(&d)
                setKind(&q, .reflection, start, &d)
                noChildren(child, &d)
            case .notApplicable:
                q.notApplicable = cc.string("de tekst van het n.v.t.-antwoord", &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .weight:
                q.weightSpan = start
                q.weight = cc.integer("een gewicht, zoals `weight 2`", &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .dontKnow:
                q.dontKnow = cc.string("de tekst van het antwoord ‘weet ik niet’", &d)
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .score:
                if let dim = cc.identifier("het id van een dimensie", &d), expect(.scale, &cc, &d) {
                    let reverse = accept(.reverse, &cc)
                    q.scales.append(ScaleScore(dimension: dim, reverse: reverse))
                }
                cc.expectEnd(&d)
                noChildren(child, &d)
            case .when:
                if let condition = expression(&cc, &d) {
                    cc.expectEnd(&d)
                    let effects = self.effects(children(child), &d)
                    if effects.isEmpty {
                        d.error(.whenWithoutEffects, "`when` heeft ingesprongen gevolgen nodig (score, tip of strength)", at: cc.here)
                    }
                    q.rules.append(Rule(condition: condition, effects: effects, span: start))
                }
            default:
                reportUnexpected(child, in: "in een question", allowed: allowed, &d)
            }
        }
        // Reset here, not in a `defer`: with one, the question was copied to be returned.
        return q
    }

    private func setKind(_ q: inout QuestionDecl, _ kind: QuestionKind, _ span: Span, _ d: inout DiagnosticEngine) {
        if q.kind != nil {
            d.error(.secondKind, "vraag `\(q.id.name)` heeft al een soort antwoord; een vraag heeft er één", at: span)
            return
        }
        q.kind = kind
        q.kindSpan = span
    }

    /// `LOW..HIGH`.
    private func range(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> (Int, Int)? {
        guard let low = c.integer("een bereik zoals `1..5`", &d) else { return nil }
        guard c.peek?.kind == .dotDot else {
            d.error(.expectedSyntax, "verwacht `..` in een bereik zoals `1..5`\(c.found)", at: c.here)
            return nil
        }
        c.position += 1
        guard let high = c.integer("het einde van het bereik", &d) else { return nil }
        return (low, high)
    }

    /// `LOW..HIGH` of a number question, whose ends may have decimals (`0.0..10.0`), and the
    /// most decimals either end is written with.
    private func decimalRange(_ c: inout LineCursor, _ d: inout DiagnosticEngine) -> (DecimalNumber, DecimalNumber, Int)? {
        func written(_ t: Token?) -> Int {
            guard let t else { return 0 }
            let text = c.text(t)
            return text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        }
        let lowToken = c.peek
        guard let low = c.decimal("een bereik zoals `0..50`", &d) else { return nil }
        guard c.peek?.kind == .dotDot else {
            d.error(.expectedSyntax, "verwacht `..` in een bereik zoals `0..50`\(c.found)", at: c.here)
            return nil
        }
        c.position += 1
        let highToken = c.peek
        guard let high = c.decimal("het einde van het bereik", &d) else { return nil }
        return (low, high, max(written(lowToken), written(highToken)))
    }

    private mutating func options(_ node: LineNode, yesNo: Bool, _ d: inout DiagnosticEngine) -> [AnswerOption] {
        var result: [AnswerOption] = []
        for child in children(node) {
            var cc = cursor(child)
            let key: Identifier
            if let number = cc.peek, number.kind == .number {
                // `1 "Nooit"`: kept as the key so that the checker's one finding explains it.
                key = Identifier(cc.text(number), span: cc.span(number))
                cc.position += 1
            } else {
                guard let named = cc.identifier("een optie: een sleutel en een tekst, zoals `a \"Nooit\"`", &d) else { continue }
                key = named
            }
            var label: TextValue?
            if yesNo {
                if cc.peek?.kind == .string { label = cc.string("", &d) }
            } else {
                label = cc.string("de tekst van optie `\(key.name)`", &d)
            }
            let exclusive = accept(.exclusive, &cc)
            cc.expectEnd(&d)
            result.append(AnswerOption(key: key, label: label, effects: effects(children(child), &d), exclusive: exclusive))
        }
        return result
    }

    /// `shuffle` after `choice` or `multiple`, and `min N` and `max N` after `multiple`, in any
    /// order; returns whether `shuffle` was there.
    private mutating func kindModifiers(_ c: inout LineCursor, limits: inout SelectionLimits, multiple: Bool,
                                        _ d: inout DiagnosticEngine) -> Bool {
        var shuffle = false
        while true {
            if accept(.shuffle, &c) { shuffle = true }
            else if multiple, accept(.min, &c) { limits.min = c.integer("een aantal, zoals `min 1`", &d) }
            else if multiple, accept(.max, &c) { limits.max = c.integer("een aantal, zoals `max 3`", &d) }
            else { return shuffle }
        }
    }

    /// Effect lines: `score DIM N`, `tip ID [weight N]`, `strength "..."`.
    mutating func effects(_ nodes: LineChildren, _ d: inout DiagnosticEngine) -> [Effect] {
        var result: [Effect] = []
        for node in nodes {
            var c = cursor(node)
            switch leadingKeyword(&c) {
            case .score:
                if let dim = c.identifier("het id van een dimensie", &d) {
                    if c.peekKeyword() == .scale {
                        d.error(.misplacedScaleScore, "`score \(dim.name) scale` hoort direct onder de vraag, niet onder een optie of `when`", at: c.here)
                    } else if let points = c.integer("een aantal punten, zoals `+2`", &d) {
                        result.append(.score(dimension: dim, points: points))
                    }
                }
            case .tip:
                if let id = c.identifier("het id van een tip", &d) {
                    var weight = 1
                    if accept(.weight, &c) { weight = c.integer("een gewicht", &d) ?? 1 }
                    result.append(.tip(id, weight: weight))
                }
            case .strength:
                if let s = c.string("een beschrijving van wat goed gaat", &d) { result.append(.strength(s)) }
            default:
                reportUnexpected(node, in: "hier; verwacht score, tip of strength", allowed: [.score, .tip, .strength], &d)
                continue
            }
            c.expectEnd(&d)
            noChildren(node, &d)
        }
        return result
    }
}
