/// Finds the question a reference names, for conditions and examples.
extension Validator {
    /// Resolves `ref` from the point of view of `scenario`: its own questions first, then a
    /// unique short name in the set. Reports unknown and ambiguous names.
    static func lookup(_ ref: QuestionRef, scenario: String?, _ model: Questionnaire, _ shortNames: inout ShortNames,
                       _ d: inout DiagnosticEngine) -> String? {
        if let s = ref.scenario {
            let full = s.name + "." + ref.name.name
            if model.questionIndex[full] != nil { return full }
            if !model.scenarios.contains(where: { $0.id.name == s.name }) {
                d.error("onbekend scenario `\(s.name)`\(Suggestions.hint(for: s.name, in: model.scenarios.map(\.id.name)))", at: s.span)
            } else {
                let names = model.questions.filter { $0.scenario == s.name }.map(\.decl.id.name)
                d.error("scenario `\(s.name)` heeft geen vraag `\(ref.name.name)`\(Suggestions.hint(for: ref.name.name, in: names))", at: ref.name.span)
            }
            return nil
        }
        if let scenario {
            let full = scenario + "." + ref.name.name
            if model.questionIndex[full] != nil { return full }
        }
        let matches = shortNames.questions(named: ref.name.name, in: model)
        if matches.count == 1 { return model.questions[matches[0]].id }
        if matches.count > 1 {
            d.error("`\(ref.name.name)` is dubbelzinnig; schrijf \(matches.prefix(3).map { "`\(model.questions[$0].id)`" }.joined(separator: " of "))", at: ref.span)
            return nil
        }
        d.error("onbekende vraag `\(ref.name.name)`\(Suggestions.hint(for: ref.name.name, in: model.questions.map(\.id) + model.questions.map(\.decl.id.name)))", at: ref.span)
        return nil
    }
}

/// The questions of a model by short name (`vraag`, without `scenario.`), in order, worked out
/// on first use: only references to another scenario's questions need it. Searching the
/// questions for every such reference took time in proportion to their product (half a second
/// for 5,000 questions that each looked at one in the scenario before).
struct ShortNames {
    private var index: [String: [Int]]?

    /// The indices of the questions called `name` in `model`.
    mutating func questions(named name: String, in model: Questionnaire) -> [Int] {
        if index == nil {
            var built: [String: [Int]] = [:]
            model.questions.withUnsafeBufferPointer { questions in
                for i in questions.indices { built[questions[i].decl.id.name, default: []].append(i) }
            }
            index = built
        }
        return index![name] ?? []
    }
}
