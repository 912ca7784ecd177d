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

    /// Resolves every reference in `expr`, checking that it points at the question at
    /// `position` (via `answer`, when allowed) or an earlier question, and that each test fits
    /// the question's kind. Returns the expression with its references corrected, or nil when
    /// the parser's first guesses (`QuestionRef.resolved`) were all right: the usual condition
    /// is checked without being copied.
    mutating func resolved(_ expr: Expr, position: Int, allowCurrent: Bool, _ d: inout DiagnosticEngine) -> Expr? {
        switch expr {
        case .and(let xs), .or(let xs):
            var changed: [Expr]?
            for i in xs.indices {
                if let x = resolved(xs[i], position: position, allowCurrent: allowCurrent, &d) {
                    if changed == nil { changed = xs }
                    changed![i] = x
                }
            }
            guard let changed else { return nil }
            if case .and = expr { return .and(changed) }
            return .or(changed)
        case .not(let x):
            return resolved(x, position: position, allowCurrent: allowCurrent, &d).map(Expr.not)
        case .compare(var ref, let op, let lit):
            let guess = ref.resolved
            if let t = place(&ref, position, allowCurrent, &d) { checkCompare(questions[t], op, [lit], &d) }
            return ref.resolved == guess ? nil : .compare(ref, op, lit)
        case .member(var ref, let lits):
            let guess = ref.resolved
            if let t = place(&ref, position, allowCurrent, &d) { checkCompare(questions[t], .equal, lits, &d) }
            return ref.resolved == guess ? nil : .member(ref, lits)
        case .has(var ref, let key):
            let guess = ref.resolved
            if let t = place(&ref, position, allowCurrent, &d) {
                if case .multiple(let options) = questions[t].kind {
                    if !options.contains(where: { $0.key.name == key.name }) {
                        d.error(.unknownOption, "vraag `\(questions[t].id)` heeft geen optie `\(key.name)`\(Suggestions.hint(for: key.name, in: options.map(\.key.name)))", at: key.span, fixIts: Suggestions.fixIts(replacing: key.name, at: key.span, in: options.map(\.key.name)))
                    }
                } else if let kind = questions[t].kind {
                    d.error(.hasNeedsMultiple, "`has` werkt alleen bij een meerkeuzevraag; `\(questions[t].id)` is een \(kind.name)", at: key.span)
                }
            }
            return ref.resolved == guess ? nil : .has(ref, key)
        case .state(var ref, let state):
            let guess = ref.resolved
            _ = place(&ref, position, allowCurrent, &d)
            return ref.resolved == guess ? nil : .state(ref, state)
        }
    }

    /// Resolves one reference and checks it is not later than the question it is used in;
    /// returns the index of the question it points at.
    private mutating func place(_ ref: inout QuestionRef, _ position: Int, _ allowCurrent: Bool, _ d: inout DiagnosticEngine) -> Int? {
        if ref.isCurrentAnswer {
            guard allowCurrent else {
                ref.resolved = nil
                d.error(.answerInShowIf, "`answer` kan niet in `show-if`: de vraag is dan nog niet beantwoord; verwijs naar een eerdere vraag", at: ref.span)
                return nil
            }
            ref.resolved = questions[position].id
            return position
        }
        let id: String
        let index: Int
        // The parser's guess is `scenario.name` as written, or the name in the question's own
        // scenario: exactly what `lookup` tries first, so a guess that names a question is
        // the answer, found without building the id again.
        if let guess = ref.resolved, let found = model.questionIndex[guess] {
            (id, index) = (guess, found)
        } else if let found = names.lookup(ref, scenario: questions[position].scenario, model, &d),
                  let foundIndex = model.questionIndex[found] {
            (id, index) = (found, foundIndex)
        } else {
            ref.resolved = nil
            return nil
        }
        ref.resolved = id
        if index != position && (!hasDuplicates || questions[index].id != questions[position].id) { referenced.append(index) }
        if index > position || (index == position && !allowCurrent) {
            let what = index == position ? "naar de vraag zelf" : "naar een latere vraag (`\(id)`)"
            d.error(.forwardReference, "deze voorwaarde verwijst \(what); alleen eerdere vragen zijn dan al beantwoord", at: ref.span,
                    notes: index == position ? [] : .earlier(questions[index].decl.id.span, "`\(id)` wordt hier gedefinieerd"))
            return nil
        }
        return index
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
            switch (kind, literal) {
            case (.choice(let options), .word(let w)), (.yesNo(let options), .word(let w)):
                let keys = kind.name == "ja/nee-vraag" ? ["ja", "nee"] : options.map(\.key.name)
                if !keys.contains(w.name) {
                    d.error(.unknownOption, "vraag `\(target.id)` heeft geen optie `\(w.name)`\(Suggestions.hint(for: w.name, in: keys))", at: w.span, fixIts: Suggestions.fixIts(replacing: w.name, at: w.span, in: keys))
                } else if op != .equal && op != .notEqual {
                    d.error(.badOperator, "een \(kind.name) vergelijk je met `=`, `!=` of `in`, niet met `\(op.rawValue)`", at: w.span)
                }
            case (.multiple(let options), .word(let w)):
                if !options.contains(where: { $0.key.name == w.name }) {
                    d.error(.unknownOption, "vraag `\(target.id)` heeft geen optie `\(w.name)`\(Suggestions.hint(for: w.name, in: options.map(\.key.name)))", at: w.span, fixIts: Suggestions.fixIts(replacing: w.name, at: w.span, in: options.map(\.key.name)))
                } else if literals.count == 1 {
                    d.error(.multipleNeedsHas, "een meerkeuzevraag vergelijk je met `has \(w.name)` of `in [...]`", at: w.span)
                }
            case (.likert, .number), (.number, .number):
                break
            case (.choice, .number(_, let s)), (.yesNo, .number(_, let s)), (.multiple, .number(_, let s)):
                d.error(.comparisonKindMismatch, "vraag `\(target.id)` is een \(kind.name): vergelijk met een optie, niet met een getal", at: s)
            case (.likert, .word(let w)), (.number, .word(let w)):
                d.error(.comparisonKindMismatch, "vraag `\(target.id)` is een \(kind.name): vergelijk met een getal, niet met `\(w.name)`", at: w.span)
            case (.reflection, _):
                d.error(.reflectionCondition, "een reflectievraag kun je alleen testen met `is answered` of `is skipped`", at: literal.span)
            }
        }
    }
}
