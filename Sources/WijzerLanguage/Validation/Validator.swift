/// Resolves the declarations of a set into a `Questionnaire` and reports what is wrong.
///
/// Errors: unknown and duplicate ids, unresolved references, type errors in conditions, bad
/// ranges, missing fields, malformed URLs, impossible example answers. Warnings: tips no answer
/// can trigger, questions without effect, themes without a dimension.
struct Validator {
    /// The parsed files; `collect` moves their declarations out, so that the set's
    /// declarations are held once (in the model), not twice.
    var files: [ParsedFile]
    /// Whether to run the checks that only warn (reachability, questions without effect).
    var lint = true
    var questionnaireDecl: QuestionnaireDecl?
    var themes: [ThemeDecl] = []
    var dimensions: [DimensionDecl] = []
    var scenarios: [ScenarioDecl] = []
    var tips: [TipDecl] = []
    var examples: [ExampleDecl] = []
    /// Named conditions (`condition NAME: ...`) by name, for the condition resolver.
    var namedConditions: [String: Expr] = [:]
    /// Questions by short name and the names hints choose from, made when first needed.
    var names = ModelNames()
    /// Where each id was first defined, per namespace, for duplicate messages.
    var seen = [[String: Span]](repeating: [:], count: Namespace.allCases.count)
    /// Ids defined twice, reported after all files are read (`reportDuplicates`), so that the
    /// knock-ons of one duplicated theme become notes of its one error.
    var duplicates: [Duplicate] = []

    /// The kinds of declaration whose ids must be unique, with their Dutch names.
    enum Namespace: Int, CaseIterable {
        case theme, dimension, scenario, tip, example, condition
        var name: String { ["thema", "dimensie", "scenario", "tip", "voorbeeld", "voorwaarde"][rawValue] }
    }

    init(files: [ParsedFile]) {
        self.files = files
    }

    mutating func run(_ d: inout DiagnosticEngine) -> Questionnaire {
        collect(&d)
        seen = []
        checkThemes(&d)
        // The arrays move into the model, so that changing the model below (resolved
        // conditions, examples) does not copy them: a copy of every question cost more than
        // resolving them.
        var questions = orderQuestions()
        var model = Questionnaire(
            id: questionnaireDecl?.id.name ?? "wijzer",
            title: questionnaireDecl?.title.text ?? "Wijzer",
            version: questionnaireDecl?.version?.text ?? "0",
            themes: Self.take(&themes), dimensions: Self.take(&dimensions), scenarios: Self.take(&scenarios),
            questions: Self.take(&questions), tips: Self.take(&tips),
            examples: Self.take(&examples).map { ResolvedExample(decl: $0, answers: []) })
        model.about = describeSet(&d)
        checkDimensions(model, &d)
        checkMarkdown(model, &d)
        checkQuestionsTipsAndExamples(&model, &d)
        if lint { checkReachability(model, &d) }
        return model
    }

    /// Makes room for every file's declarations at once, so the arrays are as big as the set.
    private mutating func reserveForDeclarations() {
        var counts = [Int](repeating: 0, count: 5)
        for f in files.indices {
            for i in files[f].declarations.indices {
                switch files[f].declarations[i] {
                case .theme: counts[0] += 1
                case .dimension: counts[1] += 1
                case .scenario: counts[2] += 1
                case .tip: counts[3] += 1
                case .example: counts[4] += 1
                case .questionnaire, .condition: break
                }
            }
        }
        themes.reserveCapacity(counts[0])
        dimensions.reserveCapacity(counts[1])
        scenarios.reserveCapacity(counts[2])
        tips.reserveCapacity(counts[3])
        examples.reserveCapacity(counts[4])
    }

    /// The array in `x`, leaving `x` empty (so the caller holds the only reference).
    private static func take<T>(_ x: inout [T]) -> [T] {
        var taken: [T] = []
        swap(&taken, &x)
        return taken
    }

    /// Gathers declarations from all files and reports duplicate ids.
    private mutating func collect(_ d: inout DiagnosticEngine) {
        reserveForDeclarations()
        var firstFileWithDeclarations: Int?
        for f in files.indices {
            let declarations = Self.take(&files[f].declarations)
            if firstFileWithDeclarations == nil && !declarations.isEmpty { firstFileWithDeclarations = files[f].fileIndex }
            for decl in declarations { add(decl, &d) }
        }
        reportDuplicates(&d)
        if questionnaireDecl == nil, let f = firstFileWithDeclarations {
            let start = d.files[f].contentStart
            d.warning(.missingQuestionnaire, "de set heeft geen `questionnaire`-declaratie met id en versie; resultaten krijgen de naam `wijzer`",
                      at: Span(file: f, start: start, end: start + 1))
        }
    }

    /// Adds one declaration to the set, unless its id is taken.
    private mutating func add(_ decl: Declaration, _ d: inout DiagnosticEngine) {
        switch decl {
        case .questionnaire(let q):
            if let first = questionnaireDecl {
                d.error(.duplicateQuestionnaire, "de set heeft al een questionnaire (`\(first.id.name)`); er mag er één zijn", at: q.id.span,
                        notes: .earlier(first.id.span))
            } else {
                questionnaireDecl = q
                if q.version == nil { d.error(.missingField, "questionnaire `\(q.id.name)` mist `version`", at: q.id.span) }
            }
        case .theme(let t): if unique(t.id, .theme) { themes.append(t) }
        case .dimension(let x): if unique(x.id, .dimension, theme: x.theme.name) { dimensions.append(x) }
        case .scenario(let s): if unique(s.id, .scenario, theme: s.theme.name) { scenarios.append(s) }
        case .tip(let t): if unique(t.id, .tip, theme: t.theme?.name) { tips.append(t) }
        case .example(let e): if unique(e.id, .example) { examples.append(e) }
        case .condition(let c): if unique(c.id, .condition) { namedConditions[c.id.name] = c.expr }
        }
    }

