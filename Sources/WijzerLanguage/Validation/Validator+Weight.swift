/// Checks a question's `weight`.
extension Validator {
    func checkQuestionWeight(_ q: ResolvedQuestion, _ d: inout DiagnosticEngine) {
        guard let weight = q.decl.weight else { return }
        if weight < 1 || weight > 100 {
            d.error(.badWeight, "vraag `\(q.id)`: een gewicht ligt tussen 1 en 100, niet \(weight)", at: q.decl.weightSpan)
        }
    }
}
