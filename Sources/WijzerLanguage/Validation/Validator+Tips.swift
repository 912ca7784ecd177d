/// Checks tips and examples.
extension Validator {
    mutating func checkTips(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for tip in model.tips { checkTip(tip, model, &d) }
        checkTipOrder(model, &d)
    }

    private mutating func checkTip(_ t: TipDecl, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        func name() -> String { "tip `\(t.id.name)`" }
        let at = t.id.span
        if t.title.isEmpty { d.error(.missingTitle, "\(name()) heeft een titel nodig", at: at) }
        if let theme = t.theme {
            if model.themeIndex[theme.name] == nil {
                d.error(.unknownTheme, "onbekend thema `\(theme.name)`\(names.hint(for: theme.name, among: .themes, model))", at: theme.span, fixIts: names.fixIts(replacing: theme.name, at: theme.span, among: .themes, model))
            }
        } else {
            d.error(.missingField, "\(name()) mist `theme`", at: at)
        }
        if t.timeframe == nil && t.timeframeSpan.file < 0 {
            d.error(.missingField, "\(name()) mist `timeframe` (deze-week, deze-maand of dit-schooljaar)", at: at)
        }
        if let custom = t.customTimeframe, custom.isEmpty { d.error(.emptyText, "\(name()): een eigen termijn heeft woorden nodig, zoals \"binnen twee weken\"", at: custom.span) }
        if t.text == nil { d.error(.missingField, "\(name()) mist `text`", at: at) }
        if t.steps.isEmpty { d.error(.missingField, "\(name()) mist `steps` (concrete stappen, elk op een regel met `- `)", at: at) }
        if t.source == nil { d.error(.missingField, "\(name()) mist `source` (de pagina van de bron waar de tip op steunt)", at: at) }
        if t.resources.isEmpty { d.error(.missingField, "\(name()) heeft minstens één `resource` nodig: een titel met een webadres (`resource \"titel\" https://...`) of alleen een titel, zoals van een boek", at: at) }
        if let s = t.source { checkURL(s, &d) }
        for r in t.resources.indices {
            if t.resources[r].title.isEmpty { d.error(.missingTitle, "een bron heeft een titel nodig", at: t.resources[r].title.span) }
            if let url = t.resources[r].url { checkURL(url, &d) }
        }
    }

    /// Checks the examples and works out the question and the answer of each line; the model
    /// is only read, the caller puts the answers into it (one list per example).
    mutating func resolveExamples(_ model: Questionnaire, _ d: inout DiagnosticEngine) -> [[ExampleAnswerValue]] {
        var resolved: [[ExampleAnswerValue]] = []
        for e in model.examples.indices {
            var answered: [String: Span] = [:]
            var answers: [ExampleAnswerValue] = []
            for line in model.examples[e].decl.answers {
                let ref = line.question
                if ref.isCurrentAnswer {
                    d.error(.answerInExample, "`answer` kan niet in een voorbeeld; noem de vraag, zoals `scenario.vraag`", at: ref.span)
                    continue
                }
                guard let id = names.lookup(ref, scenario: nil, model, &d), let index = model.questionIndex[id] else { continue }
                answers.append(ExampleAnswerValue(question: id, value: Self.value(of: line.value), span: ref.span))
                if let first = answered[id] {
                    let earlier = d.place(first)
                    d.error(.duplicateAnswer, "vraag `\(id)` krijgt al een antwoord in dit voorbeeld (op \(earlier))", at: ref.span,
                            notes: .earlier(first, "eerder beantwoord hier"))
                }
                answered[id] = ref.span
                checkExampleAnswer(line.value, for: model.questions[index], &d)
            }
            checkExpectations(model.examples[e].decl, model, &d)
            resolved.append(answers)
        }
        return resolved
    }

    /// The answer one line of an example gives; nil for `skip`.
    static func value(of literal: AnswerLiteral) -> AnswerValue? {
        switch literal {
        case .word(let w): .option(w.name)
        case .number(let n, _): .number(n)
        case .text(let t): .text(t.text)
        case .list(let keys, _): .options(keys.map(\.name))
        case .notApplicable: .notApplicable
        case .dontKnow: .dontKnow
        case .skip: nil
        }
    }

