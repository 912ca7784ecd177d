/// Checks questions: kinds, options, ranges, effects and the conditions over earlier answers.
extension Validator {
    /// What checking the questions found, besides findings.
    struct QuestionsOutcome: Sendable {
        /// Each question's resolved `show-if` and rules, in question order.
        var conditions: [(showIf: Condition?, rules: [ResolvedRule])] = []
        /// The questions a condition of another question looks at (by index).
        var referenced: [Int] = []
    }

    /// Checks every question and resolves the references in their conditions. The model is
    /// only read here; the caller puts the resolved conditions into it.
    mutating func resolveConditions(_ model: Questionnaire, _ d: inout DiagnosticEngine) -> QuestionsOutcome {
        var outcome = QuestionsOutcome()
        // Duplicate ids are rare: only then is each question's id looked up.
        let hasDuplicates = model.questionIndex.count < model.questions.count
        let questions = model.questions
        var resolver = ConditionResolver(questions: questions, model: model, hasDuplicates: hasDuplicates, names: names)
        resolver.named = namedConditions
        // A scenario's `show-if`, resolved once at its first question and added to each of its
        // questions' own.
        var scenarioConditions: [String: Condition?] = [:]
        let scenarioShowIf = Dictionary(model.scenarios.compactMap { s in s.showIf.map { (s.id.name, $0) } }) { first, _ in first }
        for index in questions.indices {
            if hasDuplicates, let first = model.questionIndex[questions[index].id], first != index {
                let earlier = d.place(questions[first].decl.id.span)
                d.error(.duplicateQuestion, "vraag `\(questions[index].decl.id.name)` bestaat al in scenario `\(questions[index].scenario)` (eerder op \(earlier))",
                        at: questions[index].decl.id.span, notes: .earlier(questions[first].decl.id.span))
            }
            checkShape(questions[index], model, &d)
            let scenario = questions[index].scenario
            if scenarioConditions[scenario] == nil {
                scenarioConditions[scenario] = .some(scenarioShowIf[scenario].map { resolver.resolve($0, position: index, allowCurrent: false, &d) })
            }
            let own = questions[index].decl.showIf.map { resolver.resolve($0, position: index, allowCurrent: false, &d) }
            let showIf = Condition.all([scenarioConditions[scenario] ?? nil, own].compactMap { $0 })
            var rules: [ResolvedRule] = []
            for rule in questions[index].decl.rules {
                let condition = resolver.resolve(rule.condition, position: index, allowCurrent: true, &d)
                rules.append(ResolvedRule(condition: condition, effects: rule.effects, span: rule.span))
                checkEffects(rule.effects, theme: questions[index].theme, model, &d)
            }
            outcome.conditions.append((showIf, rules))
        }
        outcome.referenced = resolver.referenced
        // Keeps the name tables the resolver made for the checks that follow (the tables only
        // save time: which copy made one changes no finding).
        names = resolver.names
        return outcome
    }