    /// Records `id` in `namespace`; remembers a duplicate (with the theme it belongs to) and
    /// returns false for it.
    mutating func unique(_ id: Identifier, _ namespace: Namespace, theme: String? = nil) -> Bool {
        if let first = seen[namespace.rawValue].updateValue(id.span, forKey: id.name) {
            seen[namespace.rawValue][id.name] = first
            duplicates.append(Duplicate(id: id, namespace: namespace, first: first, theme: theme))
            return false
        }
        return true
    }

    private mutating func checkThemes(_ d: inout DiagnosticEngine) {
        var orders: [Int: String] = [:]
        for t in themes {
            if t.title.isEmpty { d.error(.missingTitle, "thema `\(t.id.name)` heeft een titel nodig", at: t.id.span) }
            if let o = t.order {
                if let other = orders[o] {
                    d.error(.duplicateOrder, "thema `\(t.id.name)` heeft dezelfde volgorde (\(o)) als thema `\(other)`", at: t.id.span,
                            notes: .earlier(themes.first { $0.id.name == other }!.id.span, "thema `\(other)` staat hier"))
                }
                orders[o] = t.id.name
            } else {
                d.error(.missingField, "thema `\(t.id.name)` mist `order` (de plaats in de aanbevolen volgorde)", at: t.id.span)
            }
            if t.opening == nil { d.error(.missingField, "thema `\(t.id.name)` mist `opening` (de reflectievraag)", at: t.id.span) }
            if t.knowledge == nil { d.error(.missingField, "thema `\(t.id.name)` mist `knowledge` (de kennistekst)", at: t.id.span) }
            if let s = t.source { checkURL(s, &d) }
            for r in t.resources { if let url = r.url { checkURL(url, &d) } }
        }
        themes.sort { ($0.order ?? Int.max, $0.id.name) < ($1.order ?? Int.max, $1.id.name) }
        for s in scenarios.indices where scenarios[s].situation == nil {
            d.error(.missingField, "scenario `\(scenarios[s].id.name)` mist `situation` (de beschrijving van de situatie)", at: scenarios[s].id.span)
        }
        for s in scenarios.indices where scenarios[s].questions.isEmpty {
            d.error(.emptyScenario, "scenario `\(scenarios[s].id.name)` heeft geen vragen", at: scenarios[s].id.span)
        }
    }

    /// Scenarios by theme order (unknown themes last), then as written; their questions in order.
    private mutating func orderQuestions() -> [ResolvedQuestion] {
        let rank = Dictionary(themes.enumerated().map { ($1.id.name, $0) }, uniquingKeysWith: { a, _ in a })
        // Each scenario's rank is looked up once, not in every comparison of the sort.
        let ranks = scenarios.map { rank[$0.theme.name] ?? Int.max }
        // Usually written in theme order already: then nothing moves.
        if zip(ranks, ranks.dropFirst()).contains(where: { $0 > $1 }) {
            let order = scenarios.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
            scenarios = order.map { scenarios[$0] }
        }
        var questions: [ResolvedQuestion] = []
        questions.reserveCapacity(scenarios.reduce(0) { $0 + $1.questions.count })
        for i in scenarios.indices {
            // The questions move to the model's `questions` (held once, not twice).
            let taken = Self.take(&scenarios[i].questions)
            let scenario = scenarios[i].id.name
            let theme = scenarios[i].theme.name
            for q in taken {
                questions.append(ResolvedQuestion(id: scenario + "." + q.id.name, scenario: scenario, theme: theme, decl: q))
            }
        }
        return questions
    }

    private mutating func checkDimensions(_ model: Questionnaire, _ d: inout DiagnosticEngine) {
        for x in model.dimensions where model.themeIndex[x.theme.name] == nil {
            d.error(.unknownTheme, "onbekend thema `\(x.theme.name)`\(names.hint(for: x.theme.name, among: .themes, model))", at: x.theme.span, fixIts: names.fixIts(replacing: x.theme.name, at: x.theme.span, among: .themes, model))
        }
        for s in model.scenarios.indices {
            let theme = model.scenarios[s].theme
            if model.themeIndex[theme.name] == nil && !theme.name.isEmpty {
                d.error(.unknownTheme, "onbekend thema `\(theme.name)`\(names.hint(for: theme.name, among: .themes, model))", at: theme.span, fixIts: names.fixIts(replacing: theme.name, at: theme.span, among: .themes, model))
            }
        }
        for x in model.dimensions {
            if let t = model.themeIndex[x.id.name] {
                d.error(.dimensionNamedLikeTheme, "dimensie `\(x.id.name)` heet hetzelfde als een thema; geef haar een eigen naam, anders weet `expect score \(x.id.name)` niet welke je bedoelt",
                        at: x.id.span, notes: .earlier(model.themes[t].id.span, "het thema `\(x.id.name)` staat hier"))
            }
        }
        let themesWithDimension = Set(model.dimensions.map(\.theme.name))
        for t in model.themes where !themesWithDimension.contains(t.id.name) {
            d.warning(.themeWithoutDimension, "thema `\(t.id.name)` heeft geen dimensie; voeg er een toe met `dimension ID \"Titel\" in \(t.id.name)`", at: t.id.span)
        }
    }

    func checkURL(_ url: TextValue, _ d: inout DiagnosticEngine) {
        if let problem = URLCheck.problem(in: url.text) {
            d.error(.badURL, "ongeldig webadres: \(problem)", at: url.span)
        }
    }
}
