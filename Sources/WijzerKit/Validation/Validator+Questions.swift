/// Checks questions: kinds, options, ranges, effects and the conditions over earlier answers.
extension Validator {
    mutating func resolveQuestions(_ model: inout Questionnaire, _ d: inout DiagnosticEngine) {
        var seenInScenario: [String: Span] = [:]
        for index in model.questions.indices {
            let q = model.questions[index]
            if let first = seenInScenario[q.id] {
                d.error("vraag `\(q.decl.id.name)` bestaat al in scenario `\(q.scenario)` (eerder op \(d.place(first)))", at: q.decl.id.span)
            } else {
                seenInScenario[q.id] = q.decl.id.span
            }
            checkShape(q, model, &d)
            var decl = q.decl
            if var e = decl.showIf {
                resolve(&e, in: q, position: index, allowCurrent: false, model, &d)
                decl.showIf = e
            }
            for r in decl.rules.indices {
                resolve(&decl.rules[r].condition, in: q, position: index, allowCurrent: true, model, &d)
                checkEffects(decl.rules[r].effects, model, &d)
            }
            model.questions[index].decl = decl
        }
        if lint { checkEffectiveness(model, &d) }
    }

    private func checkShape(_ q: ResolvedQuestion, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        let decl = q.decl
        let name = "vraag `\(q.id)`"
        if decl.text.text.isEmpty { d.error("\(name) heeft een vraagtekst nodig", at: decl.id.span) }
        if decl.why == nil { d.error("\(name) mist `why` (waarom we dit vragen)", at: decl.id.span) }
        guard let kind = decl.kind else {
            d.error("\(name) mist de soort antwoord: choice, multiple, likert, number, yesno of reflection", at: decl.id.span)
            return
        }
        switch kind {
        case .choice(let options), .multiple(let options):
            if options.isEmpty { d.error("\(name) heeft geen opties; zet ze ingesprongen onder `\(kind.name == "keuzevraag" ? "choice" : "multiple")`", at: decl.kindSpan) }
            if options.count == 1, case .choice = kind { d.warning("\(name) heeft maar één optie", at: decl.kindSpan) }
            checkOptionKeys(options, model, &d)
        case .yesNo(let options):
            for o in options where o.key.name != "ja" && o.key.name != "nee" {
                d.error("een ja/nee-vraag heeft alleen de opties `ja` en `nee`, niet `\(o.key.name)`\(Suggestions.hint(for: o.key.name, in: ["ja", "nee"]))", at: o.key.span)
            }
            checkOptionKeys(options, model, &d)
        case .likert(let low, let high, let labels):
            if low >= high {
                d.error("\(name): bereik \(low)..\(high) is \(low == high ? "leeg" : "omgekeerd"); schrijf het laagste getal eerst, zoals 1..5", at: decl.kindSpan)
            } else if high - low > 20 {
                d.error("\(name): een schaal heeft hoogstens 21 punten, niet \(high - low + 1)", at: decl.kindSpan)
            } else if labels.count != high - low + 1 {
                d.error("\(name): schaal \(low)..\(high) heeft \(high - low + 1) labels nodig, er staan er \(labels.count)", at: decl.kindSpan)
            }
        case .number(let low, let high, _):
            if low >= high {
                d.error("\(name): bereik \(low)..\(high) is \(low == high ? "leeg" : "omgekeerd"); schrijf het laagste getal eerst, zoals 0..50", at: decl.kindSpan)
            }
        case .reflection:
            if !decl.scales.isEmpty || !decl.rules.isEmpty {
                d.error("\(name) is een reflectievraag: die geeft geen score of tips", at: decl.kindSpan)
            }
        }
        for scale in decl.scales {
            switch kind {
            case .likert, .number: break
            default: d.error("`score \(scale.dimension.name) scale` kan alleen bij likert- en getalvragen", at: scale.dimension.span)
            }
            checkDimension(scale.dimension, model, &d)
        }
        for o in kind.options { checkEffects(o.effects, model, &d) }
    }

    private func checkOptionKeys(_ options: [AnswerOption], _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        var seen: Set<String> = []
        for o in options {
            if !seen.insert(o.key.name).inserted { d.error("optie `\(o.key.name)` staat er twee keer", at: o.key.span) }
            if o.key.name == "nvt" || o.key.name == "skip" {
                d.error("`\(o.key.name)` is gereserveerd; gebruik `not-applicable \"...\"` voor een n.v.t.-antwoord", at: o.key.span)
            }
            if let label = o.label, label.text.isEmpty { d.error("optie `\(o.key.name)` heeft een lege tekst", at: label.span) }
        }
    }

    func checkDimension(_ id: Identifier, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        if model.dimensionIndex[id.name] == nil {
            d.error("onbekende dimensie `\(id.name)`\(Suggestions.hint(for: id.name, in: model.dimensionIndex.keys))", at: id.span)
        }
    }

    func checkEffects(_ effects: [Effect], _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for e in effects {
            switch e {
            case .score(let dim, _): checkDimension(dim, model, &d)
            case .tip(let id, let weight):
                if model.tipIndex[id.name] == nil {
                    d.error("onbekende tip `\(id.name)`\(Suggestions.hint(for: id.name, in: model.tipIndex.keys))", at: id.span)
                }
                if weight < 1 || weight > 100 { d.error("een gewicht ligt tussen 1 en 100, niet \(weight)", at: id.span) }
            case .strength(let s):
                if s.text.isEmpty { d.error("een sterkte heeft een beschrijving nodig", at: s.span) }
            }
        }
    }

    /// Warns about questions whose answers change nothing: no effect and no condition uses them.
    private func checkEffectiveness(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        var referenced: Set<String> = []
        for q in model.questions {
            q.decl.showIf?.forEachRef { if let r = $0.resolved, r != q.id { referenced.insert(r) } }
            for rule in q.decl.rules { rule.condition.forEachRef { if let r = $0.resolved, r != q.id { referenced.insert(r) } } }
        }
        for q in model.questions {
            guard let kind = q.kind, kind != .reflection else { continue }
            let hasEffect = !q.decl.scales.isEmpty || !q.decl.rules.isEmpty || kind.options.contains { !$0.effects.isEmpty }
            if !hasEffect && !referenced.contains(q.id) {
                d.warning("de antwoorden op vraag `\(q.id)` hebben geen effect: geen score, tip of sterkte, en geen voorwaarde gebruikt ze", at: q.decl.id.span)
            }
        }
    }
}