    private mutating func checkShape(_ q: ResolvedQuestion, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        if q.decl.text.isEmpty { d.error(.emptyText, "vraag `\(q.id)` heeft een vraagtekst nodig", at: q.decl.id.span) }
        if q.decl.why == nil { d.error(.missingField, "vraag `\(q.id)` mist `why` (waarom we dit vragen)", at: q.decl.id.span) }
        guard let kind = q.decl.kind else {
            d.error(.missingKind, "vraag `\(q.id)` mist de soort antwoord: choice, multiple, likert, number, yesno of reflection", at: q.decl.id.span)
            return
        }
        switch kind {
        case .choice(let options), .multiple(let options, _):
            if options.isEmpty { d.error(.noOptions, "vraag `\(q.id)` heeft geen opties; zet ze ingesprongen onder `\(kind.name == "keuzevraag" ? "choice" : "multiple")`", at: q.decl.kindSpan) }
            if options.count == 1, case .choice = kind { d.warning(.singleOption, "vraag `\(q.id)` heeft maar één optie", at: q.decl.kindSpan) }
            checkOptionKeys(options, model, &d)
        case .yesNo(let options):
            for o in options where o.key.name != "ja" && o.key.name != "nee" {
                d.error(.badYesNoOption, "een ja/nee-vraag heeft alleen de opties `ja` en `nee`, niet `\(o.key.name)`\(Suggestions.hint(for: o.key.name, in: ["ja", "nee"]))", at: o.key.span, fixIts: Suggestions.fixIts(replacing: o.key.name, at: o.key.span, in: ["ja", "nee"]))
            }
            checkOptionKeys(options, model, &d)
        case .likert(let low, let high, let labels):
            if low >= high {
                d.error(.badRange, low == high
                        ? "vraag `\(q.id)`: bereik \(low)..\(high) heeft maar één punt; een schaal loopt van laag naar hoog, zoals 1..5"
                        : "vraag `\(q.id)`: bereik \(low)..\(high) is omgekeerd; schrijf het laagste getal eerst, zoals \(high)..\(low)", at: q.decl.kindSpan)
            } else if high - low > 20 {
                d.error(.scaleTooLarge, "vraag `\(q.id)`: een schaal heeft hoogstens 21 punten, niet \(high - low + 1)", at: q.decl.kindSpan)
            } else if labels.count != high - low + 1 && labels.count != 2 {
                d.error(.labelCount, "vraag `\(q.id)`: schaal \(low)..\(high) heeft \(high - low + 1) labels nodig (of 2, voor alleen de uiteinden), er staan er \(labels.count)", at: q.decl.kindSpan)
            }
        case .number(let low, let high, let step, _):
            if low >= high {
                d.error(.badRange, low == high
                        ? "vraag `\(q.id)`: bereik \(low)..\(high) heeft maar één getal; geef het laagste en het hoogste, zoals 0..50"
                        : "vraag `\(q.id)`: bereik \(low)..\(high) is omgekeerd; schrijf het laagste getal eerst, zoals \(high)..\(low)", at: q.decl.kindSpan)
            } else if let step, step <= 0 {
                d.error(.badNumberStep, "vraag `\(q.id)`: een stap is groter dan 0, zoals `step 0.5`, niet \(step)", at: q.decl.stepSpan)
            } else if let grid = kind.grid, !grid.isOnGrid(high) {
                checkGridEnd(q, grid, &d)
            } else if let grid = kind.grid, grid.step != 1, grid.width > NumberKind.maximumSteps {
                // Whole numbers in steps of 1 keep the ranges they always had.
                d.error(.numberGridTooFine, "vraag `\(q.id)`: \(low)..\(high) in stappen van \(grid.step) zijn \(grid.width) stappen; met een stap zijn het er hoogstens \(NumberKind.maximumSteps): kies een grotere stap",
                        at: q.decl.stepSpan == .none ? q.decl.kindSpan : q.decl.stepSpan)
            }
        case .reflection:
            if !q.decl.scales.isEmpty || !q.decl.rules.isEmpty {
                d.error(.reflectionEffect, "vraag `\(q.id)` is een reflectievraag: die geeft geen score of tips", at: q.decl.kindSpan)
            }
            if let dontKnow = q.decl.dontKnow {
                d.error(.noDontKnow, "vraag `\(q.id)` is een reflectievraag: wie het niet weet, slaat haar over", at: dontKnow.span)
            }
            if let nvt = q.decl.notApplicable {
                d.error(.notApplicableOnReflection, "vraag `\(q.id)` is een reflectievraag: wie niets wil schrijven, slaat haar over; een n.v.t.-antwoord hoort er niet bij",
                        at: nvt.span)
            }
        }
        for scale in q.decl.scales {
            switch kind {
            case .likert, .number: break
            default: d.error(.scaleScoreKind, "`score \(scale.dimension.name) scale` kan alleen bij likert- en getalvragen", at: scale.dimension.span)
            }
            checkDimension(scale.dimension, theme: q.theme, model, &d)
        }
        for o in kind.options { checkEffects(o.effects, theme: q.theme, model, &d) }
        checkSelections(q, kind, &d)
        checkQuestionWeight(q, &d)
    }

    /// A range whose high end lies between two steps: the answers stop a step below it.
    private func checkGridEnd(_ q: ResolvedQuestion, _ grid: NumberGrid, _ d: inout DiagnosticEngine) {
        let below = grid.point(grid.width)
        let steps = "stappen van \(grid.step) vanaf \(grid.low)"
        let fix = below > grid.low ? [FixIt("schrijf `\(below)`", edits: [FixIt.Edit(q.decl.highSpan, below.description)])] : []
        d.error(.offGridRange, "vraag `\(q.id)`: \(grid.high) ligt niet op de \(steps); laat het bereik eindigen op \(below) of \(below + grid.step)",
                at: q.decl.highSpan, fixIts: fix)
    }

