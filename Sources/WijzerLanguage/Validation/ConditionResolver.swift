/// Resolves the references in the conditions of some questions and checks their types, for
/// `Validator.resolveConditions`.
///
struct ConditionResolver {
    let questions: [ResolvedQuestion]
    let model: Questionnaire
    /// Whether two questions share an id (an error reported elsewhere).
    let hasDuplicates: Bool
    /// The questions that a condition of another question looks at, by index (repeats allowed).
    var referenced: [Int] = []
    var names: ModelNames
    /// Whether `score` tests may appear: in a tip's `when`, not in a question's conditions.
    var allowsScores = false
    /// Named conditions by name (`condition NAME: ...`), and those being resolved now.
    var named: [String: Expr] = [:]
    var expanding: [String] = []

    /// Resolves every reference in `expr`, checking that it points at the question at
    /// `position` (via `answer`, when allowed) or an earlier question, and that each test fits
    /// the question's kind. The syntax is only read.
    mutating func resolve(_ expr: Expr, position: Int, allowCurrent: Bool, _ d: inout DiagnosticEngine) -> Condition {
        switch expr {
        case .and(let xs):
            return .and(xs.map { resolve($0, position: position, allowCurrent: allowCurrent, &d) })
        case .or(let xs):
            return .or(xs.map { resolve($0, position: position, allowCurrent: allowCurrent, &d) })
        case .not(let x):
            return .not(resolve(x, position: position, allowCurrent: allowCurrent, &d))
        case .compare(let ref, let op, let lit):
            let (id, checked) = place(ref, position, allowCurrent, &d)
            if let t = checked { checkCompare(questions[t], op, [lit], &d) }
            return .compare(question: id, op, Condition.Value(lit))
        case .member(let ref, let lits):
            let (id, checked) = place(ref, position, allowCurrent, &d)
            if let t = checked { checkCompare(questions[t], .equal, lits, &d) }
            return .member(question: id, lits.map(Condition.Value.init))
        case .has(let ref, let key):
            let (id, checked) = place(ref, position, allowCurrent, &d)
            if let t = checked {
                if case .multiple(let options, _) = questions[t].kind {
                    if !options.contains(where: { $0.key.name == key.name }) {
                        d.error(.unknownOption, "vraag `\(questions[t].id)` heeft geen optie `\(key.name)`\(Suggestions.hint(for: key.name, in: options.map(\.key.name)))", at: key.span, fixIts: Suggestions.fixIts(replacing: key.name, at: key.span, in: options.map(\.key.name)))
                    }
                } else if let kind = questions[t].kind {
                    d.error(.hasNeedsMultiple, "`has` werkt alleen bij een meerkeuzevraag; `\(questions[t].id)` is een \(kind.name)", at: key.span)
                }
            }
            return .has(question: id, option: key.name)
        case .score(let target, let op, let literal):
            if !allowsScores {
                d.error(.scoreConditionOutsideTip, "`score \(target.name)` kan alleen in de `when` van een tip: een score staat pas vast als alle vragen beantwoord zijn", at: target.span)
            } else if model.dimensionIndex[target.name] == nil && model.themeIndex[target.name] == nil {
                d.error(.unknownScoreTarget, "onbekende dimensie of thema `\(target.name)`", at: target.span)
            }
            guard case .number(let number, let span) = literal, let n = number.whole else {
                d.error(.comparisonKindMismatch, "een score vergelijk je met een heel getal van 0 tot 100", at: literal.span)
                return .score(target: target.name, op, 0)
            }
            if n < 0 || n > 100 { d.error(.numberOutOfRange, "een score ligt tussen 0 en 100, niet \(n)", at: span) }
            return .score(target: target.name, op, n)
        case .named(let name):
            // Resolved where it is used, as if written out there: its questions must come
            // before this one, and the runner, scorer and checker see one plain condition.
            guard let expr = named[name.name] else {
                let known = named.keys.sorted()
                d.error(.unknownCondition, "onbekende voorwaarde `\(name.name)`\(Suggestions.hint(for: name.name, in: known))", at: name.span,
                        fixIts: Suggestions.fixIts(replacing: name.name, at: name.span, in: known))
                return .and([])
            }
            if expanding.contains(name.name) {
                let path = (expanding.drop { $0 != name.name } + [name.name]).map { "`\($0)`" }.joined(separator: " → ")
                d.error(.conditionCycle, "voorwaarde `\(name.name)` gebruikt zichzelf: \(path)", at: name.span)
                return .and([])
            }
            expanding.append(name.name)
            defer { expanding.removeLast() }
            return resolve(expr, position: position, allowCurrent: allowCurrent, &d)
        case .state(let ref, let state):
            let (id, checked) = place(ref, position, allowCurrent, &d)
            if state == .dontKnow, let t = checked, questions[t].decl.dontKnow == nil {
                d.error(.noDontKnow, "vraag `\(questions[t].id)` heeft geen antwoord ‘weet ik niet’; zet `dont-know \"Weet ik niet\"` bij de vraag", at: ref.span)
            }
            return .state(question: id, state)
        }
    }