    /// Checks an example's expected tips and score ranges.
    private mutating func checkExpectations(_ example: borrowing ExampleDecl, _ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for t in example.expectedTips + example.forbiddenTips where model.tipIndex[t.name] == nil {
            d.error(.unknownTip, "onbekende tip `\(t.name)`\(names.hint(for: t.name, among: .tips, model))", at: t.span, fixIts: names.fixIts(replacing: t.name, at: t.span, among: .tips, model))
        }
        let both = Set(example.expectedTips.map(\.name)).intersection(example.forbiddenTips.map(\.name))
        for t in example.forbiddenTips where both.contains(t.name) {
            d.error(.contradictoryExpectation, "tip `\(t.name)` wordt zowel verwacht als uitgesloten", at: t.span)
        }
        for r in example.scoreRanges {
            if model.themeIndex[r.target.name] == nil && model.dimensionIndex[r.target.name] == nil {
                d.error(.unknownScoreTarget, "onbekend thema of dimensie `\(r.target.name)`\(names.hint(for: r.target.name, among: .themesAndDimensions, model))",
                        at: r.target.span, fixIts: names.fixIts(replacing: r.target.name, at: r.target.span, among: .themesAndDimensions, model))
            }
            if r.low < 0 || r.high > 100 || r.low > r.high {
                d.error(.badScoreRange, "een scorebereik ligt binnen 0 en 100, met de ondergrens eerst (nu \(r.low) tot \(r.high))", at: r.span)
            }
        }
        if example.answers.isEmpty && example.expectedTips.isEmpty && example.forbiddenTips.isEmpty && example.scoreRanges.isEmpty {
            d.warning(.emptyExample, "voorbeeld `\(example.id.name)` heeft geen antwoorden en geen verwachtingen", at: example.id.span)
        }
    }

    /// Reports an example answer that the question could never receive.
    private func checkExampleAnswer(_ value: AnswerLiteral, for q: ResolvedQuestion, _ d: inout DiagnosticEngine) {
        guard let kind = q.kind else { return }
        func name() -> String { "vraag `\(q.id)`" }
        switch value {
        case .skip: return
        case .notApplicable(let s):
            if q.decl.notApplicable == nil { d.error(.noNotApplicable, "\(name()) heeft geen n.v.t.-antwoord", at: s) }
            return
        case .dontKnow(let s):
            if q.decl.dontKnow == nil { d.error(.noDontKnow, "\(name()) heeft geen antwoord ‘weet ik niet’; zet `dont-know \"Weet ik niet\"` bij de vraag", at: s) }
            return
        default: break
        }
        switch (kind.answerKind.operand, value) {
        case (.option(let keys), .word(let w)):
            if !keys.contains(w.name) {
                d.error(.unknownOption, "\(name()) heeft geen optie `\(w.name)`\(Suggestions.hint(for: w.name, in: keys))", at: w.span, fixIts: Suggestions.fixIts(replacing: w.name, at: w.span, in: keys))
            }
        case (.options(let options), .list(let keys, _)):
            var seen: Set<String> = []
            for k in keys {
                if !options.contains(k.name) {
                    d.error(.unknownOption, "\(name()) heeft geen optie `\(k.name)`\(Suggestions.hint(for: k.name, in: options))", at: k.span, fixIts: Suggestions.fixIts(replacing: k.name, at: k.span, in: options))
                }
                if !seen.insert(k.name).inserted { d.error(.duplicateOption, "optie `\(k.name)` staat twee keer in de lijst", at: k.span,
                                                               notes: .earlier(keys.first { $0.name == k.name }!.span)) }
            }
            if let multiple = kind.answerKind as? MultipleKind, keys.allSatisfy({ options.contains($0.name) }),
               let problem = multiple.problem(with: keys.map(\.name)) {
                d.error(.impossibleSelection, "\(name()) kan dit antwoord niet krijgen: \(problem)", at: value.span)
            }
        case (.options, .word(let w)):
            d.error(.multipleNeedsList, "\(name()) is een \(kind.name): schrijf het antwoord als lijst, zoals `[\(w.name)]`", at: w.span,
                    fixIts: [FixIt("schrijf `[\(w.name)]`", edits: [FixIt.Edit(w.span, "[\(w.name)]")])])
        case (.number(let grid), .number(let n, let s)):
            if n < grid.low || n > grid.high {
                d.error(.numberOutOfRange, "\(name()) neemt een getal van \(grid.low) tot en met \(grid.high), niet \(n)", at: s)
            } else if grid.step > 0, !grid.isOnGrid(n) {
                let nearest = grid.nearest(n)
                d.error(.offGridValue, "\(name()) gaat in stappen van \(grid.step): \(n) kan geen antwoord zijn; bedoel je \(nearest.map { "`\($0)`" }.joined(separator: " of "))?",
                        at: s, fixIts: nearest.map { FixIt("schrijf `\($0)`", edits: [FixIt.Edit(s, $0.description)]) })
            }
        case (.none, .text): return
        default:
            d.error(.answerKindMismatch, "dit antwoord past niet bij \(name()), een \(kind.name)", at: value.span)
        }
    }
}