    private func checkOptionKeys(_ options: [AnswerOption], _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for i in options.indices {
            let key = options[i].key
            // A question has a handful of options: comparing pairs beats building a set.
            if options[..<i].contains(where: { $0.key.name == key.name }) {
                d.error(.duplicateOption, "optie `\(key.name)` staat er twee keer", at: key.span,
                        notes: .earlier(options[..<i].first { $0.key.name == key.name }!.key.span))
            }
            if key.name == "nvt" || key.name == "skip" {
                d.error(.reservedOption, "`\(key.name)` is gereserveerd; gebruik `not-applicable \"...\"` voor een n.v.t.-antwoord", at: key.span)
            } else if DecimalNumber(key.name) != nil {
                // The parser takes a number as a key so that this is the one finding.
                d.error(.reservedOption, "`\(key.name)` is een getal en kan geen optiesleutel zijn: in de terminal kies je een optie met haar nummer, en in een voorwaarde is `\(key.name)` een getal. Begin de sleutel met een letter, zoals `o\(key.name.filter(\.isNumber))`", at: key.span)
            }
            if options[i].label?.isEmpty == true { d.error(.emptyText, "optie `\(key.name)` heeft een lege tekst", at: options[i].label!.span) }
        }
    }

    /// Checks that a question of `theme` scores for a dimension of that theme.
    mutating func checkDimension(_ id: Identifier, theme: String, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        guard let index = model.dimensionIndex[id.name] else {
            d.error(.unknownDimension, "onbekende dimensie `\(id.name)`\(names.hint(for: id.name, among: .dimensions, model))", at: id.span, fixIts: names.fixIts(replacing: id.name, at: id.span, among: .dimensions, model))
            return
        }
        let dimension = model.dimensions[index]
        if dimension.theme.name != theme && model.themeIndex[dimension.theme.name] != nil {
            d.error(.scoreOutsideTheme, "dimensie `\(id.name)` hoort bij thema `\(dimension.theme.name)`; een vraag uit `\(theme)` telt alleen mee voor de dimensies van haar eigen thema",
                    at: id.span, notes: .earlier(dimension.id.span, "`\(id.name)` staat hier"))
        }
    }

    mutating func checkEffects(_ effects: [Effect], theme: String, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for e in effects {
            switch e {
            case .score(let dim, _): checkDimension(dim, theme: theme, model, &d)
            case .tip(let id, let weight):
                if model.tipIndex[id.name] == nil {
                    d.error(.unknownTip, "onbekende tip `\(id.name)`\(names.hint(for: id.name, among: .tips, model))", at: id.span, fixIts: names.fixIts(replacing: id.name, at: id.span, among: .tips, model))
                }
                if weight < 1 || weight > 100 { d.error(.badWeight, "een gewicht ligt tussen 1 en 100, niet \(weight)", at: id.span) }
            case .strength(let s):
                if s.isEmpty { d.error(.emptyText, "een sterkte heeft een beschrijving nodig", at: s.span) }
            }
        }
    }

    /// Warns about questions whose answers change nothing: no effect, and no condition of
    /// another question looks at them (`referenced`, from `resolveConditions`).
    func checkEffectiveness(_ model: Questionnaire, referenced: [Bool], _ d: inout DiagnosticEngine) {
        let hasDuplicates = model.questionIndex.count < model.questions.count
        let questions = model.questions
        for q in questions.indices {
            guard let kind = questions[q].kind, kind != .reflection else { continue }
            let hasEffect = !questions[q].decl.scales.isEmpty || !questions[q].decl.rules.isEmpty
                || kind.options.contains { !$0.effects.isEmpty }
            // A question with a duplicate id counts as referenced when its namesake is.
            let target = hasDuplicates ? model.questionIndex[questions[q].id] ?? q : q
            if !hasEffect && !referenced[target] && !names.probablyMeant.contains(questions[q].id) {
                d.warning(.ineffectiveQuestion, "de antwoorden op vraag `\(questions[q].id)` hebben geen effect: geen score, tip of sterkte, en geen voorwaarde gebruikt ze",
                          at: questions[q].decl.id.span)
            }
        }
    }
}
