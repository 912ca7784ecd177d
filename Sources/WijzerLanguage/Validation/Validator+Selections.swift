/// Checks `exclusive` options and the `min`/`max` of multiple-choice questions.
extension Validator {
    func checkSelections(_ q: ResolvedQuestion, _ kind: QuestionKind, _ d: inout DiagnosticEngine) {
        guard case .multiple(let options, let limits) = kind else {
            for o in kind.options where o.exclusive {
                d.error(.exclusiveOutsideMultiple, "`exclusive` hoort bij een optie van een meerkeuzevraag; bij een \(kind.name) kies je al maar één antwoord",
                        at: o.key.span)
            }
            return
        }
        let free = options.filter { !$0.exclusive }.count
        func bad(_ message: String) {
            d.error(.badSelectionLimits, "vraag `\(q.id)`: \(message)", at: q.decl.kindSpan)
        }
        if let min = limits.min, min < 1 { bad("`min \(min)` zegt niets; een antwoord heeft minstens 1 optie. Laat `min` weg of kies 1 of meer") }
        if let max = limits.max, max < 1 { bad("`max \(max)` laat geen antwoord toe; kies 1 of meer") }
        if let min = limits.min, let max = limits.max, min > max { bad("`min \(min)` is groter dan `max \(max)`") }
        if let min = limits.min, min > free { bad("`min \(min)` vraagt meer opties dan er zijn om samen te kiezen (\(free))") }
        if let max = limits.max, max >= free, max >= 1, free > 0, limits.min.map({ $0 <= max }) ?? true {
            bad("`max \(max)` beperkt niets: er zijn \(free) opties om samen te kiezen; laat `max` weg of kies minder")
        }
    }
}