    /// Resolves one reference: the full id it names (nil: none), and the index of that question
    /// when the tests on it are to be checked; a reference to a later question (an error
    /// reported here) keeps its id but is not checked further.
    private mutating func place(_ ref: QuestionRef, _ position: Int, _ allowCurrent: Bool, _ d: inout DiagnosticEngine) -> (id: String?, checked: Int?) {
        if ref.isCurrentAnswer {
            guard allowCurrent else {
                d.error(.answerInShowIf, "`answer` kan niet in `show-if`: de vraag is dan nog niet beantwoord; verwijs naar een eerdere vraag", at: ref.span)
                return (nil, nil)
            }
            return (questions[position].id, position)
        }
        guard let id = names.lookup(ref, scenario: questions[position].scenario, model, &d),
              let index = model.questionIndex[id] else { return (nil, nil) }
        if index != position && (!hasDuplicates || questions[index].id != questions[position].id) { referenced.append(index) }
        if index > position || (index == position && !allowCurrent) {
            let what = index == position ? "naar de vraag zelf" : "naar een latere vraag (`\(id)`)"
            d.error(.forwardReference, "deze voorwaarde verwijst \(what); alleen eerdere vragen zijn dan al beantwoord", at: ref.span,
                    notes: index == position ? [] : .earlier(questions[index].decl.id.span, "`\(id)` wordt hier gedefinieerd"))
            return (id, nil)
        }
        return (id, index)
    }

    /// Checks that the values compared with `target` fit its kind.
    private func checkCompare(_ target: ResolvedQuestion, _ op: CompareOperator, _ literals: [Literal], _ d: inout DiagnosticEngine) {
        guard let kind = target.kind else { return }
        for literal in literals {
            if case .word(let w) = literal, w.name == "nvt" {
                if target.decl.notApplicable == nil {
                    d.error(.noNotApplicable, "vraag `\(target.id)` heeft geen n.v.t.-antwoord (`not-applicable`)", at: w.span)
                } else if op != .equal && op != .notEqual {
                    d.error(.notApplicableComparison, "`nvt` kan alleen met `=`, `!=` of `in` vergeleken worden", at: w.span)
                }
                continue
            }
            switch (kind.answerKind.operand, literal) {
            case (.option(let keys), .word(let w)):
                if !keys.contains(w.name) {
                    d.error(.unknownOption, "vraag `\(target.id)` heeft geen optie `\(w.name)`\(Suggestions.hint(for: w.name, in: keys))", at: w.span, fixIts: Suggestions.fixIts(replacing: w.name, at: w.span, in: keys))
                } else if op != .equal && op != .notEqual {
                    d.error(.badOperator, "een \(kind.name) vergelijk je met `=`, `!=` of `in`, niet met `\(op.rawValue)`", at: w.span)
                }
            case (.options(let keys), .word(let w)):
                if !keys.contains(w.name) {
                    d.error(.unknownOption, "vraag `\(target.id)` heeft geen optie `\(w.name)`\(Suggestions.hint(for: w.name, in: keys))", at: w.span, fixIts: Suggestions.fixIts(replacing: w.name, at: w.span, in: keys))
                } else if literals.count == 1 {
                    d.error(.multipleNeedsHas, "een \(kind.name) vergelijk je met `has \(w.name)` of `in [...]`", at: w.span)
                }
            case (.number(let grid), .number(let n, let s)):
                // `q = 7.25` on a grid of 0.5: no answer equals it (`<` and `>` still make sense).
                if op == .equal || op == .notEqual, grid.step > 0, n >= grid.low, n <= grid.high, !grid.isOnGrid(n) {
                    let nearest = grid.nearest(n).map { "`\($0)`" }.joined(separator: " of ")
                    let never = op == .equal ? "is nooit waar" : "is altijd waar"
                    d.warning(.offGridValue, "`\(op.rawValue) \(n)` \(never): vraag `\(target.id)` gaat in stappen van \(grid.step); bedoel je \(nearest)?", at: s)
                }
            case (.option, .number(_, let s)), (.options, .number(_, let s)):
                d.error(.comparisonKindMismatch, "vraag `\(target.id)` is een \(kind.name): vergelijk met een optie, niet met een getal", at: s)
            case (.number, .word(let w)):
                d.error(.comparisonKindMismatch, "vraag `\(target.id)` is een \(kind.name): vergelijk met een getal, niet met `\(w.name)`", at: w.span)
            case (.none, _):
                d.error(.reflectionCondition, "een \(kind.name) kun je alleen testen met `is answered` of `is skipped`", at: literal.span)
            }
        }
    }
}
