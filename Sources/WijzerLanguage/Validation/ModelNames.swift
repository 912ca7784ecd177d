/// Finding things by name in a model, for validation: the question a reference names, and the
/// names a "did you mean" hint chooses from.
///
/// The tables behind it are made on first use, because most sets need few or none of them.
/// Without them each reference to another scenario's question searched every question, and
/// each hint lowercased every id of the set again: a big set full of mistakes took minutes to
/// report.
struct ModelNames: Sendable {
    /// The names a hint can suggest.
    enum Kind: Hashable, Sendable {
        case questions, scenarios, tips, dimensions, themes, themesAndDimensions
        case questionsOf(scenario: String)
    }

    private var shortNames: [String: [Int]]?
    private var scenarioIDs: Set<String>?
    private var hints: [Kind: Suggestions.Index] = [:]
    /// Questions that a reference which was not found probably meant (its near miss, or each
    /// of an ambiguous name's questions): not to be called unused for that typo's sake.
    private(set) var probablyMeant: Set<String> = []

    /// Resolves `ref` from the point of view of `scenario`: its own questions first, then a
    /// unique short name in the set. Reports unknown and ambiguous names.
    mutating func lookup(_ ref: QuestionRef, scenario: String?, _ model: Questionnaire, _ d: inout DiagnosticEngine) -> String? {
        if let s = ref.scenario {
            let full = s.name + "." + ref.name.name
            if model.questionIndex[full] != nil { return full }
            if !hasScenario(s.name, model) {
                d.error(.unknownScenario, "onbekend scenario `\(s.name)`\(hint(for: s.name, among: .scenarios, model))", at: s.span, fixIts: fixIts(replacing: s.name, at: s.span, among: .scenarios, model))
            } else {
                let fixes = fixIts(replacing: ref.name.name, at: ref.name.span, among: .questionsOf(scenario: s.name), model)
                d.error(.unknownQuestion, "scenario `\(s.name)` heeft geen vraag `\(ref.name.name)`\(hint(for: ref.name.name, among: .questionsOf(scenario: s.name), model))",
                        at: ref.name.span, fixIts: fixes)
                for fix in fixes { probablyMeant.formUnion(fix.edits.map { s.name + "." + $0.replacement }) }
            }
            return nil
        }
        if let scenario {
            let full = scenario + "." + ref.name.name
            if model.questionIndex[full] != nil { return full }
        }
        var matches = questions(named: ref.name.name, model)
        // Two questions with one full id (an error of their own) are one question here.
        var ids: Set<String> = []
        matches = matches.filter { ids.insert(model.questions[$0].id).inserted }
        if matches.count == 1 { return model.questions[matches[0]].id }
        if matches.count > 1 {
            probablyMeant.formUnion(matches.map { model.questions[$0].id })
            d.error(.ambiguousQuestion, "`\(ref.name.name)` is dubbelzinnig; schrijf \(matches.prefix(3).map { "`\(model.questions[$0].id)`" }.joined(separator: " of "))", at: ref.span,
                    notes: matches.prefix(3).map { Diagnostic.Note("`\(model.questions[$0].id)` staat hier", at: model.questions[$0].decl.id.span) },
                    fixIts: matches.prefix(3).map { FixIt.replace(ref.name.name, at: ref.span, with: model.questions[$0].id) })
            return nil
        }
        let fixes = fixIts(replacing: ref.name.name, at: ref.span, among: .questions, model)
        d.error(.unknownQuestion, "onbekende vraag `\(ref.name.name)`\(hint(for: ref.name.name, among: .questions, model))", at: ref.span, fixIts: fixes)
        for fix in fixes {
            for edit in fix.edits {
                if model.questionIndex[edit.replacement] != nil { probablyMeant.insert(edit.replacement) }
                probablyMeant.formUnion(questions(named: edit.replacement, model).map { model.questions[$0].id })
            }
        }
        return nil
    }

    /// "; bedoel je `x`?" with the nearest name of `kind`, or "".
    mutating func hint(for name: String, among kind: Kind, _ model: Questionnaire) -> String {
        index(kind, model).hint(for: name)
    }

    /// A fix-it replacing `name` at `span` with the nearest name of `kind`, if one is close.
    mutating func fixIts(replacing name: String, at span: Span, among kind: Kind, _ model: Questionnaire) -> [FixIt] {
        index(kind, model).fixIts(replacing: name, at: span)
    }

    /// The prepared names of `kind`, built on first use.
    private mutating func index(_ kind: Kind, _ model: Questionnaire) -> Suggestions.Index {
        if let index = hints[kind] { return index }
        let index = Suggestions.Index(Self.candidates(kind, model))
        hints[kind] = index
        return index
    }

    /// The indices of the questions called `name` (without `scenario.`), in order.
    private mutating func questions(named name: String, _ model: Questionnaire) -> [Int] {
        if let shortNames { return shortNames[name] ?? [] }
        var built: [String: [Int]] = [:]
        for i in model.questions.indices { built[model.questions[i].decl.id.name, default: []].append(i) }
        shortNames = built
        return built[name] ?? []
    }

    private mutating func hasScenario(_ id: String, _ model: Questionnaire) -> Bool {
        if let scenarioIDs { return scenarioIDs.contains(id) }
        let built = Set(model.scenarios.map(\.id.name))
        scenarioIDs = built
        return built.contains(id)
    }

    private static func candidates(_ kind: Kind, _ model: Questionnaire) -> [String] {
        switch kind {
        case .questions: model.questions.map(\.id) + model.questions.map(\.decl.id.name)
        case .questionsOf(let scenario): model.questions.filter { $0.scenario == scenario }.map(\.decl.id.name)
        case .scenarios: model.scenarios.map(\.id.name)
        case .tips: Array(model.tipIndex.keys)
        case .dimensions: Array(model.dimensionIndex.keys)
        case .themes: Array(model.themeIndex.keys)
        case .themesAndDimensions: Array(model.themeIndex.keys) + Array(model.dimensionIndex.keys)
        }
    }
}
